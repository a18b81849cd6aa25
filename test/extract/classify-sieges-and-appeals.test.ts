// A siege told as a state ("has been surrounded since July") and an appeal for strikes ("urged
// Western partners to allow strikes") are no events of the day (analysts' reviews of a story on
// Madaya's starvation, 2016, and of a Ukrainian live blog; the sentences are ours).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { extractFromText } from './run-extract.js';

test("a town besieged since a month or year past is the siege's state, not today's clash", () => {
  for (const s of [
    'Madaya, home to around 40,000 people, has been surrounded by government forces and Hezbollah fighters since July.',
    'The enclave has been under siege since 2013, aid agencies say.',
  ]) assert.equal(classifySentence(s), null, s);
  // A siege laid today, or fighting since this morning, is an event.
  assert.notEqual(classifySentence('Government forces surrounded the town on Tuesday and clashed with rebels at its edge.'), null);
});

test('an appeal to allow strikes reports no strike', () => {
  const events = extractFromText('President Volodymyr Zelensky urged Western partners to allow strikes on military targets inside Russia.', '2024-05-30');
  assert.equal(events.length, 0, events.map((e) => e.sub_event_type).join(', '));
  // The strike itself, told as done, is one.
  assert.equal(extractFromText('Ukrainian drones struck an oil refinery inside Russia overnight, officials said.', '2024-05-30')[0]?.sub_event_type, 'Air/drone strike');
});

test('a harm denied ("no one was hurt") is no attack', () => {
  // Restated from Cabo Delgado reporting: insurgents burned houses in Mucojo after residents fled.
  assert.equal(classifySentence('No one was hurt because residents had already fled the village.'), null);
  assert.equal(classifySentence('Gunmen stormed the village and killed three residents; no one else was hurt.')?.sub_event_type, 'Attack');
});

test("a side's own count of the enemy it killed in the fight just told is that fight's, not another", () => {
  const events = extractFromText(
    'M23 rebels and Congolese troops fought for control of Kavumu on Friday, residents said. The army said it killed 40 rebels.',
    '2025-02-14',
  );
  assert.equal(events.length, 1, events.map((e) => e.sub_event_type).join(', '));
  assert.equal(events[0]!.sub_event_type, 'Armed clash');
});

test('a siege, a war or a campaign told as running for months is no event of the day', () => {
  // Restated from Reuters and UN coverage of El Fasher (2024-25), Culiacan (2024) and the northern
  // West Bank (2025); the sentences are ours.
  for (const s of [
    'El Fasher, the last major city in Darfur still held by the army, has been under RSF siege for more than a year.',
    'Culiacan has been gripped by violence since early September, when a split in the cartel erupted into open warfare.',
    'Israeli forces have stepped up raids and air strikes in the northern West Bank in recent months.',
  ]) assert.equal(classifySentence(s), null, s);
  // A strike of the day in the same place stays an event.
  assert.equal(classifySentence('An Israeli drone struck a house in Tammun on Wednesday, killing three people.')?.sub_event_type, 'Air/drone strike');
});

test('a running count of the killed and the missing is a toll, not an abduction', async () => {
  const { isBareToll } = await import('../../src/extract/bare-toll.js');
  assert.ok(isBareToll('Hundreds have been killed or have gone missing.'));
  assert.ok(!isBareToll('Gunmen abducted 30 villagers and killed two others.'));
});
