import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimFor, reportIssuer, type ClaimContext } from '../../src/extract/claim.js';
import { modalityOf } from '../../src/extract/modality.js';
import { extractFromText } from './run-extract.js';

const none: ClaimContext = { nextRemark: null, prevRemark: null, headline: null };
const claim = (t: string, ctx = none) => claimFor(t, modalityOf(t, null), ctx);

test('reported: a monitor or outlet tells it as fact', () => {
  const c = claim('Regime airstrikes killed 12 people in Douma, the Syrian Observatory for Human Rights said.');
  assert.deepEqual([c.status, c.by], ['reported', 'Syrian Observatory for Human Rights']);
  assert.deepEqual([claim('Rebels shelled the airport on Monday.').status, claim('Rebels shelled the airport on Monday.').by], ['reported', null]);
});

test('claimed: a party to the conflict asserts it', () => {
  assert.deepEqual(Object.values(claim('ISIS said in an online statement that its fighters had captured the airport.')).slice(0, 2), ['claimed', 'ISIS']);
  assert.equal(claim('According to SANA, the army regained control of the town.').status, 'claimed');
  assert.equal(claim('The Islamic State claimed responsibility for the bombing in Qamishli.').status, 'claimed');
  assert.equal(claim('Military sources claimed that scores of fighters were killed by airstrikes.').status, 'claimed');
});

test('unverified: hedged, flagged, or claimed by a non-party', () => {
  assert.equal(claim('Activists claim that dozens of prisoners have been freed in Dana.').status, 'unverified');
  assert.equal(claim('Regime forces reportedly shelled the camp.').status, 'unverified');
  assert.equal(claim('The bombing could not be independently confirmed.').status, 'unverified');
  assert.equal(claim('The Observatory has not been able to verify the deaths.').status, 'unverified');
  assert.equal(claim('ISIS could be about to pull out of Manbij.').status, 'unverified');
  assert.equal(claim('Rebels shelled the district, killing three.', { ...none, nextRemark: 'The report could not be independently verified.' }).status, 'unverified');
});

test('denied: negated or denied by a party', () => {
  assert.equal(claim('ISIS is not withdrawing from al-Bab.').status, 'denied');
  const c = claim('The Pentagon denied that US jets struck the hospital.');
  assert.equal(c.status, 'denied');
  assert.equal(c.by, 'Pentagon');
});

test('confirmed: the text says it was confirmed', () => {
  assert.equal(claim('The deaths were confirmed by independent sources in the town.').status, 'confirmed');
  assert.notEqual(claim('The deaths could not be confirmed.').status, 'confirmed');
});

test('forecasts and hypotheticals are not facts', () => {
  assert.equal(modalityOf('The army will attack Aleppo next week.', null).modality, 'forecast');
  assert.equal(modalityOf('Rebels threatened to storm the prison.', null).modality, 'forecast');
  assert.equal(modalityOf('If the talks fail, Turkey will invade.', null).modality, 'forecast');
  assert.equal(modalityOf('Rebels attacked the base and vowed to take the city.', null).modality, 'fact');
  assert.equal(modalityOf('There are rumours of a withdrawal from Dana.', null).modality, 'hedged');
});

test('a remark a little further on that points back covers the claims before it', () => {
  const c = claimFor('There were multiple claims on Thursday of ISIS fighters retaking villages.', modalityOf('x', null), none);
  assert.equal(c.status, 'unverified');
  const d = claimFor('ISIS fighters retook two villages near Manbij on Thursday.', modalityOf('ISIS fighters retook two villages near Manbij on Thursday.', null), {
    ...none,
    laterRemark: 'Almost none of these declarations could be confirmed, however.',
  });
  assert.equal(d.status, 'unverified');
  assert.equal(d.rule, 'unverified-cue-later-remark');
});

test('a question asserts nothing', () => {
  assert.equal(claim('Is ISIS retreating across northern Syria without a fight?').status, 'unverified');
});

test('a modal after a noun trigger is a forecast; "expect to" too', () => {
  assert.equal(modalityOf('Battles, he said, would extend eastwards towards Raqqa.', { start: 0, end: 7 }).modality, 'forecast');
  assert.equal(modalityOf('The factions expect to take control of the town within days.', null).modality, 'forecast');
});

