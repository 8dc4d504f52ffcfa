/** A `Storage` in memory, for code that is handed one: it can refuse writes as a full browser store does. */
export class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  /** Writes for which this returns true throw a QuotaExceededError, writing nothing. */
  refuse: (key: string, value: string) => boolean = () => false;

  constructor(entries: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(entries)) this.items.set(key, value);
  }

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.refuse(key, value)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  /** Every key and value, for comparing a store before and after. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
