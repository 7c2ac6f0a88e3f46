// @vercel/ncc ships no types; this declares the part of its programmatic API scripts/bundles.ts uses.
declare module '@vercel/ncc' {
  interface NccOptions {
    cache?: string | false;
    minify?: boolean;
    sourceMap?: boolean;
    license?: string;
    target?: string;
    transpileOnly?: boolean;
    quiet?: boolean;
    /** Requests left as requires of the build: a list, or request → the name required instead. */
    externals?: string[] | Record<string, string>;
  }
  interface NccAsset {
    source: string | Buffer;
    permissions?: number;
  }
  export default function ncc(
    entry: string,
    options?: NccOptions,
  ): Promise<{ code: string; map?: string; assets: Record<string, NccAsset> }>;
}
