import { closeSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileError, UsageError } from './io.js';

/** Where a command's output goes: a file written atomically, a device or pipe, or stdout. */
export interface OutputSink {
  /** Writes bytes (copied or written before returning; the caller may reuse the view). */
  write(bytes: Uint8Array): void | Promise<void>;
  /** Finishes: for a file, renames the temporary file onto the target. */
  commit(): Promise<void>;
  /** Gives up: for a file, removes the temporary file and leaves the target as it was. */
  abort(): void;
}

/** Device, inode and resolved path of a file, when it exists. */
function identity(path: string): { real: string; dev: number; ino: number } | null {
  try {
    const stat = statSync(path);
    return { real: realpathSync(path), dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/**
 * Opens the output of a command. `undefined` or `-` is stdout. A regular file is written to a
 * temporary file beside it and renamed onto it only when the command succeeds (`commit`), so a
 * failed or interrupted run never leaves a half-written file that looks finished, and an
 * existing file survives a failed run. An output that resolves to the input (the same file, a
 * symbolic or hard link to it) is refused before anything is read. A device or pipe
 * (`/dev/null`, a FIFO) is written directly.
 */
export function openOutput(path: string | undefined, inputs: readonly string[] = []): OutputSink {
  if (path === undefined || path === '-') return stdoutSink();
  const target = resolve(path);
  const folder = dirname(target);
  let folderStat;
  try {
    folderStat = statSync(folder);
  } catch (error) {
    throw fileError(error, 'write', path);
  }
  if (!folderStat.isDirectory()) throw new UsageError(`cannot write ${path}: ${folder} is not a folder`);
  const existing = identity(target);
  for (const input of inputs) {
    if (input === '-') continue;
    const source = identity(input);
    const same = source && existing && ((source.dev === existing.dev && source.ino === existing.ino) || source.real === existing.real);
    if (same) throw new UsageError(`--out ${path} is the input file ${input}: write the result to another file (the input would be lost)`);
  }
  if (existing) {
    const stat = statSync(target);
    if (stat.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder, not a file`);
    if (!stat.isFile()) return directSink(path);
  }
  return atomicSink(path, target);
}

function writeAll(fd: number, bytes: Uint8Array, path: string): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      throw fileError(error, 'write', path);
    }
  }
}

function atomicSink(path: string, target: string): OutputSink {
  const temp = join(dirname(target), `.${basename(target)}.promkit-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw fileError(error, 'write', path);
  }
  let open = true;
  const cleanup = () => {
    if (open) {
      open = false;
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      if (existsSync(temp)) unlinkSync(temp);
    } catch {
      /* nothing more to do */
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const detach = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  return {
    write(bytes) {
      writeAll(fd, bytes, path);
    },
    async commit() {
      try {
        fsyncSync(fd);
        closeSync(fd);
        open = false;
        renameSync(temp, target);
      } catch (error) {
        cleanup();
        throw fileError(error, 'write', path);
      } finally {
        detach();
      }
    },
    abort() {
      cleanup();
      detach();
    },
  };
}

function directSink(path: string): OutputSink {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw fileError(error, 'write', path);
  }
  return {
    write(bytes) {
      writeAll(fd, bytes, path);
    },
    async commit() {
      closeSync(fd);
    },
    abort() {
      closeSync(fd);
    },
  };
}

function stdoutSink(): OutputSink {
  return {
    write(bytes) {
      if (process.stdout.write(Buffer.from(bytes))) return;
      return new Promise<void>((done) => process.stdout.once('drain', () => done()));
    },
    async commit() {
      if (process.stdout.writableNeedDrain) await new Promise<void>((done) => process.stdout.once('drain', () => done()));
    },
    abort() {},
  };
}
