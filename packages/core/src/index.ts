export * from './access/index.js';
export * from './accounts/index.js';
export * from './content/index.js';
export * from './errors/index.js';
export * from './languages/index.js';
export * from './reference-data/index.js';
export * from './schemas/index.js';
export * from './team-structure/index.js';
