export * from './roles-catalogue-translations.js';
