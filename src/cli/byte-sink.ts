/** Output bytes for --jsonl: a growable buffer, and a few written buffers kept for reuse. */

/**
 * A growable output buffer over an ArrayBuffer of its own (safe to transfer): a spare one
 * when it is large enough, else a fresh one.
 */
export class ByteSink {
  private buffer: Buffer;
  private length = 0;
  constructor(capacity: number, spare?: ArrayBuffer) {
    this.buffer =
      spare && spare.byteLength >= capacity ? Buffer.from(spare) : Buffer.allocUnsafeSlow(Math.max(1024, capacity));
  }
  private reserve(extra: number) {
    if (this.length + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
  /** Any text, as UTF-8. */
  text(s: string) {
    this.reserve(s.length * 3);
    this.length += this.buffer.write(s, this.length);
  }
  /** Bytes as they are (a record's pieces, encoded once). */
  bytes(b: Uint8Array) {
    this.reserve(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }
  /** Text known to be ASCII (a number as JavaScript writes it), byte by byte: cheaper than the encoder for a few. */
  ascii(s: string) {
    this.reserve(s.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < s.length; i += 1) buffer[at++] = s.charCodeAt(i);
    this.length = at;
  }
  done(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }
}

/** Written output buffers kept for reuse, a few at most. */
export class SpareBuffers {
  private readonly spares: ArrayBuffer[] = [];
  constructor(private readonly limit = 4) {}
  put(buffer: ArrayBuffer) {
    if (this.spares.length < this.limit) this.spares.push(buffer);
  }
  take(): ArrayBuffer | undefined {
    return this.spares.pop();
  }
}
