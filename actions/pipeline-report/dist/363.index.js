export const id = 363;
export const ids = [363];
export const modules = {

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 39 modules
var src = __webpack_require__(126);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
;// CONCATENATED MODULE: ./actions/pipeline-report/src/runner-event.ts

/** The runner's event, or nothing when there is none to read (a local run). */
async function readRunnerEvent(path) {
    if (!path)
        return {};
    try {
        const event = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return typeof event === 'object' && event !== null ? event : {};
    }
    catch {
        return {};
    }
}
/** The commit this run reports on: a workflow_run's head commit, else the workflow's own. */
function reportedCommit(event, githubSha) {
    const headSha = event.workflow_run?.head_sha;
    return typeof headSha === 'string' ? headSha : githubSha;
}

// EXTERNAL MODULE: ./actions/pipeline-report/src/render.ts
var render = __webpack_require__(531);
;// CONCATENATED MODULE: ./actions/pipeline-report/src/main.ts



async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    const event = await readRunnerEvent(env.GITHUB_EVENT_PATH);
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const facts = {
        ...(inputs.tests ? { tests: inputs.tests } : {}),
        ...(inputs.image ? { image: inputs.image } : {}),
        ...(inputs.signature ? { signature: inputs.signature } : {}),
        ...(inputs.provenance ? { provenance: inputs.provenance } : {}),
        ...(inputs.sbom || inputs['sbom-packages']
            ? {
                sbom: {
                    refs: inputs.sbom ?? '',
                    ...(inputs['sbom-packages'] ? { packages: inputs['sbom-packages'] } : {}),
                },
            }
            : {}),
        ...(inputs['vuln-verdict'] || inputs['vuln-counts']
            ? {
                vulnerabilities: {
                    ...(inputs['vuln-verdict'] ? { verdict: inputs['vuln-verdict'] } : {}),
                    ...(inputs['vuln-counts'] ? { counts: inputs['vuln-counts'] } : {}),
                },
            }
            : {}),
        ...(inputs.verified ? { verified: inputs.verified } : {}),
        ...(inputs.gitops ? { gitops: inputs.gitops } : {}),
        ...(inputs['gitops-repository'] ? { gitopsRepository: inputs['gitops-repository'] } : {}),
        ...(inputs.environment ? { environment: inputs.environment } : {}),
        serverUrl,
        repository,
        sha: reportedCommit(event, env.GITHUB_SHA ?? ''),
        ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    };
    const conclusion = (0,render/* conclusionOf */.vu)((0,render/* stageRows */.U7)(facts));
    outputs.set('conclusion', conclusion);
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath)
        await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => (0,render/* renderReport */.B1)(facts, Math.min(budget, src/* STEP_SUMMARY_LIMIT_BYTES */.Wm)));
    if (inputs.comment === 'off')
        return;
    const token = inputs['github-token'];
    const [owner = '', repo = ''] = repository.split('/');
    if (!token || !owner) {
        log.warning('No token or repository to comment with; the report is in the job summary only.');
        return;
    }
    // The GitHub client loads only for a comment: a summary-only run never pays for it.
    const { commentOnPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 467));
    await commentOnPullRequest({
        token,
        owner,
        repo,
        event,
        facts,
        inputs,
        outputs,
        log,
        apiUrl: env.GITHUB_API_URL,
    });
}


/***/ }),

