// Safety checks and a DOM-free fallback for markup (HTML and feeds). Hostile input (100k nested
// tags, unclosed tags, megabytes of script) must neither blow the stack nor hang: a linear scan
// decides whether the DOM libraries may see it at all.

/** Deeper nesting than this is not a news page: the DOM libraries are not given it. */
export const MAX_DEPTH = 1500;
/** Readability's cost grows fast with depth and size: beyond these, the DOM body text is used. */
export const MAX_READABILITY_DEPTH = 150;
export const MAX_READABILITY_ELEMENTS = 20000;
/** Beyond this many elements even the DOM is skipped. */
export const MAX_DOM_ELEMENTS = 300000;

// Elements that never nest content, or that browsers close implicitly (so do not deepen the tree).
const NO_DEPTH = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option'.split(' '),
);

export interface TagScan {
  maxDepth: number;
  /** Number of opening tags. */
  elements: number;
  /** For XML: the first mismatched or unclosed tag, with its line. */
  error: { reason: string; line: number } | null;
}

/** One linear pass over the tags. `strict` checks XML well-formedness (tags must match exactly). */
export function scanTags(src: string, strict = false): TagScan {
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]{0,100})([^<>]{0,4000}?)(\/?)>/g;
  const stack: { name: string; at: number }[] = [];
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  let error: TagScan['error'] = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const name = m[2];
    if (!name) continue; // comment, CDATA, doctype, processing instruction
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (!closing) elements++;
    const lower = name.toLowerCase();
    if (strict) {
      if (selfClosing) continue;
      if (!closing) {
        stack.push({ name, at: m.index });
        if (stack.length > maxDepth) maxDepth = stack.length;
      } else {
        const top = stack.pop();
        if (!top || top.name !== name) {
          error ??= { reason: top ? `</${name}> closes <${top.name}>` : `</${name}> has no opening tag`, line: lineOf(src, m.index) };
          if (top && stack.some((s) => s.name === name)) while (stack.length && stack.pop()!.name !== name);
        }
      }
      continue;
    }
    if (selfClosing || NO_DEPTH.has(lower)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (lower !== 'script' && lower !== 'style') {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    }
  }
  if (strict && !error && stack.length) {
    const top = stack[stack.length - 1]!;
    error = { reason: `<${top.name}> is never closed`, line: lineOf(src, top.at) };
  }
  return { maxDepth, elements, error };
}

export function lineOf(src: string, index: number): number {
  let line = 1;
  for (let i = src.indexOf('\n'); i !== -1 && i < index; i = src.indexOf('\n', i + 1)) line++;
  return line;
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|td|th|ul';

/** Markup to plain paragraphs without a DOM: linear regexes only. */
export function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}
