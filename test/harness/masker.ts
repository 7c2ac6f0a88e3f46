// The runner's secret masker (actions/runner SecretMasker + the value encoders HostContext registers):
// every registered value, and its base64 / JSON / URI / XML / … encodings, becomes `***` in log lines.

type Encoder = (value: string) => string;

function base64Shift(value: string, shift: number): string {
  const bytes = Buffer.from(value, 'utf8');
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64');
}

// Newtonsoft JsonConvert.ToString without the surrounding quotes.
function jsonEscape(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

// .NET Uri.EscapeDataString: RFC 3986 unreserved characters stay, everything else is %XX (upper-case).
function uriDataEscape(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function xmlEscape(value: string): string {
  return value.replace(
    /[<>"'&]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '&': '&amp;' })[c] ?? c,
  );
}

function trimDoubleQuotes(value: string): string {
  return value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : '';
}

function powerShellPreAmpersand(value: string): string {
  if (!value.includes('&')) return '';
  const section = value.includes('&+')
    ? value.slice(0, value.indexOf('&+') + 2)
    : value.slice(0, value.lastIndexOf('&') + 1);
  return section.length >= 6 ? section : '';
}

function powerShellPostAmpersand(value: string): string {
  if (!value.includes('&')) return '';
  let section = '';
  if (value.includes('&+')) {
    const start = value.indexOf('&+') + 2 + 1;
    if (value.length > start) section = value.slice(start);
  } else {
    section = value.slice(value.lastIndexOf('&') + 1);
  }
  return section.length >= 6 ? section : '';
}

const ENCODERS: readonly Encoder[] = [
  (v) => Buffer.from(v, 'utf8').toString('base64'),
  (v) => base64Shift(v, 1),
  (v) => base64Shift(v, 2),
  (v) => v.split('"').join('\\"'),
  (v) => v.split("'").join("''"),
  jsonEscape,
  uriDataEscape,
  xmlEscape,
  trimDoubleQuotes,
  powerShellPreAmpersand,
  powerShellPostAmpersand,
];

export class SecretMasker {
  readonly #originals = new Set<string>();
  readonly #values = new Set<string>();

  /** Register a secret value (ignored when empty), with every encoded form. */
  addValue(value: string): void {
    if (value === '' || this.#originals.has(value)) return;
    this.#originals.add(value);
    this.#values.add(value);
    for (const encode of ENCODERS) {
      const encoded = encode(value);
      if (encoded !== '') this.#values.add(encoded);
    }
  }

  /** Values registered with addValue, in registration order. */
  get originals(): string[] {
    return [...this.#originals];
  }

  clone(): SecretMasker {
    const copy = new SecretMasker();
    for (const value of this.#originals) copy.addValue(value);
    return copy;
  }

  /** Replace every occurrence of every registered value (overlapping matches merged) with `***`. */
  mask(input: string): string {
    if (input === '') return '';
    const ranges: Array<[number, number]> = [];
    for (const secret of this.#values) {
      let start = input.indexOf(secret);
      while (start >= 0) {
        ranges.push([start, start + secret.length]);
        start = input.indexOf(secret, start + 1);
      }
    }
    if (ranges.length === 0) return input;
    ranges.sort((a, b) => a[0] - b[0]);
    let out = '';
    let position = 0;
    let current: [number, number] | undefined;
    for (const range of ranges) {
      if (current && range[0] <= current[1]) {
        current[1] = Math.max(current[1], range[1]);
        continue;
      }
      if (current) {
        out += `${input.slice(position, current[0])}***`;
        position = current[1];
      }
      current = [range[0], range[1]];
    }
    if (current) {
      out += `${input.slice(position, current[0])}***`;
      position = current[1];
    }
    return out + input.slice(position);
  }
}
