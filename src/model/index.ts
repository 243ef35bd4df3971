export * from './job.js';
export * from './command.js';
