export * from './plan.js';
export * from './run.js';
export * from './render.js';
export * from '../edit/index.js';
export * from './archive-facts.js';
