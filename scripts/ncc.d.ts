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
  /** webpack's stats of the build; toJson gives modules (nested when concatenated) and chunks. */
  export interface NccStats {
    toJson(options: Record<string, boolean>): NccStatsJson;
  }
  export interface NccStatsModule {
    name: string;
    size: number;
    chunks: Array<string | number>;
    modules?: NccStatsModule[];
  }
  export interface NccStatsJson {
    modules: NccStatsModule[];
    chunks: Array<{ id: string | number; files: string[]; initial: boolean }>;
  }
  export default function ncc(
    entry: string,
    options?: NccOptions,
  ): Promise<{ code: string; map?: string; assets: Record<string, NccAsset>; stats: NccStats }>;
}
