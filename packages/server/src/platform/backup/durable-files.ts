import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Flushes a file's content to the disk, so that a rename after it never exposes a half-written file. */
export function flushFile(file: string): void {
  const descriptor = openSync(file, 'r+');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Puts `source` in place of `target` in one step (both in the same folder): a reader sees the old
 * file or the new one, never a mix. The folder is flushed too, so the new name survives a power cut.
 */
export function replaceAtomically(source: string, target: string): void {
  flushFile(source);
  renameSync(source, target);
  const folder = openSync(path.dirname(target), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/** SQLite's companions of a database file: WAL, shared memory, rollback journal. */
export function removeCompanionFiles(databaseFile: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${databaseFile}${suffix}`, { force: true });
}
