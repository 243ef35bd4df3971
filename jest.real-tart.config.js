/**
 * The opt-in smoke test against a real Tart (README "Tart": testing on a Mac). Only
 * `npm run test:real-tart` uses this config; the default config's testMatch (`*.test.ts`) never
 * collects `*.real-tart.ts`, so `npm test` neither runs nor skips it.
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['**/__tests__/tart-real/*.real-tart.ts'],
  testTimeout: 1_800_000,
  maxWorkers: 1,
};
