import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiTwin, isAscii } from '../../src/extract/ascii-twin.js';

test('the ASCII twin matches exactly where the Unicode rule does, on ASCII text', () => {
  const rules = [
    /^\s*(?:of\s+)?(?:(?!and\b|or\b)[\p{L}'’-]+\s+){0,4}?(?:wounded|injured)\b/iu,
    /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:man|child|soldier)\s+(?:died|was\s+killed)\b/giu,
    /(?:[\p{L}\p{N}'’.()-]+(?:\s+|(?=,))){0,8}?killed\b/iu,
  ];
  const texts = [
    '40 people were wounded in the blast',
    'of them, 12 civilians and three children injured',
    'Overnight a young man was killed and one child died near the bakery.',
    'Seventeen 4x4 (pickup) vehicles were hit and 9 fighters killed',
    'no match here at all',
  ];
  for (const re of rules) {
    const twin = asciiTwin(re);
    assert.ok(!twin.flags.includes('u') && !twin.source.includes('\\p{'), twin.source);
    for (const t of texts) {
      re.lastIndex = 0;
      twin.lastIndex = 0;
      assert.deepEqual(twin.exec(t)?.[0] ?? null, re.exec(t)?.[0] ?? null, `${re.source} on "${t}"`);
    }
  }
});

test('a regex without the u flag is its own twin; a bare property escape is refused', () => {
  const plain = /killed/i;
  assert.equal(asciiTwin(plain), plain);
  assert.throws(() => asciiTwin(/\p{L}+/u), /outside a character class/);
});

test('isAscii: every letter and digit is ASCII (curly quotes and dashes allowed, accents not)', () => {
  assert.equal(isAscii('Air strikes hit al-Bab, killing 12.'), true);
  assert.equal(isAscii('“Air strikes hit al-Bab,” he said \u2013 twelve died…'), true);
  assert.equal(isAscii('Air strikes hit al-Bāb, killing 12.'), false);
  assert.equal(isAscii('Deir ez-Zor \u0661\u0662'), false);
});

test('curly quotes and dashes do not change what the twin matches', () => {
  const re = /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:on|from)\s+(?:each|both)\s+sides?\b/iu;
  for (const t of [' fighters’ on both sides', ' “fighters” from each side', ' men — on each side']) {
    assert.equal(asciiTwin(re).test(t), re.test(t), t);
  }
});
