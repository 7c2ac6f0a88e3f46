import { readdir, readFile } from 'node:fs/promises';

/** Pids of live processes whose command line contains `needle` (reads /proc; Linux only). */
export async function findProcesses(needle: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // Zombies and vanished processes read as empty: they no longer run.
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').join(' ').includes(needle)) pids.push(Number(entry));
  }
  return pids;
}
