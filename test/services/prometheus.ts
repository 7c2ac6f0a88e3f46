import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { freePort } from './lib/free-port';
import { startProcess } from './lib/managed-process';
import { startInTempDir } from './lib/temp-dir-service';
import type { TempDir } from './lib/temp-dir';

export interface Prometheus {
  /** `http://127.0.0.1:PORT`, the `address` a template names. */
  url: string;
  /** Instant query through the HTTP API, for tests that wait for data. */
  query(promql: string): Promise<number[]>;
  /** Resolves once `promql` returns at least one sample satisfying `accept`; rejects after `timeoutMs`. */
  waitFor(promql: string, accept?: (values: number[]) => boolean, timeoutMs?: number): Promise<number[]>;
  /** Captured tail of Prometheus's own log, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface StartPrometheusOptions {
  /** `host:port` targets to scrape every `scrapeIntervalSeconds`. */
  targets: string[];
  scrapeIntervalSeconds?: number;
}

const PROMETHEUS_BIN = '/usr/bin/prometheus';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function config(targets: string[], intervalSeconds: number): object {
  const interval = `${intervalSeconds}s`;
  return {
    global: { scrape_interval: interval, evaluation_interval: interval, scrape_timeout: interval },
    scrape_configs: [{ job_name: 'target', static_configs: [{ targets }] }],
  };
}

async function instantQuery(url: string, promql: string): Promise<number[]> {
  const response = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    body: new URLSearchParams({ query: promql }),
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as {
    status: string;
    data?: { result: { value: [number, string] }[] };
  };
  if (body.status !== 'success' || !body.data)
    throw new Error(`Prometheus query failed: ${JSON.stringify(body)}`);
  return body.data.result.map((sample) => Number(sample.value[1]));
}

async function launch(dir: TempDir, options: StartPrometheusOptions): Promise<Prometheus> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const configPath = join(dir.path, 'prometheus.yml');
  await writeFile(configPath, stringify(config(options.targets, options.scrapeIntervalSeconds ?? 1)));
  const proc = await startProcess(
    PROMETHEUS_BIN,
    [
      `--config.file=${configPath}`,
      `--storage.tsdb.path=${join(dir.path, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
      // No console templates or remote endpoints are used: keep the start fast and the surface small.
      '--web.console.templates=',
      '--web.console.libraries=',
    ],
    {
      name: 'prometheus',
      cwd: dir.path,
      readyTimeoutMs: 30_000,
      ready: async () => {
        const response = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(2000) });
        await response.arrayBuffer();
        return response.status === 200;
      },
    },
  );
  const waitFor = async (
    promql: string,
    accept = (values: number[]) => values.length > 0,
    timeoutMs = 20_000,
  ) => {
    const deadline = Date.now() + timeoutMs;
    let last: number[] = [];
    while (Date.now() < deadline) {
      last = await instantQuery(url, promql).catch(() => []);
      if (last.length > 0 && accept(last)) return last;
      await sleep(250);
    }
    throw new Error(
      `Prometheus: ${promql} gave no accepted value within ${timeoutMs} ms (last: ${JSON.stringify(last)})\n${proc.output()}`,
    );
  };
  return { url, query: (promql) => instantQuery(url, promql), waitFor, logs: proc.output, stop: proc.stop };
}

/**
 * Start Debian's Prometheus on a free loopback port with its TSDB in a fresh temp dir, scraping the given
 * targets every second. stop() ends the process and deletes the data.
 */
export async function startPrometheus(options: StartPrometheusOptions): Promise<Prometheus> {
  return startInTempDir('shipchain-prometheus-', (dir) => launch(dir, options));
}
