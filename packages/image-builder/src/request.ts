/** What to build and where to put it, builder-neutral; paths are absolute. */
export interface BuildRequest {
  context: string;
  /** Containerfile/Dockerfile; the builder's default inside `context` when omitted. */
  file?: string;
  target?: string;
  /** `os/arch[/variant]`; empty means the runner's own platform. */
  platforms: readonly string[];
  buildArgs: ReadonlyMap<string, string>;
  /** Build secrets already written to 0600 files; only ids and paths reach the builder's argv. */
  secrets: readonly { id: string; path: string }[];
  labels: Readonly<Record<string, string>>;
  /** `name:tag` references; the first is the one pushed, the others are added as tags of the same manifest. */
  refs: readonly string[];
  push: boolean;
  /** Seconds since the epoch for every timestamp in the image (reproducible rebuilds). */
  timestamp?: number;
  /** Docker config holding registry logins. */
  authFile?: string;
  /** False for plain-HTTP registries (loopback, or `registry-insecure`). */
  tlsVerify: boolean;
  cache: BuildCache;
  /** docker only: keep BuildKit's default provenance/SBOM attestations (they make the image an index). */
  buildkitAttestations?: boolean;
  /** buildah only: `--isolation` for RUN steps; omitted, buildah chooses (BUILDAH_ISOLATION, else oci). */
  isolation?: 'oci' | 'chroot' | 'rootless';
  /** Scratch directory for metadata, iid and digest files. */
  tempDirectory: string;
}

export type BuildCache =
  | { kind: 'none' }
  /** docker: `type=gha` through the runner's cache service; buildah: layer storage saved with @actions/cache by the action. */
  | { kind: 'gha'; scope: string }
  /** Cache kept in the registry beside the image: docker `<image>:buildcache`, buildah `<image>-buildcache`. */
  | { kind: 'registry'; image: string };

export interface BuildResult {
  builder: 'docker' | 'buildah';
  /** The local image id (config digest); never a substitute for the pushed digest. */
  imageId: string;
  /** The registry's manifest (or index) digest of the first ref; undefined when not pushed. */
  digest?: string;
  buildMs: number;
  pushMs: number;
  /** Build steps, and how many came from the layer cache (as the builder's log says). */
  steps: number;
  cachedSteps: number;
}
