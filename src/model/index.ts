export * from './ids.js';
export * from './job.js';
export * from './command.js';
export * from './target.js';
