// Name keys for matching places and outlets across spellings. Arabic place names come with many
// transliterations of the article ("al-Qaryatayn", "Al Qaryatayn", "Qaryatayn", "ad-Dana", "Dana").

const ARTICLE = /^(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|et|ez|en)[-\s'’]+/;

/** Lower case, no diacritics, no leading Arabic article, letters and digits only. */
export function normPlace(name: string | null | undefined): string {
  if (!name) return '';
  let s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’ʿʾ`´]/g, "'")
    .trim();
  s = s.replace(ARTICLE, '');
  return s.replace(/[^a-z0-9]+/g, '');
}

/** The key that says two event locations are the same place: the GeoNames id, else the normalised name in its province. */
export function placeKey(loc: {
  geonameid: string | null;
  name: string | null;
  admin1: string | null;
  country: string | null;
}): string | null {
  if (loc.geonameid) return `gn:${loc.geonameid}`;
  const n = normPlace(loc.name);
  if (!n) return null;
  return `name:${n}|${normPlace(loc.admin1)}|${normPlace(loc.country)}`;
}

/** One outlet per publisher: the stated source, else the URL's host without "www.", else the origin. */
export function outletOf(source: string | null, url: string | null, origin: string): string {
  if (source && source.trim()) return source.trim();
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL: fall through */
    }
  }
  return origin;
}
