export const id = 843;
export const ids = [843];
export const modules = {

/***/ 1843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 24 modules
var src = __webpack_require__(3081);
;// CONCATENATED MODULE: ./actions/test-gate/src/command.ts

/**
 * Split a command line into arguments as a POSIX shell quotes them — '…' and "…"
 * group, backslash escapes — but nothing is expanded or interpreted.
 */
function splitCommand(command) {
    const args = [];
    let current = '';
    let started = false;
    let quote;
    for (let index = 0; index < command.length; index++) {
        const char = command[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            // As in POSIX shells: inside "…", a backslash escapes only $ ` " \ (and is kept before anything else).
            else if (char === '\\' && quote === '"' && '$`"\\'.includes(command[index + 1] ?? ''))
                current += command[++index];
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            started = true;
        }
        else if (char === '\\' && index + 1 < command.length) {
            current += command[++index];
            started = true;
        }
        else if (/\s/.test(char)) {
            if (started)
                args.push(current);
            current = '';
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quote)
        throw new src/* ConfigurationError */.j1(`Input "command" has an unclosed ${quote} quote: close it, or use shell: bash for shell syntax.`, 'command');
    if (started)
        args.push(current);
    return args;
}
/**
 * Run the test command through the shared exec (no shell; output streamed to the
 * log, fenced so test output cannot issue workflow commands) and return its exit
 * code. A non-zero exit is a result to gate on, not an error of this action.
 */
async function runTestCommand(file, args, options) {
    try {
        const result = await (0,src/* execCommand */.NK)(file, args, {
            cwd: options.cwd,
            env: options.env,
            secrets: options.secrets,
            log: (line) => options.log.info(line),
            allowFailure: true,
            // The output is shown as it runs; only a short tail needs to stay in memory.
            maxBufferBytes: 64 * 1024,
        });
        return result.exitCode;
    }
    catch (error) {
        if (error instanceof src/* CommandFailedError */.ju && error.exitCode === null) {
            throw new src/* ConfigurationError */.j1(`Input "command": ${file} was not found on PATH in ${options.cwd}. Check the command, or install it in an earlier step.`, 'command');
        }
        throw error;
    }
}
/**
 * The `command` input run in the working directory with this shard's files appended (as arguments
 * to bash -c, or to the split command line). A shard with no files does not run it.
 */
async function runStageCommand(inputs, shard, options) {
    if (!inputs.command)
        return {};
    const [file, ...args] = inputs.shell === 'bash'
        ? [
            'bash',
            '--noprofile',
            '--norc',
            '-eo',
            'pipefail',
            '-c',
            inputs.command,
            'test-gate',
            ...shard.files,
        ]
        : [...splitCommand(inputs.command), ...shard.files];
    if (!file)
        throw new src/* ConfigurationError */.j1('Input "command" is blank: give the test command, or leave it empty to only read reports.', 'command');
    if (shard.mode.kind === 'shard' && shard.files.length === 0) {
        options.log.info('This shard has no test files: the command is not run.');
        return {};
    }
    const started = performance.now();
    const exitCode = await runTestCommand(file, args, {
        ...options,
        secrets: inputs['github-token'] ? [inputs['github-token']] : [],
    });
    const ms = performance.now() - started;
    options.log.info(`Test command exited with code ${exitCode}.`);
    return { exitCode, ms };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/test-gate/src/context.ts

/**
 * Reads the runner's own event (GITHUB_EVENT_PATH, written by GitHub, never by the pull request)
 * and the GITHUB_* variables. For workflow_run the head commit is the run's `head_sha`; a
 * `commit` input that disagrees with it is ignored with a warning, so nothing a pull request's
 * run uploaded can move the check run to another commit.
 */
async function readRunContext(env, commit, log) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            // No readable event (a local run): the GITHUB_* variables are all there is.
        }
    }
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repository = event.repository;
    const workflowRun = eventName === 'workflow_run' || isObject(event.workflow_run)
        ? (isObject(event.workflow_run) ? event.workflow_run : {})
        : undefined;
    const pullRequest = workflowRun ? undefined : event.pull_request;
    let headSha;
    let fromFork;
    if (workflowRun) {
        headSha = typeof workflowRun.head_sha === 'string' ? workflowRun.head_sha : '';
        if (commit && commit !== headSha)
            log.warning(`Input "commit" is ${commit}, but this workflow_run event is for ${headSha || 'no commit'}: the check run goes to the run's head commit only, so "commit" is ignored. Remove it, or set it to \${{ github.event.workflow_run.head_sha }}.`);
        const headRepository = workflowRun.head_repository?.full_name;
        fromFork = Boolean(headRepository && typeof repository?.full_name === 'string' && headRepository !== repository.full_name);
    }
    else {
        headSha = commit ?? pullRequest?.head?.sha ?? env.GITHUB_SHA ?? '';
        const headRepo = pullRequest?.head?.repo?.full_name;
        const baseRepo = pullRequest?.base?.repo?.full_name;
        fromFork = Boolean(headRepo && baseRepo && headRepo !== baseRepo);
    }
    const number = pullRequest?.number;
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDirectory: env.RUNNER_TEMP ?? '/tmp',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        owner,
        repo,
        headSha,
        eventName,
        ...(typeof number === 'number' && number > 0 ? { pullRequest: number } : {}),
        ...(workflowRun ? { workflowRun } : {}),
        ...(typeof repository?.id === 'number' ? { repositoryId: repository.id } : {}),
        fromFork,
        ...(env.GITHUB_RUN_ID
            ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        job: env.GITHUB_JOB ?? 'tests',
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./packages/test-reports/src/index.ts + 14 modules
var test_reports_src = __webpack_require__(7264);
;// CONCATENATED MODULE: ./packages/test-sharding/src/split.ts
/**
 * Splits test files across `shardTotal` shards, longest first, each to the shard
 * with the least work so far (LPT). Fully deterministic — the same inputs give the
 * same split on every shard of a matrix: files are ordered by time then path, and
 * ties between shards go to the lowest index.
 */
function splitByTimings(files, timings, shardTotal) {
    if (!Number.isInteger(shardTotal) || shardTotal < 1)
        throw new RangeError(`shard total must be a positive integer, got ${shardTotal}`);
    const unique = [...new Set(files)].sort(compareText);
    const known = unique.filter((file) => isTime(timings.get(file)));
    const basis = known.length > 0 ? 'timings' : 'file-count';
    const averageMs = known.length > 0 ? known.reduce((sum, file) => sum + timings.get(file), 0) / known.length : 1;
    const weight = (file) => (basis === 'file-count' ? 1 : (timings.get(file) ?? averageMs));
    const weighted = unique.map((file) => ({ file, ms: isTime(timings.get(file)) ? weight(file) : averageMs }));
    weighted.sort((a, b) => b.ms - a.ms || compareText(a.file, b.file));
    const shards = Array.from({ length: shardTotal }, (_, index) => ({
        index,
        files: [],
        estimatedMs: 0,
    }));
    for (const { file, ms } of weighted) {
        let target = shards[0];
        for (const shard of shards)
            if (shard.estimatedMs < target.estimatedMs)
                target = shard;
        target.files.push(file);
        target.estimatedMs += ms;
    }
    for (const shard of shards)
        shard.files.sort(compareText);
    const total = weighted.reduce((sum, entry) => sum + entry.ms, 0);
    return {
        shards,
        basis,
        unknownFiles: unique.filter((file) => !isTime(timings.get(file))),
        averageMs,
        makespanMs: Math.max(...shards.map((shard) => shard.estimatedMs)),
        lowerBoundMs: Math.max(weighted[0]?.ms ?? 0, total / shardTotal),
    };
}
const isTime = (value) => value !== undefined && Number.isFinite(value) && value >= 0;
/** Locale-independent ordering, so every runner sorts alike. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

;// CONCATENATED MODULE: ./packages/test-sharding/src/timings-file.ts

/** Timings from a file; a missing file is no timings, anything unreadable is an error naming it. */
async function readTimings(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return new Map();
        throw error;
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${path} is not valid JSON: ${error.message}`, { cause: error });
    }
    const files = document?.files;
    if (!files || typeof files !== 'object')
        throw new Error(`${path} has no "files" object of per-file timings in milliseconds`);
    const timings = new Map();
    for (const [file, ms] of Object.entries(files)) {
        if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0)
            timings.set(file, ms);
    }
    return timings;
}
/** Newer measurements replace older ones; files not measured this time keep their last time. */
function mergeTimings(previous, measured) {
    const merged = new Map(previous);
    for (const [file, ms] of measured)
        merged.set(file, ms);
    return merged;
}
async function writeTimings(path, timings) {
    const files = Object.fromEntries([...timings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, ms]) => [file, Math.round(ms)]));
    const document = { version: 1, files };
    await (0,promises_.writeFile)(path, JSON.stringify(document, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./packages/test-sharding/src/shard-count.ts

/** GitHub runs at most 256 jobs from one matrix. */
const MAX_MATRIX_SHARDS = 256;
/**
 * The fewest shards that would keep the longest one within the budget, each split
 * balanced exactly as the shards themselves balance (longest first onto the least
 * loaded). Counts are tried from the lower bound total / budget upwards, so a large
 * suite needs only a few splits.
 */
function shardsToFit(question) {
    const overheadMs = Math.max(0, question.overheadMs ?? 0);
    const maxShards = question.maxShards ?? MAX_MATRIX_SHARDS;
    const files = [...question.timings].filter(([, ms]) => Number.isFinite(ms) && ms >= 0);
    if (files.length === 0)
        return { kind: 'no-timings' };
    const [longestFile, longestMs] = files.reduce((longest, entry) => entry[1] > longest[1] || (entry[1] === longest[1] && entry[0] < longest[0]) ? entry : longest);
    const room = question.budgetMs - overheadMs;
    if (longestMs > room)
        return { kind: 'file-too-long', file: longestFile, fileMs: longestMs, overheadMs };
    const names = files.map(([file]) => file);
    const totalMs = files.reduce((sum, [, ms]) => sum + ms, 0);
    const lowest = Math.max(1, Math.ceil(totalMs / Math.max(room, Number.MIN_VALUE)));
    // One file per shard always fits (checked above), so the search ends by files.length.
    const highest = Math.min(maxShards, files.length);
    let longest = Infinity;
    for (let shards = Math.min(lowest, highest); shards <= highest; shards++) {
        longest = splitByTimings(names, question.timings, shards).makespanMs + overheadMs;
        if (longest <= question.budgetMs)
            return { kind: 'fits', shards, longestMs: longest };
    }
    return { kind: 'too-many', shards: highest, longestMs: longest };
}

;// CONCATENATED MODULE: ./packages/test-sharding/src/index.ts




;// CONCATENATED MODULE: ./actions/test-gate/src/budget.ts


function shardTime(record) {
    return record.commandMs !== undefined
        ? { shard: record.shard, ms: record.commandMs, testsMs: record.testsMs, measuredBy: 'command' }
        : { shard: record.shard, ms: record.testsMs, testsMs: record.testsMs, measuredBy: 'reports' };
}
/** The slowest shard against the mean, and which shards are missing. */
function shardSpread(records, total) {
    const times = records.map(shardTime);
    const [first] = times;
    if (!first)
        return undefined;
    const slowest = times.reduce((slow, time) => (time.ms > slow.ms ? time : slow), first);
    const seen = new Set(times.map((time) => time.shard));
    return {
        total,
        times,
        slowest,
        meanMs: times.reduce((sum, time) => sum + time.ms, 0) / times.length,
        missing: Array.from({ length: total }, (_, shard) => shard).filter((shard) => !seen.has(shard)),
    };
}
function measureStage(input) {
    const own = input.commandMs !== undefined ? 'command' : 'reports';
    const ownMs = input.commandMs ?? input.testsMs;
    if (input.mode.kind === 'shard')
        return {
            subject: 'this-shard',
            shard: input.mode.index,
            total: input.mode.total,
            ms: ownMs,
            measuredBy: own,
        };
    const spread = input.records ? shardSpread(input.records.records, input.records.total) : undefined;
    if (spread)
        return { subject: 'slowest-shard', ms: spread.slowest.ms, spread };
    if (input.mode.kind === 'merge')
        return {
            subject: 'unknown',
            reason: 'no shard records (test-gate-shard-*.json) were found next to the reports: upload each shard’s whole report directory to see shard times',
        };
    return { subject: 'stage', ms: ownMs, measuredBy: own };
}
/**
 * How test time turns into wall time, from the runs timed by their command: the start-up every
 * shard pays besides its tests (wall minus tests, on average), and, when the runner ran files in
 * parallel (their times add up to more than the wall time), the factor that scales them back.
 */
function paceOf(measure, input) {
    const timed = measure.subject === 'slowest-shard'
        ? measure.spread.times.filter((time) => time.measuredBy === 'command')
        : input.commandMs !== undefined
            ? [{ ms: input.commandMs, testsMs: input.testsMs }]
            : [];
    if (timed.length === 0)
        return { overheadMs: 0, scale: 1 };
    const wallMs = timed.reduce((sum, time) => sum + time.ms, 0);
    const testsMs = timed.reduce((sum, time) => sum + time.testsMs, 0);
    return {
        overheadMs: timed.reduce((sum, time) => sum + Math.max(0, time.ms - time.testsMs), 0) / timed.length,
        scale: testsMs > wallMs && testsMs > 0 ? wallMs / testsMs : 1,
    };
}
/**
 * The stage against its budget. A shard run judges its own time only; a run that sees every
 * shard (or an unsharded stage) also proposes the shard count that would fit, from the
 * per-file times in its reports.
 */
function judgeBudget(budgetMs, measure, input, fileTimings) {
    if (measure.subject === 'unknown')
        return undefined;
    const overMs = measure.ms - budgetMs;
    const verdict = { budgetMs, exceeded: overMs > 0, overMs };
    if (!verdict.exceeded || measure.subject === 'this-shard')
        return verdict;
    const { overheadMs, scale } = paceOf(measure, input);
    const timings = scale < 1 ? new Map([...fileTimings].map(([file, ms]) => [file, ms * scale])) : fileTimings;
    return {
        ...verdict,
        proposal: shardsToFit({ timings, budgetMs, overheadMs }),
        basis: { files: fileTimings.size, overheadMs, scale },
    };
}
function stageTiming(input, budgetMs, fileTimings) {
    const measure = measureStage(input);
    const budget = budgetMs !== undefined ? judgeBudget(budgetMs, measure, input, fileTimings) : undefined;
    return { measure, ...(budget ? { budget } : {}) };
}
const shardName = (shard, total) => `shard ${shard + 1} of ${total}`;
/** What was measured, as the subject of a sentence ("The slowest shard (shard 2 of 2)"). */
function measuredSubject(measure) {
    switch (measure.subject) {
        case 'stage':
            return measure.measuredBy === 'command' ? 'The test command' : 'The tests (by their reports)';
        case 'this-shard':
            return `This shard (${shardName(measure.shard, measure.total)})`;
        case 'slowest-shard':
            return `The slowest shard (${shardName(measure.spread.slowest.shard, measure.spread.total)})`;
    }
}
/** One line for the check run's title and the log, when the budget is set. */
function budgetHeadline(timing) {
    const { budget, measure } = timing;
    if (!budget || measure.subject === 'unknown')
        return undefined;
    return budget.exceeded
        ? `over the ${(0,src/* formatSpan */.QA)(budget.budgetMs)} time budget by ${(0,src/* formatSpan */.QA)(budget.overMs)} (${(0,src/* formatSpan */.QA)(measure.ms)})`
        : `within the ${(0,src/* formatSpan */.QA)(budget.budgetMs)} time budget (${(0,src/* formatSpan */.QA)(measure.ms)})`;
}
/**
 * The verdict and the proposal as sentences. File names are the reports' text, so they are
 * handed to `code` (the caller's escaping for its medium) rather than written in.
 */
function describeBudget(timing, code) {
    const { budget, measure } = timing;
    if (!budget || measure.subject === 'unknown')
        return [];
    const took = `${measuredSubject(measure)} took ${(0,src/* formatSpan */.QA)(measure.ms)}`;
    const percent = Math.round((measure.ms / budget.budgetMs) * 100);
    if (!budget.exceeded)
        return [`${took}, within the ${(0,src/* formatSpan */.QA)(budget.budgetMs)} time budget (${percent}% of it).`];
    const lines = [
        `**Over the time budget:** ${took}, ${(0,src/* formatSpan */.QA)(budget.overMs)} over the ${(0,src/* formatSpan */.QA)(budget.budgetMs)} budget (${percent}% of it).`,
    ];
    const proposal = budget.proposal;
    const overhead = budget.basis && budget.basis.overheadMs >= 1
        ? `, plus ${(0,src/* formatSpan */.QA)(budget.basis.overheadMs)} of start-up per shard measured in this run`
        : '';
    const parallel = budget.basis && budget.basis.scale < 1
        ? `, scaled by ${budget.basis.scale.toFixed(2)} as the runner ran them in parallel`
        : '';
    const from = budget.basis
        ? ` (estimated from the times of ${budget.basis.files} test file(s)${parallel}${overhead})`
        : '';
    switch (proposal?.kind) {
        case undefined:
            lines.push('The job that reads every shard’s reports proposes a shard count that would fit.');
            break;
        case 'fits': {
            // As many shards as now (or fewer) would do: the time is lost to an unbalanced split.
            const unbalanced = measure.subject === 'slowest-shard' && proposal.shards <= measure.spread.total
                ? ` That is no more shards than now: the split is unbalanced (see the spread below).`
                : '';
            lines.push(`With ${proposal.shards} shard(s) the longest would take ${(0,src/* formatSpan */.QA)(proposal.longestMs)}${from}.${unbalanced}`);
            break;
        }
        case 'file-too-long':
            lines.push(proposal.fileMs + proposal.overheadMs > budget.budgetMs && proposal.fileMs <= budget.budgetMs
                ? `No shard count can meet the budget: ${code(proposal.file)} takes ${(0,src/* formatSpan */.QA)(proposal.fileMs)}, and with ${(0,src/* formatSpan */.QA)(proposal.overheadMs)} of start-up per shard that is over it. Split that file, or make its tests faster.`
                : `No shard count can meet the budget: ${code(proposal.file)} alone takes ${(0,src/* formatSpan */.QA)(proposal.fileMs)}. Split that file, or make its tests faster.`);
            break;
        case 'too-many':
            lines.push(`Even ${proposal.shards} shards, the most a matrix runs, would take ${(0,src/* formatSpan */.QA)(proposal.longestMs)}${from}.`);
            break;
        case 'no-timings':
            lines.push('No shard count can be proposed: the reports name no test files to split.');
            break;
    }
    return lines;
}
/** The spread between shards, so a badly balanced split shows. */
function describeSpread(spread) {
    const ratio = spread.meanMs > 0 ? spread.slowest.ms / spread.meanMs : 1;
    const lines = [
        `Spread: the slowest shard (${shardName(spread.slowest.shard, spread.total)}) took ${(0,src/* formatSpan */.QA)(spread.slowest.ms)}, ${ratio.toFixed(2)}× the mean of ${(0,src/* formatSpan */.QA)(spread.meanMs)}.`,
    ];
    if (spread.missing.length > 0)
        lines.push(`No record from ${spread.missing.map((shard) => shardName(shard, spread.total)).join(', ')}: ${spread.missing.length === 1 ? 'its' : 'their'} time is unknown.`);
    return lines;
}
const shardRow = (time, total) => [
    `${time.shard + 1} of ${total}`,
    (0,src/* formatSpan */.QA)(time.ms),
    (0,src/* formatSpan */.QA)(time.testsMs),
    time.measuredBy === 'command' ? 'command wall time' : 'report durations',
];

;// CONCATENATED MODULE: ./actions/test-gate/src/markdown.ts



const ms = (value) => value >= 60_000
    ? `${(value / 60_000).toFixed(1)} min`
    : value >= 1000
        ? `${(value / 1000).toFixed(1)} s`
        : `${Math.round(value)} ms`;
/**
 * The report as markdown within a budget. When the full report does not fit, it
 * degrades to failures only, and then is cut at a block boundary. The full
 * rendering is built once and shared by every destination.
 */
function reportRenderer(view) {
    let full;
    return (budgetBytes) => {
        if (!full) {
            const markdown = buildReport(view, false).render(Number.MAX_SAFE_INTEGER);
            full = { markdown, bytes: Buffer.byteLength(markdown) };
        }
        if (full.bytes <= budgetBytes)
            return full.markdown;
        return buildReport(view, true).render(budgetBytes);
    };
}
function buildReport(view, failuresOnly) {
    const { collector, verdict } = view;
    const totals = collector.totals;
    const builder = new src/* SummaryBuilder */.CF();
    const icon = verdict.conclusion === 'success' ? '✅' : '❌';
    builder.heading(`${icon} ${view.name}: ${verdict.conclusion === 'success' ? 'passed' : 'failed'}`, 2);
    // Reasons quote report parse errors, so they are untrusted text too.
    if (verdict.reasons.length > 0)
        builder.text(verdict.reasons.map((reason) => `- ${(0,src/* markdownText */.p7)(reason)}`).join('\n'));
    builder.table(['Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Quarantined', 'Time'], [
        [
            totals.total,
            totals.passed,
            totals.failed,
            totals.errors,
            totals.skipped,
            totals.flaky,
            totals.quarantined,
        ]
            .map(String)
            .concat(ms(totals.durationMs)),
    ]);
    if (view.shardNote)
        builder.text((0,src/* markdownText */.p7)(view.shardNote));
    if (view.timing)
        timeSection(builder, view.timing);
    const broken = view.reports.filter((report) => report.error);
    if (broken.length > 0) {
        builder.heading('Reports that could not be read', 3);
        builder.text(broken.map((report) => `- ${(0,src/* markdownCode */.D9)(report.error?.message ?? '')}`).join('\n'));
    }
    const warned = view.reports.filter((report) => report.warnings);
    if (warned.length > 0) {
        builder.heading('Report warnings', 3);
        builder.text(warned
            .flatMap((report) => (report.warnings ?? []).map((warning) => `- ${(0,src/* markdownCode */.D9)(report.path)}: ${(0,src/* markdownText */.p7)(warning)}`))
            .join('\n'));
    }
    if (collector.failures.length > 0) {
        builder.heading(`Failures (${collector.failures.length + collector.omittedFailures})`, 3);
        builder.table(['Test', 'Location', 'Message'], collector.failures.map((test) => failureRow(view, test)));
        if (collector.omittedFailures > 0)
            builder.text(`_${collector.omittedFailures} more failure(s) counted but not listed._`);
        if (!failuresOnly) {
            for (const test of collector.failures.slice(0, 20)) {
                if (!test.failure?.details)
                    continue;
                const details = test.failure.details;
                builder.text((0,src/* markdownDetails */.oG)((0,test_reports_src.fullName)(test), (0,src/* markdownCodeBlock */.IS)(details)));
            }
        }
    }
    if (failuresOnly) {
        builder.text('_Flaky, quarantined and slowest sections left out to fit the size limit._');
        return builder;
    }
    if (collector.flakyTests.length > 0) {
        builder.heading(`Flaky: passed after a retry (${totals.flaky})`, 3);
        builder.table(['Test', 'Attempts', 'First failure'], collector.flakyTests.map((test) => [
            (0,src/* markdownText */.p7)((0,test_reports_src.fullName)(test)),
            String(test.attempts),
            (0,src/* markdownText */.p7)(test.failure?.message ?? ''),
        ]));
    }
    if (collector.quarantineOutcomes.size > 0 || view.releasable.length > 0) {
        builder.heading('Quarantined', 3);
        const rows = [...collector.quarantineOutcomes].map(([pattern, outcome]) => [
            (0,src/* markdownCode */.D9)(pattern),
            String(outcome.passed),
            String(outcome.failed),
        ]);
        if (rows.length > 0)
            builder.table(['Entry', 'Passed', 'Failed (not gating)'], rows);
        if (view.releasable.length > 0) {
            builder.text(`Ready to release from quarantine:\n${view.releasable.map((entry) => `- ${(0,src/* markdownCode */.D9)(entry.pattern)} passed ${entry.streak} runs in a row`).join('\n')}`);
        }
    }
    if (collector.slowest.length > 0) {
        builder.heading('Slowest tests', 3);
        builder.table(['Test', 'Time'], collector.slowest.map((test) => [(0,src/* markdownText */.p7)((0,test_reports_src.fullName)(test)), ms(test.durationMs)]));
    }
    return builder;
}
/** The budget verdict and, for sharded stages, every shard's time and the spread between them. */
function timeSection(builder, timing) {
    const { measure } = timing;
    const budgetLines = describeBudget(timing, src/* markdownCode */.D9);
    if (budgetLines.length === 0 && measure.subject !== 'slowest-shard' && measure.subject !== 'unknown')
        return;
    builder.heading(timing.budget?.exceeded ? '⏱️ Time: over budget' : 'Time', 3);
    if (budgetLines.length > 0)
        builder.text(budgetLines.join('\n\n'));
    if (measure.subject === 'unknown')
        builder.text(`Shard times unknown: ${measure.reason}.`);
    if (measure.subject === 'slowest-shard') {
        const { spread } = measure;
        builder.table(['Shard', 'Time', 'Tests (report durations)', 'Measured by'], spread.times.map((time) => shardRow(time, spread.total)));
        builder.text(describeSpread(spread).join('\n\n'));
    }
}
function failureRow(view, test) {
    const location = view.locations.resolve(test);
    let where = '';
    if (location) {
        const text = `${location.file}${location.line ? `:${location.line}` : ''}`;
        where =
            location.inWorkspace && view.blobUrl
                ? (0,src/* markdownLink */.iQ)(text, `${view.blobUrl}/${encodeURI(location.file)}${location.line ? `#L${location.line}` : ''}`)
                : (0,src/* markdownText */.p7)(text);
    }
    const message = (test.failure?.message ?? '').split('\n')[0] ?? '';
    return [
        `${test.status === 'error' ? '💥 ' : ''}${(0,src/* markdownText */.p7)((0,test_reports_src.fullName)(test))}`,
        where,
        (0,src/* markdownText */.p7)(message.length > 300 ? `${message.slice(0, 300)}…` : message),
    ];
}

;// CONCATENATED MODULE: ./actions/test-gate/src/publish.ts


const FORK_HINT = 'For pull requests from forks, publish from a `workflow_run` workflow (see "Fork pull requests" in the test-gate README).';
/** Check run and sticky comment; a token that may not write gets one notice, not a failure. */
async function publishResults(view, render, context, settings, annotations, log) {
    const published = { annotatedByCheckRun: false };
    if (!settings.token || !context.owner || !context.headSha) {
        if (settings.checkRun)
            log.notice('No check run published: no GitHub token or repository context. Results are in the job summary.');
        return published;
    }
    const pullRequest = settings.comment === 'off' ? undefined : context.pullRequest;
    if (!settings.checkRun && !pullRequest)
        return published;
    // The GitHub client (Octokit) loads only when there is something to write: a run that only
    // writes the job summary does not pay for it at start-up.
    const { CHECK_OUTPUT_LIMIT, COMMENT_LIMIT, githubClient, isPermissionError, publishCheckRun, upsertStickyComment, } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 4902));
    const client = githubClient(settings.token, context.apiUrl);
    const refused = [];
    if (settings.checkRun) {
        try {
            const result = await publishCheckRun(client, {
                owner: context.owner,
                repo: context.repo,
                name: view.name,
                headSha: context.headSha,
                conclusion: view.verdict.conclusion,
                title: checkTitle(view),
                summary: render(CHECK_OUTPUT_LIMIT),
                annotations,
                ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
            });
            published.checkUrl = result.url;
            published.annotatedByCheckRun = true;
            log.info(`Check run "${view.name}": ${result.url} (${annotations.length} annotation(s) in ${result.requests} request(s))`);
        }
        catch (error) {
            if (!isPermissionError(error))
                throw error;
            refused.push('create a check run (needs `checks: write`)');
        }
    }
    const wantsComment = settings.comment === 'always' ||
        (settings.comment === 'on-failure' && view.verdict.conclusion === 'failure');
    // A passing run still refreshes an existing failure comment, so it never goes stale.
    if (pullRequest) {
        try {
            const result = await upsertStickyComment(client, {
                owner: context.owner,
                repo: context.repo,
                issueNumber: pullRequest,
                key: `test-gate:${view.name}`,
                body: render(COMMENT_LIMIT - 200),
                updateOnly: !wantsComment,
            });
            if (result.action !== 'skipped') {
                published.commentUrl = result.url;
                log.info(`PR comment ${result.action}: ${result.url}`);
            }
        }
        catch (error) {
            if (!isPermissionError(error))
                throw error;
            refused.push('comment on the pull request (needs `pull-requests: write`)');
        }
    }
    if (refused.length > 0) {
        log.notice(`The token may not ${refused.join(' or ')}${context.fromFork ? ' — this is a pull request from a fork' : ''}. Results are in the job summary instead. ${FORK_HINT}`);
    }
    return published;
}
/** The counts, and the budget verdict when a time budget is set. */
function checkTitle(view) {
    const totals = view.collector.totals;
    const counts = `${totals.total} tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped`;
    const budget = view.timing ? budgetHeadline(view.timing) : undefined;
    return budget ? `${counts}; ${budget}` : counts;
}
/** Check-run annotations for the first `max` failures that map to a file. */
function failureAnnotations(view, max) {
    const annotations = [];
    for (const test of view.collector.failures) {
        if (annotations.length >= max)
            break;
        const location = view.locations.resolve(test);
        if (!location?.inWorkspace)
            continue;
        const line = location.line ?? 1;
        annotations.push({
            path: location.file,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: (0,test_reports_src.fullName)(test),
            message: test.failure?.message || `${test.status === 'error' ? 'errored' : 'failed'}`,
            ...(test.failure?.details ? { raw_details: test.failure.details } : {}),
        });
    }
    return annotations;
}

;// CONCATENATED MODULE: ./actions/test-gate/src/publish-stage.ts



/**
 * The report everywhere it goes: the check run (with the failure annotations) and the sticky PR
 * comment, workflow-command annotations when no check run carried them, and the job summary.
 */
async function publishStage(view, inputs, context, pullRequest, toolkit) {
    const render = reportRenderer(view);
    const annotations = failureAnnotations(view, inputs.annotations);
    const published = await publishResults(view, render, { ...context, ...(pullRequest ? { pullRequest } : {}) }, {
        token: inputs['github-token'] ?? '',
        checkRun: inputs['check-run'],
        comment: inputs.comment,
    }, annotations, toolkit);
    if (!published.annotatedByCheckRun) {
        // No check run: the same annotations as workflow commands (GitHub shows up to 10 per step).
        for (const annotation of annotations) {
            toolkit.error(annotation.message, {
                title: annotation.title ?? 'test failed',
                file: annotation.path,
                startLine: annotation.start_line,
            });
        }
    }
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath) {
        await (0,src/* appendStepSummary */.Jc)(summaryPath, render);
    }
    return published;
}

;// CONCATENATED MODULE: ./actions/test-gate/src/pull-request.ts

/**
 * The pull request to comment on. From the runner's pull_request event as is; in a workflow_run
 * companion, only one whose head is the run's head commit, found from the event and the API.
 * The `event-file` the reported run uploaded is untrusted: it may only say which of those.
 */
async function pullRequestToComment(context, settings, log) {
    if (!context.workflowRun) {
        if (settings.eventFile)
            throw new src/* ConfigurationError */.j1(`Input "event-file" is only read in a workflow_run event (this is ${context.eventName || 'no event'}): the runner's own event already names the pull request. Remove "event-file".`, 'event-file');
        return context.pullRequest;
    }
    if (!settings.commenting || !settings.token || !context.owner)
        return undefined;
    const claimed = settings.eventFile ? await readClaim(context.workspace, settings.eventFile) : undefined;
    // Loaded here, not at start-up: only a workflow_run companion looks its pull request up.
    const { githubClient, resolveWorkflowRunPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 4902));
    const resolution = await resolveWorkflowRunPullRequest(githubClient(settings.token, context.apiUrl), {
        owner: context.owner,
        repo: context.repo,
        workflowRun: context.workflowRun,
        ...(context.repositoryId !== undefined ? { repositoryId: context.repositoryId } : {}),
        ...(claimed ? { claimed } : {}),
    });
    if (resolution.number === undefined) {
        log.warning(`No pull request comment: ${resolution.reason}. The results are in the check run and the job summary.`);
        return undefined;
    }
    log.info(`Reporting on pull request #${resolution.number} (from ${resolution.source}).`);
    return resolution.number;
}
/** What the uploaded event says: its pull request number and head commit, unchecked. */
async function readClaim(workspace, eventFile) {
    const text = await readInWorkspace(workspace, eventFile);
    let event;
    try {
        event = JSON.parse(text);
    }
    catch {
        // The parser's message quotes the file, which the pull request's run wrote: not repeated.
        throw new src/* ConfigurationError */.j1(`Input "event-file" names ${eventFile}, which is not JSON: give the event.json the pull request's run uploaded.`, 'event-file');
    }
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const pull = typeof payload.pull_request === 'object' ? payload.pull_request : undefined;
    return {
        number: pull?.number ?? payload.number,
        headSha: pull?.head?.sha,
        source: `the event file ${eventFile}`,
    };
}
/** The file's text, refusing a path (or a symlink in it) that leads out of the workspace. */
async function readInWorkspace(workspace, file) {
    const files = (0,src/* confinedFiles */.U3)({
        roots: [{ path: workspace, name: 'the workspace' }],
        symlinks: 'inside',
        input: 'event-file',
    });
    try {
        return (await files.readFile(file)).toString('utf8');
    }
    catch (error) {
        if (error instanceof src/* ConfinementError */.Dy && error.reason === 'missing')
            throw new src/* ConfigurationError */.j1(`Input "event-file" names ${file}, which does not exist: download the pull request run's event artifact into the workspace before this step.`, 'event-file');
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/test-gate/src/remember.ts
/**
 * Record the new timings and quarantine streaks (not from a partial shard run) and save them for the
 * next run; return the quarantine entries that have passed often enough to be released.
 */
async function rememberRun(setup, fileTimes, run, context, releaseAfter, log) {
    const { mode, history } = setup;
    if (mode.kind !== 'shard') {
        // The shards' own per-file times when their records are here: the merge job may have only the
        // reports, no checkout to place their files in, and the next run's shards split by these.
        await history.record(fileTimes, run.collector.quarantineOutcomes);
        if (context.runId)
            await history.save(context.runId, context.runAttempt ?? '1', log);
    }
    return [...run.collector.quarantineOutcomes.keys()]
        .map((pattern) => ({ pattern, streak: history.streaks.get(pattern) ?? 0 }))
        .filter((entry) => entry.streak >= releaseAfter);
}

;// CONCATENATED MODULE: ./actions/test-gate/src/report-view.ts
/** What the report shows: verdict, results, links to the commit's files, releasable quarantine, time. */
function reportView(parts) {
    const { context, mode, reports } = parts;
    return {
        name: parts.stage,
        verdict: parts.verdict,
        collector: reports.run.collector,
        reports: reports.run.reports,
        locations: reports.locations,
        ...(context.owner && context.headSha
            ? { blobUrl: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}` }
            : {}),
        releasable: parts.releasable,
        timing: parts.timing,
        ...(parts.shardNote
            ? { shardNote: parts.shardNote }
            : mode.kind === 'merge'
                ? {
                    shardNote: `Merged results of ${mode.total} shard(s) from ${reports.reportPaths.length} report(s).`,
                }
                : {}),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(4427);
;// CONCATENATED MODULE: ./actions/test-gate/src/files.ts



/** Refusals named one by one up to this many; a glob reaching a large tree outside says the rest in one line. */
const NAMED_REFUSALS = 10;
/**
 * Files matching globs (relative ones resolved from `base`), as workspace-relative paths, sorted.
 * A match leading outside the roots (through a symbolic link, or by an absolute pattern) is
 * skipped with a warning naming it; a pattern naming such a file exactly fails.
 */
async function matchFiles(patterns, base, workspace, confinement) {
    if (patterns.length === 0)
        return [];
    const anchored = patterns.map((pattern) => {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        return `${negated ? '!' : ''}${(0,external_node_path_.isAbsolute)(body) ? body : (0,external_node_path_.join)(base, body)}`;
    });
    const globber = await glob/* create */.v(anchored.join('\n'), {
        matchDirectories: false,
        implicitDescendants: false,
    });
    const files = await globber.glob();
    const { allowed, refused } = (0,src/* confinedFiles */.U3)({
        roots: confinement.roots,
        symlinks: 'inside',
        input: confinement.input,
    }).partition(files);
    const literal = new Set(anchored.filter((p) => !p.startsWith('!') && !/[*?[\]]/.test(p)).map((p) => (0,external_node_path_.resolve)(p)));
    const named = refused.find((refusal) => literal.has((0,external_node_path_.resolve)(refusal.path)));
    if (named)
        throw named.error;
    for (const { error } of refused.slice(0, NAMED_REFUSALS))
        confinement.warn(`${error.message} This match is skipped.`);
    if (refused.length > NAMED_REFUSALS)
        confinement.warn(`Input "${confinement.input}": ${refused.length - NAMED_REFUSALS} more matches lead outside ${confinement.roots.map((r) => r.name).join(' or ')} and are skipped.`);
    return allowed.map((file) => (0,external_node_path_.relative)(workspace, file).split(external_node_path_.sep).join('/')).sort();
}

;// CONCATENATED MODULE: ./actions/test-gate/src/reports.ts






/**
 * Match the `reports` globs and read every report as a stream into one collector (quarantine
 * applied), each opened through the confinement check; what could not be parsed is warned about.
 */
async function readStageReports(inputs, context, setup, log) {
    const { roots } = setup;
    const quarantine = inputs.quarantine
        ? await loadQuarantine(context.workspace, inputs.quarantine)
        : undefined;
    const reportPaths = await matchFiles(inputs.reports, setup.workingDirectory, context.workspace, {
        roots,
        input: 'reports',
        warn: (message) => log.warning(message),
    });
    const reportFiles = (0,src/* confinedFiles */.U3)({ roots, symlinks: 'inside', input: 'reports' });
    const locations = new test_reports_src.LocationResolver(context.workspace);
    const fileOf = (test) => (test.file ? locations.toWorkspace(test.file) : undefined) ??
        (/[\\/]/.test(test.suite) ? locations.toWorkspace(test.suite) : undefined);
    const jsonReportPath = (0,external_node_path_.join)(context.tempDirectory, `test-gate-${(0,external_node_crypto_.randomUUID)()}.json`);
    const run = await (0,test_reports_src.collectReports)(reportPaths, {
        format: inputs.format,
        ...(quarantine ? { quarantine } : {}),
        jsonReportPath,
        fileOf,
        resolvePath: (path) => (0,external_node_path_.join)(context.workspace, path),
        // Checked again on the open descriptor: a report swapped for a link since the glob is refused.
        open: (path) => reportFiles.open(path),
    });
    logReportOutcomes(run, log);
    return { run, reportPaths, locations, jsonReportPath };
}
/** One line a report: what was read, or why it could not be (as an annotation on the file). */
function logReportOutcomes(run, log) {
    for (const report of run.reports) {
        if (report.error)
            log.warning(`Could not parse ${report.error.message}`, {
                file: report.path,
                ...(report.error.line ? { startLine: report.error.line } : {}),
            });
        else
            log.info(`Read ${(0,src/* showControlCharacters */.f$)(report.path)} (${report.format}): ${report.tests} test(s).`);
        for (const warning of report.warnings ?? [])
            log.warning(`${(0,src/* showControlCharacters */.f$)(report.path)}: ${warning}`, { file: report.path });
    }
}
async function loadQuarantine(workspace, path) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(workspace, path);
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "quarantine" names ${path}, which cannot be read: give the path of a file listing quarantined tests, relative to the workspace.`, 'quarantine');
    }
    try {
        return test_reports_src.Quarantine.parse(text, path);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input "quarantine": ${error.message}.`, 'quarantine');
    }
}

;// CONCATENATED MODULE: ./actions/test-gate/src/results.ts

/**
 * Finish the JSON report, set the outputs, log the totals and the budget line, and fail the step
 * when the gate says so.
 */
function finishStage(stage, parts, report) {
    const { verdict, timing, published } = parts;
    const { run, jsonReportPath } = parts.reports;
    const { outputs, log } = report;
    const totals = run.collector.totals;
    run.finishJson({
        name: stage,
        conclusion: verdict.conclusion,
        reasons: verdict.reasons,
        totals,
        reports: run.reports.map((outcome) => ({
            path: outcome.path,
            format: outcome.format,
            tests: outcome.tests,
            ...(outcome.error ? { error: outcome.error.message } : {}),
            ...(outcome.warnings ? { warnings: outcome.warnings } : {}),
        })),
    });
    outputs.set('total', totals.total);
    outputs.set('passed', totals.passed);
    outputs.set('failed', totals.failed);
    outputs.set('errors', totals.errors);
    outputs.set('skipped', totals.skipped);
    outputs.set('flaky', totals.flaky);
    outputs.set('duration-ms', Math.round(totals.durationMs));
    outputs.set('conclusion', verdict.conclusion);
    outputs.set('report-json', jsonReportPath);
    outputs.set('check-url', published.checkUrl ?? '');
    outputs.set('comment-url', published.commentUrl ?? '');
    outputs.set('budget-exceeded', timing.budget?.exceeded ?? false);
    if (parts.mode.kind !== 'shard')
        outputs.set('shard-tests', '');
    log.info(`${stage}: ${totals.total} tests, ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.flaky} flaky, ${totals.quarantined} quarantined.`);
    const headline = budgetHeadline(timing);
    if (headline)
        log.info(`${stage}: ${headline}.`);
    if (verdict.conclusion === 'failure')
        report.toolkit.setFailed(`${stage} failed: ${verdict.reasons.join('; ')}.`);
}

;// CONCATENATED MODULE: ./actions/test-gate/src/shard.ts

function shardMode(index, total, tests) {
    if (index !== undefined && total === undefined) {
        throw new src/* ConfigurationError */.j1('Input "shard-index" is set but "shard-total" is not: set both (e.g. from strategy.job-index and strategy.job-total).', 'shard-total');
    }
    if (total === undefined)
        return { kind: 'none' };
    if (index === undefined)
        return { kind: 'merge', total };
    if (index >= total) {
        throw new src/* ConfigurationError */.j1(`Input "shard-index" is ${index} but must be below shard-total (${total}): shards count from 0.`, 'shard-index');
    }
    if (tests.length === 0) {
        throw new src/* ConfigurationError */.j1('Input "tests" is empty: give the globs of test files to split across shards.', 'tests');
    }
    return { kind: 'shard', index, total };
}
function describePlan(plan, index) {
    const shard = plan.shards[index];
    const basis = plan.basis === 'timings'
        ? `recorded timings (${plan.unknownFiles.length} new file(s) at the average ${Math.round(plan.averageMs)} ms)`
        : 'file count (no timings recorded yet)';
    const share = `${shard?.files.length ?? 0} file(s), estimated ${Math.round(shard?.estimatedMs ?? 0)} ms`;
    const quality = plan.lowerBoundMs > 0
        ? ` Longest shard ${Math.round(plan.makespanMs)} ms vs lower bound ${Math.round(plan.lowerBoundMs)} ms.`
        : '';
    return `Shard ${index + 1} of ${plan.shards.length}: ${share}, balanced by ${basis}.${quality}`;
}

;// CONCATENATED MODULE: ./actions/test-gate/src/shard-files.ts




/**
 * Match the `tests` globs and take this shard's share, balanced by the recorded timings; undefined
 * when the run is not one shard of several.
 */
async function pickShardFiles(inputs, setup, workspace, log) {
    const { mode, history } = setup;
    if (mode.kind !== 'shard')
        return undefined;
    const files = await matchFiles(inputs.tests, setup.workingDirectory, workspace, {
        roots: setup.roots,
        input: 'tests',
        warn: (message) => log.warning(message),
    });
    if (files.length === 0)
        throw new src/* ConfigurationError */.j1(`Input "tests" matched no files under ${inputs['working-directory']}: check the globs.`, 'tests');
    const plan = splitByTimings(files, history.timings, mode.total);
    const note = describePlan(plan, mode.index);
    log.info(`${note} Timings from: ${history.source}.`);
    return { files: plan.shards[mode.index]?.files ?? [], note };
}

;// CONCATENATED MODULE: ./actions/test-gate/src/gate.ts

const FAIL_ON = ['failures', 'errors', 'budget-exceeded', 'never'];
/**
 * `fail-on` as a set of conditions: `failures` (failed or errored tests, or the command
 * failing), `errors` (errored tests or the command only), `budget-exceeded`, or `never` alone.
 */
function parseFailOn(items) {
    const accepted = `give one or more of ${FAIL_ON.filter((word) => word !== 'never').join(', ')} (comma-separated), or never`;
    const words = items.map((item) => {
        const word = FAIL_ON.find((known) => known === item.trim().toLowerCase());
        if (!word)
            throw new src/* ConfigurationError */.j1(`Input "fail-on" has ${JSON.stringify(item)}: ${accepted}.`, 'fail-on');
        return word;
    });
    if (words.includes('never') && words.length > 1)
        throw new src/* ConfigurationError */.j1(`Input "fail-on" combines never with other conditions: ${accepted}.`, 'fail-on');
    if (words.length === 0)
        throw new src/* ConfigurationError */.j1(`Input "fail-on" is empty: ${accepted}.`, 'fail-on');
    return new Set(words.filter((word) => word !== 'never'));
}
/** The gate's decision, with every reason it failed (not just the first). */
function evaluateGate(settings, input) {
    const { totals } = input;
    const reasons = [];
    const { failOn } = settings;
    if (failOn.has('failures') && totals.failed > 0)
        reasons.push(`${totals.failed} test(s) failed`);
    if (failOn.has('failures') || failOn.has('errors')) {
        if (totals.errors > 0)
            reasons.push(`${totals.errors} test(s) errored`);
        if (input.commandExitCode !== undefined && input.commandExitCode !== 0) {
            reasons.push(`the test command exited with code ${input.commandExitCode}`);
        }
    }
    if (failOn.has('budget-exceeded') && input.overBudget)
        reasons.push(input.overBudget);
    const broken = input.reports.filter((report) => report.error);
    if (settings.failOnParseError && broken.length > 0) {
        reasons.push(`${broken.length} report(s) could not be parsed (${broken.map((report) => report.error?.message).join('; ')})`);
    }
    if (settings.failOnEmpty && totals.total === 0) {
        reasons.push(input.reports.length === 0 ? 'no report files matched `reports`' : 'the reports contain no tests');
    }
    if (settings.minTests !== undefined && totals.total < settings.minTests) {
        reasons.push(`only ${totals.total} test(s) ran, fewer than min-tests ${settings.minTests}`);
    }
    return { conclusion: reasons.length > 0 ? 'failure' : 'success', reasons };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/runner-cache/src/staging.ts





const uid = () => process.getuid?.();
/**
 * This user's folder of staging directories: `<temp>/shipchain-cache-<uid>`, made 0700, and checked to
 * be a real directory (not a link) owned by this user that nobody else may enter — so another user
 * of the machine can neither plant it nor read what passes through it.
 */
async function stagingParent(root = (0,external_node_os_.tmpdir)()) {
    const owner = uid();
    const parent = (0,external_node_path_.join)(root, `shipchain-cache-${owner ?? 'user'}`);
    await (0,promises_.mkdir)(parent, { mode: 0o700 }).catch((error) => {
        if (error.code !== 'EEXIST')
            throw error;
    });
    const info = await (0,promises_.lstat)(parent);
    const problem = info.isSymbolicLink()
        ? 'is a symbolic link'
        : !info.isDirectory()
            ? 'is not a directory'
            : owner !== undefined && info.uid !== owner
                ? `belongs to uid ${info.uid}, not to this user (uid ${owner})`
                : owner !== undefined && (info.mode & 0o077) !== 0
                    ? `may be entered by other users (mode ${(info.mode & 0o777).toString(8)})`
                    : undefined;
    if (problem)
        throw new Error(`The cache staging folder ${parent} ${problem}: remove it, and the next run makes it anew.`);
    return parent;
}
/**
 * Run `use` with exclusive use of a staging directory that the runner's cache service restores into
 * or saves from. The service versions an entry by the paths saved, so the path must be the same in
 * every run (`<temp>/shipchain-cache-<uid>/<name>`); two jobs of one user on one machine take turns
 * with it through a lock file naming the holder's pid (a lock whose holder has exited is taken
 * over). The directory is empty when `use` starts and removed when it ends, whatever happened.
 */
async function withCacheStaging(name, use, options = {}) {
    if (!/^[A-Za-z0-9._-]{1,120}$/.test(name) || name.startsWith('.'))
        throw new Error(`Cache staging name ${JSON.stringify(name)} must be letters, digits, . _ - (not starting with .).`);
    const parent = await stagingParent(options.root);
    const directory = (0,external_node_path_.join)(parent, name);
    const release = await lock(`${directory}.lock`, options);
    try {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
        return await use(directory);
    }
    finally {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
        await release();
    }
}
/**
 * Take the lock, a file naming the holder's pid, made whole beside it and linked into place (a link
 * fails when the name exists, so exactly one job gets it). While a live process holds it, wait
 * (bounded, with jittered backoff); a lock whose holder has exited is removed and taken.
 */
async function lock(path, options) {
    const deadline = new src/* Deadline */.B2(options.waitMs ?? 120_000);
    const mine = `${path}.${process.pid}.${(0,external_node_crypto_.randomUUID)()}`;
    await (0,promises_.writeFile)(mine, String(process.pid), { mode: 0o600 });
    let told = false;
    try {
        for (let attempt = 1;; attempt++) {
            try {
                await (0,promises_.link)(mine, path);
                return () => (0,promises_.rm)(path, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const holder = Number(await (0,promises_.readFile)(path, 'utf8').catch(() => ''));
            if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
                await (0,promises_.rm)(path, { force: true });
                continue;
            }
            if (!told) {
                told = true;
                options.onWait?.(`process ${holder}`);
            }
            if (deadline.passed())
                throw new Error(`${path} is still held by process ${holder}.`);
            const wait = Math.max(10, (0,src/* fullJitterDelay */.x4)(attempt, { baseDelayMs: 20, maxDelayMs: 500 }));
            await new Promise((resolve) => setTimeout(resolve, deadline.fit(wait)));
        }
    }
    finally {
        await (0,promises_.rm)(mine, { force: true });
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}

;// CONCATENATED MODULE: ./packages/runner-cache/src/index.ts
/** Whether the job environment names a cache service (v2 results service, or v1). */
function cacheServiceOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** The cache client, or undefined when the runner offers no cache service. */
async function loadCacheClient(env) {
    if (!cacheServiceOffered(env))
        return undefined;
    const client = await __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 9312));
    return client.isFeatureAvailable() ? client : undefined;
}


;// CONCATENATED MODULE: ./actions/test-gate/src/history.ts




/**
 * What a stage remembers between runs: per-file timings (to balance shards) and,
 * per quarantine entry, how many runs in a row it has passed. Kept in a directory
 * that the runner's cache service restores before and saves after the run; or, with
 * `timings-file`, timings come from (and go back to) that file.
 */
class StageHistory {
    directory;
    timingsPath;
    timings;
    streaks;
    source;
    cache;
    constructor(directory, timingsPath, timings, streaks, source, 
    /** The cache client, this stage's key prefix and staging name, when the runner offers a cache. */
    cache) {
        this.directory = directory;
        this.timingsPath = timingsPath;
        this.timings = timings;
        this.streaks = streaks;
        this.source = source;
        this.cache = cache;
    }
    static async load(options) {
        const directory = (0,external_node_path_.join)(options.tempDirectory, `shipchain-test-gate-${safe(options.stage)}`);
        await (0,promises_.mkdir)(directory, { recursive: true });
        let source = 'none (first run, or no cache service)';
        const cache = options.timingsFile ? undefined : await loadCacheClient(options.env);
        const prefix = `${options.keyPrefix}-${safe(options.stage)}-`;
        const staging = stagingName(options.stage);
        if (cache) {
            try {
                const hit = await withCacheStaging(staging, async (path) => {
                    const found = await cache.restoreCache([path], `${prefix}latest`, [prefix]);
                    if (found)
                        await (0,promises_.cp)(path, directory, { recursive: true });
                    return found;
                });
                source = hit ? `cache ${hit}` : 'none yet in the cache';
            }
            catch (error) {
                options.log.warning(`Could not restore test timings from the cache (${error.message}); shards are balanced by file count.`);
            }
        }
        const timingsPath = options.timingsFile ?? (0,external_node_path_.join)(directory, 'timings.json');
        if (options.timingsFile)
            source = options.timingsFile;
        const timings = await readTimings(timingsPath);
        const streaks = await readStreaks((0,external_node_path_.join)(directory, 'quarantine-streaks.json'));
        return new StageHistory(directory, timingsPath, timings, streaks, source, cache ? { client: cache, prefix, staging } : undefined);
    }
    /** Record this run: new timings, and pass streaks of quarantine entries (a failure resets to 0). */
    async record(measured, quarantine) {
        await writeTimings(this.timingsPath, mergeTimings(this.timings, measured));
        for (const [pattern, outcome] of quarantine) {
            this.streaks.set(pattern, outcome.failed > 0 ? 0 : (this.streaks.get(pattern) ?? 0) + (outcome.passed > 0 ? 1 : 0));
        }
        await (0,promises_.writeFile)((0,external_node_path_.join)(this.directory, 'quarantine-streaks.json'), JSON.stringify(Object.fromEntries(this.streaks), null, 2));
    }
    /** Save to the cache under a key unique to this run (cache entries are immutable). */
    async save(runId, attempt, log) {
        if (!this.cache)
            return;
        const { client, prefix, staging } = this.cache;
        try {
            await withCacheStaging(staging, async (path) => {
                await (0,promises_.cp)(this.directory, path, { recursive: true });
                await client.saveCache([path], `${prefix}${runId}-${attempt}`);
            });
        }
        catch (error) {
            log.warning(`Could not save test timings to the cache: ${error.message}`);
        }
    }
}
async function readStreaks(path) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return new Map(Object.entries(parsed).filter((entry) => typeof entry[1] === 'number'));
    }
    catch {
        return new Map();
    }
}
/**
 * The cache service keys entries by key *and* a version hashed from the cached paths, so
 * the path must be the same in every run: RUNNER_TEMP is not (self-hosted runners, the
 * test harness). The history passes through this user's staging directory of the stage
 * (one job at a time) only while the cache restores or saves it.
 */
const stagingName = (stage) => `test-gate-${safe(stage)}`;
const safe = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);

// EXTERNAL MODULE: ./actions/test-gate/src/input-checks.ts
var input_checks = __webpack_require__(1928);
;// CONCATENATED MODULE: ./actions/test-gate/src/stage-setup.ts







/** Check the inputs that say what to gate and how, then load the stage's timings and quarantine streaks. */
async function setUpStage(inputs, context, env, log) {
    const stage = inputs.name ?? context.job;
    const workingDirectory = (0,external_node_path_.resolve)(context.workspace, inputs['working-directory']);
    await (0,promises_.access)(workingDirectory).catch(() => {
        throw new src/* ConfigurationError */.j1(`Input "working-directory" is ${inputs['working-directory']}, which does not exist in the workspace.`, 'working-directory');
    });
    (0,input_checks/* requireSomethingToGate */.Q)(inputs);
    const roots = [
        { path: context.workspace, name: 'the workspace' },
        { path: context.tempDirectory, name: 'RUNNER_TEMP' },
    ];
    const failOn = parseFailOn(inputs['fail-on']);
    const mode = shardMode(inputs['shard-index'], inputs['shard-total'], inputs.tests);
    const history = await StageHistory.load({
        tempDirectory: context.tempDirectory,
        stage,
        keyPrefix: inputs['timings-key'],
        env,
        ...(inputs['timings-file'] ? { timingsFile: (0,external_node_path_.resolve)(context.workspace, inputs['timings-file']) } : {}),
        log,
    });
    return { stage, workingDirectory, roots, failOn, mode, history };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/test-gate/src/shard-record.ts




/** More files than this in one record are not read (a shard of a very large suite still fits). */
const MAX_RECORD_FILES = 100_000;
const RECORD_NAME = /^test-gate-shard-(\d+)-of-(\d+)\.json$/;
const recordName = (shard, total) => `test-gate-shard-${shard}-of-${total}.json`;
/** The deepest directory holding every report (workspace-relative paths), where the shard's record goes. */
function commonDirectory(paths) {
    const directories = paths.map((path) => external_node_path_.posix.dirname(path).split('/'));
    const [first, ...rest] = directories;
    if (!first)
        return undefined;
    let length = first.length;
    for (const parts of rest) {
        let same = 0;
        while (same < Math.min(length, parts.length) && parts[same] === first[same])
            same++;
        length = same;
    }
    return first.slice(0, length).join('/') || '.';
}
/**
 * Writes this shard's record in the directory common to its reports (inside the workspace or
 * RUNNER_TEMP, never through a link leading out), replacing one left by an earlier run.
 * Returns the record's workspace-relative path.
 */
async function writeShardRecord(record, reportPaths, workspace, roots) {
    const directory = commonDirectory(reportPaths);
    if (directory === undefined)
        return undefined;
    const real = await (0,promises_.realpath)((0,external_node_path_.resolve)(workspace, directory));
    const realRoots = await Promise.all(roots.map((root) => (0,promises_.realpath)(root.path).catch(() => root.path)));
    if (!realRoots.some((root) => (0,src/* isWithin */.UO)(root, real)))
        return undefined;
    const target = (0,external_node_path_.join)(real, recordName(record.shard, record.total));
    await (0,promises_.rm)(target, { force: true });
    // O_EXCL: a link planted at the name after the removal is refused, not followed.
    const handle = await (0,promises_.open)(target, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, 0o644);
    try {
        await handle.writeFile(`${JSON.stringify(record)}\n`);
    }
    finally {
        await handle.close();
    }
    return external_node_path_.posix.join(directory, recordName(record.shard, record.total));
}
/**
 * The shard records next to the reports: in each report's directory and in the directory
 * common to them all (where a shard whose reports spread over folders left its record).
 */
async function readShardRecords(options) {
    const common = commonDirectory(options.reportPaths);
    const directories = new Set(options.reportPaths.map((path) => external_node_path_.posix.dirname(path)));
    if (common !== undefined)
        directories.add(common);
    const files = (0,src/* confinedFiles */.U3)({ roots: options.roots, symlinks: 'inside', input: 'reports' });
    const ignored = [];
    const found = [];
    for (const directory of [...directories].sort()) {
        const names = await (0,promises_.readdir)((0,external_node_path_.resolve)(options.workspace, directory)).catch(() => []);
        for (const name of names.filter((entry) => RECORD_NAME.test(entry)).sort()) {
            const path = external_node_path_.posix.join(directory, name);
            const shown = (0,src/* showControlCharacters */.f$)(path);
            let record;
            try {
                record = parseShardRecord(await files.readFile((0,external_node_path_.resolve)(options.workspace, path)).then(String));
            }
            catch (error) {
                // A link leading out of the workspace, or a directory where a file should be.
                ignored.push(`${shown} could not be read: ${error.message}`);
                continue;
            }
            if (!record)
                ignored.push(`${shown} is not a shard record test-gate wrote`);
            else if (options.run && record.run !== options.run)
                ignored.push(`${shown} is from run ${record.run}, not this run (${options.run})`);
            else
                found.push({ path, record });
        }
    }
    const total = options.total ?? mostCommonTotal(found.map((entry) => entry.record.total));
    const latest = new Map();
    for (const { path, record } of found) {
        if (record.total !== total) {
            ignored.push(`${(0,src/* showControlCharacters */.f$)(path)} is one of ${record.total} shards, not ${total}`);
            continue;
        }
        const kept = latest.get(record.shard);
        if (!kept || record.attempt > kept.attempt)
            latest.set(record.shard, record);
    }
    return {
        records: [...latest.values()].sort((a, b) => a.shard - b.shard),
        total: total ?? 0,
        ignored,
    };
}
function mostCommonTotal(totals) {
    const counts = new Map();
    for (const total of totals)
        counts.set(total, (counts.get(total) ?? 0) + 1);
    let best;
    for (const [total, count] of counts)
        if (best === undefined || count > (counts.get(best) ?? 0))
            best = total;
    return best;
}
const isDuration = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
/** A record as written by writeShardRecord, or undefined: the file came with the reports, so it is checked. */
function parseShardRecord(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { run, attempt, shard, total, commandMs, testsMs, files } = value;
    if (typeof run !== 'string' || !/^\d{0,20}$/.test(run))
        return undefined;
    if (!Number.isSafeInteger(attempt) || attempt < 1)
        return undefined;
    if (!Number.isSafeInteger(total) || total < 1 || total > 1000)
        return undefined;
    if (!Number.isSafeInteger(shard) || shard < 0 || shard >= total)
        return undefined;
    if (!isDuration(testsMs) || (commandMs !== undefined && !isDuration(commandMs)))
        return undefined;
    if (typeof files !== 'object' || files === null || Array.isArray(files))
        return undefined;
    const entries = Object.entries(files).slice(0, MAX_RECORD_FILES);
    return {
        run,
        attempt: attempt,
        shard: shard,
        total: total,
        ...(commandMs !== undefined ? { commandMs } : {}),
        testsMs,
        files: Object.fromEntries(entries.filter((entry) => isDuration(entry[1]))),
    };
}

;// CONCATENATED MODULE: ./actions/test-gate/src/time-stage.ts


/**
 * The stage's time against its budget. A shard leaves its own time next to its reports; any
 * other run reads the records it finds there, so where every shard's reports meet (the merge
 * job, the workflow_run companion) each shard's time, the spread and the budget are seen.
 */
async function timeStage(options) {
    const { mode } = options;
    const run = shardsRun(options.context);
    const base = {
        mode,
        testsMs: options.testsMs,
        ...(options.commandMs !== undefined ? { commandMs: options.commandMs } : {}),
    };
    const timings = new Map([...options.fileTimings].map(([file, timing]) => [file, timing.durationMs]));
    if (mode.kind === 'shard') {
        const written = await writeShardRecord({
            run: run?.id ?? '',
            attempt: run?.attempt ?? 1,
            shard: mode.index,
            total: mode.total,
            testsMs: options.testsMs,
            files: Object.fromEntries(timings),
            ...(options.commandMs !== undefined ? { commandMs: options.commandMs } : {}),
        }, options.reportPaths, options.context.workspace, options.roots).catch((error) => {
            options.log.warning(`Could not write this shard's time next to its reports: ${error.message}`);
            return undefined;
        });
        if (written)
            options.log.info(`This shard's time is in ${written}, for the job that merges the shards.`);
        return { ...stageTiming(base, options.budgetMs, timings), fileTimes: timings };
    }
    const found = await readShardRecords({
        reportPaths: options.reportPaths,
        workspace: options.context.workspace,
        roots: options.roots,
        run: run?.id,
        total: mode.kind === 'merge' ? mode.total : undefined,
    });
    for (const reason of found.ignored)
        options.log.warning(`Shard record ignored: ${reason}.`);
    // The shards resolved their files against their checkouts; this job may have only the reports.
    const recorded = new Map(found.records.flatMap((record) => Object.entries(record.files)));
    const fileTimes = recorded.size > 0 ? recorded : timings;
    return {
        ...stageTiming({ ...base, ...(found.records.length > 0 ? { records: found } : {}) }, options.budgetMs, fileTimes),
        fileTimes,
    };
}
/** The workflow run whose shards make this stage: a workflow_run companion reports on another run. */
function shardsRun(context) {
    if (context.workflowRun)
        return typeof context.workflowRun.id === 'number'
            ? { id: String(context.workflowRun.id), attempt: 1 }
            : undefined;
    return context.runId ? { id: context.runId, attempt: Number(context.runAttempt ?? '1') || 1 } : undefined;
}