/***/ 531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   U7: () => (/* binding */ stageRows),
/* harmony export */   vu: () => (/* binding */ conclusionOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(126);
/* harmony import */ var _shipchain_vuln_attestation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(254);



const ICON = { pass: '✅', fail: '❌', skip: '⏭️' };
/** One row per stage of the chain, each passed, failed or not reached; `detail` is safe markdown. */
function stageRows(facts) {
    const rows = [];
    const t = facts.tests;
    if (t) {
        const passed = t.conclusion === 'success';
        // The counts arrive as text from another step's outputs: shown as numbers only.
        const count = (value) => Number(value) || 0;
        const counts = [
            `${count(t.passed)} passed`,
            count(t.failed) ? `${count(t.failed)} failed` : '',
            count(t.skipped) ? `${count(t.skipped)} skipped` : '',
            count(t.flaky) ? `${count(t.flaky)} flaky` : '',
        ]
            .filter(Boolean)
            .join(', ');
        const checkRun = t['check-url'] ? (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)('check run', t['check-url']) : '';
        rows.push({
            stage: 'Tests',
            mark: passed ? 'pass' : t.conclusion ? 'fail' : 'skip',
            detail: `${counts} of ${count(t.total)}${checkRun ? ` · ${checkRun}` : ''}`,
        });
    }
    const digest = facts.image?.split('@')[1];
    rows.push({
        stage: 'Image',
        mark: digest ? 'pass' : 'skip',
        detail: facts.image
            ? `${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(facts.image)} (built once; everything below refers to this digest)`
            : 'not built',
    });
    rows.push({
        stage: 'Signature',
        mark: facts.signature ? 'pass' : 'skip',
        detail: facts.signature ? (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(facts.signature) : 'not signed',
    });
    rows.push({
        stage: 'Provenance',
        mark: facts.provenance ? 'pass' : 'skip',
        detail: facts.provenance
            ? facts.provenance.split('\n').filter(Boolean).map(_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9).join('<br>')
            : 'not attested',
    });
    if (facts.sbom)
        rows.push(sbomRow(facts.sbom));
    if (facts.vulnerabilities)
        rows.push(vulnerabilityRow(facts.vulnerabilities));
    rows.push({
        stage: 'Verification',
        mark: facts.verified === 'true' ? 'pass' : facts.verified === 'false' ? 'fail' : 'skip',
        detail: facts.verified === 'true'
            ? `signature${facts.sbom ? ', provenance and SBOM' : ' and provenance'} verified before promotion`
            : facts.verified === 'false'
                ? 'failed: not promoted'
                : 'not run',
    });
    const g = facts.gitops;
    if (g) {
        const where = facts.environment ? `${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(facts.environment)}: ` : '';
        const link = gitopsLink(facts);
        const detail = g.changed === 'true'
            ? `${where}${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(g['old-ref'] ?? '')} → ${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(g['new-ref'] ?? '')}${link ? ` · ${link}` : ''}`
            : `${where}already at ${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(g['new-ref'] ?? '')}${g.refused ? ` (held: ${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(g.refused)})` : ''}`;
        rows.push({ stage: 'GitOps', mark: 'pass', detail });
    }
    else
        rows.push({ stage: 'GitOps', mark: 'skip', detail: 'not bumped' });
    return rows;
}
/** The SBOM row, shown only when the chain has an sbom step: its package count and attestations. */
function sbomRow(sbom) {
    const refs = sbom.refs.split('\n').filter(Boolean);
    // A count from another step's output: shown as a number only.
    const packages = sbom.packages ? `${Number(sbom.packages) || 0} packages` : '';
    return {
        stage: 'SBOM',
        mark: refs.length > 0 ? 'pass' : 'skip',
        detail: refs.length > 0
            ? [packages, refs.map(_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9).join('<br>')].filter(Boolean).join(' · ')
            : `${packages ? `${packages}, ` : ''}not attested`,
    };
}
/**
 * The vulnerability gate's row, shown only when the chain has a vuln-gate step: its verdict, and the
 * effective findings by severity (worst first, zero levels left out). Only numbers and fixed words.
 */
function vulnerabilityRow(vulnerabilities) {
    const { verdict, counts } = vulnerabilities;
    const found = counts ? _shipchain_vuln_attestation__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.filter((severity) => counts[severity] > 0) : [];
    const findings = !counts
        ? ''
        : found.length === 0
            ? 'no effective findings'
            : found.map((severity) => `${counts[severity]} ${severity}`).join(', ');
    const words = { pass: 'passed', fail: 'failed: not released' };
    return {
        stage: 'Vulnerabilities',
        mark: verdict ?? 'skip',
        detail: [verdict ? words[verdict] : 'no verdict', findings].filter(Boolean).join(' · '),
    };
}
function gitopsLink(facts) {
    const g = facts.gitops ?? {};
    if (g['pull-request-url'])
        return (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(`pull request #${g['pull-request-number'] ?? ''}`, g['pull-request-url']);
    if (!g.commit)
        return '';
    const repo = facts.gitopsRepository && /^[\w.-]+\/[\w.-]+$/.test(facts.gitopsRepository)
        ? facts.gitopsRepository
        : undefined;
    return repo
        ? (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(`commit ${g.commit.slice(0, 12)}`, `${facts.serverUrl}/${repo}/commit/${g.commit}`)
        : `commit ${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(g.commit.slice(0, 12))}`;
}
function conclusionOf(rows) {
    if (rows.some((row) => row.mark === 'fail'))
        return 'failure';
    return rows.every((row) => row.mark === 'pass') ? 'success' : 'incomplete';
}
/** Markdown for the job summary and the sticky comment, cut to `budget` bytes. */
function renderReport(facts, budget) {
    const rows = stageRows(facts);
    const conclusion = conclusionOf(rows);
    const title = { success: 'Released', failure: 'Stopped', incomplete: 'In progress' }[conclusion];
    const lines = [
        `## ${ICON[conclusion === 'success' ? 'pass' : conclusion === 'failure' ? 'fail' : 'skip']} ${title}: ${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(facts.repository)} @ ${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(facts.sha.slice(0, 7))}`,
        '',
        (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(['stage', '', ''], rows.map((row) => [row.stage, ICON[row.mark], row.detail])),
    ];
    if (facts.runUrl)
        lines.push('', (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)('Workflow run', facts.runUrl));
    let text = `${lines.join('\n')}\n`;
    const diffPath = facts.gitops?.diff;
    if (diffPath && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(diffPath)) {
        const diff = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(diffPath, 'utf8');
        const room = budget - Buffer.byteLength(text) - 200;
        if (room > 0) {
            const shown = Buffer.byteLength(diff) > room ? `${diff.slice(0, room)}\n… (cut)` : diff;
            text += `\n${(0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownDetails */ .oG)('GitOps change', (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_1__/* .markdownCodeBlock */ .IS)(shown, 'diff'))}\n`;
        }
    }
    return text;
}


/***/ })

};
