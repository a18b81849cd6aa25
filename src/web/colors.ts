// Event-type colours: the Okabe-Ito palette, told apart with the common colour-vision deficiencies.
export const TYPE_COLORS: Record<string, string> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#E69F00',
  'Violence against civilians': '#CC79A7',
  Protests: '#0072B2',
  Riots: '#009E73',
  'Strategic developments': '#6B6B6B',
};

export const EVENT_TYPES = Object.keys(TYPE_COLORS);

/** ACLED sub-event types under each event type (exact strings, as in src/core/taxonomy.ts). */
export const SUB_EVENT_TYPES: Record<string, string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};

export const EVENT_STATUSES = ['single-source', 'corroborated', 'claimed', 'unverified', 'contested', 'denied'];

/** Grid cells that hold events of every type. */
export const MIXED_COLOR = '#2E3A46';

export function typeColor(type: string | null): string {
  if (type === null) return MIXED_COLOR;
  return TYPE_COLORS[type] ?? '#6B6B6B';
}

/** Marker radius in pixels: grows with the log of fatalities so that one massacre does not hide a region. */
export function radiusFor(fatalities: number, events = 1): number {
  const base = 5 + 2.2 * Math.log2(1 + Math.max(0, fatalities));
  const crowd = events > 1 ? Math.log2(events) : 0;
  return Math.min(28, base + crowd);
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black is (lum + 0.05) / 0.05; with white 1.05 / (lum + 0.05).
  return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? '#000' : '#fff';
}
