/** A CVSS vector string that cannot be scored; `metric` names the metric at fault when there is one. */
export class InvalidCvssVectorError extends Error {
  constructor(
    readonly vector: string,
    readonly reason: string,
    readonly metric?: string,
  ) {
    super(`Invalid CVSS vector ${JSON.stringify(vector)}: ${reason}`);
    this.name = 'InvalidCvssVectorError';
  }
}
