// From a data journalist's review in session 9: a live page that says when it opened ("Live coverage
// began Saturday 2 July 2022") and heads each day ("Sunday 3 July") dates its entries by those days;
// a wire story saved as "2022-06-28-....txt" whose dateline has no year ("MOSCOW, June 28 (Wire) -")
// takes the year from the file name. Pages and stories are ours, restating widely reported news of
// the war in Ukraine (the fall of Lysychansk, the Kremenchuk strike).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { one } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-days-'));

test("a live page's opening line dates it, and its day headings date the entries under them", async () => {
  const path = join(dir, 'ukraine-live.html');
  writeFileSync(
    path,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Russia-Ukraine war live: Moscow claims capture of Lysychansk | The Ledger</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article class="liveblog">
<h1>Russia-Ukraine war live: Moscow claims capture of Lysychansk as Kyiv confirms withdrawal</h1>
<p class="standfirst">Russia says the last Ukrainian-held city in Luhansk province has fallen; Odesa region mourns the dead of Friday's strike.</p>
<p class="byline">By our correspondents in Kyiv</p>
<p class="liveblog-started">Live coverage began Saturday 2 July 2022</p>
<div class="day-marker">Saturday 2 July</div>
<div class="block"><p class="block-time">22:50 EEST</p><h2>Heavy fighting on the edge of Lysychansk</h2>
<p>Russian troops are trying to encircle Lysychansk from the south and west, the Ukrainian general staff said on Saturday evening, adding that fierce fighting was continuing near the city's oil refinery.</p></div>
<div class="day-marker">Sunday 3 July</div>
<div class="block"><p class="block-time">08:05</p><h2>Russia says Lysychansk is under its full control</h2>
<p>Russia's defence minister has told President Putin that Russian forces, together with the militia of the self-proclaimed Luhansk People's Republic, have established full control over the city of Lysychansk, the ministry said.</p></div>
<div class="block"><p class="block-time">13:40</p><h2>Rockets hit Sloviansk</h2>
<p>Russian rocket fire killed at least six people and wounded 15 in Sloviansk on Sunday, the governor of Donetsk province said, adding that rescuers were still searching the rubble of a block of flats.</p></div>
</article></main><footer>Copyright The Ledger</footer></body></html>`,
  );
  const r = await one(path);
  assert.equal(r.published, '2022-07-02');
  const dateOf = (words: string) => r.entries.find((e) => r.text.slice(e.start, e.end).includes(words))?.date;
  assert.equal(dateOf('Heavy fighting on the edge'), '2022-07-02');
  assert.equal(dateOf('under its full control'), '2022-07-03');
  assert.equal(dateOf('Rockets hit Sloviansk'), '2022-07-03');
});

test("a year-less dateline takes its year from a dated file name, never from one weeks away", async () => {
  const text =
    "Russia denies striking Kremenchuk shopping centre\n\nMOSCOW, June 28 (Ledger Wire) - Russia's defence ministry denied on Tuesday that its forces had targeted a shopping centre in Kremenchuk, state news agency RIA Novosti reported.\n";
  const near = join(dir, '2022-06-28-kremenchuk-denial.txt');
  writeFileSync(near, text);
  assert.equal((await one(near)).published, '2022-06-28');
  const far = join(dir, '2022-09-15-kremenchuk-denial.txt');
  writeFileSync(far, text);
  assert.equal((await one(far)).published, null);
});

test('"Reader comments (5)" opens the comment thread: a reader\'s report under it is no event source', async () => {
  const { reportFromText } = await import('../../src/ingest/index.js');
  const text =
    'Palmyra live: troops retake the ancient city\n\nSyrian troops took full control of Palmyra on Sunday, state media said.\n\nReader comments (5)\n\nA. Haddad - March 27, 2016 at 7:10 pm\nMy cousin says jets were over al-Sukhnah all afternoon and a bakery there was hit.\n';
  const r = reportFromText(text, { date: '2016-03-27' });
  const comment = r.zones.find((z) => z.kind === 'comment');
  assert.ok(comment && r.text.slice(comment.start, comment.end).includes('bakery'), JSON.stringify(r.zones.map((z) => z.kind)));
});
