export * from './checks.js';
export * from './git.js';
export * from './run.js';
export { main } from './cli.js';
