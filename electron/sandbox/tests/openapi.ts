// The contract validator for tests: the OpenAPI file bundled by swagger-parser, nullable translated, checked with ajv.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SPEC_PATH = path.resolve(repoRoot, '../shared/reference/backmarket-openapi.yml');
export const specExists = fs.existsSync(SPEC_PATH);

/** OpenAPI 3.0 `nullable: true` as JSON Schema: a type union, null in enums, or anyOf with null where there is no type. */
export function translateNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(translateNullable);
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) out[key] = key === 'example' || key === 'examples' ? value : translateNullable(value);
  if (out.nullable !== true) {
    delete out.nullable;
    return out;
  }
  delete out.nullable;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  const rest = Object.keys(out).filter((key) => !['description', 'title', 'example', 'deprecated'].includes(key));
  if (rest.length === 0) return { ...out, type: 'null' };
  return { anyOf: [out, { type: 'null' }] };
}

export interface ContractValidator {
  /** Validates a body against the response schema of path/method/status; returns the errors (empty when valid). */
  check(pathKey: string, method: string, status: number, body: unknown): string[];
  /** The statuses the contract declares with a JSON schema for that operation. */
  hasSchema(pathKey: string, method: string, status: number): boolean;
}

export async function loadContract(): Promise<ContractValidator> {
  const bundled = (await SwaggerParser.bundle(SPEC_PATH)) as unknown as Record<string, unknown>;
  const spec = translateNullable(bundled) as Record<string, unknown> & { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('url', /^https?:\/\/\S+$/);
  ajv.addFormat('binary', true);
  ajv.addFormat('datetime', true);
  ajv.addSchema({ ...spec, $id: 'openapi' }, 'openapi');
  const cache = new Map<string, ValidateFunction | null>();
  const pointer = (pathKey: string, method: string, status: number) => {
    const escaped = pathKey.replace(/~/g, '~0').replace(/\//g, '~1');
    const operation = spec.paths[pathKey]?.[method.toLowerCase()];
    let response = operation?.responses?.[String(status)] as Record<string, unknown> | undefined;
    let base = `openapi#/paths/${escaped}/${method.toLowerCase()}/responses/${status}`;
    if (response && typeof response.$ref === 'string') {
      base = `openapi${response.$ref}`;
      const name = response.$ref.split('/').pop() ?? '';
      response = (spec.components as { responses: Record<string, Record<string, unknown>> }).responses[name];
    }
    const content = response?.content as Record<string, { schema?: unknown }> | undefined;
    if (!content) return null;
    const type = content['application/json'] ? 'application/json' : content['text/plain'] ? 'text/plain' : undefined;
    if (!type || !content[type]?.schema) return null;
    return `${base}/content/${type.replace(/\//g, '~1')}/schema`;
  };
  const validator = (pathKey: string, method: string, status: number) => {
    const key = `${method} ${pathKey} ${status}`;
    if (!cache.has(key)) {
      const ref = pointer(pathKey, method, status);
      cache.set(key, ref ? ajv.compile({ $ref: ref }) : null);
    }
    return cache.get(key) ?? null;
  };
  return {
    hasSchema: (pathKey, method, status) => validator(pathKey, method, status) !== null,
    check(pathKey, method, status, body) {
      const validate = validator(pathKey, method, status);
      if (!validate) return [`The contract declares no JSON schema for ${method} ${pathKey} ${status}`];
      return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
    },
  };
}
