/**
 * Where record templates keep their bytes: large shared chunks, each piece a view into one.
 * A buffer of its own per piece cost more to make and collect than writing the record afresh,
 * and bulk pricing makes tens of thousands.
 */

/** A record's UTF-8 bytes in the pieces between its marks: the duration's text goes between each two. */
export interface RecordTemplate {
  readonly pieces: readonly Uint8Array[];
}

const CHUNK_BYTES = 1 << 20;

export class TemplateArena {
  private chunk = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private readonly encoder = new TextEncoder();

  /** `text` as a template: encoded, cut at each `mark` (left out). The pieces are views, made once. */
  keep(text: string, mark: string): RecordTemplate {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit.
    if (this.used + text.length * 3 > this.chunk.length) {
      this.chunk = new Uint8Array(Math.max(CHUNK_BYTES, text.length * 3));
      this.used = 0;
    }
    const pieces = text.split(mark).map((piece) => {
      const start = this.used;
      this.used += this.encoder.encodeInto(piece, this.chunk.subarray(start)).written;
      return this.chunk.subarray(start, this.used);
    });
    return { pieces };
  }
}
