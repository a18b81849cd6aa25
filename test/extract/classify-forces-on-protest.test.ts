// State forces moving on a gathering of protesters (storming a camp, raiding a sit-in) use force
// on the crowd: with deaths it is excessive force, without, an intervention; never a riot or an
// attack on civilians. Crowds that storm a building remain a violent demonstration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';

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
