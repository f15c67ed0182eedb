export * from './supported-languages.js';
