/**
 * Parquet in and out for `promkit score`, with hyparquet and hyparquet-writer (pure JavaScript,
 * MIT). Both are imported only when a Parquet file is used, so CSV runs never load them.
 */
import { csvField } from '../../ingest/csvWriter/index.js';
import { fileError, UsageError } from './io.js';
import type { OutputSink } from './output.js';

/** Whether a path names a Parquet file (by its extension). */
export function isParquetPath(path: string | undefined): boolean {
  return path !== undefined && /\.parquet$/i.test(path);
}

/** A cell of a Parquet row as CSV text: null is empty, dates ISO 8601, objects JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
}

/**
 * Reads a Parquet file one row group at a time and yields it as CSV bytes (header first), so the
 * same reader, column matching and scoring serve Parquet and CSV. Memory holds one row group.
 */
export async function parquetAsCsv(path: string): Promise<{ stream: AsyncIterable<Uint8Array>; size: number | null }> {
  const hyparquet = await import('hyparquet');
  let file: Awaited<ReturnType<typeof hyparquet.asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof hyparquet.parquetMetadataAsync>>;
  try {
    file = await hyparquet.asyncBufferFromFile(path);
  } catch (error) {
    throw fileError(error, 'read', path);
  }
  try {
    metadata = await hyparquet.parquetMetadataAsync(file);
  } catch (error) {
    throw new UsageError(`${path} is not a readable Parquet file: ${(error as Error).message}`);
  }
  const columns = hyparquet.parquetSchema(metadata).children.map((child) => child.element.name);
  const encoder = new TextEncoder();
  async function* rows(): AsyncIterable<Uint8Array> {
    yield encoder.encode(`${columns.map((c) => csvField(c)).join(',')}\n`);
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      const objects = (await hyparquet.parquetReadObjects({ file, metadata, rowStart: start, rowEnd: end })) as Record<string, unknown>[];
      let text = '';
      for (const row of objects) {
        text += columns.map((c) => csvField(cellText(row[c]))).join(',');
        text += '\n';
      }
      yield encoder.encode(text);
      start = end;
    }
  }
  return { stream: rows(), size: null };
}

/** A Parquet column's values for one row group, with the type it is written as. */
interface Column {
  readonly name: string;
  readonly type: 'STRING' | 'DOUBLE' | 'BOOLEAN';
  data: (string | number | boolean | null)[];
}

/** Rows per row group written. */
const ROW_GROUP = 100_000;

/**
 * Writes rows to a Parquet file through an output sink (so the file is still written beside the
 * target and renamed at the end). Input columns are strings, as read; the added score columns are
 * DOUBLE (numbers), BOOLEAN (flags) or STRING.
 */
export async function loadParquetWriter() {
  const { ByteWriter, ParquetWriter } = await import('hyparquet-writer');
  return (sink: OutputSink, names: readonly string[], types: readonly ParquetColumnType[]) => createWriter(ByteWriter, ParquetWriter, sink, names, types);
}

/** The Parquet type of a written column. */
export type ParquetColumnType = Column['type'];

function createWriter(
  ByteWriter: typeof import('hyparquet-writer').ByteWriter,
  ParquetWriter: typeof import('hyparquet-writer').ParquetWriter,
  sink: OutputSink,
  names: readonly string[],
  types: readonly Column['type'][],
) {
  const bytes = new ByteWriter();
  const writer = bytes as typeof bytes & { ensure(size: number): void };
  const ensure = writer.ensure.bind(writer);
  const drain = () => {
    if (writer.index > 0) {
      sink.write(new Uint8Array(writer.buffer, 0, writer.index));
      writer.index = 0;
    }
  };
  // Flush to the sink whenever a megabyte has been encoded, as hyparquet-writer's own file writer does.
  writer.ensure = (size: number) => {
    if (writer.index > 1 << 20) drain();
    ensure(size);
  };
  const schema = [
    { name: 'root', num_children: names.length },
    ...names.map((name, i) =>
      types[i] === 'DOUBLE'
        ? { name, type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const }
        : types[i] === 'BOOLEAN'
          ? { name, type: 'BOOLEAN' as const, repetition_type: 'OPTIONAL' as const }
          : { name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const },
    ),
  ];
  const parquet = new ParquetWriter({ writer: bytes, schema, createdBy: 'promkit' });
  const columns: Column[] = names.map((name, i) => ({ name, type: types[i] as Column['type'], data: [] }));
  const flushGroup = () => {
    if ((columns[0]?.data.length ?? 0) === 0) return;
    parquet.write({ columnData: columns.map((c) => ({ name: c.name, data: c.data, type: c.type })), rowGroupSize: ROW_GROUP });
    for (const c of columns) c.data = [];
    drain();
  };
  return {
    /** Adds one row (values in column order). */
    row(values: readonly (string | number | boolean | null)[]) {
      columns.forEach((c, i) => c.data.push(values[i] ?? null));
      if ((columns[0]?.data.length ?? 0) >= ROW_GROUP) flushGroup();
    },
    /** Writes the last row group and the footer. */
    finish() {
      flushGroup();
      parquet.finish();
      drain();
    },
  };
}
