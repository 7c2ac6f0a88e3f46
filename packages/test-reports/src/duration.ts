/**
 * Seconds as JUnit emitters write them, to milliseconds. Surefire formats with
 * grouping ("1,234.5"); some locales use a decimal comma ("0,25"). Unreadable → 0.
 */
export function secondsToMs(raw: string | undefined): number {
  if (raw === undefined) return 0;
  let text = raw.trim();
  // Most emitters write a plain decimal: the patterns only run on text with a comma.
  if (text.includes(',')) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
    else if (/^\d+,\d+$/.test(text)) text = text.replace(',', '.');
  }
  const seconds = Number(text);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 0;
}

/** A positive integer attribute (a line number), else undefined. */
export function positiveInteger(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
