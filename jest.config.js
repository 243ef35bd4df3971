/** ESM jest with ts-jest, the layout used by actions/typescript-action. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', isolatedModules: true }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
