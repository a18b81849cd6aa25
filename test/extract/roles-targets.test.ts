// The target side of remote violence when the sentence names no armed target: patients killed
// are civilians, a place's holder ("rebel-held") is not a side, a military installation is the
// state's, and an intercepted weapon belongs to the one armed group the story names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignRoles } from '../../src/extract/actors/roles.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const roles = (sub: Parameters<typeof assignRoles>[1], country: string, text: string) => assignRoles(text, sub, { country, date: '2018-02-10' });

test('a strike on a hospital in a rebel-held district: the patients are the target, the holder no side', () => {
  const r = roles('Air/drone strike', 'Syria', 'An air strike hit a clinic in rebel-held eastern Ghouta overnight, killing nine patients.');
  assert.equal(r.actor1, null);
  assert.equal(r.actor2?.label, 'Civilians (Syria)');
});

test('who holds a place still counts when the event is the place changing hands', () => {
  const r = roles('Government regains territory', 'Syria', 'Government forces retook the rebel-held town of Kafr Nabuda.');
  assert.equal(r.actor2?.label, 'Opposition Rebels (Syria)');
});

test('a missile strike on an airbase targets the state forces of the country', () => {
  const r = roles('Shelling/artillery/missile attack', 'Syria', 'Israeli forces fired missiles at the T-4 airbase in Homs province.');
  assert.equal(r.actor2?.label, 'Military Forces of Syria (2000-)');
  assert.equal(r.actor2?.rule, 'target-military-installation');
  const rebelBase = roles('Shelling/artillery/missile attack', 'Syria', 'Regime artillery shelled a rebel base near Latamneh.');
  assert.notEqual(rebelBase.actor2?.rule, 'target-military-installation');
});

test('an intercepted rocket belongs to the one armed group the story names', () => {
  const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
  const text =
    'Israeli air defences intercepted a rocket fired from the Gaza Strip on Tuesday, the army said. ' +
    'Islamic Jihad said later that its fighters had launched the rocket in response to an arrest raid.';
  const r = reportFromText(text, { date: '2019-05-08' });
  const events = extractEvents(r, splitSentences(r), [], ctx);
  const stopped = events.find((e) => e.sub_event_type === 'Disrupted weapons use');
  assert.ok(stopped, events.map((e) => e.sub_event_type).join(', '));
  assert.match(stopped!.actor2 ?? '', /Islamic Jihad/);
});

test('a government regaining territory with no force named: the state forces regain it from the group named', () => {
  const r = roles('Government regains territory', 'Somalia', 'The president declared victory over al-Shabaab in Harardhere on Tuesday.');
  assert.match(r.actor1?.label ?? '', /^Military Forces of Somalia/);
  assert.equal(r.actor1?.rule, 'government-regains-default-state');
  assert.equal(r.actor2?.label, 'Al Shabaab');
});

test('a force\'s building named as a place is no side; a non-state force that breaks up a protest acts', () => {
  const r = roles('Excessive force against protesters', 'Sudan', 'Paramilitaries of the Rapid Support Forces broke up the sit-in outside army headquarters in Khartoum, killing dozens of protesters.');
  assert.equal(r.actor1?.label, 'RSF: Rapid Support Forces');
  assert.equal(r.actor2?.label, 'Protesters (Sudan)');
});

test('"a convoy of the X" hit by a mine: X is the target, the layer unknown', () => {
  const r = roles('Remote explosive/landmine/IED', 'Burkina Faso', 'A landmine hit a convoy of the VDP near Kaya, killing three volunteers.');
  assert.equal(r.actor2?.label, 'VDP: Volunteers for the Defense of the Homeland');
  assert.equal(r.actor1?.label, 'Unidentified Armed Group (Burkina Faso)');
});

test('a weapon "intercepted by" air defences: the interceptor acts, the weapon\'s owner is acted upon', () => {
  const r = roles('Disrupted weapons use', 'Saudi Arabia', 'A Houthi ballistic missile fired at Riyadh was intercepted by Saudi air defences over the city.');
  assert.equal(r.actor1?.label, 'Military Forces of Saudi Arabia (2015-)');
  assert.equal(r.actor2?.label, 'Houthi Movement');
});
