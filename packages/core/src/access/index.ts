export * from './team-roles.js';
