// Jest runs TypeScript as native ESM (NODE_OPTIONS=--experimental-vm-modules, set by the npm scripts).
const transform = { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] };
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform,
  // In the checkout rather than the temp dir, which scripts/test-all.sh makes fresh for every run.
  cacheDirectory: '<rootDir>/.cache/jest',
  // Fails a test file that lets a library's `::debug::` workflow commands into the test output.
  setupFilesAfterEnv: ['<rootDir>/test/jest/no-debug-commands.ts'],
};

export default {
  // Per-test ceiling; real services and Node 24 spawns need more than the 5 s default. (Not a project option.)
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/packages/*/test/**/*.test.ts',
        '<rootDir>/action-metadata/test/**/*.test.ts',
        '<rootDir>/actions/*/test/unit/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts', '<rootDir>/actions/*/test/e2e/**/*.test.ts'],
    },
  ],
};
