// The JSON report dashboards read is described by schema/report.schema.json: real reports (a
// generated year on real git) validate with Ajv, and the schema is strict enough to refuse a
// report that lost a field or carries a rate above 1.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { makeTempDir, type TempDir } from '../../../test/services/lib/temp-dir';
import { doraReport, type DoraReport } from '../src/index';
import { writeGitopsRepository, writeSourceRepository } from './generated-history';
import { yearScenario } from './year-scenario';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(schema);

let dir: TempDir;
let report: DoraReport;

beforeAll(async () => {
  dir = await makeTempDir('dora-schema-');
  const end = 1_790_000_000;
  const scenario = yearScenario({ seed: 7, end, days: 120, devPerDay: 2 });
  const shas = await writeSourceRepository(join(dir.path, 'source'), scenario.sourceTimes);
  await writeGitopsRepository(join(dir.path, 'gitops'), scenario.events, shas);
  report = await doraReport({
    gitopsDir: join(dir.path, 'gitops'),
    sourceDir: join(dir.path, 'source'),
    windowDays: 30,
    now: end,
  });
});
afterAll(async () => dir?.remove());

test('a real report, as JSON, is what the schema describes', () => {
  const json = JSON.parse(JSON.stringify(report));
  expect(validate(json) ? [] : validate.errors).toEqual([]);
  expect(report.failures.length).toBeGreaterThan(0);
});

test('the schema refuses a report that lost a field or has a rate above 1', () => {
  const json = JSON.parse(JSON.stringify(report));
  delete json.environments[0].current.leadTime;
  json.environments[1].current.changeFailureRate = 1.5;
  expect(validate(json)).toBe(false);
  expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual([
    '/environments/0/current',
    '/environments/1/current/changeFailureRate',
  ]);
});
