/**
 * Mermaid's own parser for tests: sources go to test/markdown/mermaid-parse.mjs in a child Node
 * process (mermaid needs a DOM, and jsdom and mermaid are ES modules Jest's loader cannot load).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type MermaidResult = { type: string } | { error: string };

const script = fileURLToPath(new URL('./mermaid-parse.mjs', import.meta.url));

/** Each source's diagram type, or Mermaid's parse error, in order. */
export function parseMermaidAll(sources: readonly string[]): Promise<MermaidResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as MermaidResult[]) : reject(new Error(`mermaid-parse: ${err}`)),
    );
    child.stdin.end(JSON.stringify(sources));
  });
}

/** One source's diagram type; rejects with Mermaid's parse error. */
export async function parseMermaid(source: string): Promise<string> {
  const [result] = await parseMermaidAll([source]);
  if (!result || 'error' in result) throw new Error(result?.error ?? 'no result');
  return result.type;
}

/** The source of every ```mermaid block in a markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] as string);
}
