/** -1 when a sorts before b, 0 when they are the same version, 1 when a sorts after b. */
export type Comparison = -1 | 0 | 1;

/** One ecosystem's version order. `parse` checks a version and keeps what comparing needs. */
export interface VersionOrder<Parsed = unknown> {
  /** Short name of the rules, e.g. "dpkg", "PEP 440". */
  readonly name: string;
  /** Throws InvalidVersionError when the text is not a version under these rules. */
  parse(version: string): Parsed;
  compareParsed(a: Parsed, b: Parsed): Comparison;
  /** Parses both versions, then compares them. */
  compare(a: string, b: string): Comparison;
}

/** Builds the `compare` every order shares from its `parse` and `compareParsed`. */
export function defineOrder<Parsed>(
  name: string,
  parse: (version: string) => Parsed,
  compareParsed: (a: Parsed, b: Parsed) => Comparison,
): VersionOrder<Parsed> {
  return {
    name,
    parse,
    compareParsed,
    compare: (a, b) => compareParsed(parse(a), parse(b)),
  };
}

export function sign(value: number): Comparison {
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}
