// Benchmark: what escaping untrusted text costs a summary. Renders a table of 10,000 failures
// (name, location, message) with every cell escaped (markdownText / markdownCode) against the
// same table with the raw strings (the floor: no escaping at all), for ordinary test names and
// for hostile ones. Reports the median of several rounds with min–max, and the bytes written.
// Usage: npx tsx bench/markdown-escaping.ts [--rows 10000] [--rounds 7]
import { SummaryBuilder, markdownCode, markdownText } from '@shipchain/action-runtime';
import { numberFlag } from './flags';

const rowCount = numberFlag('rows', 10_000);
const rounds = numberFlag('rounds', 7);

const ordinary = (index: number): string[] => [
  `checkout › applies discount code ${index} when the cart is full`,
  `src/checkout/discount_${index}.test.ts:${index % 400}`,
  `expect(received).toBe(expected) // Object.is equality: expected ${index}, received ${index + 1}`,
];
const hostile = (index: number): string[] => [
  `</details><img src=x onerror=alert(${index})> @octocat ## [x](https://evil.example)`,
  `src/\`${index}\`|<b>.ts`,
  `expected <script>alert(1)</script> | *${index}* _x_ ~~y~~ www.evil.example`,
];

function render(rows: string[][], escape: boolean): string {
  const cells = escape
    ? rows.map(([name = '', file = '', message = '']) => [
        markdownText(name),
        markdownCode(file),
        markdownText(message),
      ])
    : rows;
  return new SummaryBuilder()
    .heading('Failures')
    .table(['Test', 'Location', 'Message'], cells)
    .render(64 * 1024 * 1024);
}

function measure(rows: string[][], escape: boolean): { ms: number[]; bytes: number } {
  const ms: number[] = [];
  let bytes = 0;
  render(rows, escape); // warm-up
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    bytes = Buffer.byteLength(render(rows, escape));
    ms.push(performance.now() - start);
  }
  return { ms: ms.sort((a, b) => a - b), bytes };
}

const format = ({ ms, bytes }: { ms: number[]; bytes: number }): string =>
  `median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms (min ${ms[0]?.toFixed(1)}, max ${ms.at(-1)?.toFixed(1)}), ${(bytes / 1024).toFixed(0)} KiB`;

console.log(`${rowCount} rows × 3 cells, ${rounds} rounds, Node ${process.version}`);
for (const [label, make] of [
  ['ordinary names', ordinary],
  ['hostile names', hostile],
] as const) {
  const rows = Array.from({ length: rowCount }, (_, index) => make(index));
  console.log(`${label}: raw (no escaping) ${format(measure(rows, false))}`);
  console.log(`${label}: escaped          ${format(measure(rows, true))}`);
}
