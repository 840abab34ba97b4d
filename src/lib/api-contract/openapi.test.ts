import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, endpoints } from './openapi';

describe('the published OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('describes every endpoint with its response schema, auth and parameters', () => {
    expect(Object.keys(document.paths)).toHaveLength(new Set(endpoints.map((e) => e.path)).size);
    const submit = document.paths['/dossiers']?.post;
    expect(submit?.security).toEqual([{ bearer: [] }]);
    expect(submit?.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
    expect(submit?.responses['201']?.content['application/json'].schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['dossierCode']) });
  });

  it('is the file in public/openapi.json (run `npm run openapi` after changing a contract)', () => {
    const published = JSON.parse(readFileSync(resolve(process.cwd(), 'public/openapi.json'), 'utf8')) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
