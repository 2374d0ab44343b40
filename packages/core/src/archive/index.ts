export * from './wal.js';
export * from './backup-info.js';
export * from './model.js';
export * from './analyze.js';
export * from './s3.js';
export * from './preflight.js';
export * from './format.js';
export * from './cluster.js';
