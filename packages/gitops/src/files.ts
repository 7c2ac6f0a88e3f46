import { isAbsolute, normalize } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';
import {
  YamlNestingError,
  YamlSyntaxError,
  addKustomizeImage,
  bumpImage,
  currentReferences,
  repositoryCore,
  type Change,
  type CurrentReference,
  type ImageBump,
} from '@shipchain/manifest-edit';
import { NotUtf8Error, type Git } from './git';

const YAML_FILE = /(\.ya?ml|(^|\/)Kustomization)$/;
/** Git's mode of a symbolic link: its target is text in the repository, and is never followed. */
const SYMLINK_MODE = '120000';
/** A name with no extension may be a directory behind a link: worth a warning, like a YAML name. */
const MAYBE_MANIFESTS = /(^|\/)[^./]+$/;

/** A tracked manifest: its path from the repository root, git file mode and blob id. */
export interface Manifest {
  file: string;
  mode: string;
  blob: string;
}

/**
 * Tracked YAML files under `paths` (directories, files or globs with `**`), in a stable order,
 * as the index holds them (the caller reads the commit into the index first). Git's own pathspec
 * matching: what is tracked is what Argo CD or Flux read. Tracked symbolic links are never
 * followed: one named exactly is an error, one matched otherwise is skipped and handed to
 * `skipped` with a warning naming it.
 */
export async function manifestFiles(
  git: Git,
  paths: readonly string[],
  input = 'paths',
  skipped?: (warning: string) => void,
): Promise<Manifest[]> {
  const escaping = paths.find(
    (path) => isAbsolute(path) || normalize(plainPath(path)).split('/')[0] === '..',
  );
  if (escaping !== undefined)
    throw new ConfigurationError(
      `Input "${input}" has ${escaping}, which is outside the repository: paths are relative to the repository root (e.g. overlays/dev), without a leading / or ../.`,
      input,
    );
  const entries = (await git.run(['ls-files', '-z', '-s', '--', ...pathspecs(paths)]))
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [mode = '', blob = ''] = line.slice(0, line.indexOf('\t')).split(' ');
      return { mode, blob, file: line.slice(line.indexOf('\t') + 1) };
    });
  const links = [...new Set(entries.filter((e) => e.mode === SYMLINK_MODE).map((e) => e.file))].sort();
  const named = new Set(paths.map(plainPath));
  const explicit = links.find((link) => named.has(link));
  if (explicit)
    throw new ConfigurationError(
      `Input "${input}" names ${explicit}, which is a symbolic link in the repository: gitops-bump never reads or writes through a link (its target could be outside the repository, and the link is what Argo CD or Flux apply). Name the file it points to, or replace the link with the file.`,
      input,
    );
  const skippedLinks = links.filter((link) => YAML_FILE.test(link) || MAYBE_MANIFESTS.test(link));
  for (const link of skippedLinks)
    skipped?.(
      `${link} is a symbolic link matched by "${input}": skipped, since gitops-bump never reads or writes through links. Replace it with the file it points to if it should be bumped.`,
    );
  // Regular files only (100644, 100755): not links, not submodules.
  const listed = new Map(
    entries.filter((e) => e.mode.startsWith('100') && YAML_FILE.test(e.file)).map((e) => [e.file, e]),
  );
  const files = [...listed.keys()].sort().map((file) => listed.get(file) as Manifest);
  if (files.length === 0)
    throw new ConfigurationError(
      `Input "${input}" (${paths.join(', ')}) matches no tracked .yaml or .yml file in the repository${skippedLinks.length ? ` other than symbolic links, which are never followed (${skippedLinks.join(', ')})` : ''}. Paths are relative to the repository root; a directory takes every YAML file below it.`,
      input,
    );
  return files;
}

/** Each path as git pathspecs: itself (a file, or a glob) and everything below it (a directory). */
function pathspecs(paths: readonly string[]): string[] {
  return paths.map((path) => `:(glob)${plainPath(path) || '**'}`).flatMap((s) => [s, `${s}/**`]);
}

/** A path input as git lists it: no leading ./, no trailing /. */
function plainPath(path: string): string {
  return path.replace(/^\.\/+/, '').replace(/\/+$/, '');
}

