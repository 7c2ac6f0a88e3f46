import { lockfilePackage, type LockfileResult } from './lockfile-result';

/** OSV's Go versions have no leading `v`. */
const osvGoVersion = (version: string): string => version.replace(/^v/, '');

const stripComment = (line: string): { text: string; indirect: boolean } => {
  const slash = line.indexOf('//');
  return slash === -1
    ? { text: line.trim(), indirect: false }
    : { text: line.slice(0, slash).trim(), indirect: /\bindirect\b/.test(line.slice(slash)) };
};

/** Module paths may be quoted in go.mod. */
const unquote = (text: string): string => text.replace(/^"(.*)"$/, '$1');

/**
 * go.mod: every `require` (single line or block; `// indirect` ones too: since Go 1.17 go.mod
 * lists the whole build list), with `replace` directives applied (a module replaced by a local
 * directory is not scanned), and the standard library at the `toolchain` or `go` version.
 */
export function goModPackages(content: string, file: string): LockfileResult {
  const requires: Array<{ path: string; version: string; line: number }> = [];
  const replaces = new Map<string, { path: string; version?: string; line: number }>();
  let goVersion: { version: string; line: number } | undefined;
  let block: string | undefined;
  content.split('\n').forEach((raw, index) => {
    const { text } = stripComment(raw);
    if (text === '') return;
    if (block && text === ')') {
      block = undefined;
      return;
    }
    const opening = /^(require|replace|exclude|retract)\s*\($/.exec(text);
    if (opening) {
      block = opening[1];
      return;
    }
    const directive = block ? `${block} ${text}` : text;
    const words = directive.split(/\s+/);
    const line = index + 1;
    if (words[0] === 'go' || words[0] === 'toolchain') {
      const version = (words[1] ?? '').replace(/^go/, '');
      if (version && (words[0] === 'toolchain' || !goVersion)) goVersion = { version, line };
    } else if (words[0] === 'require' && words[1] && words[2]) {
      requires.push({ path: unquote(words[1]), version: words[2], line });
    } else if (words[0] === 'replace') {
      const arrow = words.indexOf('=>');
      const from = words[1];
      const to = words[arrow + 1];
      if (arrow > 0 && from && to)
        replaces.set(unquote(from), {
          path: unquote(to),
          ...(words[arrow + 2] ? { version: words[arrow + 2] } : {}),
          line,
        });
    }
  });
  const result: LockfileResult = { packages: [], notScanned: [] };
  for (const required of requires) {
    const replacement = replaces.get(required.path);
    if (replacement && !replacement.version) {
      result.notScanned.push({
        subject: `${required.path}@${required.version}`,
        reason: `replaced by the local directory ${replacement.path}`,
        location: { file, line: replacement.line },
      });
      continue;
    }
    const path = replacement?.path ?? required.path;
    const version = replacement?.version ?? required.version;
    result.packages.push(
      lockfilePackage('Go', path, osvGoVersion(version), file, replacement?.line ?? required.line),
    );
  }
  if (goVersion)
    result.packages.push(lockfilePackage('Go', 'stdlib', goVersion.version, file, goVersion.line));
  return result;
}

/**
 * go.sum, for a checkout without go.mod beside it: each module version with a content hash
 * (`path version h1:…`); `path version/go.mod` lines only hash a module's go.mod, which the
 * build may never have used, so they are not packages.
 */
export function goSumPackages(content: string, file: string): LockfileResult {
  const seen = new Set<string>();
  const packages = content.split('\n').flatMap((line, index) => {
    const [path, version] = line.trim().split(/\s+/);
    if (!path || !version || version.endsWith('/go.mod') || seen.has(`${path}@${version}`)) return [];
    seen.add(`${path}@${version}`);
    return [lockfilePackage('Go', path, osvGoVersion(version), file, index + 1)];
  });
  return { packages, notScanned: [] };
}
