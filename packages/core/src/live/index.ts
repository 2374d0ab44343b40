export * from './cron.js';
export * from './model.js';
export * from './assess.js';
export * from './format.js';
export * from './client.js';
export * from './watch.js';
export * from './restore-context.js';
