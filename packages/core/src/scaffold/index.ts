export * from './scaffold.js';
export * from './plan.js';
