// A page as a list of blocks (non-blank lines of plain text, or block elements of HTML), each a
// span of Report.text with the layout cues the segmenter needs: indentation and blank lines around.

/** A role a block is known to have from markup (an <h2>, a <figcaption>, a comment section). */
export type BlockHint = 'title' | 'headline' | 'body' | 'comment' | 'caption' | 'furniture';

export interface Block {
  start: number; // first non-space character
  end: number; // after the last non-space character
  indent: number; // leading spaces/tabs of the line (plain text only)
  blankBefore: boolean; // a blank line (or the start of the text) precedes it
  blankAfter: boolean; // a blank line (or the end of the text) follows it
  hint?: BlockHint;
  /** YYYY-MM-DD from markup (<time datetime>) when the block is nothing but that time stamp. */
  date?: string;
  /** Markup says a live-blog entry begins here (an element with a "live-entry"-like class). */
  entryStart?: boolean;
}

/** Non-blank lines of plain text as blocks. Offsets index the text exactly as given. */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blankSinceLast = true; // the start of the text counts as a blank line
  for (let lineStart = 0; lineStart <= text.length; ) {
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
      const prev = blocks[blocks.length - 1];
      if (prev) prev.blankAfter = blankSinceLast;
      blocks.push({ start: a, end: b, indent, blankBefore: blankSinceLast, blankAfter: true });
      blankSinceLast = false;
    } else {
      blankSinceLast = true;
    }
    lineStart = nl + 1;
  }
  return blocks;
}
