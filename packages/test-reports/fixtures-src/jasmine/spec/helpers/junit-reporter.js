/* global jasmine, require */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS sample for the runner */
const reporters = require('jasmine-reporters');

jasmine.getEnv().addReporter(
  new reporters.JUnitXmlReporter({
    savePath: 'reports',
    filePrefix: 'jasmine-junit',
    consolidateAll: true,
  }),
);