test('outlets and sources by name; the state\'s own outlets are a party', () => {
  assert.deepEqual(Object.values(claim('On-the-ground sources told Syria Newsdesk that ISIS executed 50 prisoners.')).slice(0, 2), ['reported', 'on-the-ground sources']);
  assert.deepEqual(Object.values(claim('Syrian State TV said the army retook the hill.')).slice(0, 2), ['claimed', 'state media']);
});

test('of several sources that speak, the one named first is the attribution', () => {
  const first = claim('The Syrian Observatory said regime jets struck Douma, and the army said it had hit terrorist positions there.');
  assert.deepEqual([first.status, first.by, first.span], ['reported', 'Syrian Observatory for Human Rights', { start: 4, end: 22 }]);
  const party = claim('The army said it had hit terrorist positions in Douma, while the Syrian Observatory said 12 civilians died.');
  assert.deepEqual([party.status, party.by], ['claimed', 'army']);
});

test('a report that is a party\'s own press statement: what it tells unattributed is that party\'s claim', () => {
  const ministry = reportIssuer('Strikes in Kherson region\nKYIV, March 3, 2023 - Press release of the Ministry of Defence of Ukraine.');
  assert.deepEqual(ministry, { by: 'Ministry of Defence of Ukraine', party: true });
  const c = claim('Ukrainian artillery destroyed two ammunition depots near Nova Kakhovka.', { ...none, issuer: ministry });
  assert.equal(c.status, 'claimed');
  assert.equal(c.by, 'Ministry of Defence of Ukraine');
  // A news story quoting a statement is not the statement itself.
  assert.equal(reportIssuer('Army kills five\nBAGHDAD (Reuters) - The army said in a statement from its media office that it killed five militants.'), null);
  // A UN agency is no party: its release is reported, not claimed.
  assert.equal(reportIssuer('Press release by the UN Office for the Coordination of Humanitarian Affairs')?.party, false);
});

test('negation keeps who says so: "ISIS is not withdrawing, a coalition spokesman said"', () => {
  const c = claim('ISIS is not withdrawing from Raqqa, a coalition spokesman said on Monday.');
  assert.deepEqual([c.status, c.by], ['denied', 'coalition spokesman']);
});

test('"the Observatory" told after the Syrian Observatory is named is that monitor', () => {
  const story = 'The Syrian Observatory for Human Rights said ISIS seized the village. The Observatory said the militants abducted 30 residents.';
  const c = claim('The Observatory said the militants abducted 30 residents.', { ...none, story });
  assert.equal(c.by, 'Syrian Observatory for Human Rights');
  // With no monitor named in the story, it stays "a monitor" (no guess).
  assert.equal(claim('The Observatory said the militants abducted 30 residents.', { ...none, story: 'Militants abducted 30 residents.' }).by, 'a monitor');
});

test('"Police confirmed the abduction" confirms the event told before it and is no event of its own', () => {
  const text = 'Gunmen abducted 14 passengers from a bus on the Kaduna-Abuja highway on Sunday, relatives said. Police confirmed the abduction but gave no details.';
  const events = extractFromText(text, '2024-03-11');
  assert.equal(events.length, 1, 'one abduction, not a second one by the police');
  assert.equal(events[0]!.claim.status, 'confirmed');
  assert.equal(events[0]!.claim.by, 'Police');
});

test("the state's own officials who report an event are a party's source", () => {
  // Restated from Ukrainian regional officials' reports on strikes on Kharkiv, 2024.
  for (const [text, by] of [
    ['Russian missiles struck a residential building in Kharkiv on Friday, killing three people, regional governor Oleh Syniehubov said.', /governor Oleh Syniehubov/],
    ["Gunmen killed six people on the outskirts of Culiacan on Thursday, the state prosecutor's office said.", /prosecutor's office/],
  ] as const) {
    const c = claim(text);
    assert.equal(c.status, 'claimed', text);
    assert.match(c.by ?? '', by, text);
  }
});

test("a party's general denial after the telling ('Russia does not target civilians') contests the event", () => {
  // Restated from wire coverage of the Serhiivka strike, 1 July 2022.
  const [e] = extractFromText(
    'Russian missiles struck a residential building in the village of Serhiivka in Odesa province early on Friday, killing at least 18 people, Ukrainian emergency services said. The Kremlin said Russia does not target civilians.',
    '2022-07-01',
  );
  assert.equal(e?.claim.status, 'denied');
  assert.equal(e?.claim.by, 'Kremlin');
});
