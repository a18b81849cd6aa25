// What the classifier must get right on phrasing its rules were not tuned on: symptoms are not
// chemical weapons, unknown groups that take a place are non-state, troops leaving bases is a change
// of activity, denials and grievances are not the events they name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifySentence } from '../../src/extract/classify/index.js';
import { stemOf } from '../../src/extract/classify/model.js';
import { loadPath } from '../../src/extract/classify/train.js';

const type = (s: string) => classifySentence(s)?.sub_event_type ?? null;

test('choking or suffocation alone is not a chemical weapon; a named agent is', () => {
  assert.equal(type('Several children were treated for suffocation after air strikes flattened a block of flats in Binnish.'), 'Air/drone strike');
  assert.equal(type('Three labourers died of suffocation when a well they were digging collapsed.'), null);
  assert.equal(type('Medics said dozens were choking after a shell filled with chlorine landed in the neighbourhood.'), 'Chemical weapon');
});

test('an unknown named group that takes a place is non-state; state forces regain it', () => {
  assert.equal(type('The Lake Chad Vigilance Brigade seized the town of Kukawa after a gunfight with the police.'), 'Non-state actor overtakes territory');
  assert.equal(type('Fighters of the Northern Shield Army captured the district headquarters in Wadi Jarf after heavy fighting.'), 'Non-state actor overtakes territory');
  assert.equal(type('Nigerian troops recaptured the town of Kukawa from the Lake Chad Vigilance Brigade.'), 'Government regains territory');
  const c = classifySentence('The Lake Chad Vigilance Brigade seized the town of Kukawa after a gunfight with the police.');
  assert.ok(c!.rules.some((r) => r.startsWith('territory:')), c!.rules.join(','));
});

test('forces leaving bases with nobody taking over is a change of activity; leaving a town that others enter is a transfer', () => {
  assert.equal(type('The French army began withdrawing troops from three bases in the north, officials said.'), 'Change to group/activity');
  assert.equal(type('The militia pulled out of the town of Kerma, and soldiers entered it unopposed the next day.'), 'Non-violent transfer of territory');
});

test('disrupted weapons: devices made safe, drones shot down', () => {
  assert.equal(type('An explosive belt was found in a house during a search and detonated safely by the army.'), 'Disrupted weapons use');
  assert.equal(type('Air defence units spotted two drones over the airbase and shot them down.'), 'Disrupted weapons use');
});

test('a denial and a protest against a killing are not the events they name', () => {
  assert.equal(type('The armed group denied any involvement in the kidnapping of the two engineers.'), null);
  assert.equal(type('Hundreds of students protested against the killing of a classmate by unknown gunmen.'), 'Peaceful protest');
  assert.equal(type('Police dispersed the sit-in with tear gas and batons, and one demonstrator was killed.'), 'Excessive force against protesters');
});

test('stems let unseen word forms share what their siblings taught', () => {
  assert.equal(stemOf('recaptured'), stemOf('recaptures'));
  assert.equal(stemOf('withdrawing'), stemOf('withdraws'));
  assert.notEqual(stemOf('protest'), stemOf('project'));
});

test('check-*.jsonl files beside the training data are never trained on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-train-'));
  writeFileSync(join(dir, 'mine.jsonl'), JSON.stringify({ text: 'Rebels shelled the town.', sub_event_type: 'Shelling/artillery/missile attack' }) + '\n');
  writeFileSync(join(dir, 'check-1.jsonl'), JSON.stringify({ text: 'Police dispersed a march.', sub_event_type: 'Protest with intervention' }) + '\n');
  const rows = loadPath(dir).rows;
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.label, 'Shelling/artillery/missile attack');
});
