export * from './roles-catalogue.js';
export * from './structure-checks.js';
export * from './team-members.js';
