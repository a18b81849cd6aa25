// The model reads word meaning (data/embeddings: GloVe clusters and vectors): words our training
// sentences never used count by the words they resemble, and every cluster it cites is shown with
// its best-known words, so a reader can see why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { wordMeaning, meanVector } from '../../src/extract/classify/embeddings.js';

test('the shipped word meaning loads: 40,000 words, 100 dimensions, two cluster levels', () => {
  const m = wordMeaning();
  assert.ok(m, 'data/embeddings is installed');
  assert.equal(m.dims, 100);
  assert.deepEqual(m.clusters('shelled')?.map((c) => c[0]), ['k', 'K']);
  // Words of like use share a cluster; unlike words do not.
  assert.equal(m.clusters('shelled')?.[0], m.clusters('bombarded')?.[0]);
  assert.notEqual(m.clusters('shelled')?.[0], m.clusters('harvest')?.[0]);
  assert.equal(m.clusters('xqzzv'), undefined);
});

test('a hyphenated word the vectors lack counts as its parts; no known word gives no vector', () => {
  const m = wordMeaning()!;
  assert.ok(meanVector(['government-held'], m));
  assert.equal(meanVector(['xqzzv', 'qqxv'], m), null);
  const v = meanVector(['rebels', 'shelled', 'town'], m)!;
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  assert.ok(Math.abs(norm - 1) < 1e-9, 'the mean vector is normalised');
});

test('a cluster the model cites is glossed with its best-known words', () => {
  const c = classifySentence('Militants ambushed an army convoy near Palmyra, killing six soldiers.');
  assert.equal(c?.sub_event_type, 'Armed clash');
  const cited = c!.rules.filter((r) => /^feature:[kK]:\d+/.test(r));
  assert.ok(cited.length > 0, 'a cluster is among the features behind the choice');
  for (const r of cited) assert.match(r, /^feature:[kK]:\d+~[a-z'-]+\/[a-z'-]+\/[a-z'-]+\(\+/);
});
