/** A version string that the ecosystem's rules do not accept. */
export class InvalidVersionError extends Error {
  constructor(
    readonly order: string,
    readonly version: string,
    readonly reason: string,
  ) {
    super(`${JSON.stringify(version)} is not a valid ${order} version: ${reason}`);
    this.name = 'InvalidVersionError';
  }
}

/** An OSV ecosystem name this package has no version order for. */
export class UnknownEcosystemError extends Error {
  constructor(
    readonly ecosystem: string,
    known: readonly string[],
  ) {
    super(
      `Unknown OSV ecosystem ${JSON.stringify(ecosystem)}: no version order is known for it ` +
        `(known: ${known.join(', ')}; a release suffix such as "Debian:12" is allowed)`,
    );
    this.name = 'UnknownEcosystemError';
  }
}
