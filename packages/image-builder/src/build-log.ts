/**
 * Remembers the last build step a builder announced and the last lines of output,
 * so a failed build can say which instruction failed and show what it printed.
 */
export class BuildLog {
  private readonly tail: string[] = [];
  lastStep: string | undefined;
  /** Steps the builder announced, and how many of them it took from its layer cache. */
  steps = 0;
  cachedSteps = 0;

  constructor(private readonly keepLines = 25) {}

  /** Feed one output line (already redacted). */
  line(text: string): void {
    const step = stepOf(text);
    if (step && step !== this.lastStep) {
      this.lastStep = step;
      this.steps++;
    }
    // buildah: "--> Using cache <id>"; BuildKit: "#7 CACHED".
    if (/^--> Using cache /.test(text) || /^#\d+ CACHED$/.test(text)) this.cachedSteps++;
    if (text.startsWith('[command]') || text.startsWith('::')) return;
    this.tail.push(text);
    if (this.tail.length > this.keepLines) this.tail.shift();
  }

  lastLines(): string {
    return this.tail.join('\n');
  }
}

/** buildah: `STEP 3/5: RUN make`; BuildKit: `#8 [build 3/5] RUN make` (not the DONE/CACHED lines). */
export function stepOf(line: string): string | undefined {
  const buildah = /^STEP (\d+\/\d+): (.+)$/.exec(line);
  if (buildah) return `STEP ${buildah[1]}: ${buildah[2]}`;
  const buildkit = /^#\d+ \[([^\]]*\d+\/\d+)\] (.+)$/.exec(line);
  if (buildkit) return `[${buildkit[1]}] ${buildkit[2]}`;
  return undefined;
}
