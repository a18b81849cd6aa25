// The progress bar: drawn only on a terminal, never in a pipe or with --quiet; shows the rate and,
// once the total is known, the share done and the time left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress } from '../../src/cli/progress.js';

/** A stand-in for process.stderr that records what is written. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, columns: 120, text: '', write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

async function runFor(p: Progress, items: number, ms: number): Promise<void> {
  const step = ms / items;
  for (let i = 0; i < items; i++) {
    p.tick();
    await new Promise((r) => setTimeout(r, step));
  }
}

test('on a terminal, a long run shows count, percent, rate and time left', async () => {
  const stream = fakeStream(true);
  const p = new Progress({ label: 'run', stream, total: 40 });
  await runFor(p, 30, 1500);
  const last = stream.text.split('\r\x1b[K').filter(Boolean).at(-1) ?? '';
  assert.match(last, /^run  \[#+\.*\]  \d+%  \d+\/40  \d+\/s  0:\d\d left$/);
  p.clear();
  assert.ok(stream.text.endsWith('\r\x1b[K'), 'the bar is erased before the summary');
});

test('with the total still being counted, the bar shows what is known', async () => {
  const stream = fakeStream(true);
  const p = new Progress({ label: 'extract', stream, total: new Promise(() => {}) });
  await runFor(p, 20, 1300);
  assert.match(stream.text, /extract {2}\d+ reports {2}\d+\/s {2}0:\d\d elapsed/);
});

test('silent when piped, with --quiet, and during the first second', async () => {
  for (const [stream, quiet] of [[fakeStream(false), false], [fakeStream(true), true]] as const) {
    const p = new Progress({ label: 'run', stream, quiet, total: 10 });
    await runFor(p, 10, 1200);
    p.log('file.txt: a failure line');
    p.clear();
    assert.equal(stream.text, 'file.txt: a failure line\n');
  }
  const fast = fakeStream(true);
  const p = new Progress({ label: 'run', stream: fast, total: 1000 });
  for (let i = 0; i < 1000; i++) p.tick();
  assert.equal(fast.text, '', 'a short run never draws');
});
