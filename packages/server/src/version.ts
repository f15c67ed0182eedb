import { readFileSync } from 'node:fs';

/** The release version, read once from the repository's root package.json (the one place it is written). */
export const APP_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
