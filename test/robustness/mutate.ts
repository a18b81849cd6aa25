// Mutations for the fuzz test: the ways real input goes wrong (damaged bytes, cut-off pages, spam,
// odd scripts, markup debris, absurd numbers and dates), applied to realistic reports.

export type Random = () => number;

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const at = (r: Random, s: string) => Math.floor(r() * (s.length + 1));

const ODD_CHARS = [
  '\u0000', '\uFFFD', '\uFEFF', '\u200B', '\u200E', '\u202E', '\u0301', '\uD800', '\uDC00', '😀', '🇸🇾',
  'ﷺ', 'ال', 'д', '中', '\t', '\r', '\u2028', '\u00A0', '\u3000', '\\', '"', '\u001B[31m',
];
const TOKENS = [
  'killed', 'Aleppo', 'at least', '((((', '))))', '[[[[', '<div>', '</p>', '<script>alert(1)</script>', '&amp;', '&#xD800;',
  'https://example.org/' + 'a'.repeat(200), 'Mr.', 'U.S.', '...', '?!', '"', '—', '\n\n', '\n',
];
const ABSURD = [
  'killing 1000000000000000000000000000000 people', 'killing 10^30 civilians', 'killing 1e308 fighters', 'killing -5 people',
  'killing NaN people', 'killing 3.7 people', 'killing 0x1F soldiers', 'killing 99,999,999,999 people', 'killing infinity people',
  'on February 31', 'on 31/02/2019', 'on 32/13/2020', 'on 2019-13-45', 'in the year 99999', 'on 0000-00-00', 'on Caturday',
  'on January 0', 'between 50 and 10 people', 'at least at least 4', 'dozens of dozens of', 'from 1 to 1e400 deaths',
];

/** One random mutation of `text`. */
export function mutate(text: string, r: Random): string {
  const kind = Math.floor(r() * 10);
  switch (kind) {
    case 0: {
      // code-unit flips: any UTF-16 unit, lone surrogates included
      let s = text;
      for (let n = 1 + Math.floor(r() * 20); n > 0 && s.length; n--) {
        const i = Math.floor(r() * s.length);
        s = s.slice(0, i) + String.fromCharCode(Math.floor(r() * 0x10000)) + s.slice(i + 1);
      }
      return s;
    }
    case 1:
      return text.slice(0, Math.floor(r() * text.length)); // truncated
    case 2: {
      const i = at(r, text);
      const token = pick(r, TOKENS);
      return text.slice(0, i) + token.repeat(1 + Math.floor(r() * (20_000 / Math.max(token.length, 1)))) + text.slice(i);
    }
    case 3: {
      let s = text;
      for (let n = 1 + Math.floor(r() * 30); n > 0; n--) {
        const i = at(r, s);
        s = s.slice(0, i) + pick(r, ODD_CHARS) + s.slice(i);
      }
      return s;
    }
    case 4: {
      const i = at(r, text);
      const depth = 1 + Math.floor(r() * 5000);
      const [open, close] = pick(r, [['(', ')'], ['[', ']'], ['"', '"'], ['<b>', '</b>'], ['{', '}']] as const);
      return text.slice(0, i) + open.repeat(depth) + 'killed 3 in Homs' + close.repeat(r() < 0.5 ? depth : 0) + text.slice(i);
    }
    case 5: {
      let s = text;
      for (let n = 1 + Math.floor(r() * 6); n > 0; n--) {
        const i = s.indexOf('.', at(r, s));
        const where = i < 0 ? s.length : i;
        s = s.slice(0, where) + ', ' + pick(r, ABSURD) + s.slice(where);
      }
      return s;
    }
    case 6: {
      // shuffled sentences: dangling references, headlines in the middle
      const parts = text.split(/(?<=[.!?])\s+/);
      for (let i = parts.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [parts[i], parts[j]] = [parts[j]!, parts[i]!];
      }
      return parts.join(r() < 0.5 ? ' ' : '\n');
    }
    case 7:
      return r() < 0.5 ? text.toUpperCase() : text.replace(/\s+/g, '');
    case 8:
      return pick(r, ['', ' ', '\n\n\n', '.', '...', '0', 'killed', '\uFEFF', '\u0000'.repeat(100)]);
    default:
      return mutate(mutate(text, r), r);
  }
}