/**
 * The text of the manifests that can name `image` (and of those `always` keeps), read from git's
 * objects, never from the file system: a link cannot be followed, and 10,000 manifests cost one
 * `git grep` and one `git cat-file` rather than a file open each. A file that does not contain
 * the image's name (a slash in it may be YAML's escaped `\/`) names it nowhere: it is not read.
 */
async function readCandidates(
  git: Git,
  manifests: readonly Manifest[],
  scope: { paths: readonly string[]; input: string },
  image: string,
  always: (file: string) => boolean = () => false,
): Promise<Array<Manifest & { text: string }>> {
  const pattern = repositoryCore(image)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replaceAll('/', '\\\\?/');
  const grep = await git.attempt([
    'grep',
    '--cached',
    '-l',
    '-z',
    '-E',
    '-e',
    pattern,
    '--',
    ...pathspecs(scope.paths),
  ]);
  // Exit 1 is "nothing matched"; anything else is git failing.
  if (grep.exitCode > 1) throw new Error(`git grep failed: ${grep.stderr.trim()}`);
  const naming = new Set(grep.stdout.split('\0'));
  const candidates = manifests.filter((m) => naming.has(m.file) || always(m.file));
  let texts: Map<string, string>;
  try {
    texts = await git.readBlobs(candidates.map((m) => m.blob));
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    const file = candidates.find((m) => m.blob === error.id)?.file ?? error.id;
    throw new ConfigurationError(
      `${file} (or a file read just before it) is not UTF-8 text, so its image references cannot be edited safely. Save it as UTF-8, or leave it out of "${scope.input}".`,
      scope.input,
    );
  }
  return candidates.map((m) => ({ ...m, text: texts.get(m.blob) as string }));
}

export interface FileChange {
  file: string;
  changes: Change[];
  held: Change[];
  skipped: number[];
  /** The image's references in the file before the edit, as `name[:tag][@digest]`. */
  before: string[];
}

/** A manifest's new content, to be written as a blob into the next tree. */
export interface ManifestEdit {
  file: string;
  mode: string;
  text: string;
}

/**
 * Bump the image in the manifests of the index: what changed in each file, and the new texts.
 * Nothing is written: writeTree makes a tree of the edits.
 */
export async function bumpManifests(
  git: Git,
  paths: readonly string[],
  manifests: readonly Manifest[],
  bump: ImageBump,
  options: { addToKustomizations?: boolean } = {},
): Promise<{ changed: FileChange[]; edits: ManifestEdit[] }> {
  const kustomization = (file: string) =>
    Boolean(options.addToKustomizations) && KUSTOMIZATION_FILE.test(file);
  const changed: FileChange[] = [];
  const edits: ManifestEdit[] = [];
  for (const manifest of await readCandidates(
    git,
    manifests,
    { paths, input: 'paths' },
    bump.image,
    kustomization,
  )) {
    const result = bumpText(manifest.file, manifest.text, bump, kustomization(manifest.file));
    if (!result) continue;
    changed.push(result.change);
    if (result.text !== manifest.text)
      edits.push({ file: manifest.file, mode: manifest.mode, text: result.text });
  }
  return { changed, edits };
}

/**
 * The bump in one file's text (a Kustomization without the image gets an entry when `addEntry`):
 * undefined when the file does not name the image at all.
 */
export function bumpText(
  file: string,
  text: string,
  bump: ImageBump,
  addEntry = false,
): { change: FileChange; text: string } | undefined {
  const result = readable(file, text, () => bumpImage(text, bump));
  if (result.before.length === 0 && addEntry) {
    const added = readable(file, text, () => addKustomizeImage(text, bump.image, kustomizeFields(bump)));
    if (added === undefined) return undefined;
    const line = added.slice(0, added.indexOf(`- name: ${bump.image}`)).split('\n').length;
    const change = { line, old: '', new: `- name: ${bump.image}` };
    return { change: { file, changes: [change], held: [], skipped: [], before: [] }, text: added };
  }
  if (result.changes.length === 0 && result.held.length === 0 && result.skipped.length === 0)
    return undefined;
  const before = result.before.map((ref) => formatReference(bump.image, ref));
  return {
    change: { file, changes: result.changes, held: result.held, skipped: result.skipped, before },
    text: result.text,
  };
}

