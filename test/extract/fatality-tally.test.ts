// A coder's note states its total as a sentence of its own ("2 fatalities."); a one-story report's
// headline states the toll its lead may leave out. Notes and reports written by us.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedTally } from '../../src/extract/fatality-tally.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const run = (text: string, date: string) => {
  const r = reportFromText(text, { date });
  return extractEvents(r, splitSentences(r), [], ctx);
};

test('a stated total is read only from a sentence that is nothing else', () => {
  assert.equal(statedTally('21 fatalities.', 0)?.value, 21);
  assert.equal(statedTally('1 fatality.', 0)?.value, 1);
  assert.equal(statedTally('No fatalities.', 0)?.value, 0);
  assert.equal(statedTally('Fatalities: 3', 0)?.value, 3);
  assert.equal(statedTally('The clash caused 21 fatalities among the guards.', 0), null);
});

test("a note's stated total stands over the figure in its prose (which left out the bomber)", () => {
  const [main] = run(
    'On 10 July 2018, a suicide bomber blew himself up at an election rally in Peshawar, Pakistan, killing 20 people including the candidate. The TTP claimed responsibility. 21 fatalities.',
    '2018-07-10',
  );
  assert.equal(main?.fatalities, 21);
  assert.equal(main?.sources.fatalities?.rule, 'stated-total=21');
});

test("a note saying no one died keeps the main event at 0 even when a later clause names deaths elsewhere", () => {
  const [main] = run('On 3 May 2020, police fired tear gas at protesters in Nairobi, Kenya. No fatalities.', '2020-05-03');
  assert.equal(main?.fatalities, 0);
});

test('a vague figure in the headline gives way to the count the story gives for the same incident', () => {
  const text = 'Dozens killed in car bomb attack in Qamishli\n\nA car bomb killed at least 44 people in the city of Qamishli in Hasakah province on Wednesday, a monitor said.';
  const [main] = run(text, '2016-07-27');
  assert.equal(main?.fatalities, 44);
});

test("a headline's toll is the main event's when the lead tells the scene without it", () => {
  // The title is given apart from the text (as a feed or JSONL report gives it).
  const r = reportFromText('A series of blasts tore through an army weapons depot near Hama on Monday, sending a ball of fire over the town, a monitor said.', { date: '2016-07-27', title: 'At least 40 killed in weapons depot blast near Hama' });
  const [main] = extractEvents(r, splitSentences(r), [], ctx);
  assert.equal(main?.fatalities, 40);
  assert.match(main?.sources.fatalities?.rule ?? '', /^headline-toll:/);
  // Without the headline's figure, nothing is guessed.
  const bare = reportFromText('A series of blasts tore through an army weapons depot near Hama on Monday, sending a ball of fire over the town, a monitor said.', { date: '2016-07-27', title: 'Blasts at weapons depot near Hama' });
  assert.equal(extractEvents(bare, splitSentences(bare), [], ctx)[0]?.fatalities, 0);
});
