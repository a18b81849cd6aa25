import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openingsOf, RegexGate } from '../../src/extract/regex-gate.js';
import { CUES } from '../../src/extract/classify/cues.js';
import { lowerSameLength } from '../../src/extract/classify/rules.js';

// Sentences written for this test (lower-cased as the classifier reads them), mixing events,
// non-events and awkward spellings, so that many cues fire and many do not.
const SENTENCES = [
  'Warplanes struck the town of Ariha at dawn on Monday, killing seven civilians, the monitor said.',
  'A roadside bomb went off as a police patrol passed near Bulo Marer, wounding two officers.',
  "The minister's visit to the capital was postponed after talks on the trade deal stalled.",
  'Hundreds of protesters marched to parliament; riot police fired tear gas to disperse them.',
  'Gunmen on motorbikes abducted 14 passengers from a bus on the Zaria road late on Friday.',
  'Rebels said they had recaptured the hill after heavy fighting with government forces.',
  'The army deployed reinforcements to the border and set up a new base outside the city.',
  'Cholera cases rose to 300 in the camp, health officials said, blaming contaminated water.',
  'A bus plunged into a ravine in the north, killing 12 people; the driver was arrested.',
  'U.S.-led coalition jets bombed ISIS positions, while the Kurdish-led SDF shelled al-Bab.',
  'Police arrested three journalists and an opposition leader for "spreading false news".',
  'Suicide bomber blew himself up at a checkpoint; the group claimed responsibility later.',
  'Two children were killed by an unexploded mortar shell left over from the war.',
  'The ceasefire has largely held since it came into force last month, the envoy said.',
  'Militants seized weapons and ammunition from the depot before withdrawing to the hills.',
  '',
  'ok',
];

test('on a table of cues, the gate never skips a cue that fires', () => {
  const gate = new RegexGate(CUES);
  for (const raw of SENTENCES) {
    const lower = lowerSameLength(raw);
    const candidates = new Set(gate.candidates(lower));
    for (const [i, cue] of CUES.entries()) {
      if (cue.re.test(lower)) assert.ok(candidates.has(i), `${cue.name} fires in "${raw}" but was gated out`);
    }
  }
});

test('the gate skips cues whose opening words are absent (it must save work)', () => {
  const gate = new RegexGate(CUES);
  assert.ok(gate.gatedCount > CUES.length / 2, 'most cues can be gated');
  const lower = lowerSameLength('The minister met his counterpart on Tuesday.');
  const names = gate.candidates(lower).map((i) => CUES[i]!.name);
  assert.ok(!names.includes('suicide') && !names.includes('chemical') && !names.includes('abduction'), names.join(','));
  assert.ok(names.length < CUES.length / 2, names.join(','));
});

test('candidates come in table order', () => {
  const gate = new RegexGate(CUES);
  const c = gate.candidates(lowerSameLength(SENTENCES[0]!));
  assert.deepEqual(c, [...c].sort((a, b) => a - b));
});

test('openings: optional groups, lookbehinds, anchors and literals anywhere', () => {
  // An optional group opens the match or not: both its words and what follows count.
  assert.deepEqual(openingsOf(String.raw`\b(?:hand[- ])?grenades?\b`)?.atWordStart.sort(), ['grenade', 'hand']);
  // A lookbehind is zero-width: the word after it is the opening.
  assert.deepEqual(openingsOf(String.raw`(?<!anti-)\baircraft\b`)?.atWordStart, ['aircraft']);
  // A group of whole words runs on into the literal after it.
  assert.deepEqual(openingsOf(String.raw`\b(?:a|an|the) strike`)?.atWordStart, ['a strike', 'an strike', 'the strike']);
  // No \b: the literal may sit inside a word.
  assert.deepEqual(openingsOf(String.raw`improvised explosive|\bied\b`), { atWordStart: ['ied'], anywhere: ['improvised explosive'] });
  // A start anchor before a word is a word start.
  assert.deepEqual(openingsOf(String.raw`^movement of forces\s*:`)?.atWordStart, ['movement of forces']);
  // What we cannot read is never gated: a class or \w up front, a one-letter opening.
  assert.equal(openingsOf(String.raw`\b\w+ian troops`), null);
  assert.equal(openingsOf(String.raw`[a-z]+ed\b`), null);
  assert.equal(openingsOf(String.raw`\bx(?:y|z)`), null);
});

test('regexes with flags that change matching are always run', () => {
  const table = [{ re: /\bshelling\b/i }, { re: /\bshelling\b/ }];
  const gate = new RegexGate(table);
  assert.equal(gate.gatedCount, 1);
  assert.deepEqual(gate.candidates('no artillery here'), [0]);
  assert.deepEqual(gate.candidates('heavy shelling overnight'), [0, 1]);
});

test('a literal inside a word is found by includes, one at a word start only there', () => {
  const gate = new RegexGate([{ re: /improvised explosive/ }, { re: /\bstrike/ }]);
  assert.deepEqual(gate.candidates('an improvised explosive device'), [0]);
  // "airstrike" holds "strike", but not at a word start: \bstrike cannot match there.
  assert.deepEqual(gate.candidates('an airstrike hit the market'), []);
  assert.deepEqual(gate.candidates('a strike hit the market'), [1]);
});

test('a search from where the gate says a cue can first match finds the same first match', () => {
  const gate = new RegexGate(CUES);
  let later = 0;
  for (const raw of SENTENCES) {
    const lower = lowerSameLength(raw);
    for (const { idx, from } of gate.candidatesFrom(lower)) {
      const cue = CUES[idx]!;
      const whole = cue.re.exec(lower);
      const re = new RegExp(cue.re.source, cue.re.flags.includes('g') ? cue.re.flags : cue.re.flags + 'g');
      re.lastIndex = from;
      const part = re.exec(lower);
      assert.deepEqual(part && [part.index, part[0]], whole && [whole.index, whole[0]], `${cue.name} in "${raw}" from ${from}`);
      if (from > 0) later++;
    }
  }
  // Openings mid-sentence ("... killing seven civilians") let most searches skip the words before.
  assert.ok(later > 10, `only ${later} searches started past the sentence start`);
});

test('an opening found anywhere (not at a word start) also marks where a match can begin', () => {
  // Two patterns whose openings overlap in the text: both are found, each at its own offset.
  const gate = new RegexGate([{ re: /xplosive device/ }, { re: /\bdevice\b/ }, { re: /sive dev/ }]);
  const text = 'an improvised explosive device was found';
  assert.deepEqual(gate.candidatesFrom(text), [
    { idx: 0, from: text.indexOf('xplosive') },
    { idx: 1, from: text.indexOf('device') },
    { idx: 2, from: text.indexOf('sive dev') },
  ]);
  assert.deepEqual(gate.candidatesFrom('no such words here'), []);
});
