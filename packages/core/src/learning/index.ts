export * from './course-catalogue.js';
export * from './learning-paths.js';
export * from './recommendations.js';
export * from './optimiser.js';
export * from './plan-proposal.js';
