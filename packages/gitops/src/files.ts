import { isAbsolute, normalize } from 'node:path';
import { ConfigurationError, confinedFiles, type ConfinedFiles } from '@shipchain/action-runtime';
import {
  YamlNestingError,
  YamlSyntaxError,
  addKustomizeImage,
  bumpImage,
  currentReferences,
  type Change,
  type CurrentReference,
  type ImageBump,
} from '@shipchain/manifest-edit';
import type { Git } from './git';

const YAML_FILE = /(\.ya?ml|(^|\/)Kustomization)$/;
/** Git's mode of a symbolic link: its target is text in the repository, and is never followed. */
const SYMLINK_MODE = '120000';
/** A name with no extension may be a directory behind a link: worth a warning, like a YAML name. */
const MAYBE_MANIFESTS = /(^|\/)[^./]+$/;

/**
 * Tracked YAML files under `paths` (directories, files or globs with `**`), in a stable order.
 * Git's own pathspec matching: what is tracked is what Argo CD or Flux read. Tracked symbolic
 * links are never followed: one named exactly is an error, one matched otherwise is skipped and
 * handed to `skipped` with a warning naming it.
 */
export async function manifestFiles(
  git: Git,
  paths: readonly string[],
  input = 'paths',
  skipped?: (warning: string) => void,
): Promise<string[]> {
  const escaping = paths.find(
    (path) => isAbsolute(path) || normalize(plainPath(path)).split('/')[0] === '..',
  );
  if (escaping !== undefined)
    throw new ConfigurationError(
      `Input "${input}" has ${escaping}, which is outside the repository: paths are relative to the repository root (e.g. overlays/dev), without a leading / or ../.`,
      input,
    );
  const specs = paths.map((path) => `:(glob)${plainPath(path) || '**'}`);
  const entries = (await git.run(['ls-files', '-z', '-s', '--', ...specs.flatMap((s) => [s, `${s}/**`])]))
    .split('\0')
    .filter(Boolean)
    .map((line) => ({ mode: line.slice(0, line.indexOf(' ')), file: line.slice(line.indexOf('\t') + 1) }));
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
  const listed = entries.filter((e) => e.mode.startsWith('100') && YAML_FILE.test(e.file)).map((e) => e.file);
  const files = [...new Set(listed)].sort();
  if (files.length === 0)
    throw new ConfigurationError(
      `Input "${input}" (${paths.join(', ')}) matches no tracked .yaml or .yml file in the repository${skippedLinks.length ? ` other than symbolic links, which are never followed (${skippedLinks.join(', ')})` : ''}. Paths are relative to the repository root; a directory takes every YAML file below it.`,
      input,
    );
  return files;
}

/** A path input as git lists it: no leading ./, no trailing /. */
function plainPath(path: string): string {
  return path.replace(/^\.\/+/, '').replace(/\/+$/, '');
}

/** Manifests are read and written only below the checkout, never through a link. */
function manifestAccess(dir: string, input: string): ConfinedFiles {
  return confinedFiles({ roots: [{ path: dir, name: 'the repository' }], symlinks: 'never', input });
}

export interface FileChange {
  file: string;
  changes: Change[];
  held: Change[];
  skipped: number[];
  /** The image's references in the file before the edit, as `name[:tag][@digest]`. */
  before: string[];
}

/**
 * Bump the image in every file (written in place when changed). Files that cannot contain the
 * image are skipped before parsing: every site names the repository's last path component.
 */
export async function bumpFiles(
  dir: string,
  files: readonly string[],
  bump: ImageBump,
  options: { addToKustomizations?: boolean } = {},
): Promise<FileChange[]> {
  const needle = bump.image.slice(bump.image.lastIndexOf('/') + 1);
  const results: FileChange[] = [];
  const manifests = manifestAccess(dir, 'paths');
  for (const file of files) {
    // Synchronous reads: thousands of small files, one after another, cost less without a promise each.
    const text = manifests.readFileSync(file).toString('utf8');
    const kustomization = options.addToKustomizations && KUSTOMIZATION_FILE.test(file);
    if (!text.includes(needle) && !kustomization) continue;
    const result = readable(file, text, () => bumpImage(text, bump));
    if (result.before.length === 0 && kustomization) {
      const added = readable(file, text, () => addKustomizeImage(text, bump.image, kustomizeFields(bump)));
      if (added === undefined) continue;
      manifests.writeFileSync(file, added);
      const line = added.slice(0, added.indexOf(`- name: ${bump.image}`)).split('\n').length;
      results.push({
        file,
        changes: [{ line, old: '', new: `- name: ${bump.image}` }],
        held: [],
        skipped: [],
        before: [],
      });
      continue;
    }
    const before = result.before.map((ref) => formatReference(bump.image, ref));
    if (result.changes.length === 0 && result.held.length === 0 && result.skipped.length === 0) continue;
    if (result.text !== text) manifests.writeFileSync(file, result.text);
    results.push({ file, changes: result.changes, held: result.held, skipped: result.skipped, before });
  }
  return results;
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
  const files = await manifestFiles(git, paths, 'promote-from', skipped);
  const manifests = manifestAccess(git.dir, 'promote-from');
  const digests = new Map<string, string[]>();
  const tags = new Set<string>();
  for (const file of files) {
    const text = manifests.readFileSync(file).toString('utf8');
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
