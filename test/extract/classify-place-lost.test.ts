// A place lost by one side is a change of hands, even when the sentence's main verb tells
// something else. Sentences written for these tests, restating the shape of real reporting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaceLoss, lossSides } from '../../src/extract/classify/place-lost.js';
import { findActorMentions } from '../../src/extract/actors/match.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { country: 'Somalia', date: '2019-03-02' };
function sides(text: string, c = ctx) {
  const loss = findPlaceLoss(text);
  if (!loss) return null;
  const s = lossSides(text, loss, findActorMentions(text), c);
  return s && { type: s.sub_event_type, actor1: s.actor1?.label ?? null, actor2: s.actor2?.label ?? null };
}

test('a side forced out of a town, the winner named after "by", loses it to that winner', () => {
  assert.deepEqual(sides('Al-Shabaab fighters were forced out of Bulo Burde by government troops on Saturday.'), {
    type: 'Government regains territory', actor1: 'Military Forces of Somalia (2017-2022)', actor2: 'Al Shabaab',
  });
});

test('an active expulsion: the subject wins, the object loses', () => {
  const s = sides('Residents celebrated after militiamen drove al-Shabaab out of Mahaday.');
  assert.equal(s?.type, 'Non-state actor overtakes territory');
  assert.equal(s?.actor2, 'Al Shabaab');
  assert.ok(s?.actor1, 'the militia is actor1');
});

test('"lost X to Y" and "Y\'s liberation by Z" name both sides', () => {
  const lost = sides('The army lost Bulo Burde to al-Shabaab after a night of fighting.');
  assert.equal(lost?.type, 'Non-state actor overtakes territory');
  assert.equal(lost?.actor1, 'Al Shabaab');
  assert.match(lost?.actor2 ?? '', /^Military Forces of Somalia/);
  const lib = sides('Journalists toured the al-Shabaab prison in Jilib after its liberation by government forces.');
  assert.equal(lib?.type, 'Government regains territory');
  assert.equal(lib?.actor2, 'Al Shabaab');
});

test('with the winner unnamed, actor1 is left unresolved rather than guessed', () => {
  const s = sides('Aid convoys reached Jowhar after al-Shabaab was forced to leave the town of Jowhar.');
  assert.equal(s?.actor1, null);
  assert.equal(s?.actor2, 'Al Shabaab');
});

test('a retreat told with no fighting is a non-violent transfer by the side that left', () => {
  const s = sides("Shops reopened in Afgooye after the army's retreat from Afgooye.");
  assert.equal(s?.type, 'Non-violent transfer of territory');
  assert.match(s?.actor1 ?? '', /^Military Forces of Somalia/);
});

test('not a loss: civilians leaving, a loss long ago, a loss only threatened', () => {
  assert.equal(sides('Thousands of families were forced to leave Baidoa by the drought.'), null);
  assert.equal(findPlaceLoss('The market reopened, three years after the militants were driven out of Kismayo.'), null);
  assert.equal(findPlaceLoss('Elders warned the militants would be forced out of Kismayo.'), null);
  assert.equal(findPlaceLoss('Families were forced to leave their homes.'), null);
  assert.equal(sides('Rebels say the deal amounts to the forced displacement of government opponents from Aleppo.'), null);
  assert.equal(sides('Families were forced out of Afmadow by the militants.'), null);
});

test('in a report: a release told with the takeover behind it gives both events', () => {
  const r = reportFromText('Dozens of detainees were freed in Marka on Friday after al-Shabaab was pushed out of Marka by government troops, residents said.', { date: '2019-03-02' });
  const events = extractEvents(r, splitSentences(r), [], { gazetteer: { size: 0 } } as unknown as PipelineContext);
  const types = events.map((e) => e.sub_event_type);
  assert.ok(types.includes('Other'), types.join(', '));
  const takeover = events.find((e) => e.sub_event_type === 'Government regains territory');
  assert.ok(takeover, types.join(', '));
  assert.equal(takeover.actor2, 'Al Shabaab');
  assert.ok(takeover.sources.sub_event_type?.span, 'the loss is traced to its words');
});

test('the loss words are found in any case (a headline) and a sentence with none of them is no loss', () => {
  assert.equal(findPlaceLoss('ISIS PUSHED OUT OF Dana After Week Of Fighting')?.form, 'driven-out');
  assert.equal(findPlaceLoss('The Town FELL TO the insurgents before dawn.')?.form, 'fell-to');
  assert.equal(findPlaceLoss("After the army's pull-out from Kidal, rebels moved in.")?.form, 'retreat');
  assert.equal(findPlaceLoss('Government troops shelled rebel positions near Dana on Sunday.'), null);
});
