// Page logic that runs without a browser: the page's copy of the taxonomy stays the core's, colours
// keep their text readable, timeline buckets cover the right days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_STATUSES, EVENT_TYPES, SUB_EVENT_TYPES, TYPE_COLORS, textOn } from '../../src/web/colors.js';
import { EVENT_TYPES as CORE_TYPES, SUB_EVENT_TYPES as CORE_SUBS } from '../../src/core/taxonomy.js';
import { EVENT_STATUSES as API_STATUSES } from '../../src/server/schemas.js';

test("the page's event and sub-event types are exactly the core taxonomy", () => {
  assert.deepEqual(EVENT_TYPES, [...CORE_TYPES]);
  const pairs = Object.entries(SUB_EVENT_TYPES).flatMap(([type, subs]) => subs.map((s) => [s, type]));
  assert.deepEqual(Object.fromEntries(pairs), CORE_SUBS);
  assert.deepEqual(EVENT_STATUSES, [...API_STATUSES]);
});

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const full = hex.length === 4 ? '#' + [...hex.slice(1)].map((c) => c + c).join('') : hex;
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('numbers on markers of every type colour meet WCAG AA for bold text', () => {
  for (const [type, color] of Object.entries(TYPE_COLORS)) {
    const ratio = contrast(color, textOn(color));
    assert.ok(ratio >= 4.5, `${type}: ${ratio.toFixed(2)}`);
  }
  assert.equal(textOn('#0072B2'), '#fff', 'white on the dark blue of protests');
  assert.equal(textOn('#E69F00'), '#000', 'black on the orange of explosions');
});
