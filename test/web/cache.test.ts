// The answer cache: same version and key -> computed once; any change of version -> computed again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache } from '../../src/server/cache.js';

test('answers are kept until the database version changes', () => {
  const cache = new ResponseCache();
  let computed = 0;
  const compute = () => ({ n: ++computed });
  assert.equal(cache.get('v1', '/api/events', compute), '{"n":1}');
  assert.equal(cache.get('v1', '/api/events', compute), '{"n":1}');
  assert.equal(cache.get('v1', '/api/events?type=Battles', compute), '{"n":2}');
  assert.equal(cache.get('v2', '/api/events', compute), '{"n":3}', 'a new version recomputes');
  assert.equal(computed, 3);
});

test('the least recently used answer goes first when the cache is full', () => {
  const cache = new ResponseCache(2);
  let computed = 0;
  const compute = () => ++computed;
  cache.get('v', 'a', compute);
  cache.get('v', 'b', compute);
  cache.get('v', 'a', compute); // a is now the most recent
  cache.get('v', 'c', compute); // evicts b
  assert.equal(cache.get('v', 'a', compute), '1');
  assert.equal(cache.get('v', 'b', compute), '4');
});
