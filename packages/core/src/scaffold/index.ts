export * from './scaffold.js';
export * from './plan.js';
export * from './write.js';
