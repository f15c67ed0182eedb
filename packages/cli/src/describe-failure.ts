import { DomainError } from '@coreteam/core';
import { BackupError, ConfigError, MigrationFailedError } from '@coreteam/server';

/** One line that tells the person at the terminal what went wrong, without a stack trace. */
export function describeFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof MigrationFailedError || error instanceof BackupError) {
    return error.message;
  }
  if (error instanceof DomainError) {
    const fields = error.details.map((detail) => `${detail.field.replace(/^body\./, '')} ${detail.problem}`);
    return fields.length > 0 ? fields.join('; ') : error.message;
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return `${error.message.split('\n')[0]} (is another server running? set PORT)`;
    if (code === 'ECONNREFUSED') return `cannot reach the database: ${error.message.split('\n')[0]}`;
    if (code === 'EACCES') return `permission denied: ${error.message.split('\n')[0]}`;
    return error.message.split('\n')[0] ?? 'failed';
  }
  return String(error);
}
