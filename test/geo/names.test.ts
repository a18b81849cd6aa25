// Name matching: transliteration variants of the same place resolve to the same point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, skeleton } from '../../src/geo/fold.js';
import { gazetteer, km, place } from './helpers.js';

test('fold removes case, diacritics, apostrophes and abbreviation dots', () => {
  assert.equal(fold('Tall Rif‘at'), 'tall rifat');
  assert.equal(fold('Ma‘arrat an Nu‘mān'), 'maarrat an numan');
  assert.equal(fold('U.S.'), 'us');
  assert.equal(fold('St. Louis'), 'saint louis');
});

test('skeleton unifies Arabic transliterations', () => {
  for (const v of ['Deir Ezzor', 'Dayr az Zawr', 'Deir ez-Zor']) assert.equal(skeleton(v), skeleton('Deir al-Zour'), v);
  for (const v of ['Tel Rifaat', "Tall Rif'at", 'TalRifat']) assert.equal(skeleton(v), skeleton('Tell Rifat'), v);
  assert.equal(skeleton('ad-Dana'), skeleton('al-Dana'));
  assert.equal(skeleton('Mayadeen'), skeleton('Al Mayadin'));
  assert.notEqual(skeleton('Homs'), skeleton('Hama'));
});

test('spelling variants of Syrian towns land on the same place', () => {
  const variants: [string, string, number, number][] = [
    ['Fighting was reported in Deir Ezzor on Sunday.', 'Deir Ezzor', 35.336, 40.141],
    ['Fighting was reported in Dayr az Zawr on Sunday.', 'Dayr az Zawr', 35.336, 40.141],
    ['Rebels shelled Tel Rifaat overnight.', 'Tel Rifaat', 36.472, 37.095],
    ['Rebels shelled TalRifat overnight.', 'TalRifat', 36.472, 37.095],
    ['An air strike hit ad-Dana in the Idlib countryside.', 'ad-Dana', 36.213, 36.77],
    ['Government forces entered Mayadeen after a week of clashes.', 'Mayadeen', 35.02, 40.452],
    ['Kurdish fighters held Kobani against the siege.', 'Kobani', 36.891, 38.353],
    ['Kurdish fighters held Ayn al-Arab against the siege.', 'Ayn al-Arab', 36.891, 38.353],
  ];
  for (const [text, surface, lat, lon] of variants) {
    const p = place(text, surface);
    assert.ok(p.lat !== null && km(p, lat, lon) < 10, `${surface} -> ${p.name} ${p.lat},${p.lon}`);
    assert.equal(p.countryCode, 'SY', surface);
  }
});

test('supplement places that populated-place lists lack are found, with their source', () => {
  const g = gazetteer();
  const m = g.lookup('Menagh airbase');
  assert.ok(m.length > 0);
  assert.match(g.source(m[0]!.entry), /^supplement/);
  const p = place('Rebels captured the Menagh airbase north of Aleppo.', 'Menagh airbase');
  assert.equal(p.countryCode, 'SY');
  assert.ok(km(p, 36.52, 37.04) < 5);
});
