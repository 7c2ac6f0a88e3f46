// Parses Mermaid sources with the npm `mermaid` package (the code GitHub's renderer runs), in a
// process of its own: jsdom and mermaid are ES modules Jest's loader cannot require. Reads a JSON
// array of sources on stdin, writes a JSON array of {type} or {error} on stdout.
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const source of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(source);
    results.push(parsed ? { type: parsed.diagramType } : { error: 'not a diagram' });
  } catch (error) {
    results.push({
      error: String(error?.message ?? error)
        .split('\n')
        .slice(0, 3)
        .join(' '),
    });
  }
}
process.stdout.write(JSON.stringify(results));
