#!/usr/bin/env node
// The `coreteam` command. Registers the TypeScript loader (resolved from this package, so the
// command works from any folder), then runs the CLI written in TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
