import { countFrom, type RunnerTotals } from './runner-totals';

/** node:test's footer: "# tests 13", "# suites 2", "# pass 7", … (one line each). */
const NODE_FOOTER = /^# (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/;
/** prove's last lines: "Files=2, Tests=4,  0 wallclock secs …" and "Result: FAIL". */
const PROVE_FILES = /^Files=\d+, Tests=(\d+),/;
const PROVE_RESULT = /^Result: (PASS|FAIL|NOTESTS)$/;
/** A file's line in prove's "Test Summary Report": "t/math.t (Wstat: 256 (exited 1) Tests: 1 Failed: 1)". */
const PROVE_FILE_SUMMARY = / Tests: (\d+) Failed: (\d+)\)$/;

/** The patterns run over whole lines, for the test that keeps them linear. */
export const TOTALS_PATTERNS = { NODE_FOOTER, PROVE_FILES, PROVE_RESULT, PROVE_FILE_SUMMARY };

/**
 * Collects the totals a TAP producer prints beside its stream: node:test's footer (summed when
 * a file holds several runs) or prove's summary. Fed every top-level line that is not a test point.
 */
export class TapTotalsReader {
  private readonly footer = new Map<string, number>();
  private proveTests: number | undefined;
  private proveFailed = 0;
  private proveResult: string | undefined;

  /** Whether `line` (a top-level line, no indentation) was a totals line. */
  read(line: string): boolean {
    const footer = NODE_FOOTER.exec(line);
    if (footer) {
      const count = countFrom(footer[2]);
      if (count !== undefined)
        this.footer.set(footer[1] as string, (this.footer.get(footer[1] as string) ?? 0) + count);
      return true;
    }
    if (line.startsWith('Files=')) {
      this.proveTests = countFrom(PROVE_FILES.exec(line)?.[1]) ?? this.proveTests;
      return true;
    }
    if (line.startsWith('Result: ')) {
      this.proveResult = PROVE_RESULT.exec(line)?.[1] ?? this.proveResult;
      return true;
    }
    const fileSummary = line.includes('(Wstat: ') ? PROVE_FILE_SUMMARY.exec(line) : null;
    if (fileSummary) {
      this.proveFailed += countFrom(fileSummary[2]) ?? 0;
      return true;
    }
    return false;
  }

  /** Whether node:test's footer was seen (it prints "# suites", which nothing else does). */
  get sawNodeFooter(): boolean {
    return this.footer.has('suites');
  }

  totals(): RunnerTotals | undefined {
    const tests = this.footer.get('tests');
    const pass = this.footer.get('pass');
    const fail = this.footer.get('fail');
    if (tests !== undefined && pass !== undefined && fail !== undefined) {
      const skipped = (this.footer.get('skipped') ?? 0) + (this.footer.get('todo') ?? 0);
      return {
        source: "node:test's footer (# tests, # pass, # fail + # cancelled, # skipped + # todo)",
        tests,
        passed: pass,
        failing: fail + (this.footer.get('cancelled') ?? 0),
        skipped,
      };
    }
    // prove lists failed files only; "Result:" says whether the failures counted are all there are.
    if (this.proveTests !== undefined && this.proveResult !== undefined)
      return {
        source: "prove's summary (Files=…, Tests=…; Failed per file)",
        tests: this.proveTests,
        failing: this.proveFailed,
      };
    return undefined;
  }
}
