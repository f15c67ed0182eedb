export * from './error.schema.js';
export * from './health.schema.js';
