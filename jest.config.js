/** ESM jest with ts-jest, the layout used by actions/typescript-action. */
export default {
  testEnvironment: 'node',
  // Jest 30 soft-deletes globals after a file's tests; a child process exiting later then crashes the worker.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', isolatedModules: true }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Run snapshots under .pikaci/ hold copies of __tests__; they are data, not this project's tests.
  testPathIgnorePatterns: ['/node_modules/', '/\\.pikaci/', '/\\.test-env/', '/\\.tools/', '/dist/'],
  modulePathIgnorePatterns: ['/\\.pikaci/', '/\\.test-env/', '/\\.tools/'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
