// The import graph of the workspace's TypeScript sources, and the cycles in it.
//
// Edges: static `import … from`, side-effect `import '…'`, `export … from`, `import x = require()`, and
// dynamic `import('…')` with a literal specifier (a lazy import still ties the two modules together).
// Left out: `import type` / `export type` declarations — verbatimModuleSyntax (tsconfig.json) erases
// exactly those, so they load nothing at run time and cannot order module evaluation. An import whose
// named bindings are all `type` is kept: that compiler option leaves it as `import {} from '…'`.
// Specifiers resolve to files: relative ones as the bundler does (`x`, `x.ts`, `x/index.ts`, a `.js`
// written for a `.ts`), `@shipchain/<name>` through that workspace package's `exports['.']`.
// Anything else (node:, npm packages) is outside the graph.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

/** The specifiers a source file loads at run time (see the header for what counts). */
export function runtimeSpecifiers(text: string, fileName = 'file.ts', withTypes = false): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const literal = (node: ts.Node | undefined): void => {
    if (node && ts.isStringLiteralLike(node)) found.push(node.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      if (withTypes || !node.importClause?.isTypeOnly) literal(node.moduleSpecifier);
    } else if (ts.isExportDeclaration(node)) {
      if (withTypes || !node.isTypeOnly) literal(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node)) {
      if ((withTypes || !node.isTypeOnly) && ts.isExternalModuleReference(node.moduleReference))
        literal(node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      literal(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Workspace package name → the file its `exports['.']` (or `main`) names, for every folder under `dirs`. */
export function workspaceEntries(root: string, dirs: string[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const dir of dirs) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const manifestPath = join(base, name, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        name?: string;
        main?: string;
        exports?: string | Record<string, unknown>;
      };
      const dot = typeof manifest.exports === 'string' ? manifest.exports : manifest.exports?.['.'];
      const entry = typeof dot === 'string' ? dot : manifest.main;
      if (manifest.name && entry) entries.set(manifest.name, resolve(base, name, entry));
    }
  }
  return entries;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The file a relative specifier names, or undefined when none exists. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const target = resolve(dirname(from), specifier);
  const bases = /\.(c|m)?js$/.test(target) ? [target.replace(/\.(c|m)?js$/, '.$1ts'), target] : [target];
  for (const base of bases) {
    for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
      if (isFile(candidate)) return candidate;
  }
  return undefined;
}

/** Every `.ts` file below a folder (no links followed, no declaration files). */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

/**
 * The runtime import graph of the `src` folders of every workspace folder under `dirs` (relative to
 * root), keyed and valued by root-relative paths. Edges leaving the walked files are dropped; an
 * unresolvable relative specifier is reported in `unresolved` so a typo cannot hide an edge.
 */
export function importGraph(
  root: string,
  dirs: string[],
  withTypes = false,
): { graph: ImportGraph; unresolved: string[] } {
  const entries = workspaceEntries(root, dirs);
  const files = dirs.flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .sort()
          .flatMap((name) => sourceFiles(join(root, dir, name, 'src')))
      : [],
  );
  const walked = new Set(files);
  const graph: ImportGraph = new Map();
  const unresolved: string[] = [];
  const rel = (path: string): string => relative(root, path).split(sep).join('/');
  for (const file of files) {
    const targets = new Set<string>();
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'), file, withTypes)) {
      let target: string | undefined;
      if (specifier.startsWith('.')) {
        target = resolveRelative(file, specifier);
        if (!target) unresolved.push(`${rel(file)}: ${specifier}`);
      } else {
        target = entries.get(specifier);
      }
      if (target && walked.has(target)) targets.add(rel(target));
    }
    graph.set(rel(file), [...targets].sort());
  }
  return { graph, unresolved };
}

/** Strongly connected components (Tarjan), iteratively so a deep chain cannot overflow the stack. */
function components(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        found.push(component.sort());
      }
    }
  }
  return found;
}

/** The shortest path from `from` back to itself inside `members`, as a list of nodes (first = last). */
function shortestCycle(graph: ImportGraph, from: string, members: Set<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [from];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at]!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === from) {
        const path = [node];
        while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
        return [...path, from];
      }
      if (!previous.has(to) && to !== from) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [];
}

/**
 * Every cycle of the graph worth naming: for each node on a cycle, the shortest cycle through it,
 * each cycle once (rotated to start at its smallest node), as `a → b → a`. Empty when acyclic.
 */
export function importCycles(graph: ImportGraph): string[] {
  const seen = new Set<string>();
  for (const component of components(graph)) {
    const selfLoop = component.length === 1 && (graph.get(component[0]!) ?? []).includes(component[0]!);
    if (component.length < 2 && !selfLoop) continue;
    const members = new Set(component);
    for (const node of component) {
      const cycle = shortestCycle(graph, node, members).slice(0, -1);
      if (cycle.length === 0) continue;
      const first = cycle.indexOf([...cycle].sort()[0]!);
      const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
      seen.add([...rotated, rotated[0]].join(' → '));
    }
  }
  return [...seen].sort();
}
