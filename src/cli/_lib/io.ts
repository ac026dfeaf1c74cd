import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { PromkitError } from '../../errors.js';
import { CsvEncodingError, CsvSyntaxError } from '../../ingest/csvReader/index.js';

/**
 * Exit statuses of the `promkit` command (documented in `--help` and the README):
 * 0 every row scored (or `--allow-errors`); 1 some rows could not be scored (each row says why);
 * 2 usage, input or output error (bad flag, unknown instrument or column, missing or unreadable
 * file, undecodable text, unwritable output): nothing written; 3 malformed CSV (a stray or
 * unclosed quote), named by line: nothing written; 70 internal error (a bug: please report it).
 */
export const EXIT = { ok: 0, rowsBad: 1, usage: 2, malformedCsv: 3, internal: 70 } as const;

/** The exit-status paragraph shown at the end of `--help`. */
export const EXIT_HELP = `
Exit status:
  0   every row was scored (or --allow-errors was given)
  1   some rows could not be scored: each keeps its data and says why in <prefix>_error
  2   usage, input or output error (bad flag, unknown instrument or column, missing or
      unreadable file, text that is not valid in its encoding, output not writable): no output
  3   malformed CSV (a stray or unclosed quote), named by line: no output; with
      --allow-errors the line is kept as a bad row instead
  70  internal error: a bug in promkit, please report it`;

/** A problem with how the command was called: exit status 2, message on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file that cannot be read or written: exit status 2, one line on stderr. */
export class FileError extends Error {
  override name = 'FileError';
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EEXIST: 'the file already exists',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EBUSY: 'the file is busy',
};

/** Turns a Node file-system error into one sentence: `cannot read x.csv: no such file or folder`. */
export function fileError(error: unknown, verb: 'read' | 'write', path: string): FileError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const text = (code && ERRNO_TEXT[code]) ?? (error instanceof Error ? error.message : String(error));
  return new FileError(`cannot ${verb} ${path}: ${text}`);
}

/** Opens the input file (or stdin for "-"), with its size for progress when known. */
export function openInput(path: string, highWaterMark = 1 << 20): { stream: Readable; size: number | null } {
  if (path === '-') return { stream: process.stdin, size: null };
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    throw fileError(error, 'read', path);
  }
  return { stream: createReadStream(path, { highWaterMark }), size };
}

/** Prints an error for a human (one line, no stack trace) and returns the exit status it deserves. */
export function report(error: unknown): number {
  if (error instanceof UsageError || error instanceof FileError) {
    process.stderr.write(`promkit: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof CsvEncodingError) {
    process.stderr.write(
      `promkit: ${error.message}: if the file was saved as Latin-1 or by Excel on Windows, add --encoding windows-1252 (or --encoding latin1); nothing was written\n`,
    );
    return EXIT.usage;
  }
  if (error instanceof CsvSyntaxError) {
    process.stderr.write(`promkit: malformed CSV, ${error.message}; nothing was written (fix the line, or keep it as a bad row with --allow-errors)\n`);
    return EXIT.malformedCsv;
  }
  if (error instanceof PromkitError) {
    process.stderr.write(`promkit: ${error.issues.map((issue) => issue.message).join('\n  ')}\n`);
    return EXIT.usage;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && code in ERRNO_TEXT) {
    const path = (error as NodeJS.ErrnoException).path;
    process.stderr.write(`promkit: ${path ? `${path}: ` : ''}${ERRNO_TEXT[code]}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`promkit: internal error: ${message} (a bug in promkit: please report it${process.env.PROMKIT_DEBUG ? '' : '; PROMKIT_DEBUG=1 shows where'})\n`);
  if (process.env.PROMKIT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

/** Progress on stderr, only when stderr is a terminal; at most ten updates a second. */
export function progress(label: string, total: number | null): { tick: (done: number, bytes?: number) => void; end: () => void } {
  if (!process.stderr.isTTY) return { tick: () => {}, end: () => {} };
  let last = 0;
  const start = Date.now();
  const draw = (done: number, bytes?: number) => {
    const seconds = (Date.now() - start) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const share = total && bytes !== undefined ? ` ${Math.min(100, Math.floor((bytes / total) * 100))}%` : '';
    process.stderr.write(`\r${label}${share} ${done.toLocaleString('en')} rows (${rate.toLocaleString('en')}/s)`);
  };
  return {
    tick(done, bytes) {
      if ((done & 1023) !== 0) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done, bytes);
    },
    end() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
