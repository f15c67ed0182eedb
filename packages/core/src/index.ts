export * from './errors/index.js';
export * from './languages/index.js';
export * from './schemas/index.js';
