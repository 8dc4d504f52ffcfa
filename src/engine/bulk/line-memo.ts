/**
 * The answers to lines already seen in one run of bulk pricing, for logs that repeat
 * themselves. An explicit object its caller creates (one per pricing thread) and passes in:
 * nothing in pricing remembers anything.
 *
 * The key is the line's whole text, so it cannot leave an input out: within one run the cards,
 * the options and the default date are fixed, and everything else an answer depends on (the
 * request, `created_at`, a charge) is in the text. The answer is kept without its line number,
 * the one part of it that is not a function of the text; the caller writes that.
 *
 * It pays on repetitive input only. After its first `probe` lines it switches itself off for
 * good when fewer than `minHitRate` of them were repeats, so distinct input pays for those
 * lines alone; with `glance`, it already does so after that many lines when under 1 % of them
 * were. It stops taking new answers once it holds `capacity` of them.
 */

/** One remembered answer: the line's outcome code and its output after `"line":N`. */
export interface MemoAnswer {
  readonly outcome: number;
  /** The answer's text after the line number. */
  readonly tail: string;
}

export interface LineMemoOptions {
  readonly capacity?: number;
  readonly probe?: number;
  readonly minHitRate?: number;
  /** An earlier, looser look (under 1 % repeats): input where nothing repeats stops paying sooner. */
  readonly glance?: number;
}

/** The share of repeats under which `glance` switches a memo off. */
const GLANCE_HIT_RATE = 0.01;

export class LineMemo<V = MemoAnswer, K = string> {
  private readonly answers = new Map<K, V>();
  private readonly capacity: number;
  private readonly probe: number;
  private readonly minHits: number;
  private readonly glance: number;
  private readonly glanceHits: number;
  private lookups = 0;
  private hits = 0;
  private on = true;

  constructor({ capacity = 20_000, probe = 10_000, minHitRate = 0.2, glance = 0 }: LineMemoOptions = {}) {
    this.capacity = capacity;
    this.probe = probe;
    this.minHits = probe * minHitRate;
    this.glance = glance;
    this.glanceHits = glance * GLANCE_HIT_RATE;
  }

  /** Whether it still looks lines up (false once distinct input has switched it off). */
  get active(): boolean {
    return this.on;
  }

  /** Whether it has stopped taking answers: one not kept already will never be. */
  get full(): boolean {
    return this.answers.size >= this.capacity;
  }

  /** The answer to this exact text, if it was kept. */
  get(text: K): V | undefined {
    if (!this.on) return undefined;
    const answer = this.answers.get(text);
    if (answer) this.hits += 1;
    this.lookups += 1;
    if (
      (this.lookups === this.probe && this.hits < this.minHits) ||
      (this.lookups === this.glance && this.hits < this.glanceHits)
    ) {
      this.on = false;
      this.answers.clear();
    }
    return answer;
  }

  /** Keeps the answer to `text`, while there is room. */
  set(text: K, answer: V): void {
    if (this.on && this.answers.size < this.capacity) this.answers.set(text, answer);
  }
}
