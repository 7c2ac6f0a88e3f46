import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';
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

/**
 * Tracked YAML files under `paths` (directories, files or globs with `**`), in a stable order.
 * Git's own pathspec matching: what is tracked is what Argo CD or Flux read.
 */
export async function manifestFiles(git: Git, paths: readonly string[], input = 'paths'): Promise<string[]> {
  const specs = paths.map((path) => `:(glob)${path.replace(/^\.\/+/, '').replace(/\/+$/, '') || '**'}`);
  const listed = (await git.run(['ls-files', '-z', '--', ...specs.flatMap((s) => [s, `${s}/**`])]))
    .split('\0')
    .filter((file) => file && YAML_FILE.test(file));
  const files = [...new Set(listed)].sort();
  if (files.length === 0)
    throw new ConfigurationError(
      `Input "${input}" (${paths.join(', ')}) matches no tracked .yaml or .yml file in the repository. Paths are relative to the repository root; a directory takes every YAML file below it.`,
      input,
    );
  return files;
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
  for (const file of files) {
    const path = join(dir, file);
    // Synchronous reads: thousands of small files, one after another, cost less without a promise each.
    const text = readFileSync(path, 'utf8');
    const kustomization = options.addToKustomizations && KUSTOMIZATION_FILE.test(file);
    if (!text.includes(needle) && !kustomization) continue;
    const result = readable(file, text, () => bumpImage(text, bump));
    if (result.before.length === 0 && kustomization) {
      const added = readable(file, text, () => addKustomizeImage(text, bump.image, kustomizeFields(bump)));
      if (added === undefined) continue;
      writeFileSync(path, added);
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
    if (result.text !== text) writeFileSync(path, result.text);
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
): Promise<{ digest: string; tag?: string; files: string[] }> {
  const files = await manifestFiles(git, paths, 'promote-from');
  const digests = new Map<string, string[]>();
  const tags = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(git.dir, file), 'utf8');
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
