/**
 * Output lines joined a few dozen at a time before they are encoded: one flat copy and one
 * call into the UTF-8 encoder for many lines. Written one by one, each line's text (built
 * from many pieces) was flattened and encoded alone, which cost more than pricing it.
 */
import type { ByteSink } from './byte-sink';

const GROUP = 64;

export class LineWriter {
  private readonly lines: string[] = [];
  constructor(private readonly sink: ByteSink) {}

  /** One output line, without its newline. */
  line(text: string): void {
    this.lines.push(text);
    if (this.lines.length === GROUP) this.flush();
  }

  /** Writes the lines held so far, each ending in a newline. */
  flush(): void {
    if (this.lines.length === 0) return;
    this.lines.push('');
    this.sink.text(this.lines.join('\n'));
    this.lines.length = 0;
  }
}
