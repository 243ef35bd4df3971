export * from './naming.js';
export * from './payload-manifest.js';
