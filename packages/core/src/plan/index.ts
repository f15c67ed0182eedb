export * from './plan-vocabulary.js';
export * from './money.js';
export * from './timing.js';
export * from './costing.js';
export * from './budget.js';
export * from './terms-of-reference.js';
export * from './revisions.js';
