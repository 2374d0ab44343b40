export * from './clusters.js';
export * from './references.js';
