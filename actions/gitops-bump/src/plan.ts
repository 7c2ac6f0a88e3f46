import { ConfigurationError, type ParsedInputs } from '@shipchain/action-runtime';
import { parseIdentity } from '@shipchain/gitops';
import { splitImage, type HelmKeys } from '@shipchain/manifest-edit';
import type { inputs } from './contract';
import { noPathsError } from './input-checks';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** What this run does, resolved and checked from the inputs before anything is fetched. */
export type Plan =
  | {
      kind: 'bump' | 'promote';
      image: string;
      /** Absent for a promotion (read from promote-from) and for tag-only bumps. */
      digest?: string;
      tag?: string;
      form: 'digest' | 'tag-digest' | 'tag';
      paths: string[];
      promoteFrom: string[];
      helmKeys: HelmKeys;
      environment: string;
      addToKustomizations: boolean;
    }
  | { kind: 'revert'; commit: string; environment: string; paths: string[] };

export function planFrom(values: ParsedInputs<typeof inputs>): Plan {
  const environment = values.environment || environmentOf(values.paths);
  if (values['revert-reason'] && !values.revert)
    throw new ConfigurationError(
      'Input "revert-reason" says why a revert is made: set "revert" to the commit to undo, or leave revert-reason empty.',
      'revert-reason',
    );
  if (values.revert) {
    if (values['promote-from'].length > 0 || values.digest)
      throw new ConfigurationError(
        'Input "revert" undoes an earlier bump by itself: leave "digest" and "promote-from" empty when reverting.',
        'revert',
      );
    return { kind: 'revert', commit: values.revert, environment, paths: values.paths };
  }
  if (values.paths.length === 0) throw noPathsError();
  const reference = splitReferenceInputs(values.image, values.digest);
  const helmKeys = helmKeysFrom(values['helm-keys']);
  const tag = values.tag || reference.tag;
  const common = {
    image: reference.image,
    paths: values.paths,
    helmKeys,
    environment,
    addToKustomizations: values['kustomize-add-image'],
  };
  if (values['promote-from'].length > 0) {
    if (reference.digest)
      throw new ConfigurationError(
        'Inputs "promote-from" and "digest" conflict: a promotion copies the digest the source environment runs. Leave "digest" empty.',
        'promote-from',
      );
    return {
      kind: 'promote',
      ...common,
      form: values.form,
      promoteFrom: values['promote-from'],
      ...(tag ? { tag } : {}),
    };
  }
  if (!reference.digest && !reference.tag)
    throw new ConfigurationError(
      'Input "digest" is empty: give the sha256:… digest to pin (image-build\'s "digest" output), or pass image as name@sha256:….',
      'digest',
    );
  if (!reference.digest) {
    if (!values['allow-tags'])
      throw new ConfigurationError(
        `Input "digest" is the tag ${JSON.stringify(reference.tag)}, not a digest: a tag can be moved, so what runs would not be what was tested. Pass the sha256:… digest, or set allow-tags: true to pin a tag anyway.`,
        'digest',
      );
    return { kind: 'bump', ...common, form: 'tag', tag: reference.tag as string, promoteFrom: [] };
  }
  if (values.form === 'tag-digest' && !tag)
    throw new ConfigurationError(
      'Input "form" is tag-digest, which writes name:tag@sha256:…, but no tag was given: set the "tag" input.',
      'tag',
    );
  return {
    kind: 'bump',
    ...common,
    form: values.form,
    digest: reference.digest,
    ...(tag ? { tag } : {}),
    promoteFrom: [],
  };
}

/**
 * `image` may be a repository (with `digest` beside it) or name@sha256:… (image-build's
 * `image` output); `digest` may be sha256:…, or a tag when allow-tags says so.
 */
function splitReferenceInputs(image: string | undefined, digest: string | undefined) {
  if (!image)
    throw new ConfigurationError(
      'Input "image" is empty: name the repository to pin, e.g. ghcr.io/acme/web (or ghcr.io/acme/web@sha256:…).',
      'image',
    );
  const { repository, tag, digest: fromImage } = splitImage(image);
  if (fromImage !== undefined && !DIGEST.test(fromImage))
    throw new ConfigurationError(
      `Input "image" ends in @${fromImage}, which is not a sha256: digest of 64 lower-case hex digits.`,
      'image',
    );
  if (tag !== undefined)
    throw new ConfigurationError(
      `Input "image" is ${JSON.stringify(image)}, which carries a tag: give the repository alone (ghcr.io/acme/web) and the digest in "digest", or the tag in "tag".`,
      'image',
    );
  if (!/^[a-z0-9][a-z0-9._:/-]*$/.test(repository))
    throw new ConfigurationError(
      `Input "image" is ${JSON.stringify(image)}, which is not a repository name (lower-case, like ghcr.io/acme/web).`,
      'image',
    );
  const given = digest?.trim();
  if (given && fromImage && given !== fromImage)
    throw new ConfigurationError(
      `Inputs "image" (@${fromImage}) and "digest" (${given}) name different digests; give one.`,
      'digest',
    );
  const value = given || fromImage;
  if (!value) return { image: repository };
  if (DIGEST.test(value)) return { image: repository, digest: value };
  if (value.startsWith('sha256:'))
    throw new ConfigurationError(
      `Input "digest" is ${JSON.stringify(value)}, which is not sha256: followed by 64 lower-case hex digits.`,
      'digest',
    );
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(value))
    throw new ConfigurationError(
      `Input "digest" is ${JSON.stringify(value)}: neither a sha256:… digest nor a valid tag.`,
      'digest',
    );
  return { image: repository, tag: value };
}

function helmKeysFrom(keys: string[]): HelmKeys {
  const [repository, tag, digest] = keys.map((key) => key.slice(key.lastIndexOf('.') + 1));
  if (keys.length !== 3 || !repository || !tag || !digest)
    throw new ConfigurationError(
      `Input "helm-keys" must name three keys, repository, tag and digest, in that order (default "repository, tag, digest"; paths like image.repository are fine), not ${JSON.stringify(keys.join(', '))}.`,
      'helm-keys',
    );
  return { repository, tag, digest };
}

/** A short name for the environment: the last plain segment of the first path (deploy/overlays/dev → dev). */
function environmentOf(paths: string[]): string {
  const segments = (paths[0] ?? '').split('/').filter((s) => s && !/[*?[\]]/.test(s) && !/\.ya?ml$/.test(s));
  return segments.at(-1) ?? 'default';
}

export function identityFrom(author: string): { name: string; email: string } {
  const identity = parseIdentity(author);
  if (!identity)
    throw new ConfigurationError(
      `Input "author" is ${JSON.stringify(author)}, not "Name <email>" (e.g. "release-bot <bot@example.com>").`,
      'author',
    );
  return identity;
}
