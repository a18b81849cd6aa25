import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineSpans } from '../../src/extract/dateline.js';
import type { Sentence } from '../../src/core/types.js';

const one = (text: string) => datelineSpans(text, [{ start: 0, end: text.length, entry: 0, zone: 'body' } as Sentence]).map((s) => text.slice(s.start, s.end).trim());

test('wire datelines are found, with agency and date', () => {
  assert.deepEqual(one('BEIRUT, May 21, 2015 (Reuters) - Islamic State fighters took Palmyra.'), ['BEIRUT, May 21, 2015 (Reuters) -']);
  assert.deepEqual(one('DAMASCUS (AFP) — Government forces retook the town.'), ['DAMASCUS (AFP) —']);
  assert.deepEqual(one('MOGADISHU, Somalia, Oct 15 -- A truck bomb killed dozens.'), ['MOGADISHU, Somalia, Oct 15 --']);
});

test('a place at the start of ordinary prose is not a dateline', () => {
  assert.deepEqual(one('Aleppo - rebels said they had pushed back an assault.'), []);
  assert.deepEqual(one('Palmyra fell to Islamic State on Wednesday.'), []);
  assert.deepEqual(one('ISIS fighters - dozens of them - entered the town.'), []);
});
