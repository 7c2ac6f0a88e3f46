import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.js'],
    reporters: ['default', 'junit'],
    outputFile: { junit: 'reports/vitest-junit.xml' },
  },
});
