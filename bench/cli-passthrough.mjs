// The CSV layer alone: every record of the input read by promkit's CsvReader and written back
// through its ByteBuffer, with no scoring. Run by bench/cli.mjs with the bundled reader's folder.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, input, output] = process.argv.slice(2);
const { CsvReader } = await import(pathToFileURL(join(bundle, 'csvReader', 'index.mjs')).href);
const { ByteBuffer } = await import(pathToFileURL(join(bundle, 'csvWriter', 'index.mjs')).href);
const out = openSync(output, 'w');
const buffer = new ByteBuffer((bytes) => writeSync(out, bytes));
const reader = new CsvReader((record) => {
  buffer.raw(record.bytes, record.start, record.end);
  buffer.byte(10);
});
const fd = openSync(input, 'r');
const chunk = new Uint8Array(1 << 20);
for (let n; (n = readSync(fd, chunk)) > 0; ) {
  reader.push(chunk.subarray(0, n));
  buffer.flush();
}
reader.end();
buffer.flush();
closeSync(out);
