export * from './audit.schema.js';
export * from './auth.schema.js';
export * from './common.schema.js';
export * from './error.schema.js';
export * from './health.schema.js';
export * from './team.schema.js';
export * from './team-structure.schema.js';
export * from './user.schema.js';
