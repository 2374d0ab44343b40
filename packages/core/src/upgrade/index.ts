export * from './plan.js';
export * from './run.js';
export * from './render.js';
