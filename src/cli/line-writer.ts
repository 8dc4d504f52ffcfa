/**
 * Output lines joined a few dozen at a time before they are encoded: one flat copy and one
 * call into the UTF-8 encoder for many lines. Written one by one, each line's text (built
 * from many pieces) was flattened and encoded alone, which cost more than pricing it.
 */
import type { TemplatedRecord } from '../engine';
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

  /** One line from a record template: `head`, the line's number, then the pieces with the duration between. */
  template(head: Uint8Array, line: number, { template, duration }: TemplatedRecord): void {
    this.flush();
    const sink = this.sink;
    const { pieces } = template;
    sink.bytes(head);
    sink.ascii(String(line));
    sink.bytes(pieces[0]);
    for (let i = 1; i < pieces.length; i += 1) {
      sink.ascii(duration);
      sink.bytes(pieces[i]);
    }
    sink.ascii('\n');
  }

  /** Writes the lines held so far, each ending in a newline. */
  flush(): void {
    if (this.lines.length === 0) return;
    this.lines.push('');
    this.sink.text(this.lines.join('\n'));
    this.lines.length = 0;
  }
}
