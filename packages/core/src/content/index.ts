export * from './roles-catalogue-translations.js';
export * from './default-framework/index.js';
export * from './terms-of-reference/index.js';
export * from './course-catalogue/index.js';
