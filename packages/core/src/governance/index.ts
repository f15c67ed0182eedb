export * from './governance-dashboard.js';
