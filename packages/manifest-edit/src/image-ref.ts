/** A container image string split into repository, tag and digest (as written). */
export interface ImageString {
  repository: string;
  tag?: string;
  digest?: string;
}

export function splitImage(text: string): ImageString {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return {
    repository: rest,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** Docker Hub names are written several ways; compare them in one form. */
export function sameRepository(a: string, b: string): boolean {
  return normalRepository(a) === normalRepository(b);
}

/**
 * The text every name sameRepository takes for `image` contains: the whole name for another
 * registry, less for Docker Hub (nginx, library/nginx and docker.io/nginx are one). A file
 * without it names the image nowhere, so it need not be parsed.
 */
export function repositoryCore(image: string): string {
  return normalRepository(image).replace(/^library\//, '');
}

function normalRepository(name: string): string {
  const n = name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  return n.includes('/') ? n : `library/${n}`;
}
