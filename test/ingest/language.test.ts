import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, reportFromText } from '../../src/ingest/index.js';
import { FIXTURES, one } from './helpers.js';

test('an Arabic report is flagged lang/not-english', async () => {
  const r = await one(FIXTURES + 'arabic.txt');
  assert.equal(r.language, 'ar');
  assert.ok(r.messages.some((m) => m.code === 'lang/not-english' && m.level === 'warning'));
});

test('a French report is flagged lang/not-english', async () => {
  const r = await one(FIXTURES + 'french.txt');
  assert.equal(r.language, 'fr');
  assert.ok(r.messages.some((m) => m.code === 'lang/not-english'));
});

test('a short English report is English, and not flagged', () => {
  const r = reportFromText('Two killed in Idlib shelling, activists say.', { id: 'short' });
  assert.equal(r.language, 'en');
  assert.ok(!r.messages.some((m) => m.code === 'lang/not-english'));
});

test('too short to tell gives null, and no flag', () => {
  const r = reportFromText('Idlib', { id: 'tiny' });
  assert.equal(r.language, null);
  assert.equal(r.messages.filter((m) => m.code === 'lang/not-english').length, 0);
});

test('Russian, Spanish, German and Turkish are told apart', () => {
  assert.equal(detectLanguage('Российские самолёты нанесли удары по позициям боевиков в провинции Идлиб, сообщили в министерстве обороны.'), 'ru');
  assert.equal(detectLanguage('Los rebeldes sirios tomaron el control de la ciudad de Alepo según fuentes de la oposición y del ejército.'), 'es');
  assert.equal(detectLanguage('Die syrische Armee hat nach eigenen Angaben die Stadt Palmyra zurückerobert und ist auf dem Vormarsch.'), 'de');
  assert.equal(detectLanguage('Suriye ordusu ve muhalifler arasında çıkan çatışmalarda çok sayıda kişi hayatını kaybetti, ancak rakam belli değil.'), 'tr');
});

test('an English report quoting a foreign phrase stays English', () => {
  assert.equal(detectLanguage('The protesters chanted "le peuple veut la chute du régime" as security forces fired on the crowd in Deraa, witnesses said.'), 'en');
});

test('letters outside the Basic Multilingual Plane count once each', () => {
  // Seventeen letters, four of them mathematical capitals written as surrogate pairs: too few to
  // tell (counted as code units they would be 21, enough to go on).
  assert.equal(detectLanguage('𝐀𝐁𝐂𝐃 the army said it'), null);
  assert.equal(detectLanguage('𝐀𝐁𝐂𝐃 the army said it was there'), 'en');
});

test('a Greek report with a stray astral letter is Greek; an English one quoting a Greek word is English', () => {
  assert.equal(detectLanguage('Ο στρατός επιτέθηκε 𝒜 στην πόλη σήμερα το πρωί και σκότωσε'), 'el');
  assert.equal(detectLanguage('The army said the shelling of the town, called πόλη by residents, killed four people.'), 'en');
});
