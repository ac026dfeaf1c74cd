import { createReadStream, createWriteStream, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { PromkitError } from '../../errors.js';

/** Opens the input file (or stdin for "-"), with its size for progress when known. */
export function openInput(path: string): { stream: Readable; size: number | null } {
  if (path === '-') return { stream: process.stdin, size: null };
  try {
    return { stream: createReadStream(path), size: statSync(path).size };
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`);
  }
}

/** Opens the output file, or stdout. */
export function openOutput(path: string | undefined): Writable {
  return path && path !== '-' ? createWriteStream(path) : process.stdout;
}

/** A problem with how the command was called: exit status 2, message on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Prints an error for a human and returns the exit status it deserves. */
export function report(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`promkit: ${error.message}\n`);
    return 2;
  }
  if (error instanceof PromkitError) {
    process.stderr.write(`promkit: ${error.issues.map((issue) => issue.message).join('\n  ')}\n`);
    return 2;
  }
  throw error;
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
