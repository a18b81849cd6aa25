// The API description: complete (every route documented) and saved in docs/openapi.json.
// After changing the API: SITREP_WRITE_OPENAPI=1 node scripts/test.js test/web/openapi
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument } from '../../src/server/openapi.js';
import { apiRouter } from '../../src/server/api.js';
import { PACKAGE_ROOT } from '../../src/server/static.js';
import { EVENT_TYPES } from '../../src/core/taxonomy.js';

const FILE = join(PACKAGE_ROOT, 'docs', 'openapi.json');

test('every API route is described, with its method', () => {
  const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
  const router = apiRouter({ workspace: {} as never, writer: null, exporter: () => [][Symbol.iterator](), token: null, bodyLimit: 1 });
  const routes = router.list();
  assert.ok(routes.length >= 10);
  for (const [method, path] of routes) {
    const documented = path.replace(/:(\w+)/g, '{$1}');
    assert.ok(doc.paths[documented], `${path} is not in the OpenAPI document`);
    assert.ok(doc.paths[documented]![method.toLowerCase()], `${method} ${path} is not in the OpenAPI document`);
  }
  assert.equal(Object.keys(doc.paths).length, new Set(routes.map((r) => r[1])).size, 'no documented path without a route');
});

test('the document names ACLED event types and the ingest security rule', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, any>; components: any };
  assert.match(doc.openapi, /^3\./);
  assert.deepEqual(doc.components.schemas.Event.properties.event_type.enum, [...EVENT_TYPES]);
  assert.deepEqual(doc.paths['/api/ingest'].post.security, [{ bearer: [] }]);
  assert.ok(doc.paths['/api/ingest'].post.responses['413']);
});

test('docs/openapi.json is the current document', () => {
  const current = JSON.stringify(openApiDocument(), null, 2) + '\n';
  if (process.env.SITREP_WRITE_OPENAPI === '1') {
    mkdirSync(join(PACKAGE_ROOT, 'docs'), { recursive: true });
    writeFileSync(FILE, current);
  }
  assert.equal(readFileSync(FILE, 'utf8'), current, 'docs/openapi.json is stale: regenerate with SITREP_WRITE_OPENAPI=1 node scripts/test.js test/web/openapi');
});
