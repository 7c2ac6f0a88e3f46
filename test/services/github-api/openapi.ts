/**
 * GitHub's published OpenAPI description (from @octokit/openapi), loaded once per process and
 * turned into Ajv validators for the operations the local API serves. OpenAPI 3.0's `nullable`
 * is rewritten to JSON Schema type unions, and `#/components/…` refs resolve against one shared
 * schema, so only what an operation uses is compiled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
export type Schema = Json;

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: Json;
}

export interface Operation {
  operationId: string;
  parameters?: Array<Json & { name: string; in: string; required?: boolean; schema?: Schema }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const COMPONENTS_ID = 'https://shipchain.local/github-openapi';

let loaded: { document: OpenApiDocument; ajv: Ajv } | undefined;

/** Rewrite OpenAPI 3.0 dialect to JSON Schema that Ajv understands (in place). */
function toJsonSchema(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) toJsonSchema(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/components/')) {
    schema.$ref = `${COMPONENTS_ID}${schema.$ref}`;
  }
  for (const value of Object.values(schema)) toJsonSchema(value);
  if (schema.nullable === true) {
    delete schema.nullable;
    if (typeof schema.type === 'string') {
      schema.type = [schema.type, 'null'];
      if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    } else {
      const copy = { ...schema };
      for (const key of Object.keys(schema)) delete schema[key];
      schema.anyOf = [copy, { type: 'null' }];
    }
  }
}

export function loadGitHubOpenApi(): { document: OpenApiDocument; ajv: Ajv } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const path = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const document = JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
  toJsonSchema(document.components);
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
  (addFormatsModule as unknown as (ajv: Ajv) => void)(ajv);
  ajv.addSchema({ $id: COMPONENTS_ID, components: document.components });
  loaded = { document, ajv };
  return loaded;
}

export function findOperation(method: string, template: string): Operation {
  const { document } = loadGitHubOpenApi();
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (!operation) throw new Error(`GitHub's OpenAPI description has no ${method} ${template}`);
  return operation;
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: Schema): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    const copy = structuredClone(schema);
    toJsonSchema(copy);
    validate = loadGitHubOpenApi().ajv.compile(copy);
    compiled.set(key, validate);
  }
  return validate;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? [])
    .slice(0, 10)
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`);
}

/** Problems with a request body, per the operation's requestBody schema ([] when valid). */
export function validateRequestBody(method: string, template: string, body: unknown): string[] {
  const operation = findOperation(method, template);
  const schema = operation.requestBody?.content['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [];
  if (body === undefined) return operation.requestBody?.required ? ['(root) a JSON body is required'] : [];
  const validate = validatorFor(`${method} ${template} request`, schema);
  return validate(body) ? [] : describeErrors(validate.errors);
}

/** Problems with a response body, per the operation's schema for that status. */
export function validateResponseBody(
  method: string,
  template: string,
  status: number,
  body: unknown,
): string[] {
  const operation = findOperation(method, template);
  const response = operation.responses[String(status)];
  if (!response) return [`status ${status} is not a documented response of ${method} ${template}`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema)
    return body === undefined || body === '' ? [] : [`status ${status} has no body in the description`];
  const validate = validatorFor(`${method} ${template} ${status}`, schema);
  return validate(body) ? [] : describeErrors(validate.errors);
}

/** Problems with path and query parameters. */
export function validateParameters(
  method: string,
  template: string,
  values: { path: Record<string, string>; query: URLSearchParams },
): string[] {
  const problems: string[] = [];
  for (const parameter of findOperation(method, template).parameters ?? []) {
    const resolved = resolveParameter(parameter);
    const raw =
      resolved.in === 'path' ? values.path[resolved.name] : (values.query.get(resolved.name) ?? undefined);
    if (raw === undefined) {
      if (resolved.required) problems.push(`${resolved.in} parameter "${resolved.name}" is required`);
      continue;
    }
    const schema = resolved.schema ?? {};
    const value = schema.type === 'integer' || schema.type === 'number' ? Number(raw) : raw;
    const validate = validatorFor(`param ${method} ${template} ${resolved.name}`, schema);
    if (!validate(value)) {
      problems.push(
        ...describeErrors(validate.errors).map(
          (problem) => `${resolved.in} parameter "${resolved.name}": ${problem}`,
        ),
      );
    }
  }
  return problems;
}

function resolveParameter(
  parameter: Json & { name?: string },
): Json & { name: string; in: string; required?: boolean; schema?: Schema } {
  if (typeof parameter.$ref === 'string') {
    const name = parameter.$ref.split('/').pop() as string;
    const components = loadGitHubOpenApi().document.components as { parameters: Record<string, Json> };
    return components.parameters[name] as Json & { name: string; in: string };
  }
  return parameter as Json & { name: string; in: string };
}

/** The schema a `$ref` (as found in an operation) points to, for building sample objects. */
export function resolveRef(ref: string): Schema {
  const path = ref.replace(COMPONENTS_ID, '').replace(/^#\//, '').split('/');
  let node: unknown = { components: loadGitHubOpenApi().document.components };
  for (const part of path) node = (node as Json)[part];
  return node as Schema;
}

export function responseSchema(method: string, template: string, status: number): Schema | undefined {
  return findOperation(method, template).responses[String(status)]?.content?.['application/json']?.schema;
}
