// The official SARIF 2.1.0 JSON schema (2.1.0-rtm.5, the final one, as shipped in the npm package
// @microsoft/jest-sarif), compiled once with ajv's draft-04 build: SARIF files are checked against it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

let validator: ReturnType<Ajv['compile']> | undefined;

/** The schema's complaints about `log` ("/path message"), or [] when it is valid SARIF 2.1.0. */
export function validateSarif(log: unknown): string[] {
  if (!validator) {
    const require = createRequire(import.meta.url);
    const schemaPath = join(
      dirname(require.resolve('@microsoft/jest-sarif/package.json')),
      'lib/schemas/sarif-2.1.0-rtm.5.json',
    );
    // One language pattern of the schema is not a valid unicode regular expression: compiled without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  }
  return validator(log)
    ? []
    : (validator.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
