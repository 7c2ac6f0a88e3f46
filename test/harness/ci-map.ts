// A string map with the runner's OrdinalIgnoreCase dictionary semantics: lookups ignore case,
// the first spelling of a key is kept when a later write differs only in case.

export class CaseInsensitiveMap {
  readonly #entries = new Map<string, { key: string; value: string }>();

  set(key: string, value: string): void {
    const folded = key.toLowerCase();
    const existing = this.#entries.get(folded);
    this.#entries.set(folded, { key: existing?.key ?? key, value });
  }

  get(key: string): string | undefined {
    return this.#entries.get(key.toLowerCase())?.value;
  }

  has(key: string): boolean {
    return this.#entries.has(key.toLowerCase());
  }

  delete(key: string): void {
    this.#entries.delete(key.toLowerCase());
  }

  get size(): number {
    return this.#entries.size;
  }

  entries(): Array<[string, string]> {
    return [...this.#entries.values()].map(({ key, value }) => [key, value]);
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries(this.entries());
  }
}
