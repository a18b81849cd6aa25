// A page as a list of blocks (non-blank lines of plain text, or block elements of HTML), each a
// span of Report.text with the layout cues the segmenter needs: indentation and blank lines around.
import type { ZoneKind } from '../core/types.js';

/** A role a block is known to have from markup (an <h2>, a <figcaption>, a comment section). */
export type BlockHint = 'title' | 'headline' | 'body' | 'comment' | 'caption' | 'furniture';

export interface Block {
  start: number; // first non-space character
  end: number; // after the last non-space character
  indent: number; // leading spaces/tabs of the line (plain text only)
  blankBefore: boolean; // a blank line (or the start of the text) precedes it
  blankAfter: boolean; // a blank line (or the end of the text) follows it
  hint?: BlockHint;
}

/** Non-blank lines of plain text as blocks. Offsets index the text exactly as given. */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  let sawBlank = true;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl === -1) nl = text.length;
    let a = lineStart;
    let indent = 0;
    while (a < nl && (text[a] === ' ' || text[a] === '\t' || text[a] === '\u00a0' || text[a] === '\r')) {
      indent += text[a] === '\t' ? 4 : 1;
      a++;
    }
    let b = nl;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) {
      blocks.push({ start: a, end: b, indent, blankBefore: sawBlank, blankAfter: true });
      sawBlank = false;
    } else {
      if (blocks.length && !sawBlank) blocks[blocks.length - 1]!.blankAfter = true;
      sawBlank = true;
    }
    if (!sawBlank && blocks.length) blocks[blocks.length - 1]!.blankAfter = false;
    lineStart = nl + 1;
  }
  // The last block is followed by the end of the text.
  if (blocks.length) blocks[blocks.length - 1]!.blankAfter = true;
  return blocks;
}

export const EVENT_KINDS: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['title', 'headline', 'body']);
