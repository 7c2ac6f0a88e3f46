/** A small seeded generator so every run checks the same generated versions (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Picker {
  pick<T>(choices: readonly T[]): T;
  chance(probability: number): boolean;
  integer(maximum: number): number;
  /** A number as text, sometimes with leading zeros or many digits. */
  digits(): string;
}

export function picker(seed: number): Picker {
  const random = seededRandom(seed);
  const integer = (maximum: number) => Math.floor(random() * (maximum + 1));
  return {
    pick: (choices) => choices[integer(choices.length - 1)]!,
    chance: (probability) => random() < probability,
    integer,
    digits: () => {
      const roll = random();
      if (roll < 0.6) return String(integer(12));
      if (roll < 0.75) return `0${integer(9)}`;
      if (roll < 0.9) return String(integer(99999));
      return `${integer(9) + 1}${String(integer(999999999)).padStart(9, '0')}${integer(999999)}`;
    },
  };
}

/** Pairs for checking an order: random pairs, plus each version against a small mutation of itself. */
export function pairsFrom(
  generate: () => string,
  mutate: (version: string) => string,
  count: number,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (let index = 0; index < count; index++) {
    const first = generate();
    pairs.push(index % 3 === 0 ? [first, generate()] : [first, mutate(first)]);
  }
  return pairs;
}

/** Swaps a digit for another or adds/removes a character, so compared versions share long prefixes. */
export function mutator(random: Picker, alphabet: string): (version: string) => string {
  return (version) => {
    const at = random.integer(version.length - 1);
    const character = alphabet[random.integer(alphabet.length - 1)]!;
    switch (random.integer(2)) {
      case 0:
        return version.slice(0, at) + character + version.slice(at + 1);
      case 1:
        return version.slice(0, at) + character + version.slice(at);
      default:
        return version + character + String(random.integer(3));
    }
  };
}