;// CONCATENATED MODULE: ./actions/test-gate/src/verdict.ts


/** The gate's verdict from the gating inputs, the results read, the command's exit and the budget. */
function judgeStage(inputs, failOn, run, commandExitCode, timing) {
    const overBudget = timing.budget?.exceeded ? budgetHeadline(timing) : undefined;
    return evaluateGate({
        failOn,
        failOnEmpty: inputs['fail-on-empty'],
        failOnParseError: inputs['fail-on-parse-error'],
        ...(inputs['min-tests'] !== undefined ? { minTests: inputs['min-tests'] } : {}),
    }, {
        totals: run.collector.totals,
        reports: run.reports,
        ...(commandExitCode !== undefined ? { commandExitCode } : {}),
        ...(overBudget ? { overBudget: `the stage went ${overBudget}` } : {}),
    });
}

;// CONCATENATED MODULE: ./actions/test-gate/src/main.ts












/** Run the tests (this shard's share), read the reports, time and gate the stage, remember, publish. */
async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    const context = await readRunContext(env, inputs.commit, log);
    const pullRequest = await pullRequestToComment(context, {
        token: inputs['github-token'] ?? '',
        commenting: inputs.comment !== 'off',
        ...(inputs['event-file'] ? { eventFile: inputs['event-file'] } : {}),
    }, log);
    const setup = await setUpStage(inputs, context, env, log);
    const { stage, mode } = setup;
    // 1. This shard's files, when sharding; 2. the test command, with them appended.
    const shard = await pickShardFiles(inputs, setup, context.workspace, log);
    if (shard)
        outputs.set('shard-tests', shard.files.join('\n'));
    const command = await runStageCommand(inputs, { mode, files: shard?.files ?? [] }, { cwd: setup.workingDirectory, env, log });
    // 3. The reports, read as streams; the stage's time (this shard's, or every shard's) and budget.
    const reports = await readStageReports(inputs, context, setup, log);
    const timing = await timeStage({
        mode,
        budgetMs: inputs['time-budget'],
        commandMs: command.ms,
        testsMs: reports.run.collector.totals.durationMs,
        fileTimings: reports.run.collector.fileTimings,
        reportPaths: reports.reportPaths,
        roots: setup.roots,
        context,
        log,
    });
    // 4. The verdict; 5. history: new timings and quarantine streaks.
    const verdict = judgeStage(inputs, setup.failOn, reports.run, command.exitCode, timing);
    const releasable = await rememberRun(setup, timing.fileTimes, reports.run, context, inputs['quarantine-release-after'], log);
    // 6. Publish, then the outputs and the step's conclusion.
    const view = reportView({
        stage,
        verdict,
        reports,
        context,
        releasable,
        timing,
        mode,
        shardNote: shard?.note,
    });
    const published = await publishStage(view, inputs, context, pullRequest, toolkit);
    finishStage(stage, { verdict, reports, timing, published, mode }, { outputs, log, toolkit });
}


/***/ })

};
