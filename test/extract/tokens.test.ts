import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/extract/actors/tokens.js';

// ASCII text takes a hand-written scanner; anything else the Unicode regex. Both must cut the same
// tokens: a non-ASCII word appended at the end forces the regex path over the same ASCII prefix.
const viaRegex = (text: string) => tokenize(text + " \u00e9t\u00e9").slice(0, -1);

const SAMPLES = [
  'The U.S.-led coalition said its jets struck IS positions near al-Bab on Tuesday, killing 22 fighters.',
  'Fighters of the Islamic State of Iraq and ash-Sham (ISIS) shelled at-Tanf; the U.N. envoy, Mr. de Mistura, condemned it.',
  'A 22-year-old man was shot dead in Deir ez-Zor, the SOHR said. e.g. U.S.A. and U.K. troops; A.B.c. X.y .U.S. U.S',
  'AL-QAEDA-linked rebels (HTS) seized 3 villages; No.5 checkpoint, km-12, as-Sweida, es-Sur and ad-Dana.',
  '...a.b.c..d. -al- al-- 7.62mm 1,200 people; "Daesh" \'Assad\' forces---and---the SAA',
  '',
  '   ',
  '“The U.S.-backed SDF,” he said \u2013 ‘al-Bab’ fell… «Daesh» left\u00a0Raqqa',
];

test('the ASCII tokenizer cuts exactly the tokens the Unicode regex does', () => {
  for (const text of SAMPLES) assert.deepEqual(tokenize(text), viaRegex(text), text);
});

test('initialisms lose their dots and Arabic articles before a hyphen are unified', () => {
  const t = tokenize('U.S. jets hit ash-Sham and as Sham near al-Bab.');
  assert.deepEqual(t.map((x) => x.raw), ['US', 'jets', 'hit', 'ash', 'Sham', 'and', 'as', 'Sham', 'near', 'al', 'Bab']);
  assert.deepEqual(t.map((x) => x.norm), ['us', 'jets', 'hit', 'al', 'sham', 'and', 'as', 'sham', 'near', 'al', 'bab']);
  assert.deepEqual(t[0], { start: 0, end: 4, norm: 'us', raw: 'US' });
});

test('non-ASCII words are folded (diacritics removed) on the Unicode path', () => {
  const t = tokenize('Forces entered Al-Qusayr and Ra\u0027s al-\u02bfAyn near D\u00e9ir.');
  assert.ok(t.some((x) => x.raw === 'D\u00e9ir' && x.norm === 'deir'));
});
