export * from './countries.js';
export * from './currencies.js';
