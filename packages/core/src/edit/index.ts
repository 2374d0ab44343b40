export * from './text.js';
export * from './write.js';
