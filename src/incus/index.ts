export * from './naming.js';
export * from './payload-manifest.js';
export * from './config.js';
