export * from './target.js';
export * from './conf.js';
export * from './log.js';
export * from './report.js';
export * from './format.js';
export * from './manifest.js';
export * from './source.js';
export * from './run.js';
