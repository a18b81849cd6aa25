// Writing lines to stdout with backpressure: a million-line run keeps constant memory even when
// the reader is slow, and a closed pipe (`| head`) ends the run quietly instead of with a stack trace.
import type { Writable } from 'node:stream';

export class LineWriter {
  /** Set when the reader went away (EPIPE): stop producing output. */
  closed = false;

  constructor(private readonly stream: Writable = process.stdout) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  async write(line: string): Promise<void> {
    if (this.closed) return;
    if (this.stream.write(line + '\n')) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }
}