/**
 * The tree of `base` with `edits` in it, written by one `git fast-import`: blobs and the trees
 * above them go into one pack (not a loose object each, which on a slow disk costs a file
 * apiece), and nothing is written to the work tree. fast-import builds a commit to do it, on
 * `scratchRef` (a ref of ours), and prints that commit's root tree.
 */
export async function writeTree(
  git: Git,
  base: string,
  edits: readonly ManifestEdit[],
  scratchRef: string,
): Promise<string> {
  const files = edits.map(
    (edit) =>
      `M ${edit.mode} inline ${fastImportPath(edit.file)}\ndata ${Buffer.byteLength(edit.text)}\n${edit.text}\n`,
  );
  const stream = `commit ${scratchRef}\ncommitter shipchain <> 0 +0000\ndata 0\nfrom ${base}\n${files.join('')}ls ""\n\n`;
  // A later attempt starts from another head: its scratch commit replaces the last one.
  const listed = await git.run(['fast-import', '--quiet', '--force'], stream);
  const tree = /^040000 tree ([0-9a-f]+)\t/.exec(listed)?.[1];
  if (!tree) throw new Error(`git fast-import did not list the new tree: ${listed.trim()}`);
  return tree;
}

/** A path as fast-import reads it: C-quoted when it starts with a quote or holds a newline. */
function fastImportPath(path: string): string {
  if (!/^"|\n/.test(path)) return path;
  return `"${path.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}

const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

/** The fields a new Kustomize entry gets, by the bump's form. */
function kustomizeFields(bump: ImageBump): { digest?: string; newTag?: string } {
  if (bump.form === 'tag') return { newTag: bump.tag as string };
  return {
    ...(bump.digest ? { digest: bump.digest } : {}),
    ...(bump.form === 'tag-digest' && bump.tag ? { newTag: bump.tag } : {}),
  };
}

/** The digest (and tag) the files under `paths` pin for `image`: exactly one, or a clear error. */
export async function promotedReference(
  git: Git,
  paths: readonly string[],
  image: string,
  helmKeys?: ImageBump['helmKeys'],
  skipped?: (warning: string) => void,
): Promise<{ digest: string; tag?: string; files: string[] }> {
  const manifests = await manifestFiles(git, paths, 'promote-from', skipped);
  const digests = new Map<string, string[]>();
  const tags = new Set<string>();
  for (const { file, text } of await readCandidates(
    git,
    manifests,
    { paths, input: 'promote-from' },
    image,
  )) {
    for (const reference of readable(file, text, () => currentReferences(text, image, helmKeys))) {
      if (reference.digest)
        digests.set(reference.digest, [
          ...(digests.get(reference.digest) ?? []),
          `${file}:${reference.line}`,
        ]);
      if (reference.digest && reference.tag) tags.add(reference.tag);
    }
  }
  if (digests.size === 0)
    throw new ConfigurationError(
      `Input "promote-from" (${paths.join(', ')}) pins no digest of ${image}: promotion copies a digest, so the source environment must be bumped by digest first.`,
      'promote-from',
    );
  if (digests.size > 1) {
    const listing = [...digests].map(([digest, where]) => `${digest} at ${where.join(', ')}`).join('; ');
    throw new ConfigurationError(
      `Input "promote-from" (${paths.join(', ')}) pins ${digests.size} different digests of ${image} (${listing}); promote from a path where it has one.`,
      'promote-from',
    );
  }
  const [[digest, where]] = [...digests] as [[string, string[]]];
  return { digest, ...(tags.size === 1 ? { tag: [...tags][0] as string } : {}), files: where };
}

function formatReference(image: string, ref: CurrentReference): string {
  return `${image}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** A file naming the image that is not valid YAML cannot be edited safely: say where it breaks. */
function readable<T>(file: string, text: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const line = text.slice(0, error.offset).split('\n').length;
    if (error instanceof YamlNestingError)
      throw new ConfigurationError(
        `${file}:${line}: ${error.message}, far deeper than any manifest, so it is not read. Fix the file, or leave it out of "paths".`,
        'paths',
      );
    throw new ConfigurationError(
      `${file}:${line} is not valid YAML (${error.message.split('\n')[0]}), so its image references cannot be edited safely. Fix the file, or leave it out of "paths".`,
      'paths',
    );
  }
}
