/**
 * Text made safe for a quoted Mermaid label: xychart strings end at the next double quote and
 * cannot escape one, a backtick run could close the markdown fence around the chart, `%%` starts a
 * Mermaid directive or comment, and angle brackets would reach Mermaid's HTML labels. Control
 * characters (newlines included) become spaces so a label stays on its line.
 */
export function chartLabel(text: string, maxLength = 60): string {
  const safe = text
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/"/g, "'")
    .replace(/`/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/%(?=%)/g, '% ')
    .replace(/\s+/g, ' ')
    .trim();
  return safe.length > maxLength ? `${safe.slice(0, maxLength - 1)}…` : safe;
}
