export * from './password-policy.js';
export * from './token-scopes.js';
