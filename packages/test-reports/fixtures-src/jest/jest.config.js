/* global module */
module.exports = {
  testEnvironment: 'node',
  reporters: [
    'default',
    ['jest-junit', { outputDirectory: 'reports', outputName: 'jest-junit.xml' }],
    ['jest-ctrf-json-reporter', { outputDir: 'reports', outputFile: 'jest-ctrf.json' }],
  ],
};
