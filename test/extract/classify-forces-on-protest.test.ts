// State forces moving on a gathering of protesters (storming a camp, raiding a sit-in) use force
// on the crowd: with deaths it is excessive force, without, an intervention; never a riot or an
// attack on civilians. Crowds that storm a building remain a violent demonstration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { extractFromText } from './run-extract.js';

const sub = (t: string) => classifySentence(t)?.sub_event_type;

test('forces storming a protest camp and killing people is excessive force against protesters', () => {
  assert.equal(sub('Soldiers stormed the protest camp near the presidential palace in Bamako, killing at least 11 people.'), 'Excessive force against protesters');
  assert.equal(sub('Riot police raid Minsk sit-in, several dead'), 'Excessive force against protesters');
});

test('forces raiding a sit-in without deaths is a protest with intervention', () => {
  assert.equal(sub('Riot police raided a sit-in by teachers outside the ministry in Tunis and detained 14 people.'), 'Protest with intervention');
});

test('protesters storming a building stay a violent demonstration', () => {
  assert.equal(sub('Protesters stormed the provincial council building in Basra and set it ablaze.'), 'Violent demonstration');
});

test('police force told first and the demonstrators\' violence after: one violent demonstration', () => {
  const text = 'Police fired tear gas in central Nairobi on Tuesday as protests over the finance bill entered a third day. Protesters threw stones at officers and set fire to part of the city hall, witnesses said.';
  const events = extractFromText(text, '2024-06-25');
  assert.equal(events.length, 1, events.map((e) => `${e.sub_event_type}: ${e.evidence.text}`).join(' | '));
  assert.equal(events[0]!.sub_event_type, 'Violent demonstration');
  assert.match(events[0]!.sources.salience!.rule, /protesters-violence-decides/);
});
