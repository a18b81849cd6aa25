// `sitrep run` lets the text pipeline's memory go before resolving (issue #7: at 100,000 reports the
// gazetteer held in the main thread was a third of the resolution phase's memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pipelineContext, releasePipelineContext } from '../../src/pipeline/context.js';

test('the pipeline context is loaded once, and released on demand', () => {
  const a = pipelineContext();
  assert.equal(pipelineContext(), a, 'memoised while in use');
  const size = a.gazetteer.size;
  releasePipelineContext();
  const b = pipelineContext();
  assert.notEqual(b, a, 'a new context after release');
  assert.notEqual(b.gazetteer, a.gazetteer, 'the gazetteer itself was let go, not only the context');
  assert.equal(b.gazetteer.size, size, 'and loads again whole from its cache');
});
