import { mapBounded, RetryExhaustedError, withRetry, type RetryOptions } from '@shipchain/action-runtime';
import type { OsvPackage } from '../ecosystems';
import { checkRecord, OsvRecordError } from '../record-check';
import type { RecordStore } from '../record-store';
import type { OsvRecord, VulnerabilityRef } from '../schema';
import { isTransientOsvError, OsvDataError, OsvHttpError, requestJson } from './http';

/** OSV's limit of queries in one querybatch request. */
export const MAX_BATCH = 1000;

export interface OsvClientOptions {
  /** The API's base URL, e.g. https://api.osv.dev (paths /v1/… are appended). */
  url: string;
  /** Queries per querybatch request; at most 1,000. */
  batchSize?: number;
  /** vulns/{id} requests in flight at once. Default 8. */
  concurrency?: number;
  /** Per-request time limit; a request over it counts as transient. Default 30 s. */
  timeoutMs?: number;
  /** Backoff of transient failures (attempts, delays); injectable sleep for tests. */
  retry?: Omit<RetryOptions, 'isTransient' | 'onRetry'>;
  /** Records kept from earlier runs, keyed by id and modified. */
  store?: RecordStore;
  fetch?: typeof fetch;
  /** Told of every retry, e.g. for a debug line. */
  onRetry?: (info: { url: string; attempt: number; delayMs: number; error: unknown }) => void;
}

/** What the client did: requests sent (retries included), for the benchmark and the report. */
export interface RequestCounts {
  querybatch: number;
  vulns: number;
  retries: number;
  /** Records read from the store instead of fetched. */
  cacheHits: number;
}

interface BatchAnswer {
  results?: Array<{ vulns?: VulnerabilityRef[]; next_page_token?: string }>;
}

/**
 * The OSV API: querybatch for which vulnerabilities affect each package (pages followed, order
 * kept), then vulns/{id} for the full records not already in the store, a bounded number at a
 * time. Transient failures are retried with the runtime's backoff; anything else, or retries
 * running out, throws OsvDataError naming the URL.
 */
export class OsvClient {
  readonly counts: RequestCounts = { querybatch: 0, vulns: 0, retries: 0, cacheHits: 0 };
  private readonly base: string;
  private readonly batchSize: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: OsvClientOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** For each package (same order), the vulnerabilities OSV lists for it: every page. */
  async queryBatch(packages: readonly OsvPackage[]): Promise<VulnerabilityRef[][]> {
    const found = packages.map((): VulnerabilityRef[] => []);
    // Each round sends the queries that still have a page to fetch, with that page's token.
    let pending = packages.map((pkg, index) => ({ index, pkg, token: undefined as string | undefined }));
    while (pending.length > 0) {
      const next: typeof pending = [];
      for (let start = 0; start < pending.length; start += this.batchSize) {
        const chunk = pending.slice(start, start + this.batchSize);
        const answer = await this.send<BatchAnswer>('POST', '/v1/querybatch', {
          queries: chunk.map(({ pkg, token }) => ({
            package: { ecosystem: pkg.ecosystem, name: pkg.name },
            version: pkg.version,
            ...(token ? { page_token: token } : {}),
          })),
        });
        const results = Array.isArray(answer.results) ? answer.results : [];
        if (results.length !== chunk.length)
          throw new OsvDataError(
            `${this.base}/v1/querybatch answered ${results.length} results for ${chunk.length} queries; the OSV API answers one per query, in order.`,
            this.base,
          );
        chunk.forEach((query, position) => {
          const result = results[position] ?? {};
          for (const vuln of result.vulns ?? []) {
            if (typeof vuln?.id !== 'string' || typeof vuln.modified !== 'string')
              throw new OsvDataError(
                `${this.base}/v1/querybatch answered a vulnerability without a string id and modified time (${JSON.stringify(vuln).slice(0, 200)}).`,
                this.base,
              );
            found[query.index]?.push({ id: vuln.id, modified: vuln.modified });
          }
          if (result.next_page_token) next.push({ ...query, token: result.next_page_token });
        });
      }
      pending = next;
    }
    return found;
  }

  /** The full records of these vulnerabilities: from the store when it has (id, modified), else fetched. */
  async records(refs: readonly VulnerabilityRef[]): Promise<Map<string, OsvRecord>> {
    const unique = [...new Map(refs.map((ref) => [ref.id, ref])).values()];
    const records = await mapBounded(unique, this.options.concurrency ?? 8, async (ref) => {
      const stored = await this.options.store?.get(ref.id, ref.modified);
      if (stored) {
        this.counts.cacheHits += 1;
        return stored;
      }
      const path = `/v1/vulns/${encodeURIComponent(ref.id)}`;
      const record = this.checked(await this.send<unknown>('GET', path), `${this.base}${path}`);
      await this.options.store?.put(record);
      return record;
    });
    return new Map(records.map((record) => [record.id, record]));
  }

  /** Both steps: the vulnerabilities of each package, and every record they name. */
  async lookup(
    packages: readonly OsvPackage[],
  ): Promise<{ perPackage: VulnerabilityRef[][]; records: Map<string, OsvRecord> }> {
    const perPackage = await this.queryBatch(packages);
    const records = await this.records(perPackage.flat());
    return { perPackage, records };
  }

  private checked(value: unknown, url: string): OsvRecord {
    try {
      return checkRecord(value, url);
    } catch (error) {
      if (error instanceof OsvRecordError) throw new OsvDataError(error.message, this.base, error);
      throw error;
    }
  }

  private async send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const url = `${this.base}${path}`;
    try {
      return (await withRetry(
        () => {
          this.counts[method === 'POST' ? 'querybatch' : 'vulns'] += 1;
          return requestJson({
            url,
            method,
            body,
            timeoutMs: this.options.timeoutMs ?? 30_000,
            fetch: this.fetchImpl,
          });
        },
        {
          ...this.options.retry,
          isTransient: isTransientOsvError,
          onRetry: (info) => {
            this.counts.retries += 1;
            this.options.onRetry?.({ url, ...info });
          },
        },
      )) as T;
    } catch (error) {
      throw new OsvDataError(dataErrorMessage(url, error), this.base, error);
    }
  }
}

/** Says which URL failed, how, and after how many attempts. */
function dataErrorMessage(url: string, error: unknown): string {
  const last = error instanceof RetryExhaustedError ? error.cause : error;
  const attempts = error instanceof RetryExhaustedError ? ` after ${error.attempts} attempts` : '';
  if (last instanceof OsvHttpError) return `The OSV server failed${attempts}: ${last.message}.`;
  const cause = (last as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = [(last as Error)?.message, cause?.code ?? cause?.message].filter(Boolean).join(': ');
  return `The OSV server at ${url} could not be reached${attempts}: ${detail}.`;
}
