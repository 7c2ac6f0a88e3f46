export const id = 248;
export const ids = [248];
export const modules = {

/***/ 5248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 37 modules
var src = __webpack_require__(8026);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 13 modules
var dist_src = __webpack_require__(5194);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
;// CONCATENATED MODULE: ./packages/github-publish/src/client.ts




// The Octokit @actions/github builds, without that package: its entry point loads an HTTP client
// (undici) that each bundle using this one would carry; Octokit requests through the global fetch.
const GitHub = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud);
/** An Octokit for `apiUrl` (GHES and tests pass their own). */
function githubClient(token, apiUrl) {
    return new GitHub({ auth: token, baseUrl: apiUrl.replace(/\/$/, '') });
}
/** HTTP status of an Octokit error, if it has one. */
function client_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** 403/404 on a write: the token may not write here (read-only token, fork PR). */
function client_isPermissionError(error) {
    const status = client_statusOf(error);
    return status === 403 || status === 404 || status === 401;
}
/** Call the API, retrying only transient failures (5xx, 429, resets). */
function client_callApi(call) {
    return (0,src/* withRetry */.bD)(call, { attempts: 4, maxElapsedMs: 30_000, isTransient: src/* isTransientError */.bV });
}

;// CONCATENATED MODULE: ./packages/github-publish/src/check-run.ts

/** GitHub caps a check run's output.summary and output.text at 65,535 characters each. */
const CHECK_OUTPUT_LIMIT = 65_535;
/** And takes at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Creates a completed check run, then adds annotations beyond the first 50 in
 * further updates of 50 each (GitHub's per-request limit).
 * Returns the check run's html_url.
 */
async function publishCheckRun(client, request) {
    const batches = [];
    for (let index = 0; index < request.annotations.length; index += ANNOTATIONS_PER_REQUEST) {
        batches.push(request.annotations.slice(index, index + ANNOTATIONS_PER_REQUEST).map(fitAnnotation));
    }
    const output = (annotations) => ({
        title: request.title.slice(0, 255),
        summary: request.summary.slice(0, CHECK_OUTPUT_LIMIT),
        ...(annotations && annotations.length > 0 ? { annotations } : {}),
    });
    const { data } = await callApi(() => client.rest.checks.create({
        owner: request.owner,
        repo: request.repo,
        name: request.name,
        head_sha: request.headSha,
        status: 'completed',
        conclusion: request.conclusion,
        completed_at: new Date().toISOString(),
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
        output: output(batches[0]),
    }));
    for (const batch of batches.slice(1)) {
        await callApi(() => client.rest.checks.update({
            owner: request.owner,
            repo: request.repo,
            check_run_id: data.id,
            output: output(batch),
        }));
    }
    return { url: data.html_url ?? '', id: data.id, requests: Math.max(1, batches.length) };
}
/** Annotation fields have their own limits (message and raw_details 64 KiB, title 255). */
function fitAnnotation(annotation) {
    return {
        ...annotation,
        message: annotation.message.slice(0, 65_000) || '(no message)',
        ...(annotation.title ? { title: annotation.title.slice(0, 255) } : {}),
        ...(annotation.raw_details ? { raw_details: annotation.raw_details.slice(0, 65_000) } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/github-publish/src/sticky-comment.ts


/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/**
 * The hidden HTML comment that finds our comment again. The key may hold a workflow's
 * names, so it is kept to characters that cannot end the comment early: runs of `-`
 * become one (`--` ends a comment) and anything outside a plain set is percent-encoded.
 * Plain keys give the same marker as before, so existing comments are still found.
 */
function stickyMarker(key) {
    const safeKey = key.replace(/-+/g, '-').replace(/[^\w.:/@ +-]/gu, percentEncode);
    return `<!-- shipchain:sticky:${safeKey} -->`;
}
/**
 * One comment per key, found again by a hidden marker and edited in place, so
 * re-runs never pile up comments. Pages through all comments to find it.
 */
async function upsertStickyComment(client, request) {
    const marker = stickyMarker(request.key);
    const body = `${marker}\n${request.body}`.slice(0, COMMENT_LIMIT);
    const existing = await findComment(client, request, marker);
    if (existing !== undefined) {
        const { data } = await callApi(() => client.rest.issues.updateComment({
            owner: request.owner,
            repo: request.repo,
            comment_id: existing,
            body,
        }));
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    if (request.updateOnly)
        return { action: 'skipped' };
    const { data } = await callApi(() => client.rest.issues.createComment({
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        body,
    }));
    return { action: 'created', url: data.html_url, id: data.id };
}
async function findComment(client, request, marker) {
    for (let page = 1;; page++) {
        const { data } = await callApi(() => client.rest.issues.listComments({
            owner: request.owner,
            repo: request.repo,
            issue_number: request.issueNumber,
            per_page: 100,
            page,
        }));
        const found = data.find((comment) => comment.body?.startsWith(marker) && writtenByUs(comment));
        if (found)
            return found.id;
        if (data.length < 100)
            return undefined;
    }
}
/** Who may have written a comment we edit: bots (the job token's own identity) and the repository's members. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/**
 * Anyone can type our hidden marker into a comment of their own. A comment counts as ours only
 * when a bot (the job token comments as `github-actions[bot]`, an app token as its app) or someone
 * with write access to the repository (a personal token's owner) wrote it: never a pull
 * request's author, who could otherwise plant a marker to block or hijack our updates.
 */
function writtenByUs(comment) {
    return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '');
}

;// CONCATENATED MODULE: ./packages/github-publish/src/pull-request-lookup.ts
/**
 * Which pull request a run's results belong to, decided only from data GitHub vouches for: the
 * runner's own event and the API. Anything a pull request's run wrote (an uploaded event.json,
 * a number in an artifact) may only pick among, or be checked against, what these say, so a
 * fork cannot point a privileged workflow_run companion at another pull request.
 */

const COMMIT_SHA = /^[0-9a-f]{40}$/;
const sameName = (a, b) => a?.toLowerCase() === b.toLowerCase();
function inBaseRepository(pull, repository) {
    return sameName(pull.base?.repo?.full_name, `${repository.owner}/${repository.repo}`);
}
function headedBy(pull, sha, repository) {
    return pull.state === 'open' && pull.head?.sha === sha && inBaseRepository(pull, repository);
}
const list = (numbers) => numbers.map((n) => `#${n}`).join(', ');
/**
 * The pull request a `workflow_run` companion reports for: the one whose head is the run's
 * `head_sha`, in this repository. From the event's own `pull_requests` (same-repository
 * branches), else from the API (fork branches, where GitHub leaves `pull_requests` empty).
 * None, or several without a confirmed claim among them, is no pull request, with the reason.
 */
async function resolveWorkflowRunPullRequest(client, lookup) {
    const headSha = lookup.workflowRun.head_sha ?? '';
    if (!COMMIT_SHA.test(headSha))
        return { reason: 'the workflow_run event names no head commit, so no pull request can be matched to it' };
    const claim = checkClaim(lookup.claimed, headSha);
    if (claim.refused)
        return { reason: claim.refused };
    let candidates = fromEventPullRequests(lookup, headSha);
    let source = 'the workflow_run event';
    if (candidates.length === 0) {
        try {
            candidates = await fromApi(client, lookup, headSha);
        }
        catch (error) {
            if (!isPermissionError(error))
                throw error;
            return {
                reason: `the token may not list this repository's pull requests (HTTP ${statusOf(error)}; needs \`pull-requests: read\`)`,
            };
        }
        source = `the pull requests whose head is ${headSha}`;
    }
    if (claim.number !== undefined) {
        if (candidates.includes(claim.number))
            return { number: claim.number, source: `${lookup.claimed?.source}, confirmed by ${source}` };
        if (candidates.length === 0 && (await confirmHead(client, lookup, claim.number, headSha)))
            return { number: claim.number, source: `${lookup.claimed?.source}, confirmed by the API` };
        return {
            reason: `${lookup.claimed?.source} names pull request #${claim.number}, which is not an open pull request of this repository with head ${headSha}${candidates.length > 0 ? ` (that is ${list(candidates)})` : ''}`,
        };
    }
    if (candidates.length === 1)
        return { number: candidates[0], source };
    if (candidates.length === 0)
        return { reason: `no open pull request of this repository has head ${headSha}` };
    return {
        reason: `${candidates.length} open pull requests have head ${headSha} (${list(candidates)}), and nothing trusted says which one this run was for`,
    };
}
/** A claim counts only when its head commit is the run's; a different one means it is refused. */
function checkClaim(claimed, headSha) {
    if (!claimed || claimed.number === undefined)
        return {};
    const number = claimed.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
        return { refused: `${claimed.source} names no valid pull request number` };
    if (claimed.headSha !== headSha) {
        const named = typeof claimed.headSha === 'string' && COMMIT_SHA.test(claimed.headSha)
            ? `head ${claimed.headSha}`
            : 'no valid head commit';
        return {
            refused: `${claimed.source} names pull request #${number} with ${named}, but the run being reported is for ${headSha}: it is not this run's event`,
        };
    }
    return { number };
}
function fromEventPullRequests(lookup, headSha) {
    const baseUrlSuffix = `/repos/${lookup.owner}/${lookup.repo}`.toLowerCase();
    const numbers = (lookup.workflowRun.pull_requests ?? [])
        .filter((pull) => {
        if (pull.head?.sha !== headSha || typeof pull.number !== 'number')
            return false;
        // GitHub also lists pull requests of other repositories whose head is this branch.
        const base = pull.base?.repo;
        if (lookup.repositoryId !== undefined && base?.id !== undefined)
            return base.id === lookup.repositoryId;
        return Boolean(base?.url?.toLowerCase().endsWith(baseUrlSuffix));
    })
        .map((pull) => pull.number);
    return [...new Set(numbers)];
}
/**
 * Open pull requests of this repository whose head is `headSha`: by the head branch the event
 * names (GitHub's commit-to-pull association does not see commits that exist only in a fork),
 * else by the commit itself (the head repository may be gone).
 */
async function fromApi(client, lookup, headSha) {
    const { owner, repo, workflowRun } = lookup;
    const headOwner = workflowRun.head_repository?.owner?.login;
    const matching = (pulls) => pulls.filter((pull) => headedBy(pull, headSha, lookup)).map((pull) => pull.number);
    if (headOwner && workflowRun.head_branch) {
        const { data } = await callApi(() => client.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${headOwner}:${workflowRun.head_branch}`,
            per_page: 100,
        }));
        const numbers = matching(data);
        if (numbers.length > 0)
            return numbers.sort((a, b) => a - b);
    }
    const { data } = await callApi(() => client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: headSha,
        per_page: 100,
    }));
    return [...new Set(matching(data))].sort((a, b) => a - b);
}
async function confirmHead(client, repository, number, headSha) {
    try {
        const { data } = await callApi(() => client.rest.pulls.get({ owner: repository.owner, repo: repository.repo, pull_number: number }));
        return headedBy(data, headSha, repository);
    }
    catch (error) {
        if (statusOf(error) === 404)
            return false;
        throw error;
    }
}
/**
 * The pull request a pushed commit came from: the merged one whose merge commit it is, else the
 * one open pull request of this repository it heads. Several or none is no pull request.
 */
async function resolveCommitPullRequest(client, repository) {
    const { owner, repo, sha } = repository;
    if (!COMMIT_SHA.test(sha))
        return { reason: 'there is no commit to look pull requests up by' };
    const { data } = await callApi(() => client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 }));
    const pulls = data.filter((pull) => inBaseRepository(pull, repository));
    // An open pull request's merge_commit_sha is GitHub's test merge; only a merged one's counts.
    const merged = pulls.filter((pull) => pull.merged_at && pull.merge_commit_sha === sha).map((p) => p.number);
    if (merged.length === 1)
        return { number: merged[0], source: `the pull request merged as ${sha}` };
    const open = pulls.filter((pull) => headedBy(pull, sha, repository)).map((p) => p.number);
    if (merged.length === 0 && open.length === 1)
        return { number: open[0], source: `the open pull request whose head is ${sha}` };
    const all = [...new Set([...merged, ...open])];
    if (all.length === 0)
        return { reason: `no pull request of this repository was merged as or has head ${sha}` };
    return {
        reason: `${all.length} pull requests match ${sha} (${list(all)}), and nothing says which one to report on`,
    };
}

;// CONCATENATED MODULE: ./packages/github-publish/src/pages.ts

/** The most items GitHub returns on one page. */
const pages_PAGE_SIZE = 100;
/**
 * Every item of a page-numbered GitHub list, pages of 100 fetched in turn (each retried like any
 * call) until a short page, or until `enough` says the items so far suffice.
 */
async function pages_allPages(fetchPage, enough = () => false) {
    const items = [];
    for (let page = 1;; page++) {
        const { data } = await callApi(() => fetchPage(page, pages_PAGE_SIZE));
        items.push(...data);
        if (data.length < pages_PAGE_SIZE || enough(items))
            return items;
    }
}

;// CONCATENATED MODULE: ./packages/github-publish/src/deployments.ts
/**
 * GitHub deployments and their statuses: record that a ref went to an environment, then how it
 * went. Every call is retried on transient failures like the rest of the client.
 */


/** GitHub refuses a deployment status description longer than this. */
const STATUS_DESCRIPTION_LIMIT = 140;
/**
 * Records a deployment of `ref`. It records what a pipeline did, so GitHub is told not to merge
 * the default branch into the ref (auto_merge: false) and not to wait for commit statuses
 * (required_contexts: []).
 */
async function createDeployment(client, request) {
    const { data } = await callApi(() => client.rest.repos.createDeployment({
        owner: request.owner,
        repo: request.repo,
        ref: request.ref,
        environment: request.environment,
        auto_merge: false,
        required_contexts: [],
        payload: request.payload ?? {},
        ...(request.description !== undefined ? { description: request.description } : {}),
        ...(request.task ? { task: request.task } : {}),
        ...(request.transientEnvironment !== undefined
            ? { transient_environment: request.transientEnvironment }
            : {}),
        ...(request.productionEnvironment !== undefined
            ? { production_environment: request.productionEnvironment }
            : {}),
    }));
    if (!('id' in data))
        throw new Error(`GitHub made no deployment of ${request.ref}: ${data.message ?? 'no reason given'}`);
    return deploymentOf(data);
}
async function createDeploymentStatus(client, request) {
    const { data } = await callApi(() => client.rest.repos.createDeploymentStatus({
        owner: request.owner,
        repo: request.repo,
        deployment_id: request.deploymentId,
        state: request.state,
        ...(request.description !== undefined ? { description: fitDescription(request.description) } : {}),
        ...(request.environmentUrl ? { environment_url: request.environmentUrl } : {}),
        ...(request.logUrl ? { log_url: request.logUrl } : {}),
        ...(request.autoInactive !== undefined ? { auto_inactive: request.autoInactive } : {}),
    }));
    return deployments_statusOf(data);
}
/**
 * The repository's deployments, newest first, all pages; only those of `environment` (or `sha`)
 * when given, and only those created at or after `createdSince` (ISO 8601; paging stops there).
 */
async function listDeployments(client, request) {
    const since = request.createdSince ? Date.parse(request.createdSince) : undefined;
    const older = (d) => since !== undefined && Date.parse(d.created_at) < since;
    const items = await allPages((page, perPage) => client.rest.repos.listDeployments({
        owner: request.owner,
        repo: request.repo,
        ...(request.environment ? { environment: request.environment } : {}),
        ...(request.sha ? { sha: request.sha } : {}),
        per_page: perPage,
        page,
    }), (sofar) => sofar.length > 0 && older(sofar[sofar.length - 1]));
    return items.filter((d) => !older(d)).map(deploymentOf);
}
/** A deployment's statuses, newest first, all pages. */
function listDeploymentStatuses(client, request) {
    return allPages((page, perPage) => client.rest.repos.listDeploymentStatuses({
        owner: request.owner,
        repo: request.repo,
        deployment_id: request.deploymentId,
        per_page: perPage,
        page,
    })).then((items) => items.map(deployments_statusOf));
}
/** At most 140 characters: a longer description ends in an ellipsis. */
function fitDescription(description) {
    const characters = [...description];
    return characters.length <= STATUS_DESCRIPTION_LIMIT
        ? description
        : `${characters.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
}
function deploymentOf(data) {
    const payload = data.payload && typeof data.payload === 'object' ? data.payload : {};
    return {
        id: data.id,
        sha: data.sha,
        ref: data.ref,
        environment: data.environment,
        payload,
        description: data.description ?? null,
        createdAt: data.created_at,
    };
}
function deployments_statusOf(data) {
    return {
        id: data.id,
        state: data.state,
        description: data.description,
        environment: data.environment ?? '',
        logUrl: data.log_url ?? data.target_url,
        environmentUrl: data.environment_url ?? '',
        createdAt: data.created_at,
    };
}

;// CONCATENATED MODULE: ./packages/github-publish/src/issues.ts

/**
 * Every issue (open and closed) of the repository carrying `label`, newest first, all pages;
 * pull requests, which GitHub's issues list includes, are left out. `since` keeps the issues
 * updated at or after that time.
 */
async function listLabelledIssues(client, request) {
    const items = await allPages((page, perPage) => client.rest.issues.listForRepo({
        owner: request.owner,
        repo: request.repo,
        labels: request.label,
        state: 'all',
        ...(request.since ? { since: request.since } : {}),
        per_page: perPage,
        page,
    }));
    return items
        .filter((issue) => !issue.pull_request)
        .map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body ?? '',
        state: issue.state === 'closed' ? 'closed' : 'open',
        htmlUrl: issue.html_url,
        createdAt: issue.created_at,
        closedAt: issue.closed_at,
    }));
}

;// CONCATENATED MODULE: ./packages/github-publish/src/compare.ts


/**
 * GitHub's comparison of two commits (`git log base..head` with the merge base's counts), every
 * page of commits read; undefined when GitHub knows no such commit (404).
 */
async function compareCommits(client, request) {
    const commits = [];
    for (let page = 1;; page++) {
        let data;
        try {
            ({ data } = await callApi(() => client.rest.repos.compareCommitsWithBasehead({
                owner: request.owner,
                repo: request.repo,
                basehead: `${request.base}...${request.head}`,
                per_page: PAGE_SIZE,
                page,
            })));
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        }
        for (const commit of data.commits)
            commits.push({
                sha: commit.sha,
                committedAt: commit.commit.committer?.date ?? commit.commit.author?.date ?? '',
            });
        if (data.commits.length < PAGE_SIZE || commits.length >= data.total_commits)
            return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by, commits };
    }
}

;// CONCATENATED MODULE: ./packages/github-publish/src/index.ts









;// CONCATENATED MODULE: ./packages/gitops/src/git.ts

/** git in one directory, without a shell, with a fixed environment and redaction. */
class Git {
    dir;
    options;
    constructor(dir, options) {
        this.dir = dir;
        this.options = options;
    }
    async run(args, input) {
        return (await this.exec(args, { input })).stdout;
    }
    /**
     * The contents of blobs, by object id, in one `git cat-file --batch`: thousands of manifests
     * cost one process instead of a file open each. Text is read as UTF-8, as YAML is.
     */
    async readBlobs(ids) {
        const texts = new Map();
        const wanted = [...new Set(ids)];
        if (wanted.length === 0)
            return texts;
        const { stdout } = await this.exec(['cat-file', '--batch'], {
            input: `${wanted.join('\n')}\n`,
            // Everything asked for is needed in memory anyway: no tail cut.
            maxBufferBytes: Number.MAX_SAFE_INTEGER,
        });
        // The output is decoded as UTF-8; encoded again it has the sizes git gave, byte for byte.
        const bytes = Buffer.from(stdout, 'utf8');
        let at = 0;
        for (const id of wanted) {
            const newline = bytes.indexOf(10, at);
            const [name, type, size] = bytes.subarray(at, newline).toString('utf8').split(' ');
            const end = newline + 1 + Number(size);
            if (name !== id || type !== 'blob' || bytes[end] !== 10)
                throw new NotUtf8Error(id, `git cat-file gave ${JSON.stringify(`${name} ${type}`)} for ${id}`);
            texts.set(id, bytes.subarray(newline + 1, end).toString('utf8'));
            at = end + 1;
        }
        return texts;
    }
    /** Like run, but a non-zero exit is returned rather than thrown. */
    async attempt(args, input) {
        return this.exec(args, { input, allowFailure: true });
    }
    exec(args, extra) {
        return (0,src/* execCommand */.NK)('git', args, {
            cwd: this.dir,
            env: this.options.env,
            secrets: this.options.secrets,
            ...(extra.input !== undefined ? { input: extra.input } : {}),
            ...(extra.allowFailure ? { allowFailure: true } : {}),
            ...(extra.maxBufferBytes !== undefined ? { maxBufferBytes: extra.maxBufferBytes } : {}),
        });
    }
}
/**
 * A blob whose bytes are not UTF-8 shifts everything read after it (its decoded text no longer
 * has git's size): it names the first object that did not line up.
 */
class NotUtf8Error extends Error {
    id;
    name = 'NotUtf8Error';
    constructor(id, detail) {
        super(`${detail}: an object before it (or it) is not UTF-8 text`);
        this.id = id;
    }
}
/**
 * The environment for git: the job's, minus inherited GIT_* variables that could point git
 * elsewhere, never prompting, C locale (push results are parsed), and the commit identity.
 * Credentials go in as GIT_CONFIG_* pairs: never in argv (visible to other processes) and
 * never in a config file (that would outlive the step).
 */
function gitEnvironment(base, identity, config = {}) {
    const env = {};
    for (const [key, value] of Object.entries(base))
        if (!key.startsWith('GIT_'))
            env[key] = value;
    const entries = Object.entries(config);
    entries.forEach(([key, value], index) => {
        env[`GIT_CONFIG_KEY_${index}`] = key;
        env[`GIT_CONFIG_VALUE_${index}`] = value;
    });
    return {
        ...env,
        GIT_CONFIG_COUNT: String(entries.length),
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: 'true',
        LC_ALL: 'C',
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    };
}
/** `Name <email>` as git wants it; a clear error otherwise. */
function parseIdentity(text) {
    const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    return match?.[1] && match[2] ? { name: match[1], email: match[2] } : undefined;
}
function gitFailure(error) {
    if (error instanceof CommandFailedError)
        return (error.stderr || error.stdout || error.message).trim();
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/gitops/src/checkout.ts





/**
 * fetch and commit would each start `git maintenance run --auto` on every attempt of the push
 * loop: a process per step, for a copy that lives minutes. Under load that lengthens the window
 * in which another writer's push makes ours lose.
 */
const NO_AUTO_MAINTENANCE = { 'maintenance.auto': 'false' };
/**
 * The workspace case adds a detached worktree of the job's checkout: objects and the
 * credentials actions/checkout stored are shared, and the user's files are left alone.
 * Otherwise an empty repository fetches from the URL, authenticated by the token.
 */
async function openCheckout(request) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(request.tempDir, 'gitops-bump-'));
    const baseRef = `refs/shipchain/gitops-bump/${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    if (!request.repository)
        return worktreeOf(request, dir, baseRef);
    const url = repositoryUrl(request.repository, request.serverUrl);
    const config = { ...NO_AUTO_MAINTENANCE };
    const secrets = [];
    if (request.token && /^https?:\/\//.test(url)) {
        const basic = Buffer.from(`x-access-token:${request.token}`).toString('base64');
        config[`http.${new URL(url).origin}/.extraheader`] = `AUTHORIZATION: basic ${basic}`;
        secrets.push(request.token, basic);
    }
    const options = { env: gitEnvironment(request.env, request.identity, config), secrets };
    const git = new Git(dir, options);
    await git.run(['init', '--quiet']);
    return {
        git,
        remote: url,
        baseRef,
        display: request.repository,
        cleanup: () => (0,promises_.rm)(dir, { recursive: true, force: true }),
    };
}
async function worktreeOf(request, dir, baseRef) {
    const options = {
        env: gitEnvironment(request.env, request.identity, NO_AUTO_MAINTENANCE),
        secrets: [],
    };
    const workspace = new Git(request.workspace, options);
    const inside = await workspace.attempt(['rev-parse', '--is-inside-work-tree']);
    if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true')
        throw new src/* ConfigurationError */.j1(`Input "repository" is empty, so the workspace (${request.workspace}) must be a git checkout, and it is not. Run actions/checkout first, or set repository to owner/repo or a URL.`, 'repository');
    const origin = await workspace.attempt(['remote', 'get-url', 'origin']);
    if (origin.exitCode !== 0)
        throw new src/* ConfigurationError */.j1('The workspace checkout has no "origin" remote to push to. Set repository to owner/repo or a URL.', 'repository');
    await workspace.run(['worktree', 'add', '--quiet', '--detach', '--no-checkout', dir]);
    return {
        git: new Git(dir, options),
        remote: 'origin',
        baseRef,
        display: origin.stdout.trim(),
        async cleanup() {
            await workspace.attempt(['worktree', 'remove', '--force', dir]);
            await workspace.attempt(['update-ref', '-d', baseRef]);
            await workspace.attempt(['update-ref', '-d', `${baseRef}-edit`]);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
/** owner/repo → a clone URL on the job's server; URLs and paths pass through. */
function repositoryUrl(repository, serverUrl) {
    if (/^[\w.-]+\/[\w.-]+$/.test(repository))
        return `${serverUrl.replace(/\/$/, '')}/${repository}.git`;
    if (/^(https?|git|ssh|file):\/\//.test(repository) || /^[\w.-]+@[\w.-]+:/.test(repository))
        return repository;
    if (repository.startsWith('/'))
        return repository;
    throw new src/* ConfigurationError */.j1(`Input "repository" got ${JSON.stringify(repository)}: give owner/repo, a URL (https://, ssh://, git://, file://) or an absolute path, or leave it empty for the workspace checkout.`, 'repository');
}
/** The branch the remote's HEAD names (its default branch). */
async function defaultBranch(checkout) {
    const result = await checkout.git.attempt(['ls-remote', '--symref', checkout.remote, 'HEAD']);
    if (result.exitCode !== 0)
        throw new Error(`Could not read ${checkout.display}: ${result.stderr.trim()}`);
    const match = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(result.stdout);
    if (!match?.[1])
        throw new src/* ConfigurationError */.j1(`${checkout.display} has no default branch to bump (is it empty?). Set the "branch" input.`, 'branch');
    return match[1];
}
/**
 * Fetch `branch` into our private ref; returns the head commit. Nothing is checked out: the
 * applier reads the head into the index (or the work tree) as far as its change needs.
 */
async function fetchBranch(checkout, branch) {
    const result = await fetchInto(checkout, branch, checkout.baseRef);
    if (result.exitCode !== 0) {
        if (/couldn't find remote ref/i.test(result.stderr))
            throw new src/* ConfigurationError */.j1(`Branch "${branch}" does not exist in ${checkout.display}. Check the "branch" input.`, 'branch');
        throw new FetchFailedError(`Fetching ${branch} from ${checkout.display} failed: ${result.stderr.trim()}`);
    }
    return (await checkout.git.run(['rev-parse', `${checkout.baseRef}^{commit}`])).trim();
}
/** Fetch `branch` of the remote into `ref` (a ref of ours); the result says whether it existed. */
function fetchInto(checkout, branch, ref) {
    return checkout.git.attempt([
        'fetch',
        '--quiet',
        '--no-tags',
        checkout.remote,
        `+refs/heads/${branch}:${ref}`,
    ]);
}
class FetchFailedError extends Error {
    name = 'FetchFailedError';
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/image-ref.ts
function splitImage(text) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return {
        repository: rest,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** Docker Hub names are written several ways; compare them in one form. */
function sameRepository(a, b) {
    return normalRepository(a) === normalRepository(b);
}
/**
 * The text every name sameRepository takes for `image` contains: the whole name for another
 * registry, less for Docker Hub (nginx, library/nginx and docker.io/nginx are one). A file
 * without it names the image nowhere, so it need not be parsed.
 */
function repositoryCore(image) {
    return normalRepository(image).replace(/^library\//, '');
}
function normalRepository(name) {
    const n = name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    return n.includes('/') ? n : `library/${n}`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/manifest-edit/src/scalar.ts

/**
 * Render `value` in the same style as the scalar it replaces, so quoting never changes:
 * plain stays plain when YAML allows it, double and single quotes stay what they were.
 */
function renderLike(type, value) {
    if (type === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return JSON.stringify(value);
    if (type === dist/* Scalar */.X5.QUOTE_SINGLE)
        return `'${value.replace(/'/g, "''")}'`;
    // Image references are safe plain scalars: no ": ", " #", leading indicator or spaces.
    if (/^[A-Za-z0-9][\w.\-/:@+]*$/.test(value) && !/:\s|\s#/.test(value))
        return value;
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/tree.ts

class YamlSyntaxError extends Error {
    offset;
    name = 'YamlSyntaxError';
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Deeper than any real manifest (CRD schemas, the deepest, stay under a hundred levels), and
 * shallow enough that walking the tree recursively stays far from the stack's limit.
 */
const MAX_NESTING_DEPTH = 1000;
/** Collections nested past MAX_NESTING_DEPTH: valid YAML, but not a manifest we will walk. */
class YamlNestingError extends YamlSyntaxError {
    name = 'YamlNestingError';
    constructor(offset) {
        super(`collections nest more than ${MAX_NESTING_DEPTH} levels deep`, offset);
    }
}
/** Every document of `text`; throws YamlSyntaxError at the first syntax error. */
function parseDocuments(text) {
    const documents = [];
    for (const token of new dist/* Parser */.iX().parse(text)) {
        if (token.type === 'error')
            throw new YamlSyntaxError(token.message, token.offset);
        if (token.type !== 'document')
            continue;
        const root = token.value ? convert(token.value, 1) : undefined;
        const contentStart = token.value ? tokenStart(token.value) : token.offset;
        // The first document owns the file's opening comments; later ones start at their `---`.
        documents.push({
            start: documents.length === 0 ? 0 : token.offset,
            contentStart,
            ...(root ? { root } : {}),
        });
    }
    return documents;
}
/** `depth` counts the collections around `token`, so recursion stops at MAX_NESTING_DEPTH. */
function convert(token, depth) {
    if (depth > MAX_NESTING_DEPTH && isCollection(token))
        throw new YamlNestingError(token.offset);
    switch (token.type) {
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            return scalar(token);
        case 'block-map':
            return map(token.items, false, depth);
        case 'flow-collection': {
            // The CST parser is lenient; an unclosed bracket would make every later offset suspect.
            const close = token.start.source === '{' ? '}' : ']';
            if (!token.end.some((t) => t.source === close))
                throw new YamlSyntaxError(`${token.start.source} is never closed`, token.start.offset);
            if (token.start.source === '{')
                return map(token.items, true, depth);
            return sequence(token.items, depth);
        }
        case 'block-seq':
            return sequence(token.items, depth);
        case 'error':
            throw new YamlSyntaxError(token.message, token.offset);
        default:
            return { kind: 'other' };
    }
}
function isCollection(token) {
    return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}
function sequence(items, depth) {
    return {
        kind: 'seq',
        items: items.flatMap((item) => (item.value ? [convert(item.value, depth + 1)] : [])),
    };
}
function scalar(token) {
    const resolved = dist/* CST */.DB.resolveAsScalar(token, true, (offset, _code, message) => {
        throw new YamlSyntaxError(message, offset);
    });
    const [start, end] = resolved.range;
    return { kind: 'scalar', value: resolved.value, type: resolved.type ?? 'PLAIN', start, end };
}
function map(items, flow, depth) {
    const pairs = [];
    for (const item of items) {
        const key = item.key ? convert(item.key, depth + 1) : undefined;
        const value = item.value ? convert(item.value, depth + 1) : undefined;
        checkTokens(item.start);
        if (item.sep)
            checkTokens(item.sep);
        pairs.push({ ...(key?.kind === 'scalar' ? { key } : {}), ...(value ? { value } : {}) });
    }
    const first = pairs[0]?.key?.start ?? 0;
    const last = pairs.at(-1);
    return { kind: 'map', flow, items: pairs, start: first, end: last ? nodeEnd(last) : first };
}
function checkTokens(tokens) {
    for (const token of tokens)
        if (token.type === 'error')
            throw new YamlSyntaxError('unexpected token', token.offset);
}
function nodeEnd(pair) {
    const value = pair.value;
    if (value?.kind === 'scalar' || value?.kind === 'map')
        return value.end;
    return pair.key?.end ?? 0;
}
/** Offset of a collection's first real token (comments before it are not content). */
function tokenStart(token) {
    if (token.type === 'block-map' || token.type === 'block-seq') {
        const item = token.items[0];
        const indicator = item?.start.find((t) => t.type !== 'comment' && t.type !== 'newline' && t.type !== 'space');
        if (indicator)
            return indicator.offset;
        if (item?.key)
            return item.key.offset;
    }
    return token.offset;
}
/** The scalar value of `key` in `map`, when it is a scalar. */
function scalarAt(map, key) {
    const value = map.items.find((pair) => pair.key?.value === key)?.value;
    return value?.kind === 'scalar' ? value : undefined;
}
function pairOf(map, key) {
    return map.items.find((pair) => pair.key?.value === key);
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/sites.ts


const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const HOLD = 'shipchain:hold';
/** Our marker: `# shipchain:image|digest|tag <repository>` after any scalar. */
const OWN_MARKER = /#\s*shipchain:(image|digest|tag)\s+(\S+)/;
/** Flux image automation setters: `# {"$imagepolicy": "ns:policy[:tag|:name|:digest]"}`. */
const FLUX_SETTER = /#\s*\{\s*"\$imagepolicy"\s*:\s*"([^"]+)"\s*\}/;
/** Every site of `image` in `text` (all documents, any depth), in file order. */
function findSites(text, image, helmKeys) {
    const keys = helmKeys ?? { repository: 'repository', tag: 'tag', digest: 'digest' };
    const lines = new LineIndex(text);
    const sites = [];
    const scalarSite = (kind, node) => {
        sites.push({ kind, node, held: lines.heldAt(node.start) });
    };
    const marked = (node) => {
        const trailing = lines.restOfLine(node.end);
        return trailing.includes('#') && (OWN_MARKER.test(trailing) || FLUX_SETTER.test(trailing));
    };
    for (const document of parseDocuments(text)) {
        if (!document.root)
            continue;
        const before = sites.length;
        const flux = [];
        const visitPair = (pair, topLevel) => {
            const key = pair.key?.value ?? '';
            const value = pair.value;
            if (CONTAINER_LISTS.has(key) && value?.kind === 'seq') {
                for (const item of value.items) {
                    if (item.kind !== 'map')
                        continue;
                    const node = scalarAt(item, 'image');
                    if (node && !marked(node) && matches(node.value, image))
                        scalarSite('reference', node);
                }
            }
            if (key === 'images' && topLevel && value?.kind === 'seq') {
                for (const entry of value.items)
                    if (entry.kind === 'map' && sameRepository(kustomizeTarget(entry), image))
                        sites.push(mapSite(entry, 'digest', 'newTag', lines, true));
            }
        };
        const visit = (node, topLevel) => {
            if (!node)
                return;
            if (node.kind === 'scalar') {
                const trailing = lines.restOfLine(node.end);
                if (!trailing.includes('#'))
                    return;
                const own = OWN_MARKER.exec(trailing);
                if (own?.[1] && own[2] && sameRepository(own[2], image))
                    scalarSite(own[1] === 'image' ? 'reference' : own[1], node);
                const setter = FLUX_SETTER.exec(trailing);
                if (setter?.[1])
                    flux.push(fluxField(node, setter[1]));
            }
            else if (node.kind === 'seq') {
                for (const item of node.items)
                    visit(item, false);
            }
            else if (node.kind === 'map') {
                const repository = scalarAt(node, keys.repository);
                if (repository && !marked(repository) && sameRepository(repository.value, image))
                    sites.push(mapSite(node, keys.digest, keys.tag, lines, false));
                for (const pair of node.items) {
                    visitPair(pair, topLevel);
                    visit(pair.value, false);
                }
            }
        };
        visit(document.root, true);
        for (const field of fluxFieldsOf(flux, image))
            scalarSite(field.part, field.node);
        // A hold comment between the document's start and its first node holds the whole document.
        if (text.slice(document.start, document.contentStart).includes(HOLD))
            for (const site of sites.slice(before))
                site.held = true;
    }
    return sites.sort((a, b) => siteStart(a) - siteStart(b));
}
function siteStart(site) {
    return site.kind === 'map' ? site.map.start : site.node.start;
}
function matches(reference, image) {
    return sameRepository(splitImage(reference).repository, image);
}
function kustomizeTarget(entry) {
    return scalarAt(entry, 'newName')?.value ?? scalarAt(entry, 'name')?.value ?? '';
}
function mapSite(map, digestKey, tagKey, lines, tagRendersWithDigest) {
    return {
        kind: 'map',
        map,
        digestKey,
        tagKey,
        tagRendersWithDigest,
        held: lines.heldWithin(map.start, map.end),
    };
}
function fluxField(node, setter) {
    // "ns:name" is the whole reference; a third part selects tag, name or digest.
    const parts = setter.split(':');
    const part = parts[2];
    const policy = parts.slice(0, 2).join(':');
    if (part === 'tag' || part === 'name' || part === 'digest')
        return { node, policy, part };
    return { node, policy, part: 'reference' };
}
/**
 * Flux setters name a policy, not an image: a policy is ours when its whole-reference field or
 * its `:name` field (in the same document) names the image.
 */
function fluxFieldsOf(fields, image) {
    const ours = new Set();
    for (const field of fields) {
        const value = field.node.value;
        const repository = field.part === 'name' ? value : field.part === 'reference' ? splitImage(value).repository : '';
        if (repository && sameRepository(repository, image))
            ours.add(field.policy);
    }
    return fields.filter((field) => ours.has(field.policy) && field.part !== 'name');
}
/** Line lookups over the original text (hold markers and trailing comments). */
class LineIndex {
    text;
    constructor(text) {
        this.text = text;
    }
    restOfLine(offset) {
        const end = this.text.indexOf('\n', offset);
        return this.text.slice(offset, end === -1 ? this.text.length : end);
    }
    /** The line holding `offset` and the line above it. */
    heldAt(offset) {
        const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
        const previousStart = lineStart === 0 ? 0 : this.text.lastIndexOf('\n', lineStart - 2) + 1;
        const lineEnd = this.text.indexOf('\n', offset);
        return this.text.slice(previousStart, lineEnd === -1 ? undefined : lineEnd).includes(HOLD);
    }
    /** The lines of [start, end) and the line above them. */
    heldWithin(start, end) {
        return this.heldAt(start) || this.text.slice(start, end).includes(HOLD);
    }
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/bump.ts




/**
 * Pin `image` to `digest` at every site of it in `text`: container images (any workload kind,
 * any depth, every document), Kustomization `images:` entries, Helm values, and fields marked
 * by Flux setters or our own marker. Only the changed scalars' bytes change: comments, quoting,
 * indentation, key order, anchors and document separators stay exactly as they were.
 */
function bumpImage(text, bump) {
    const tag = bump.form === 'tag-digest' || bump.form === 'tag' ? bump.tag : undefined;
    const digest = bump.form === 'tag' ? undefined : bump.digest;
    if (!digest && !tag)
        throw new Error('bumpImage needs a digest, or a tag with the tag form');
    const reference = `${bump.image}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    const sites = findSites(text, bump.image, bump.helmKeys);
    const edits = [];
    const skipped = [];
    const push = (edit, site) => {
        if (edit)
            edits.push({ ...edit, held: site.held });
    };
    for (const site of sites) {
        if (site.kind === 'map') {
            for (const edit of mapEdits(site, text, digest, tag))
                push(edit, site);
        }
        else if (site.kind === 'reference') {
            push(scalarEdit(site.node, reference, text), site);
        }
        else {
            const value = site.kind === 'digest' ? digest : tag;
            if (value)
                push(scalarEdit(site.node, value, text), site);
            else
                skipped.push(lineOf(text, site.node.start));
        }
    }
    const applied = edits.filter((edit) => !edit.held);
    return {
        text: applyEdits(text, applied),
        changes: describe(text, applied),
        held: describe(text, edits.filter((edit) => edit.held)),
        skipped,
        before: referencesAt(sites, text),
    };
}
/** The references of `image` as they stand in `text` (what a promotion copies). */
function currentReferences(text, image, helmKeys) {
    return referencesAt(findSites(text, image, helmKeys), text);
}
function referencesAt(sites, text) {
    return sites.map((site) => {
        const line = lineOf(text, siteStart(site));
        let parts;
        if (site.kind === 'map')
            parts = {
                digest: scalarAt(site.map, site.digestKey)?.value,
                tag: scalarAt(site.map, site.tagKey)?.value,
            };
        else if (site.kind === 'reference')
            parts = splitImage(site.node.value);
        else
            parts = { [site.kind]: site.node.value };
        return {
            line,
            ...(parts.digest ? { digest: parts.digest } : {}),
            ...(parts.tag ? { tag: parts.tag } : {}),
        };
    });
}
/**
 * Edits of a map naming the image: digest set or added; the tag set with tag-digest. Where the
 * tag renders beside the digest (Kustomize), the digest form drops the tag so the rendered
 * reference is exactly name@digest: the tag pair becomes the digest pair when there is none.
 */
function mapEdits(site, text, digest, tag) {
    const { map, digestKey, tagKey } = site;
    const tagPair = pairOf(map, tagKey);
    const digestPair = pairOf(map, digestKey);
    // A tag-only bump: a digest left beside the tag would win, so it goes.
    if (!digest)
        return [
            setKey(map, tagKey, tag, text),
            digestPair ? removePair(map, digestPair, text) : undefined,
        ];
    if (tag)
        return [setKey(map, digestKey, digest, text), setKey(map, tagKey, tag, text)];
    if (!site.tagRendersWithDigest || !tagPair?.key)
        return [setKey(map, digestKey, digest, text)];
    if (digestPair)
        return [setKey(map, digestKey, digest, text), removePair(map, tagPair, text)];
    const start = tagPair.key.start;
    const end = valueEnd(tagPair);
    return [{ start, end, text: `${digestKey}: ${digest}`, old: text.slice(start, end) }];
}
function valueEnd(pair) {
    const value = pair.value;
    return value?.kind === 'scalar' || value?.kind === 'map' ? value.end : (pair.key?.end ?? 0);
}
/** Remove a pair: its whole line in a block map; the pair and one separator in a flow map. */
function removePair(map, pair, text) {
    const keyStart = pair.key?.start ?? 0;
    const end = valueEnd(pair);
    const old = text.slice(keyStart, end);
    if (map.flow) {
        const index = map.items.indexOf(pair);
        const previous = map.items[index - 1];
        const next = map.items[index + 1];
        if (previous)
            return { start: valueEnd(previous), end, text: '', old };
        return { start: keyStart, end: next?.key?.start ?? end, text: '', old };
    }
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const newline = text.indexOf('\n', end);
    return { start: lineStart, end: newline === -1 ? text.length : newline + 1, text: '', old };
}
/** Replace `key`'s scalar in `map`, or add `key: value` after the map's last pair at its indentation. */
function setKey(map, key, value, text) {
    const existing = scalarAt(map, key);
    if (existing)
        return scalarEdit(existing, value, text);
    const last = map.items.at(-1);
    if (!last?.key || last.value?.kind !== 'scalar')
        return undefined;
    const lastEnd = last.value.end;
    // {repository: x, tag: y} → {repository: x, tag: y, digest: z}
    if (map.flow)
        return { start: lastEnd, end: lastEnd, text: `, ${key}: ${value}`, old: '' };
    const keyStart = last.key.start;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = ' '.repeat(keyStart - lineStart);
    const endOfLine = text.indexOf('\n', lastEnd);
    const lineEnd = endOfLine === -1 ? text.length : text[endOfLine - 1] === '\r' ? endOfLine - 1 : endOfLine;
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: lineEnd, end: lineEnd, text: `${newline}${indent}${key}: ${value}`, old: '' };
}
function scalarEdit(node, value, text) {
    if (node.value === value)
        return undefined;
    return {
        start: node.start,
        end: node.end,
        text: renderLike(node.type, value),
        old: text.slice(node.start, node.end),
    };
}
function applyEdits(text, edits) {
    let result = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start))
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
}
function describe(text, edits) {
    return [...edits]
        .sort((a, b) => a.start - b.start)
        .map((edit) => ({
        line: lineOf(text, edit.start),
        old: edit.old,
        new: edit.text.replace(/^,? ?\r?\n?/, '').trim(),
    }));
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/kustomize-add.ts


/**
 * Add an `images:` entry for `image` to a Kustomization that has none for it: after the last
 * entry at its indentation, or as a new `images:` block at the end of the file. Returns the new
 * text, or undefined when the file is not a Kustomization or already names the image.
 */
function addKustomizeImage(text, image, fields) {
    const root = parseDocuments(text).find((document) => document.root?.kind === 'map')?.root;
    if (!root || !isKustomization(root))
        return undefined;
    const lines = Object.entries(fields)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}: ${value}`);
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const images = root.items.find((pair) => pair.key?.value === 'images');
    if (!images) {
        const body = [`images:`, `  - name: ${image}`, ...lines.map((line) => `    ${line}`)].join(newline);
        const separator = text.length === 0 || text.endsWith('\n') ? '' : newline;
        return `${text}${separator}${body}${newline}`;
    }
    if (images.value?.kind !== 'seq')
        return undefined;
    const entries = images.value;
    if (entries.items.some((entry) => entry.kind === 'map' && sameRepository(target(entry), image)))
        return undefined;
    const last = entries.items.at(-1);
    if (last?.kind !== 'map' || last.items.length === 0)
        return undefined;
    // Indentation of the last entry's keys; its dash sits two columns left of them.
    const keyStart = last.items[0]?.key?.start ?? 0;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const column = keyStart - lineStart;
    const end = text.indexOf('\n', last.end);
    const at = end === -1 ? text.length : end + 1;
    const entry = [
        `${' '.repeat(column - 2)}- name: ${image}`,
        ...lines.map((line) => `${' '.repeat(column)}${line}`),
    ];
    const prefix = end === -1 ? newline : '';
    return `${text.slice(0, at)}${prefix}${entry.join(newline)}${newline}${text.slice(at)}`;
}
function isKustomization(root) {
    const kind = scalarAt(root, 'kind')?.value;
    const apiVersion = scalarAt(root, 'apiVersion')?.value ?? '';
    if (kind)
        return kind === 'Kustomization' && apiVersion.startsWith('kustomize.config.k8s.io');
    return root.items.some((pair) => ['resources', 'images', 'bases', 'components'].includes(pair.key?.value ?? ''));
}
function target(entry) {
    return scalarAt(entry, 'newName')?.value ?? scalarAt(entry, 'name')?.value ?? '';
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/index.ts






;// CONCATENATED MODULE: ./packages/gitops/src/files.ts




const YAML_FILE = /(\.ya?ml|(^|\/)Kustomization)$/;
/** Git's mode of a symbolic link: its target is text in the repository, and is never followed. */
const SYMLINK_MODE = '120000';
/** A name with no extension may be a directory behind a link: worth a warning, like a YAML name. */
const MAYBE_MANIFESTS = /(^|\/)[^./]+$/;
/**
 * Tracked YAML files under `paths` (directories, files or globs with `**`), in a stable order,
 * as the index holds them (the caller reads the commit into the index first). Git's own pathspec
 * matching: what is tracked is what Argo CD or Flux read. Tracked symbolic links are never
 * followed: one named exactly is an error, one matched otherwise is skipped and handed to
 * `skipped` with a warning naming it.
 */
async function manifestFiles(git, paths, input = 'paths', skipped) {
    const escaping = paths.find((path) => (0,external_node_path_.isAbsolute)(path) || (0,external_node_path_.normalize)(plainPath(path)).split('/')[0] === '..');
    if (escaping !== undefined)
        throw new src/* ConfigurationError */.j1(`Input "${input}" has ${escaping}, which is outside the repository: paths are relative to the repository root (e.g. overlays/dev), without a leading / or ../.`, input);
    const entries = (await git.run(['ls-files', '-z', '-s', '--', ...pathspecs(paths)]))
        .split('\0')
        .filter(Boolean)
        .map((line) => {
        const [mode = '', blob = ''] = line.slice(0, line.indexOf('\t')).split(' ');
        return { mode, blob, file: line.slice(line.indexOf('\t') + 1) };
    });
    const links = [...new Set(entries.filter((e) => e.mode === SYMLINK_MODE).map((e) => e.file))].sort();
    const named = new Set(paths.map(plainPath));
    const explicit = links.find((link) => named.has(link));
    if (explicit)
        throw new src/* ConfigurationError */.j1(`Input "${input}" names ${explicit}, which is a symbolic link in the repository: gitops-bump never reads or writes through a link (its target could be outside the repository, and the link is what Argo CD or Flux apply). Name the file it points to, or replace the link with the file.`, input);
    const skippedLinks = links.filter((link) => YAML_FILE.test(link) || MAYBE_MANIFESTS.test(link));
    for (const link of skippedLinks)
        skipped?.(`${link} is a symbolic link matched by "${input}": skipped, since gitops-bump never reads or writes through links. Replace it with the file it points to if it should be bumped.`);
    // Regular files only (100644, 100755): not links, not submodules.
    const listed = new Map(entries.filter((e) => e.mode.startsWith('100') && YAML_FILE.test(e.file)).map((e) => [e.file, e]));
    const files = [...listed.keys()].sort().map((file) => listed.get(file));
    if (files.length === 0)
        throw new src/* ConfigurationError */.j1(`Input "${input}" (${paths.join(', ')}) matches no tracked .yaml or .yml file in the repository${skippedLinks.length ? ` other than symbolic links, which are never followed (${skippedLinks.join(', ')})` : ''}. Paths are relative to the repository root; a directory takes every YAML file below it.`, input);
    return files;
}
/** Each path as git pathspecs: itself (a file, or a glob) and everything below it (a directory). */
function pathspecs(paths) {
    return paths.map((path) => `:(glob)${plainPath(path) || '**'}`).flatMap((s) => [s, `${s}/**`]);
}
/** A path input as git lists it: no leading ./, no trailing /. */
function plainPath(path) {
    return path.replace(/^\.\/+/, '').replace(/\/+$/, '');
}
/**
 * The text of the manifests that can name `image` (and of those `always` keeps), read from git's
 * objects, never from the file system: a link cannot be followed, and 10,000 manifests cost one
 * `git grep` and one `git cat-file` rather than a file open each. A file that does not contain
 * the image's name (a slash in it may be YAML's escaped `\/`) names it nowhere: it is not read.
 */
async function readCandidates(git, manifests, scope, image, always = () => false) {
    const pattern = repositoryCore(image)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('/', '\\\\?/');
    const grep = await git.attempt([
        'grep',
        '--cached',
        '-l',
        '-z',
        '-E',
        '-e',
        pattern,
        '--',
        ...pathspecs(scope.paths),
    ]);
    // Exit 1 is "nothing matched"; anything else is git failing.
    if (grep.exitCode > 1)
        throw new Error(`git grep failed: ${grep.stderr.trim()}`);
    const naming = new Set(grep.stdout.split('\0'));
    const candidates = manifests.filter((m) => naming.has(m.file) || always(m.file));
    let texts;
    try {
        texts = await git.readBlobs(candidates.map((m) => m.blob));
    }
    catch (error) {
        if (!(error instanceof NotUtf8Error))
            throw error;
        const file = candidates.find((m) => m.blob === error.id)?.file ?? error.id;
        throw new src/* ConfigurationError */.j1(`${file} (or a file read just before it) is not UTF-8 text, so its image references cannot be edited safely. Save it as UTF-8, or leave it out of "${scope.input}".`, scope.input);
    }
    return candidates.map((m) => ({ ...m, text: texts.get(m.blob) }));
}
/**
 * Bump the image in the manifests of the index: what changed in each file, and the new texts.
 * Nothing is written: writeTree makes a tree of the edits.
 */
async function bumpManifests(git, paths, manifests, bump, options = {}) {
    const kustomization = (file) => Boolean(options.addToKustomizations) && KUSTOMIZATION_FILE.test(file);
    const changed = [];
    const edits = [];
    for (const manifest of await readCandidates(git, manifests, { paths, input: 'paths' }, bump.image, kustomization)) {
        const result = bumpText(manifest.file, manifest.text, bump, kustomization(manifest.file));
        if (!result)
            continue;
        changed.push(result.change);
        if (result.text !== manifest.text)
            edits.push({ file: manifest.file, mode: manifest.mode, text: result.text });
    }
    return { changed, edits };
}
/**
 * The bump in one file's text (a Kustomization without the image gets an entry when `addEntry`):
 * undefined when the file does not name the image at all.
 */
function bumpText(file, text, bump, addEntry = false) {
    const result = readable(file, text, () => bumpImage(text, bump));
    if (result.before.length === 0 && addEntry) {
        const added = readable(file, text, () => addKustomizeImage(text, bump.image, kustomizeFields(bump)));
        if (added === undefined)
            return undefined;
        const line = added.slice(0, added.indexOf(`- name: ${bump.image}`)).split('\n').length;
        const change = { line, old: '', new: `- name: ${bump.image}` };
        return { change: { file, changes: [change], held: [], skipped: [], before: [] }, text: added };
    }
    if (result.changes.length === 0 && result.held.length === 0 && result.skipped.length === 0)
        return undefined;
    const before = result.before.map((ref) => formatReference(bump.image, ref));
    return {
        change: { file, changes: result.changes, held: result.held, skipped: result.skipped, before },
        text: result.text,
    };
}
/**
 * The tree of `base` with `edits` in it, written by one `git fast-import`: blobs and the trees
 * above them go into one pack (not a loose object each, which on a slow disk costs a file
 * apiece), and nothing is written to the work tree. fast-import builds a commit to do it, on
 * `scratchRef` (a ref of ours), and prints that commit's root tree.
 */
async function writeTree(git, base, edits, scratchRef) {
    const files = edits.map((edit) => `M ${edit.mode} inline ${fastImportPath(edit.file)}\ndata ${Buffer.byteLength(edit.text)}\n${edit.text}\n`);
    const stream = `commit ${scratchRef}\ncommitter shipchain <> 0 +0000\ndata 0\nfrom ${base}\n${files.join('')}ls ""\n\n`;
    // A later attempt starts from another head: its scratch commit replaces the last one.
    const listed = await git.run(['fast-import', '--quiet', '--force'], stream);
    const tree = /^040000 tree ([0-9a-f]+)\t/.exec(listed)?.[1];
    if (!tree)
        throw new Error(`git fast-import did not list the new tree: ${listed.trim()}`);
    return tree;
}
/** A path as fast-import reads it: C-quoted when it starts with a quote or holds a newline. */
function fastImportPath(path) {
    if (!/^"|\n/.test(path))
        return path;
    return `"${path.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}
const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
/** The fields a new Kustomize entry gets, by the bump's form. */
function kustomizeFields(bump) {
    if (bump.form === 'tag')
        return { newTag: bump.tag };
    return {
        ...(bump.digest ? { digest: bump.digest } : {}),
        ...(bump.form === 'tag-digest' && bump.tag ? { newTag: bump.tag } : {}),
    };
}
/** The digest (and tag) the files under `paths` pin for `image`: exactly one, or a clear error. */
async function promotedReference(git, paths, image, helmKeys, skipped) {
    const manifests = await manifestFiles(git, paths, 'promote-from', skipped);
    const digests = new Map();
    const tags = new Set();
    for (const { file, text } of await readCandidates(git, manifests, { paths, input: 'promote-from' }, image)) {
        for (const reference of readable(file, text, () => currentReferences(text, image, helmKeys))) {
            if (reference.digest)
                digests.set(reference.digest, [
                    ...(digests.get(reference.digest) ?? []),
                    `${file}:${reference.line}`,
                ]);
            if (reference.digest && reference.tag)
                tags.add(reference.tag);
        }
    }
    if (digests.size === 0)
        throw new src/* ConfigurationError */.j1(`Input "promote-from" (${paths.join(', ')}) pins no digest of ${image}: promotion copies a digest, so the source environment must be bumped by digest first.`, 'promote-from');
    if (digests.size > 1) {
        const listing = [...digests].map(([digest, where]) => `${digest} at ${where.join(', ')}`).join('; ');
        throw new src/* ConfigurationError */.j1(`Input "promote-from" (${paths.join(', ')}) pins ${digests.size} different digests of ${image} (${listing}); promote from a path where it has one.`, 'promote-from');
    }
    const [[digest, where]] = [...digests];
    return { digest, ...(tags.size === 1 ? { tag: [...tags][0] } : {}), files: where };
}
function formatReference(image, ref) {
    return `${image}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** A file naming the image that is not valid YAML cannot be edited safely: say where it breaks. */
function readable(file, text, read) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof YamlSyntaxError))
            throw error;
        const line = text.slice(0, error.offset).split('\n').length;
        if (error instanceof YamlNestingError)
            throw new src/* ConfigurationError */.j1(`${file}:${line}: ${error.message}, far deeper than any manifest, so it is not read. Fix the file, or leave it out of "paths".`, 'paths');
        throw new src/* ConfigurationError */.j1(`${file}:${line} is not valid YAML (${error.message.split('\n')[0]}), so its image references cannot be edited safely. Fix the file, or leave it out of "paths".`, 'paths');
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/message.ts

const MESSAGE_VARIABLES = [
    'image',
    'digest',
    'tag',
    'new-ref',
    'old-ref',
    'paths',
    'environment',
    'source-commit',
    'source-short',
    'run-url',
];
/**
 * Trailers that mark a commit as ours, carry what revert needs and what dora-report counts.
 * docs/trailers.md is the contract (rollout-guard writes the same names): change both together.
 */
const TRAILERS = {
    kind: 'Shipchain-Kind',
    environment: 'Shipchain-Environment',
    image: 'Shipchain-Image',
    digest: 'Shipchain-Digest',
    oldRef: 'Shipchain-Old-Ref',
    newRef: 'Shipchain-New-Ref',
    paths: 'Shipchain-Paths',
    sourceRepository: 'Shipchain-Source-Repository',
    source: 'Shipchain-Source-Commit',
    reverts: 'Shipchain-Reverts',
    reason: 'Shipchain-Reason',
    metric: 'Shipchain-Metric',
    measurements: 'Shipchain-Measurements',
    run: 'Shipchain-Run',
};
/** What a commit did to its environment (the Shipchain-Kind trailer). */
const CHANGE_KINDS = (/* unused pure expression or super */ null && (['deploy', 'promote', 'revert', 'rollback']));
/** Check a template's `{placeholders}` up front, so a typo fails before anything is fetched. */
function checkTemplate(template, input = 'commit-message') {
    for (const [, name] of template.matchAll(/\{([^{}\s]+)\}/g)) {
        if (!MESSAGE_VARIABLES.includes(name))
            throw new src/* ConfigurationError */.j1(`Input "${input}" uses {${name}}, which is not a known placeholder. Use any of: ${MESSAGE_VARIABLES.map((v) => `{${v}}`).join(', ')}.`, input);
    }
    if (!template.trim())
        throw new src/* ConfigurationError */.j1(`Input "${input}" is empty: give a commit message.`, input);
}
function renderTemplate(template, variables) {
    return template.replace(/\{([^{}\s]+)\}/g, (whole, name) => name in variables ? variables[name] : whole);
}
/** The message with our trailers (one line each) appended as git's trailer block. */
function withTrailers(message, trailers) {
    const lines = Object.entries(trailers)
        .filter(([, value]) => value)
        .map(([key, value]) => `${TRAILERS[key]}: ${String(value).replace(/\s*\n\s*/g, ', ')}`);
    return `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}
/** Our trailers found in a commit message (last paragraph). */
function message_readTrailers(message) {
    const found = {};
    for (const [key, pattern] of TRAILER_PATTERNS) {
        const match = pattern.exec(message);
        if (match?.[1])
            found[key] = match[1].trim();
    }
    return found;
}
// Compiled once: dora-report reads the trailers of thousands of commits per run.
const TRAILER_PATTERNS = Object.entries(TRAILERS).map(([key, name]) => [key, new RegExp(`^${name}: (.+)$`, 'm')]);
/**
 * The message as `git commit` would store it (its default clean-up when no editor runs): trailing
 * whitespace and leading and trailing blank lines dropped, runs of blank lines made one.
 */
function cleanMessage(message) {
    const lines = message.split('\n').map((line) => line.replace(/[ \t\r\v\f]+$/, ''));
    const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
    while (kept[0] === '')
        kept.shift();
    while (kept.at(-1) === '')
        kept.pop();
    return kept.length ? `${kept.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./packages/gitops/src/land.ts



/**
 * How long a run keeps trying by default. bench:gitops-concurrency: 30 concurrent writers to one
 * branch on a 2-core machine with every core busy all land, the slowest in about 3 minutes.
 */
const PUSH_TIMEOUT_MS = 5 * 60_000;
/**
 * The wait between attempts: full jitter under a ceiling of 250 ms that doubles to 8 s. The low
 * cap keeps a writer that lost many races coming back as often as newer ones (it is not starved
 * behind an ever longer wait); the jitter spreads the writers so one of them wins each round.
 */
const PUSH_BACKOFF = { baseDelayMs: 250, maxDelayMs: 8000 };
/** A push that lost a race: someone else's commit landed first. Worth another attempt. */
const RACE_LOST = /\((?:fetch first|non-fast-forward)\)|stale info|failed to update ref|cannot lock ref|incorrect old value|reference already exists/i;
/** Network trouble that a later attempt may not see. */
const TRANSIENT = /RPC failed|early EOF|unexpected disconnect|Connection (?:reset|refused|timed out)|Could not resolve host|HTTP (?:429|5\d\d)|The requested URL returned error: (?:429|5\d\d)|remote end hung up/i;
class PushRejectedError extends Error {
    name = 'PushRejectedError';
}
/**
 * Fetch, apply, commit, publish; when publishing loses a race (or the network blips), wait a
 * jittered, growing while and do it all again on the new head, until the time bound passes.
 */
async function land(request) {
    const sleep = request.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = request.random ?? Math.random;
    const deadline = new src/* Deadline */.B2(request.timeoutMs ?? PUSH_TIMEOUT_MS, request.now);
    for (let attempt = 1;; attempt++) {
        const result = await attemptOnce(request, attempt);
        if (!('retry' in result))
            return result;
        const countReached = request.maxAttempts !== undefined && attempt >= request.maxAttempts;
        // Checked before sleeping: past the deadline no wait starts, and no wait runs past it.
        if (deadline.passed() || countReached)
            throw new PushRejectedError(gaveUp(request, attempt, deadline, result.retry, countReached));
        const delay = deadline.fit((0,src/* fullJitterDelay */.x4)(attempt, PUSH_BACKOFF, random));
        request.log?.(`Attempt ${attempt} did not land (${result.retry}); retrying on the new head in ${delay} ms (${(0,src/* formatSpan */.QA)(deadline.remainingMs())} left of the push timeout).`);
        await sleep(delay);
    }
}
/** One fetch → re-apply → commit → publish; `retry` says why another attempt is worth it. */
async function attemptOnce(request, attempt) {
    const { checkout } = request;
    let base;
    try {
        base = await fetchBranch(checkout, request.branch);
    }
    catch (error) {
        // A fetch the network broke is another attempt's business; anything else is not.
        if (error instanceof FetchFailedError && TRANSIENT.test(error.message))
            return { retry: lineMatching(error.message, TRANSIENT) };
        throw error;
    }
    const applied = await request.apply(base, attempt);
    if (!applied)
        return { base, attempts: attempt };
    // The commit from the tree alone: no hook, no status scan of the work tree, HEAD left alone.
    const local = (await checkout.git.run(['commit-tree', applied.tree, '-p', base], cleanMessage(applied.message))).trim();
    if (!request.publish)
        return { base, local, applied, attempts: attempt };
    const outcome = await request.publish(local, base);
    if ('landed' in outcome)
        return { base, local, commit: outcome.landed, applied, attempts: attempt };
    if ('upToDate' in outcome)
        return { base: local, attempts: attempt };
    return { retry: outcome.raceLost };
}
function gaveUp(request, attempts, deadline, lastRejection, countReached) {
    const bound = countReached
        ? `max-attempts ${request.maxAttempts}`
        : `push-timeout ${(0,src/* formatSpan */.QA)(deadline.budgetMs)}`;
    const fix = countReached
        ? 'Remove max-attempts (push-timeout bounds the retries by time)'
        : 'Raise push-timeout';
    return `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} over ${(0,src/* formatSpan */.QA)(deadline.elapsedMs())} (${bound}): publishing to ${request.branch} of ${request.checkout.display} kept losing to other writers; the last rejection: ${lastRejection}. ${fix}, or serialize the jobs that bump this branch with a concurrency group.`;
}
/** Publish by `git push` of the local commit: to the branch, or forced to our own PR branch. */
function gitPush(checkout, target) {
    return async (commit) => {
        const refspec = `${target.force ? '+' : ''}${commit}:refs/heads/${target.branch}`;
        const pushed = await checkout.git.attempt(['push', '--porcelain', checkout.remote, refspec]);
        // "=" is an up-to-date ref: a concurrent run pushed the identical commit (same tree, parent,
        // message, identity and second), so this run changed nothing.
        if (pushed.exitCode === 0 && /^=\t/m.test(pushed.stdout))
            return { upToDate: true };
        if (pushed.exitCode === 0)
            return { landed: commit };
        const output = `${pushed.stdout}\n${pushed.stderr}`;
        if (RACE_LOST.test(output) || TRANSIENT.test(output))
            return { raceLost: lineMatching(output) };
        throw new PushRejectedError(pushFailure(checkout.display, target.branch, output));
    };
}
function pushFailure(display, branch, output) {
    const where = `branch ${branch}`;
    const hint = /protected branch|GH006|pre-receive hook declined/i.test(output)
        ? ' The branch is protected: use mode pull-request, or allow this token to push to it.'
        : /403|denied|not allowed|Authentication failed|could not read Username/i.test(output)
            ? ' The token cannot push here: give the job contents: write (or a token with write access to that repository).'
            : '';
    return `Pushing to ${where} of ${display} was rejected: ${output.trim().split('\n').filter(Boolean).slice(-3).join(' | ')}.${hint}`;
}
/** The line of `output` that says what went wrong (matching `pattern`), on one line. */
function lineMatching(output, pattern = /rejected|error|fatal/i) {
    const lines = output.split('\n');
    const line = lines.find((l) => pattern.test(l)) ?? lines[0] ?? '';
    return line.trim().replace(/\s+/g, ' ');
}

;// CONCATENATED MODULE: ./packages/gitops/src/revert.ts



/** A change that cannot be made without overwriting someone else's: never retried, never forced. */
class ConflictError extends Error {
    name = 'ConflictError';
}
/**
 * Revert one of our commits on each attempt's head: `git revert` (a three-way merge), checked to
 * be a commit the suite made (its trailers), refused when the same lines moved on since. The
 * revert carries the trailers of docs/trailers.md so dora-report counts the failure.
 */
function revertApplier(request) {
    const record = {
        reverted: '',
        files: [],
        image: '',
        removedRef: '',
        restoredRef: '',
        trailers: {},
    };
    const { checkout, input } = request;
    const apply = async (head, _attempt) => {
        const { git, remote } = checkout;
        // git revert merges in the work tree: this one change checks the head out.
        await git.run(['checkout', '--quiet', '--force', '--detach', head]);
        if ((await git.attempt(['cat-file', '-e', `${request.commit}^{commit}`])).exitCode !== 0) {
            const fetched = await git.attempt(['fetch', '--quiet', '--no-tags', remote, request.commit]);
            if (fetched.exitCode !== 0)
                throw new src/* ConfigurationError */.j1(`Input "${input}" names ${request.commit}, which ${checkout.display} does not have (${fetched.stderr.trim().split('\n').at(-1)}). Give the full SHA of a commit the suite made.`, input);
        }
        const sha = (await git.run(['rev-parse', `${request.commit}^{commit}`])).trim();
        const original = await git.run(['show', '-s', '--format=%B', sha]);
        const trailers = message_readTrailers(original);
        if (!trailers.image || !trailers.newRef)
            throw new src/* ConfigurationError */.j1(`Input "${input}" names ${sha}, which gitops-bump did not make (it has no Shipchain-Image / Shipchain-New-Ref trailers). Revert other commits with git itself.`, input);
        const ancestor = await git.attempt(['merge-base', '--is-ancestor', sha, 'HEAD']);
        if (ancestor.exitCode !== 0)
            throw new src/* ConfigurationError */.j1(`Input "${input}" names ${sha}, which is not on the branch being changed; check "branch".`, input);
        Object.assign(record, {
            reverted: sha,
            image: trailers.image,
            removedRef: trailers.newRef,
            restoredRef: trailers.oldRef ?? '',
            trailers,
        });
        await git.attempt(['revert', '--quit']);
        const reverted = await git.attempt(['revert', '--no-commit', sha]);
        if (reverted.exitCode !== 0) {
            await git.attempt(['revert', '--abort']);
            throw new ConflictError(`Conflict: ${sha} cannot be reverted cleanly because the same lines changed after it (${reverted.stderr.trim().split('\n').at(-1)}). Bump to the wanted digest instead.`);
        }
        const files = (await git.run(['diff', '--cached', '--name-only', '-z'])).split('\0').filter(Boolean);
        record.files = files;
        if (files.length === 0)
            return undefined;
        const subject = original.split('\n')[0] ?? sha;
        const message = `Revert "${subject}"\n\nThis reverts commit ${sha}.`;
        const tree = (await git.run(['write-tree'])).trim();
        // The commit is made from the tree: the revert in progress is done with.
        await git.attempt(['revert', '--quit']);
        return {
            files,
            tree,
            message: withTrailers(message, {
                kind: request.kind,
                // The environment of the commit undone: a revert names no paths of its own.
                environment: trailers.environment || request.environment,
                image: trailers.image,
                // The digest running again after the revert: the one the reverted commit replaced.
                digest: digestOf(trailers.oldRef ?? ''),
                oldRef: trailers.newRef,
                newRef: trailers.oldRef ?? '',
                paths: trailers.paths ?? '',
                sourceRepository: request.sourceRepository,
                source: request.sourceCommit,
                reverts: sha,
                reason: request.reason,
                ...request.extra,
                run: request.runUrl,
            }),
        };
    };
    return { apply, record };
}
/** The one digest in a reference list (name@sha256:…); empty when none or several differ. */
function digestOf(refs) {
    const digests = new Set(refs
        .split(',')
        .map((ref) => splitImage(ref.trim()).digest)
        .filter(Boolean));
    return digests.size === 1 ? [...digests][0] : '';
}

;// CONCATENATED MODULE: ./packages/gitops/src/history.ts

const RECORD = '\u001e';
/**
 * The newest commit reachable from `head` that the suite made for `environment` (by its
 * Shipchain-Kind and Shipchain-Environment trailers: never by subject or any other text), or
 * undefined when none is among the last `depth` commits. The caller decides what a revert or
 * rollback found there means: the last deployment was already undone.
 */
async function lastChangeOf(git, head, environment, depth = 500) {
    const log = await git.run(['log', `--max-count=${depth}`, `--format=%H%n%B${RECORD}`, head, '--']);
    for (const entry of log.split(RECORD)) {
        const text = entry.replace(/^\n/, '');
        const newline = text.indexOf('\n');
        if (newline < 0)
            continue;
        const commit = text.slice(0, newline);
        const trailers = readTrailers(text.slice(newline + 1));
        if (trailers.kind && trailers.environment === environment)
            return { commit, trailers };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/run-url.ts
/** The workflow run's page (GITHUB_SERVER_URL/REPOSITORY/actions/runs/RUN_ID), or empty. */
function run_url_runUrl(env) {
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : '';
}

;// CONCATENATED MODULE: ./packages/gitops/src/index.ts









;// CONCATENATED MODULE: ./packages/gitops/src/pull-request.ts


/** One open PR per environment and image: updated in place when it exists, created otherwise. */
async function upsertPullRequest(client, request) {
    const { owner, repo } = request;
    try {
        let pull = await findOpenPullRequest(client, request);
        let created = false;
        if (pull) {
            await client_callApi(() => client.rest.pulls.update({
                owner,
                repo,
                pull_number: pull.number,
                title: request.title,
                body: request.body,
            }));
        }
        else {
            const response = await client_callApi(() => client.rest.pulls.create({
                owner,
                repo,
                head: request.head,
                base: request.base,
                title: request.title,
                body: request.body,
                draft: request.draft,
            }));
            pull = response.data;
            created = true;
        }
        const { number, html_url: url, node_id: nodeId, } = pull;
        if (request.labels.length > 0)
            await client_callApi(() => client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: request.labels }));
        return { number, url, nodeId, created };
    }
    catch (error) {
        if (client_isPermissionError(error))
            throw new Error(`The token cannot open pull requests in ${owner}/${repo} (${error.message}): give the job pull-requests: write and contents: write, or a token with those rights on that repository.`, { cause: error });
        throw error;
    }
}
/** Close our open PR for this branch, saying why; returns its number, or undefined when none is open. */
async function closeStalePullRequest(client, 
/** `reason` is plain text; it is escaped for the comment. */
request) {
    const { owner, repo } = request;
    const stale = await findOpenPullRequest(client, request);
    if (!stale)
        return undefined;
    await client_callApi(() => client.rest.issues.createComment({
        owner,
        repo,
        issue_number: stale.number,
        body: `Closed by gitops-bump: ${(0,src/* markdownText */.p7)(request.reason)}, so this pull request has nothing left to change (merging it could move the environment back).`,
    }));
    await client_callApi(() => client.rest.pulls.update({ owner, repo, pull_number: stale.number, state: 'closed' }));
    return stale.number;
}
/** Our open PR from `head` into `base`, if there is one. */
async function findOpenPullRequest(client, request) {
    const { owner, repo } = request;
    const open = await client_callApi(() => client.rest.pulls.list({
        owner,
        repo,
        head: `${owner}:${request.head}`,
        base: request.base,
        state: 'open',
    }));
    return open.data[0];
}
/** Branch names git accepts, stable per environment and image (`<prefix>/<environment>/<image>`). */
function pullRequestBranch(environment, image, prefix = 'gitops-bump') {
    const slug = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .replace(/\.{2,}/g, '.');
    return `${prefix}/${slug(environment) || 'default'}/${slug(image)}`;
}
/** owner/repo for the API: from the repository input when it names one, else the job's repository. */
function apiRepository(repository, env, purpose = 'mode pull-request') {
    const fromInput = repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? repository : undefined;
    const fromUrl = repository
        ? /^https?:\/\/[^/]+\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(repository)
        : null;
    const name = fromInput ?? (fromUrl ? `${fromUrl[1]}/${fromUrl[2]}` : env.GITHUB_REPOSITORY);
    const [owner, repo] = (name ?? '').split('/');
    if (!owner || !repo)
        throw new src/* ConfigurationError */.j1(`${purpose} needs to know the repository on GitHub: set "repository" to owner/repo.`, 'repository');
    return [owner, repo];
}

;// CONCATENATED MODULE: ./packages/oci-client/src/errors.ts
class RegistryError extends Error {
    kind;
    status;
    cause;
    name = 'RegistryError';
    constructor(message, kind, 
    /** HTTP status, when the registry answered; transient ones (429, 5xx) are retried. */
    status, cause) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.cause = cause;
    }
}
const HINTS = {
    auth: 'the registry did not accept the credentials: log in first (cloud-login with registry-login, or docker/login-action) so a Docker config holds them',
    denied: 'the credentials are valid but may not do this: check the token has push (write:packages) rights to this repository',
    'not-found': 'the repository or manifest does not exist',
    quota: 'the registry refused the data as too large or over quota: free space or raise the quota',
    network: 'the registry could not be reached: check the host name, port and network',
    server: 'the registry failed on its side: try again later',
    protocol: 'the registry answered in a way the distribution API does not allow',
};
function failureHint(kind) {
    return HINTS[kind];
}
/** The kind of failure an HTTP status (and the body's error codes) means; `undefined` for success. */
function failureForStatus(status, errorCodes = []) {
    if (status < 400)
        return undefined;
    if (status === 413 || errorCodes.some((code) => code.includes('QUOTA')))
        return 'quota';
    if (status === 401)
        return 'auth';
    if (status === 403)
        return 'denied';
    if (status === 404)
        return 'not-found';
    if (status >= 500 || status === 429 || status === 408)
        return 'server';
    return 'protocol';
}

;// CONCATENATED MODULE: ./packages/oci-client/src/body.ts

/**
 * The connection dropped after the headers, before the whole body arrived (the server or a proxy
 * closed it, or it timed out). Nothing about the request was wrong, so it is worth another try.
 */
class BodyCutOffError extends RegistryError {
}
/**
 * Read `response`'s whole body. A body cut off mid-read becomes a BodyCutOffError naming the
 * registry and the request (never its headers, so never its credentials) and how far it got,
 * instead of fetch's bare `TypeError: terminated`.
 */
async function readWholeBody(response, registry, request) {
    const chunks = [];
    let received = 0;
    try {
        if (response.body)
            for await (const chunk of response.body) {
                chunks.push(chunk);
                received += chunk.byteLength;
            }
    }
    catch (error) {
        const length = response.headers.get('content-length');
        // fetch says `terminated` and keeps the socket's reason in `cause` (duck-typed: another realm's errors).
        const cause = error?.cause;
        const reason = [error, cause]
            .map((part) => part?.message)
            .filter((message) => typeof message === 'string' && message !== '')
            .join(': ');
        throw new BodyCutOffError(`${registry}: the body of ${request} was cut off after ${received}${length ? ` of ${length}` : ''} bytes (${reason || String(error)}): the connection dropped mid-transfer; check the network or a proxy between here and the registry.`, 'network', undefined, error);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/media-types.ts
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest kind we read; sent as Accept so the registry never down-converts to schema 1. */
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
const isIndexMediaType = (mediaType) => mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;

;// CONCATENATED MODULE: ./packages/oci-client/src/merge-tag.ts

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Add `entry` to a list stored under a mutable tag (a referrers fallback index, cosign's
 * `.sig` manifest) without losing what concurrent writers add. Registries offer no
 * conditional PUT, so this is optimistic concurrency done by hand:
 *   1. read the entries and the tag's version;
 *   2. merge in ours (and anything we saw earlier that went missing);
 *   3. write only if the version is still the one read (else start over);
 *   4. confirm twice: right away, and again after twice our own read-to-write time (at
 *      least 20 ms), by when a writer that read before our write has landed its stale
 *      write too. While the tag still holds what we wrote, a HEAD is enough; otherwise the
 *      entries are read: a missing one means such a write dropped it, so merge again.
 * A loss needs another writer whose read-to-write window is over twice ours.
 * Returns false when the entry was already there (nothing written).
 */
async function addUnderTag(entry, merge) {
    const sleep = merge.sleep ?? defaultSleep;
    const attempts = merge.attempts ?? 10;
    const wanted = new Map([[merge.keyOf(entry), entry]]);
    const allPresent = (entries) => {
        const present = new Set(entries.map(merge.keyOf));
        return [...wanted.keys()].every((key) => present.has(key));
    };
    let wrote = false;
    let written = '';
    const confirmed = async () => (written !== '' && (await merge.version()) === written) || allPresent((await merge.read()).entries);
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const started = Date.now();
        const current = await merge.read();
        for (const seen of current.entries)
            if (!wanted.has(merge.keyOf(seen)))
                wanted.set(merge.keyOf(seen), seen);
        if (allPresent(current.entries) && !wrote)
            return false;
        if (!allPresent(current.entries)) {
            const present = new Set(current.entries.map(merge.keyOf));
            const missing = [...wanted.entries()].filter(([key]) => !present.has(key)).map(([, value]) => value);
            if ((await merge.version()) !== current.version) {
                await sleep(jitter(attempt));
                continue; // someone wrote since our read: merge from their version
            }
            try {
                written = await merge.write([...current.entries, ...missing]);
                wrote = true;
            }
            catch (error) {
                // Two writers committing the same blob at once can make the registry refuse a
                // manifest (400, blob unknown / digest invalid) for a moment: another round.
                if (!(error instanceof RegistryError && error.status === 400) || attempt === attempts)
                    throw error;
                await sleep(jitter(attempt));
                continue;
            }
        }
        else {
            written = current.version;
        }
        const window = Date.now() - started;
        if (!(await confirmed()))
            continue;
        await sleep(Math.max(20, 2 * window));
        if (await confirmed())
            return true;
    }
    throw new RegistryError(`${merge.what} kept changing under concurrent writers; the new entry could not be added after ${attempts} attempts.`, 'server');
}
const jitter = (attempt) => Math.random() * Math.min(1000, 25 * 2 ** attempt);

;// CONCATENATED MODULE: ./packages/oci-client/src/referrers.ts


/** The tag-schema fallback's tag for a subject: `sha256-<hex>` (OCI distribution spec 1.1). */
const fallbackTag = (subject) => subject.replace(':', '-');
/** Descriptors listed in an index document, `artifactType` filtered here when asked. */
function indexEntries(bytes, artifactType) {
    const index = JSON.parse(bytes.toString('utf8'));
    const entries = Array.isArray(index.manifests) ? index.manifests : [];
    return artifactType ? entries.filter((entry) => entry.artifactType === artifactType) : entries;
}
/** A fresh OCI image index holding `entries`, serialized once (its bytes are what is digested). */
function indexDocument(entries) {
    return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }));
}
/** Add `descriptor` to the subject's `sha256-<hex>` index tag, keeping entries other writers add meanwhile. */
async function addToFallbackIndex(client, repository, subject, descriptor, options = {}) {
    const tag = fallbackTag(subject);
    await addUnderTag(descriptor, {
        ...options,
        what: `The referrers tag ${tag} of ${repository}`,
        keyOf: (entry) => entry.digest,
        read: () => readIndex(client, repository, tag),
        version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
        write: (entries) => client.putManifest(repository, tag, indexDocument(entries), OCI_INDEX),
    });
}
async function readIndex(client, repository, tag) {
    const head = await client.headManifest(repository, tag);
    if (!head)
        return { entries: [], version: '' };
    return {
        entries: indexEntries((await client.getManifest(repository, head.digest)).bytes),
        version: head.digest,
    };
}

;// CONCATENATED MODULE: ./packages/oci-client/src/reference.ts

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/**
 * Parse `[registry/]path[:tag][@sha256:…]` by Docker's rules: the first segment is a
 * registry when it has a `.` or `:` or is `localhost`. `input` names the action input
 * in the error, so a mistake says where to fix it.
 */
function parseImageReference(text, input = 'image') {
    const fail = (why) => new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(text)}, ${why}.`, input);
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw fail('whose digest is not sha256: followed by 64 lower-case hex digits');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw fail('whose tag is not valid (letters, digits, _ . -; at most 128; not starting with . or -)');
    }
    const segments = rest.split('/');
    const first = segments[0] ?? '';
    const hasRegistry = segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    const pathSegments = hasRegistry ? segments.slice(1) : segments;
    if (pathSegments.length === 0 || pathSegments.some((segment) => !PATH_COMPONENT.test(segment)))
        throw fail('which is not a valid repository name (lower-case letters, digits and separators . _ -, joined by /)');
    if (registry === 'docker.io' && pathSegments.length === 1)
        pathSegments.unshift('library');
    return {
        registry,
        repository: pathSegments.join('/'),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** `registry/repository`, the name later steps pair with a digest. */
function repositoryName(reference) {
    return `${reference.registry}/${reference.repository}`;
}
/** The API host: Docker Hub answers at registry-1.docker.io. */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
/** Loopback registries speak plain HTTP without an opt-in, as Docker allows. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(1, registry.indexOf(']'))
        : registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/www-authenticate.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(Basic|Bearer)\b\s*(.*)$/i.exec(header);
    if (!match)
        return undefined;
    const params = {};
    for (const param of (match[2] ?? '').matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
        params[param[1].toLowerCase()] =
            param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
    }
    return { scheme: match[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./packages/oci-client/src/client.ts








const sha256Of = (bytes) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
/** A reference is a digest when it has an algorithm prefix; tags cannot contain `:`. */
const isDigest = (reference) => reference.includes(':');
/**
 * A small client for the OCI distribution API: manifests by tag or digest,
 * Basic and Bearer (token endpoint) auth, HTTPS with a plain-HTTP fallback only
 * where allowed, and retries of transient failures only.
 */
class RegistryClient {
    options;
    host;
    schemes;
    /** Authorization header per repository scope, once a challenge was answered. */
    authorizations = new Map();
    fetch;
    constructor(options) {
        this.options = options;
        this.host = apiHost(options.registry);
        this.schemes = options.insecure || isLoopbackRegistry(options.registry) ? ['https', 'http'] : ['https'];
        this.fetch = options.fetch ?? fetch;
    }
    /**
     * Get ready for the calls to come while the caller does other work: load the HTTP stack, find
     * out whether the registry answers HTTPS or (where allowed) plain HTTP, and answer its login
     * challenge for `access` to `repository`. One request and no retries; every failure is ignored,
     * because the real calls report it. `signal` ends an unfinished warm-up. The request is a HEAD
     * of `reference` (a tag or digest; whether it exists does not matter), which changes nothing.
     */
    async warmUp(repository, reference, access, signal) {
        try {
            const response = await this.attempt('HEAD', repository, `manifests/${reference}`, access, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, undefined, signal);
            await response.body?.cancel();
        }
        catch {
            // Nothing to report: the calls that need the registry say what is wrong with it.
        }
    }
    /** The manifest's descriptor by tag or digest; undefined when it does not exist. */
    async headManifest(repository, reference) {
        const response = await this.request('HEAD', repository, `manifests/${reference}`, 'pull', {
            accept: MANIFEST_MEDIA_TYPES.join(', '),
        });
        if (response.status === 404)
            return undefined;
        await this.expectOk(response, `HEAD ${repository}:${reference}`);
        const digest = response.headers.get('docker-content-digest');
        if (!digest)
            throw new RegistryError(`${this.options.registry} gave no Docker-Content-Digest for ${repository}:${reference}.`, 'protocol');
        // Asked by digest, the answer must be that digest: anything else is another manifest.
        if (isDigest(reference) && digest !== reference)
            throw new RegistryError(`${this.options.registry} answered HEAD ${repository}@${reference} with Docker-Content-Digest ${digest}: a manifest asked for by digest must have that digest, so the answer is refused (the registry or a proxy changed it).`, 'protocol');
        return {
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: Number(response.headers.get('content-length') ?? 0),
        };
    }
    /** The manifest's exact bytes; its digest is computed here and checked against what the registry says. */
    async getManifest(repository, reference) {
        const { response, bytes } = await this.download(repository, `manifests/${reference}`, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, `GET ${repository}:${reference}`);
        const digest = sha256Of(bytes);
        const claimed = response.headers.get('docker-content-digest');
        const expected = isDigest(reference) ? reference : claimed;
        if (expected && expected !== digest)
            throw new RegistryError(`${this.options.registry}/${repository}:${reference} served a manifest whose sha256 is ${digest}, not ${expected}: the registry or a proxy changed it.`, 'protocol');
        return {
            bytes,
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: bytes.length,
        };
    }
    /** A blob's bytes (image configs are small); its sha256 is checked against the digest asked for. */
    async getBlob(repository, digest) {
        const { bytes } = await this.download(repository, `blobs/${digest}`, {}, `GET blob ${digest} of ${repository}`);
        if (sha256Of(bytes) !== digest)
            throw new RegistryError(`${this.options.registry}/${repository} served blob ${digest} with different content.`, 'protocol');
        return bytes;
    }
    /**
     * A blob's bytes as they arrive, for layers too large to hold in memory. Not verified here:
     * the reader hashes what it consumes and checks the digest at the end (a stream cannot be
     * checked before it is read). Not retried mid-body: a cut-off stream fails the read.
     */
    async openBlob(repository, digest) {
        const response = await this.request('GET', repository, `blobs/${digest}`, 'pull', {});
        await this.expectOk(response, `GET blob ${digest} of ${repository}`);
        const body = response.body;
        return body ?? (async function* () { })();
    }
    async blobExists(repository, digest) {
        const response = await this.request('HEAD', repository, `blobs/${digest}`, 'pull', {});
        if (response.status === 404)
            return false;
        await this.expectOk(response, `HEAD blob ${digest} of ${repository}`);
        return true;
    }
    /**
     * Upload a blob unless the registry has it: one PUT for small blobs (monolithic), PATCH
     * chunks of `chunkSize` bytes then a closing PUT for large ones. A failed session is
     * restarted whole (its steps are not safe to repeat one by one).
     */
    async pushBlob(repository, bytes, options = {}) {
        const digest = sha256Of(bytes);
        if (await this.blobExists(repository, digest))
            return digest;
        const chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
        await (0,src/* withRetry */.bD)(async () => {
            const start = await this.request('POST', repository, 'blobs/uploads/', 'pull,push', {}, undefined, false);
            await this.expectOk(start, `start an upload to ${repository}`);
            let location = this.uploadLocation(start, repository);
            if (bytes.length > chunkSize) {
                for (let offset = 0; offset < bytes.length; offset += chunkSize) {
                    const chunk = bytes.subarray(offset, Math.min(offset + chunkSize, bytes.length));
                    const patch = await this.request('PATCH', repository, location, 'pull,push', {
                        'content-type': 'application/octet-stream',
                        'content-range': `${offset}-${offset + chunk.length - 1}`,
                        'content-length': String(chunk.length),
                    }, Buffer.from(chunk), false);
                    await this.expectOk(patch, `upload bytes ${offset}+ of ${digest} to ${repository}`);
                    location = this.uploadLocation(patch, repository);
                }
            }
            const close = new URL(location, 'http://placeholder');
            close.searchParams.set('digest', digest);
            const finalLocation = /^https?:\/\//.test(location) ? close.href : `${close.pathname}${close.search}`;
            const monolithic = bytes.length <= chunkSize;
            const put = await this.request('PUT', repository, finalLocation, 'pull,push', { 'content-type': 'application/octet-stream', ...(monolithic ? {} : { 'content-length': '0' }) }, monolithic ? bytes : undefined, false);
            await this.expectOk(put, `finish the upload of ${digest} to ${repository}`);
        }, { attempts: 3, maxElapsedMs: 120_000, ...this.options.retry });
        return digest;
    }
    uploadLocation(response, repository) {
        const location = response.headers.get('location');
        if (!location)
            throw new RegistryError(`${this.options.registry} opened an upload to ${repository} without a Location.`, 'protocol');
        return location;
    }
    /**
     * Manifests that name `subject` as their subject: the referrers API where the registry has
     * one, else the `sha256-<hex>` tag-schema index. `source` says which answered.
     */
    async listReferrers(repository, subject, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const path = `referrers/${subject}${query}`;
        const listed = await (0,src/* withRetry */.bD)(async () => {
            const response = await this.attempt('GET', repository, path, 'pull', { accept: OCI_INDEX });
            if (response.ok && (response.headers.get('content-type') ?? '').startsWith(OCI_INDEX))
                return readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
            await response.body?.cancel();
            if (response.status !== 404 && !response.ok)
                await this.expectOk(response, `GET referrers of ${subject}`);
            return undefined;
        }, this.retryOptions());
        if (listed)
            return { descriptors: indexEntries(listed, artifactType), source: 'api' };
        const head = await this.headManifest(repository, fallbackTag(subject));
        if (!head)
            return { descriptors: [], source: 'tag-schema' };
        const index = await this.getManifest(repository, head.digest);
        return { descriptors: indexEntries(index.bytes, artifactType), source: 'tag-schema' };
    }
    /**
     * Store a manifest that has a `subject` so the subject's referrers list it: by digest, and,
     * when the registry does not say it indexed the subject (no `OCI-Subject` header), also in
     * the tag-schema fallback index, keeping every entry other writers add meanwhile.
     */
    async pushReferrer(repository, bytes, mediaType, fallback = {}) {
        const manifest = JSON.parse(bytes.toString('utf8'));
        const subject = manifest.subject?.digest;
        if (!subject)
            throw new Error('pushReferrer needs a manifest with a subject.');
        const digest = sha256Of(bytes);
        const response = await this.request('PUT', repository, `manifests/${digest}`, 'pull,push', { 'content-type': mediaType }, bytes);
        await this.expectOk(response, `PUT referrer ${digest} of ${subject}`);
        if (response.headers.get('oci-subject') === subject)
            return { digest, stored: 'api' };
        const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
        await addToFallbackIndex(this, repository, subject, {
            mediaType,
            digest,
            size: bytes.length,
            ...(artifactType ? { artifactType } : {}),
            ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
        }, fallback);
        return { digest, stored: 'tag-schema' };
    }
    /** PUT exact manifest bytes under a tag (or digest); returns the digest, checked against the registry's. */
    async putManifest(repository, reference, bytes, mediaType) {
        const response = await this.request('PUT', repository, `manifests/${reference}`, 'pull,push', { 'content-type': mediaType }, bytes);
        await this.expectOk(response, `PUT ${repository}:${reference}`);
        const digest = sha256Of(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if (claimed && claimed !== digest)
            throw new RegistryError(`${this.options.registry} stored ${repository}:${reference} as ${claimed}, not the ${digest} that was sent.`, 'protocol');
        return digest;
    }
    /**
     * One API call with auth. `path` is relative to `/v2/<repository>/`, or an absolute URL
     * the registry handed out (an upload Location). Retried on 429/5xx unless `retry` is false
     * (steps of an upload session, which the whole upload retries instead).
     */
    async request(method, repository, path, access, headers, body, retry = true) {
        const attempt = () => this.attempt(method, repository, path, access, headers, body);
        if (!retry)
            return attempt();
        return (0,src/* withRetry */.bD)(attempt, this.retryOptions());
    }
    /**
     * A GET whose body is read inside the retry, so a body cut off mid-read is retried like a
     * reset connection (same bounded, jittered backoff) rather than failing the first time.
     */
    async download(repository, path, headers, what) {
        return (0,src/* withRetry */.bD)(async () => {
            const response = await this.attempt('GET', repository, path, 'pull', headers);
            await this.expectOk(response, what);
            const bytes = await readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
            return { response, bytes };
        }, this.retryOptions());
    }
    /** Our bounds, the caller's overrides, and a cut-off body counted as transient. */
    retryOptions() {
        const isTransient = this.options.retry?.isTransient ?? src/* isTransientError */.bV;
        return {
            attempts: 4,
            maxElapsedMs: 30_000,
            ...this.options.retry,
            isTransient: (error) => error instanceof BodyCutOffError || isTransient(error),
        };
    }
    /** One try of an API call: the request, and once more with auth when challenged; 429/5xx throw. */
    async attempt(method, repository, path, access, headers, body, signal) {
        const scope = `repository:${repository}:${access}`;
        const target = /^https?:\/\//.test(path) || path.startsWith('/') ? path : `/v2/${repository}/${path}`;
        let response = await this.send(method, target, headers, body, this.authorizationFor(repository, access), signal);
        if (response.status === 401) {
            const authorization = await this.answerChallenge(response, scope, signal);
            response = await this.send(method, target, headers, body, authorization, signal);
        }
        if (response.status === 429 || response.status >= 500)
            await this.expectOk(response, `${method} ${target}`);
        return response;
    }
    /** The answer to an earlier challenge for this access, or for push access, which includes pull. */
    authorizationFor(repository, access) {
        const scope = (wanted) => `repository:${repository}:${wanted}`;
        return this.authorizations.get(scope(access)) ?? this.authorizations.get(scope('pull,push'));
    }
    async send(method, path, headers, body, authorization, signal) {
        const deadline = () => signal ? AbortSignal.any([signal, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(60_000);
        let lastError;
        if (/^https?:\/\//.test(path)) {
            // An absolute URL from the registry: credentials go only to the registry's own host.
            const url = new URL(path);
            const sameHost = url.host === this.host;
            try {
                return await this.fetch(url, {
                    method,
                    headers: { ...headers, ...(authorization && sameHost ? { authorization } : {}) },
                    ...(body ? { body } : {}),
                    signal: deadline(),
                });
            }
            catch (error) {
                lastError = error;
            }
        }
        for (const scheme of /^https?:\/\//.test(path) ? [] : this.schemes) {
            try {
                const response = await this.fetch(`${scheme}://${this.host}${path}`, {
                    method,
                    headers: { ...headers, ...(authorization ? { authorization } : {}) },
                    ...(body ? { body } : {}),
                    signal: deadline(),
                });
                // Whichever scheme answered is the one to keep using.
                if (this.schemes.length > 1 && scheme !== this.schemes[0])
                    this.schemes.splice(0, this.schemes.indexOf(scheme));
                return response;
            }
            catch (error) {
                lastError = error;
            }
        }
        const cause = lastError?.cause ?? lastError;
        throw new RegistryError(`Could not reach ${this.options.registry} (${cause?.message ?? String(cause)}): ${failureHint('network')}.`, 'network', undefined, cause);
    }
    /** Turn a 401 challenge into an Authorization header for `scope`, fetching a bearer token if asked. */
    async answerChallenge(response, scope, signal) {
        await response.body?.cancel();
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        const credentials = this.options.credentials;
        let authorization;
        if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            authorization = `Bearer ${await this.fetchToken(challenge.params.realm, challenge.params.service, scope, signal)}`;
        }
        else if (credentials?.kind === 'basic') {
            authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        else {
            throw new RegistryError(`${this.options.registry} requires a login: ${failureHint('auth')}.`, 'auth', 401);
        }
        this.authorizations.set(scope, authorization);
        return authorization;
    }
    async fetchToken(realm, service, scope, signal) {
        const credentials = this.options.credentials;
        const deadline = signal
            ? AbortSignal.any([signal, AbortSignal.timeout(30_000)])
            : AbortSignal.timeout(30_000);
        const url = new URL(realm);
        let response;
        let method;
        if (credentials?.kind === 'identity-token') {
            method = 'POST';
            // OAuth2 refresh-token grant, as Docker does with an identity token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                scope,
                client_id: 'shipchain',
            });
            if (service)
                form.set('service', service);
            response = await this.fetch(url, { method: 'POST', body: form, signal: deadline });
        }
        else {
            method = 'GET';
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const headers = credentials?.kind === 'basic'
                ? {
                    authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
                }
                : {};
            response = await this.fetch(url, { headers, signal: deadline });
        }
        await this.expectOk(response, `token for ${scope}`);
        // Named by host and path only: the query and the form carry the scope and credentials.
        const body = await readWholeBody(response, this.options.registry, `${method} token ${url.host}${url.pathname}`);
        let answer;
        try {
            answer = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`The token endpoint of ${this.options.registry} (${url.host}${url.pathname}) answered HTTP ${response.status} without a JSON body.`, 'protocol');
        }
        const token = answer?.token ?? answer?.access_token;
        if (!token)
            throw new RegistryError(`The token endpoint of ${this.options.registry} returned no token.`, 'protocol');
        return token;
    }
    async expectOk(response, what) {
        const codes = [];
        if (response.ok)
            return;
        let detail = '';
        try {
            const body = (await response.json());
            for (const error of body.errors ?? []) {
                if (error.code)
                    codes.push(error.code);
                detail += `${detail ? '; ' : ''}${error.code ?? ''} ${error.message ?? ''}`.trim();
            }
        }
        catch {
            // Not every error has a JSON body (HEAD never has).
        }
        const kind = failureForStatus(response.status, codes) ?? 'protocol';
        const retryAfter = Number(response.headers.get('retry-after'));
        const error = new RegistryError(`${this.options.registry}: ${what} failed with HTTP ${response.status}${detail ? ` (${detail})` : ''}: ${failureHint(kind)}.`, kind, response.status);
        if (Number.isFinite(retryAfter) && retryAfter > 0)
            Object.assign(error, { retryAfterMs: retryAfter * 1000 });
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/oci-client/src/docker-config.ts




/**
 * The file that holds registry logins: `REGISTRY_AUTH_FILE` (containers' auth.json, same
 * format) when set, else the Docker config where docker/login-action and cloud-login
 * write them: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
 */
function dockerConfigPath(env) {
    if (env.REGISTRY_AUTH_FILE)
        return env.REGISTRY_AUTH_FILE;
    const directory = env.DOCKER_CONFIG && env.DOCKER_CONFIG !== ''
        ? env.DOCKER_CONFIG
        : (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(directory, 'config.json');
}
/** Docker Hub logins are stored under its legacy index URL. */
const authKeys = (registry) => registry === 'docker.io' || registry === 'registry-1.docker.io' || registry === 'index.docker.io'
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];
/**
 * The credentials a Docker config holds for `registry`: a credential helper
 * (`credHelpers`, then `credsStore`) wins over an inline `auths` entry, as in Docker.
 * Undefined when there is no login (anonymous pulls and tests without auth).
 */
async function credentialsFor(registry, configPath, runHelper = runCredentialHelper) {
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)(configPath, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`The Docker config ${configPath} is not valid JSON: ${error.message}`, {
            cause: error,
        });
    }
    const keys = authKeys(registry);
    const helper = keys.map((key) => config.credHelpers?.[key]).find(Boolean) ?? config.credsStore;
    if (helper) {
        const fromHelper = parseHelperAnswer(await runHelper(helper, keys[0]));
        if (fromHelper)
            return fromHelper;
    }
    const entry = keys.map((key) => config.auths?.[key]).find((value) => value !== undefined);
    if (!entry)
        return undefined;
    if (entry.identitytoken)
        return { kind: 'identity-token', token: entry.identitytoken };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1)
            throw new Error(`The Docker config ${configPath} has an auth entry for ${registry} without "user:password".`);
        return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username !== undefined && entry.password !== undefined)
        return { kind: 'basic', username: entry.username, password: entry.password };
    return undefined;
}
/** `docker-credential-<helper> get`, the server URL on stdin (no shell). */
async function runCredentialHelper(helper, serverUrl) {
    const result = await (0,src/* execCommand */.NK)(`docker-credential-${helper}`, ['get'], {
        input: serverUrl,
        allowFailure: true,
    });
    // Helpers exit non-zero with "credentials not found" when they hold nothing for the server.
    return result.exitCode === 0 ? result.stdout : '';
}
function parseHelperAnswer(stdout) {
    if (stdout.trim() === '')
        return undefined;
    const answer = JSON.parse(stdout);
    if (!answer.Secret)
        return undefined;
    // Docker's convention: the user name "<token>" marks an identity token.
    if (answer.Username === '<token>')
        return { kind: 'identity-token', token: answer.Secret };
    return { kind: 'basic', username: answer.Username ?? '', password: answer.Secret };
}
/** Whether the login file exists (buildah refuses an --authfile that does not). */
async function loginFileExists(env) {
    return access(dockerConfigPath(env)).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/from-env.ts



/**
 * A client for `registry` logged in the way the job is: credentials from the Docker
 * config (or REGISTRY_AUTH_FILE) that cloud-login or docker/login-action wrote. Plain
 * HTTP for loopback registries, or when `insecure` (the registry-insecure input) says so.
 */
async function registryClientFromEnv(registry, env, insecure = false) {
    const credentials = await credentialsFor(registry, dockerConfigPath(env));
    return new RegistryClient({
        registry,
        insecure: insecure || isLoopbackRegistry(registry),
        ...(credentials ? { credentials } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/oci-client/src/index.ts










;// CONCATENATED MODULE: ./actions/gitops-bump/src/downgrade.ts


const CREATED_LABEL = 'org.opencontainers.image.created';
/**
 * When each digest was built, by its `org.opencontainers.image.created` label (or the config's
 * `created`), read from the registry once per digest. An unreachable registry is an error:
 * the guard was asked for and cannot be skipped silently.
 */
class BuildDates {
    image;
    env;
    insecure;
    client;
    dates = new Map();
    constructor(image, env, insecure) {
        this.image = image;
        this.env = env;
        this.insecure = insecure;
    }
    created(digest) {
        let date = this.dates.get(digest);
        if (!date) {
            date = this.read(digest);
            this.dates.set(digest, date);
        }
        return date;
    }
    async read(digest) {
        const { registry, repository } = parseImageReference(this.image, 'image');
        this.client ??= registryClientFromEnv(registry, this.env, this.insecure);
        try {
            const client = await this.client;
            let manifest = JSON.parse((await client.getManifest(repository, digest)).bytes.toString('utf8'));
            if (Array.isArray(manifest.manifests) && manifest.manifests[0]?.digest)
                manifest = JSON.parse((await client.getManifest(repository, manifest.manifests[0].digest)).bytes.toString('utf8'));
            const configDigest = manifest.config?.digest;
            if (typeof configDigest !== 'string')
                return undefined;
            const config = JSON.parse((await client.getBlob(repository, configDigest)).toString('utf8'));
            const stamp = config.config?.Labels?.[CREATED_LABEL] ?? config.created;
            const date = typeof stamp === 'string' ? new Date(stamp) : undefined;
            return date && !Number.isNaN(date.getTime()) ? date : undefined;
        }
        catch (error) {
            throw new Error(`forbid-downgrade needs the build dates of ${this.image}@${digest}, and the registry did not give them: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
        }
    }
}
/** Refuse when any current digest was built after the new one. */
async function checkDowngrade(dates, image, newDigest, current) {
    const warnings = [];
    const newDate = await dates.created(newDigest);
    if (!newDate)
        return {
            warnings: [
                `forbid-downgrade could not compare: ${image}@${newDigest} has no ${CREATED_LABEL} label or created time.`,
            ],
        };
    for (const { digest, where } of current) {
        if (digest === newDigest)
            continue;
        const oldDate = await dates.created(digest);
        if (!oldDate) {
            warnings.push(`forbid-downgrade could not compare ${where}: ${image}@${digest} has no ${CREATED_LABEL} label.`);
            continue;
        }
        if (oldDate > newDate)
            return {
                refused: `${where} pins ${image}@${digest}, built ${oldDate.toISOString()}, newer than ${newDigest} (built ${newDate.toISOString()}); forbid-downgrade keeps it.`,
                warnings,
            };
    }
    return { warnings };
}

;// CONCATENATED MODULE: ./actions/gitops-bump/src/appliers.ts





/**
 * The bump (or promotion), made afresh on each attempt's head. Fields whose value differs from
 * what the first attempt saw were changed by someone else meanwhile: a true conflict.
 */
function bumpApplier(plan, context) {
    const record = {
        files: [],
        oldRefs: [],
        newRef: '',
        image: plan.image,
        refused: [],
        warnings: [],
    };
    // What the first application saw (not necessarily attempt 1's: a fetch the network broke
    // is retried before anything was applied).
    let firstSeen;
    const apply = async (head, _attempt) => {
        const { git } = context.checkout;
        // The head into the index only: manifests are read from and written to git's objects, so
        // none of the repository's files is checked out (or followed, were it a link).
        await git.run(['read-tree', head]);
        const bump = {
            image: plan.image,
            form: plan.form,
            helmKeys: plan.helmKeys,
            ...(plan.tag ? { tag: plan.tag } : {}),
        };
        if (plan.digest)
            bump.digest = plan.digest;
        // Warnings are per attempt: the last attempt's are the ones reported.
        record.warnings = [];
        const skipped = (warning) => record.warnings.push(warning);
        if (plan.kind === 'promote') {
            const source = await promotedReference(git, plan.promoteFrom, plan.image, plan.helmKeys, skipped);
            bump.digest = source.digest;
            if (plan.form === 'tag-digest') {
                const tag = plan.tag ?? source.tag;
                if (!tag)
                    throw new src/* ConfigurationError */.j1(`Input "form" is tag-digest but ${source.files.join(', ')} pins ${plan.image} by digest alone; set the "tag" input.`, 'tag');
                bump.tag = tag;
            }
        }
        const manifests = await manifestFiles(git, plan.paths, 'paths', skipped);
        const { changed, edits } = await bumpManifests(git, plan.paths, manifests, bump, {
            addToKustomizations: plan.addToKustomizations,
        });
        record.newRef = `${plan.image}${bump.tag && plan.form !== 'digest' ? `:${bump.tag}` : ''}${bump.digest ? `@${bump.digest}` : ''}`;
        record.files = changed;
        record.oldRefs = [...new Set(changed.filter((f) => f.changes.length > 0).flatMap((f) => f.before))];
        record.refused = changed.flatMap((f) => f.held.map((h) => `${f.file}:${h.line} is held (shipchain:hold), left at ${h.old}`));
        if (!firstSeen)
            firstSeen = new Map(changed.map((f) => [f.file, new Set(f.changes.map((c) => c.old))]));
        else
            checkConflicts(changed, firstSeen, record.newRef);
        const edited = changed.filter((f) => f.changes.length > 0);
        if (edited.length === 0)
            return undefined;
        if (context.buildDates && bump.digest) {
            const current = edited.flatMap((f) => f.before.flatMap((ref) => {
                const digest = splitImage(ref).digest;
                return digest ? [{ digest, where: f.file }] : [];
            }));
            const verdict = await checkDowngrade(context.buildDates, plan.image, bump.digest, current);
            record.warnings.push(...verdict.warnings);
            if (verdict.refused) {
                // Nothing was written: the edits are dropped with the index the next attempt reads afresh.
                record.refused.push(verdict.refused);
                record.files = [];
                return undefined;
            }
        }
        const message = renderTemplate(context.template, {
            ...context.variables,
            image: plan.image,
            digest: bump.digest ?? '',
            tag: bump.tag ?? '',
            'new-ref': record.newRef,
            'old-ref': record.oldRefs.join(', '),
        });
        return {
            files: edited.map((f) => f.file),
            tree: await writeTree(git, head, edits, `${context.checkout.baseRef}-edit`),
            message: withTrailers(message, {
                kind: plan.kind === 'promote' ? 'promote' : 'deploy',
                environment: plan.environment,
                image: plan.image,
                digest: bump.digest ?? '',
                oldRef: record.oldRefs.join(', '),
                newRef: record.newRef,
                paths: plan.paths.join(', '),
                sourceRepository: context.sourceRepository,
                source: context.variables['source-commit'],
                run: context.variables['run-url'],
            }),
        };
    };
    return { apply, record };
}
function checkConflicts(changed, firstSeen, newRef) {
    for (const file of changed) {
        const seen = firstSeen.get(file.file) ?? new Set();
        const moved = file.changes.find((change) => !seen.has(change.old));
        if (moved)
            throw new ConflictError(`Conflict: while this run was pushing, someone else changed ${file.file}:${moved.line} to ${moved.old}${seen.size ? ` (it was ${[...seen].join(', ')})` : ''}. Not overwriting it with ${newRef}: check which change should win and re-run.`);
    }
}
/** The revert of one of our commits (packages/gitops), its record in this action's shape. */
function appliers_revertApplier(plan, context) {
    const record = { files: [], oldRefs: [], newRef: '', image: '', refused: [], warnings: [] };
    const revert = revertApplier({
        checkout: context.checkout,
        commit: plan.commit,
        input: 'revert',
        kind: 'revert',
        environment: context.variables.environment,
        sourceRepository: context.sourceRepository,
        sourceCommit: context.variables['source-commit'],
        runUrl: context.variables['run-url'],
        reason: context.reason,
    });
    const apply = async (head, attempt) => {
        const applied = await revert.apply(head, attempt);
        const done = revert.record;
        Object.assign(record, {
            image: done.image,
            oldRefs: done.removedRef ? [done.removedRef] : [],
            newRef: done.restoredRef,
            files: done.files.map((file) => ({ file, changes: [], held: [], skipped: [], before: [] })),
        });
        return applied;
    };
    return { apply, record };
}

// EXTERNAL MODULE: ./actions/gitops-bump/src/input-checks.ts
var input_checks = __webpack_require__(2313);
;// CONCATENATED MODULE: ./actions/gitops-bump/src/plan.ts




const plan_DIGEST = /^sha256:[0-9a-f]{64}$/;
function planFrom(values) {
    const environment = values.environment || environmentOf(values.paths);
    if (values['revert-reason'] && !values.revert)
        throw new src/* ConfigurationError */.j1('Input "revert-reason" says why a revert is made: set "revert" to the commit to undo, or leave revert-reason empty.', 'revert-reason');
    if (values.revert) {
        if (values['promote-from'].length > 0 || values.digest)
            throw new src/* ConfigurationError */.j1('Input "revert" undoes an earlier bump by itself: leave "digest" and "promote-from" empty when reverting.', 'revert');
        return { kind: 'revert', commit: values.revert, environment, paths: values.paths };
    }
    if (values.paths.length === 0)
        throw (0,input_checks/* noPathsError */.Y)();
    const reference = splitReferenceInputs(values.image, values.digest);
    const helmKeys = helmKeysFrom(values['helm-keys']);
    const tag = values.tag || reference.tag;
    const common = {
        image: reference.image,
        paths: values.paths,
        helmKeys,
        environment,
        addToKustomizations: values['kustomize-add-image'],
    };
    if (values['promote-from'].length > 0) {
        if (reference.digest)
            throw new src/* ConfigurationError */.j1('Inputs "promote-from" and "digest" conflict: a promotion copies the digest the source environment runs. Leave "digest" empty.', 'promote-from');
        return {
            kind: 'promote',
            ...common,
            form: values.form,
            promoteFrom: values['promote-from'],
            ...(tag ? { tag } : {}),
        };
    }
    if (!reference.digest && !reference.tag)
        throw new src/* ConfigurationError */.j1('Input "digest" is empty: give the sha256:… digest to pin (image-build\'s "digest" output), or pass image as name@sha256:….', 'digest');
    if (!reference.digest) {
        if (!values['allow-tags'])
            throw new src/* ConfigurationError */.j1(`Input "digest" is the tag ${JSON.stringify(reference.tag)}, not a digest: a tag can be moved, so what runs would not be what was tested. Pass the sha256:… digest, or set allow-tags: true to pin a tag anyway.`, 'digest');
        return { kind: 'bump', ...common, form: 'tag', tag: reference.tag, promoteFrom: [] };
    }
    if (values.form === 'tag-digest' && !tag)
        throw new src/* ConfigurationError */.j1('Input "form" is tag-digest, which writes name:tag@sha256:…, but no tag was given: set the "tag" input.', 'tag');
    return {
        kind: 'bump',
        ...common,
        form: values.form,
        digest: reference.digest,
        ...(tag ? { tag } : {}),
        promoteFrom: [],
    };
}
/**
 * `image` may be a repository (with `digest` beside it) or name@sha256:… (image-build's
 * `image` output); `digest` may be sha256:…, or a tag when allow-tags says so.
 */
function splitReferenceInputs(image, digest) {
    if (!image)
        throw new src/* ConfigurationError */.j1('Input "image" is empty: name the repository to pin, e.g. ghcr.io/acme/web (or ghcr.io/acme/web@sha256:…).', 'image');
    const { repository, tag, digest: fromImage } = splitImage(image);
    if (fromImage !== undefined && !plan_DIGEST.test(fromImage))
        throw new src/* ConfigurationError */.j1(`Input "image" ends in @${fromImage}, which is not a sha256: digest of 64 lower-case hex digits.`, 'image');
    if (tag !== undefined)
        throw new src/* ConfigurationError */.j1(`Input "image" is ${JSON.stringify(image)}, which carries a tag: give the repository alone (ghcr.io/acme/web) and the digest in "digest", or the tag in "tag".`, 'image');
    if (!/^[a-z0-9][a-z0-9._:/-]*$/.test(repository))
        throw new src/* ConfigurationError */.j1(`Input "image" is ${JSON.stringify(image)}, which is not a repository name (lower-case, like ghcr.io/acme/web).`, 'image');
    const given = digest?.trim();
    if (given && fromImage && given !== fromImage)
        throw new src/* ConfigurationError */.j1(`Inputs "image" (@${fromImage}) and "digest" (${given}) name different digests; give one.`, 'digest');
    const value = given || fromImage;
    if (!value)
        return { image: repository };
    if (plan_DIGEST.test(value))
        return { image: repository, digest: value };
    if (value.startsWith('sha256:'))
        throw new src/* ConfigurationError */.j1(`Input "digest" is ${JSON.stringify(value)}, which is not sha256: followed by 64 lower-case hex digits.`, 'digest');
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(value))
        throw new src/* ConfigurationError */.j1(`Input "digest" is ${JSON.stringify(value)}: neither a sha256:… digest nor a valid tag.`, 'digest');
    return { image: repository, tag: value };
}
function helmKeysFrom(keys) {
    const [repository, tag, digest] = keys.map((key) => key.slice(key.lastIndexOf('.') + 1));
    if (keys.length !== 3 || !repository || !tag || !digest)
        throw new src/* ConfigurationError */.j1(`Input "helm-keys" must name three keys, repository, tag and digest, in that order (default "repository, tag, digest"; paths like image.repository are fine), not ${JSON.stringify(keys.join(', '))}.`, 'helm-keys');
    return { repository, tag, digest };
}
/** A short name for the environment: the last plain segment of the first path (deploy/overlays/dev → dev). */
function environmentOf(paths) {
    const segments = (paths[0] ?? '').split('/').filter((s) => s && !/[*?[\]]/.test(s) && !/\.ya?ml$/.test(s));
    return segments.at(-1) ?? 'default';
}
function identityFrom(author) {
    const identity = parseIdentity(author);
    if (!identity)
        throw new src/* ConfigurationError */.j1(`Input "author" is ${JSON.stringify(author)}, not "Name <email>" (e.g. "release-bot <bot@example.com>").`, 'author');
    return identity;
}

;// CONCATENATED MODULE: ./actions/gitops-bump/src/signed-commit.ts



const CREATE_COMMIT = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
/**
 * Publish through the GraphQL createCommitOnBranch mutation: GitHub makes the commit from the
 * local commit's file changes and signs it, so it shows as verified. expectedHeadOid makes it a
 * compare-and-swap: a branch that moved is a lost race, retried like a rejected push.
 */
function signedCommit(client, checkout, target) {
    return async (commit, base) => {
        const { git } = checkout;
        if (target.resetToBase) {
            // Our PR branch starts again from the base; the commit is then made on it by the API.
            const reset = await git.attempt([
                'push',
                '--porcelain',
                '--force',
                checkout.remote,
                `${base}:refs/heads/${target.branch}`,
            ]);
            if (reset.exitCode !== 0)
                throw new PushRejectedError(`Could not reset ${target.branch} of ${checkout.display} to ${base}: ${reset.stderr.trim()}`);
        }
        // Raw: each changed path with its new mode and blob, so contents come from git's objects.
        const listing = await git.run(['diff', '--raw', '--no-renames', '--no-abbrev', '-z', base, commit]);
        const fields = listing.split('\0').filter(Boolean);
        const changes = [];
        for (let i = 0; i + 1 < fields.length; i += 2) {
            const [, mode = '', , blob = '', status = ''] = fields[i].split(' ');
            changes.push({ path: fields[i + 1], mode, blob, deleted: status === 'D' });
        }
        const regular = changes.filter((c) => !c.deleted && /^100/.test(c.mode));
        const texts = await git.readBlobs(regular.map((c) => c.blob)).catch((error) => {
            if (!(error instanceof NotUtf8Error))
                throw error;
            const path = regular.find((c) => c.blob === error.id)?.path ?? error.id;
            throw new PushRejectedError(`sign-commits uploads the commit's files as text, and ${path} (or a file just before it) is not UTF-8; turn sign-commits off for this change.`);
        });
        // The API takes file contents: a link in the commit (a revert, which checks its head out,
        // can bring one back) would upload whatever it points to. Anything but a regular file goes
        // to the confined reader of the work tree, which refuses it, naming the link.
        const tree = (0,src/* confinedFiles */.U3)({
            roots: [{ path: git.dir, name: 'the repository' }],
            symlinks: 'never',
            input: 'sign-commits',
            described: 'the files of a signed commit',
        });
        const additions = [];
        const deletions = [];
        for (const change of changes) {
            if (change.deleted)
                deletions.push({ path: change.path });
            else if (/^100/.test(change.mode))
                additions.push({
                    path: change.path,
                    contents: Buffer.from(texts.get(change.blob)).toString('base64'),
                });
            else
                additions.push({ path: change.path, contents: tree.readFileSync(change.path).toString('base64') });
        }
        const message = await git.run(['show', '-s', '--format=%B', commit]);
        const [headline = '', ...rest] = message.trimEnd().split('\n');
        try {
            const result = await client.graphql(CREATE_COMMIT, {
                input: {
                    branch: { repositoryNameWithOwner: target.repository, branchName: target.branch },
                    expectedHeadOid: base,
                    fileChanges: { additions, deletions },
                    message: { headline, body: rest.join('\n').trim() },
                },
            });
            return { landed: result.createCommitOnBranch.commit.oid };
        }
        catch (error) {
            const text = (0,src/* errorMessage */.gJ)(error);
            if (/Expected branch to point to/i.test(text))
                return { raceLost: 'the branch moved (expectedHeadOid)' };
            // A 5xx or reset connection may pass: the next attempt re-reads the head and tries again,
            // within the same push-timeout as a lost race.
            if ((0,src/* isTransientError */.bV)(error))
                return { raceLost: `GitHub API: ${firstLine(text)}` };
            if (client_isPermissionError(error) || /not accessible|FORBIDDEN/i.test(text))
                throw new PushRejectedError(`GitHub refused to create the signed commit on ${target.branch} of ${target.repository} (${text}): give the job contents: write, or turn sign-commits off.`, { cause: error });
            throw error;
        }
    };
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').trim().slice(0, 200);
}
const ENABLE_AUTO_MERGE = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } }
}`;
/** Turn on auto-merge; a refusal (the repository does not allow it, checks already passed) is returned, not thrown. */
async function enableAutoMerge(client, nodeId, method) {
    try {
        await client.graphql(ENABLE_AUTO_MERGE, { id: nodeId, mergeMethod: method.toUpperCase() });
        return undefined;
    }
    catch (error) {
        return `auto-merge could not be enabled (${(0,src/* errorMessage */.gJ)(error)}); allow auto-merge in the repository settings and protect the base branch with required checks.`;
    }
}

;// CONCATENATED MODULE: ./actions/gitops-bump/src/summary.ts

/** Diffs longer than this are cut in the summary (the whole diff is in the `diff` output file). */
const DIFF_BUDGET = 60_000;
function renderSummary(facts, budget) {
    const { record } = facts;
    const rows = [
        ['Environment', (0,src/* markdownText */.p7)(facts.environment)],
        ['Repository', `${(0,src/* markdownText */.p7)(facts.repository)} ${(0,src/* markdownCode */.D9)(facts.branch)}`],
        ['Image', (0,src/* markdownCode */.D9)(record.image)],
        ['From', record.oldRefs.map(src/* markdownCode */.D9).join('<br>') || '—'],
        ['To', record.newRef ? (0,src/* markdownCode */.D9)(record.newRef) : '—'],
        [
            'Files',
            record.files
                .filter((f) => f.changes.length > 0 || f.before.length === 0)
                .map((f) => (0,src/* markdownCode */.D9)(f.file))
                .join('<br>') || 'none changed',
        ],
    ];
    if (facts.commit)
        rows.push([
            'Commit',
            facts.commitUrl
                ? (0,src/* markdownLink */.iQ)(facts.commit.slice(0, 12), facts.commitUrl)
                : (0,src/* markdownCode */.D9)(facts.commit.slice(0, 12)),
        ]);
    if (facts.pullRequest)
        rows.push([
            'Pull request',
            `${(0,src/* markdownLink */.iQ)(`#${facts.pullRequest.number}`, facts.pullRequest.url)} (${facts.pullRequest.created ? 'opened' : 'updated'})`,
        ]);
    if (facts.attempts > 1)
        rows.push(['Attempts', `${facts.attempts} (lost ${facts.attempts - 1} push race(s) and re-applied)`]);
    const builder = new src/* SummaryBuilder */.CF().heading(facts.title, 2).table(['', ''], rows);
    for (const reason of record.refused)
        builder.text(`> [!WARNING]\n> ${(0,src/* markdownText */.p7)(reason)}`);
    for (const warning of record.warnings)
        builder.text(`> [!NOTE]\n> ${(0,src/* markdownText */.p7)(warning)}`);
    if (facts.diff) {
        const shown = facts.diff.length > DIFF_BUDGET
            ? `${facts.diff.slice(0, DIFF_BUDGET)}\n… (cut; the whole diff is the "diff" output)`
            : facts.diff;
        builder.code(shown, 'diff');
    }
    return builder.render(budget);
}

;// CONCATENATED MODULE: ./actions/gitops-bump/src/main.ts













async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    const plan = planFrom(inputs);
    const identity = identityFrom(inputs.author);
    checkTemplate(inputs['commit-message']);
    if ((inputs.mode === 'pull-request' || inputs['sign-commits']) && !inputs.token)
        throw new src/* ConfigurationError */.j1(`Input "token" is empty: ${inputs['sign-commits'] ? 'sign-commits needs a token with contents: write' : 'mode pull-request needs a token with pull-requests: write'}.`, 'token');
    if (inputs['auto-merge'] !== 'off' && inputs.mode !== 'pull-request')
        throw new src/* ConfigurationError */.j1('Input "auto-merge" applies to pull requests: set mode: pull-request, or auto-merge: off.', 'auto-merge');
    if (inputs['max-attempts'] !== undefined)
        log.warning(`Input "max-attempts" is deprecated: "push-timeout" (default 5m) bounds the push retries by time. With max-attempts set, a run still stops after ${inputs['max-attempts']} attempts, which can fail under load; remove it and raise push-timeout if needed.`);
    const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
    // One client for every API call of this run, made only when one is needed.
    let client;
    const github = () => (client ??= githubClient(inputs.token, apiUrl));
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const tempDir = env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
    const checkout = await openCheckout({
        repository: inputs.repository ?? '',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDir,
        serverUrl,
        ...(inputs.token ? { token: inputs.token } : {}),
        env,
        identity,
    });
    try {
        const branch = inputs.branch || (await defaultBranch(checkout));
        const sourceCommit = env.GITHUB_SHA ?? '';
        const runUrl = run_url_runUrl(env);
        const context = {
            checkout,
            sourceRepository: env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : '',
            reason: inputs['revert-reason'] ?? '',
            template: inputs['commit-message'],
            variables: {
                paths: plan.paths.join(', '),
                environment: plan.environment,
                'source-commit': sourceCommit,
                'source-short': sourceCommit.slice(0, 7),
                'run-url': runUrl,
            },
            ...(inputs['forbid-downgrade'] && plan.kind !== 'revert'
                ? { buildDates: new BuildDates(plan.image, env, inputs['registry-insecure']) }
                : {}),
        };
        const { apply, record } = plan.kind === 'revert' ? appliers_revertApplier(plan, context) : bumpApplier(plan, context);
        const image = plan.kind === 'revert' ? '' : plan.image;
        const prBranch = inputs['pr-branch'] ||
            pullRequestBranch(plan.environment, image || `revert-${plan.kind === 'revert' ? plan.commit.slice(0, 12) : ''}`);
        const target = inputs.mode === 'pull-request' ? prBranch : branch;
        const publish = inputs.mode === 'dry-run'
            ? undefined
            : inputs['sign-commits']
                ? signedCommit(github(), checkout, {
                    repository: apiRepository(inputs.repository, env).join('/'),
                    branch: target,
                    resetToBase: inputs.mode === 'pull-request',
                })
                : gitPush(checkout, { branch: target, force: inputs.mode === 'pull-request' });
        const landed = await land({
            checkout,
            branch,
            apply,
            ...(publish ? { publish } : {}),
            timeoutMs: inputs['push-timeout'],
            ...(inputs['max-attempts'] !== undefined ? { maxAttempts: inputs['max-attempts'] } : {}),
            log: (line) => log.info(line),
        });
        for (const reason of record.refused)
            log.warning(reason);
        for (const warning of record.warnings)
            log.warning(warning);
        for (const file of record.files)
            if (file.skipped.length > 0)
                log.warning(`${file.file} has ${record.image} in tag-only fields (lines ${file.skipped.join(', ')}) that a digest bump leaves alone; use form tag-digest with a tag to set them.`);
        const diff = landed.local
            ? await checkout.git.run(['diff', '--no-color', landed.base, landed.local])
            : '';
        const diffPath = diff ? (0,external_node_path_.join)(tempDir, `gitops-bump-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.diff`) : '';
        if (diffPath)
            await (0,promises_.writeFile)(diffPath, diff);
        const pullRequest = inputs.mode === 'pull-request' && landed.commit
            ? await openPullRequest(inputs, env, checkout, github(), {
                branch,
                prBranch,
                landed,
                record,
                plan,
                runUrl,
            })
            : undefined;
        // The base already has what a still-open PR of ours proposes (merged elsewhere, pushed by
        // hand): that PR is stale, and merging it could roll the environment back. Close it.
        if (inputs.mode === 'pull-request' &&
            !landed.local &&
            plan.kind !== 'revert' &&
            (await branchChangesNothing(checkout, prBranch, landed.base, plan.paths))) {
            const [owner, repo] = apiRepository(inputs.repository, env);
            const closed = await closeStalePullRequest(github(), {
                owner,
                repo,
                head: prBranch,
                base: branch,
                reason: `${branch} already pins ${record.newRef}`,
            });
            if (closed)
                log.info(`Closed the stale pull request #${closed}: ${branch} already pins ${record.newRef}.`);
        }
        if (pullRequest && inputs['auto-merge'] !== 'off') {
            const refusal = await enableAutoMerge(github(), pullRequest.nodeId, inputs['auto-merge']);
            if (refusal)
                log.warning(refusal);
        }
        const changed = Boolean(landed.local);
        const commitUrl = landed.commit && inputs.mode === 'push'
            ? commitLink(checkout, inputs.repository, env, serverUrl, landed.commit)
            : undefined;
        outputs.set('changed', changed);
        outputs.set('changed-files', !changed
            ? ''
            : record.files
                .filter((f) => f.changes.length > 0 || f.before.length === 0)
                .map((f) => f.file)
                .join('\n'));
        outputs.set('old-ref', record.oldRefs.join('\n'));
        outputs.set('new-ref', record.newRef);
        outputs.set('commit', landed.commit ?? '');
        outputs.set('pull-request-url', pullRequest?.url ?? '');
        outputs.set('pull-request-number', pullRequest ? String(pullRequest.number) : '');
        outputs.set('diff', diffPath);
        outputs.set('attempts', String(landed.attempts));
        outputs.set('refused', record.refused.join('\n'));
        log.info(headline(inputs.mode, changed, record, landed, branch, pullRequest?.url));
        const summaryPath = toolkit.summaryPath();
        if (inputs.summary && summaryPath)
            await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => renderSummary({
                title: `GitOps ${plan.kind} of ${plan.environment}${inputs.mode === 'dry-run' ? ' (dry run)' : ''}`,
                environment: plan.environment,
                repository: checkout.display,
                branch,
                mode: inputs.mode,
                record,
                ...(landed.commit ? { commit: landed.commit } : {}),
                ...(commitUrl ? { commitUrl } : {}),
                ...(pullRequest ? { pullRequest } : {}),
                attempts: landed.attempts,
                diff,
            }, budget));
    }
    finally {
        await checkout.cleanup();
    }
}
/**
 * Whether our PR branch, compared with the base, changes nothing under the environment's paths:
 * only then is its PR stale. A branch proposing something else (a newer digest) is left open.
 */
async function branchChangesNothing(checkout, prBranch, base, paths) {
    const ref = `${checkout.baseRef}-pr`;
    if ((await fetchInto(checkout, prBranch, ref)).exitCode !== 0)
        return false;
    try {
        const specs = paths.map((path) => `:(glob)${path.replace(/^\.\/+/, '').replace(/\/+$/, '')}`);
        const diff = await checkout.git.attempt([
            'diff',
            '--quiet',
            base,
            ref,
            '--',
            ...specs,
            ...specs.map((s) => `${s}/**`),
        ]);
        return diff.exitCode === 0;
    }
    finally {
        await checkout.git.attempt(['update-ref', '-d', ref]);
    }
}
function headline(mode, changed, record, landed, branch, prUrl) {
    if (!changed)
        return `Nothing to change: ${record.image || 'the files'} already at ${record.newRef || 'the wanted state'}${record.refused.length ? ' (or held)' : ''}.`;
    if (mode === 'dry-run' || !landed.commit)
        return `Dry run: would change ${record.files.length} file(s) to ${record.newRef}; nothing pushed.`;
    if (mode === 'pull-request')
        return `Pull request ${prUrl} carries ${record.newRef}.`;
    return `Pushed ${landed.commit} to ${branch} (attempt ${landed.attempts}): ${record.newRef}.`;
}
async function openPullRequest(values, env, checkout, client, facts) {
    const [owner, repo] = apiRepository(values.repository, env);
    const { record, plan } = facts;
    const title = plan.kind === 'revert'
        ? `Revert ${record.image} in ${plan.environment} to ${record.newRef}`
        : `${plan.kind === 'promote' ? 'Promote' : 'Deploy'} ${record.newRef} to ${plan.environment}`;
    const body = [
        `${plan.kind === 'promote' ? `Promotes the digest running in ${(0,src/* markdownCode */.D9)(plan.promoteFrom.join(', '))}` : 'Pins'} ${(0,src/* markdownCode */.D9)(record.newRef)} in ${(0,src/* markdownCode */.D9)(plan.paths.join(', ') || plan.environment)}.`,
        '',
        `From: ${record.oldRefs.map(src/* markdownCode */.D9).join(', ') || '—'}`,
        `Files: ${record.files.map((f) => (0,src/* markdownCode */.D9)(f.file)).join(', ')}`,
        facts.runUrl ? `Run: ${(0,src/* markdownLink */.iQ)(facts.runUrl, facts.runUrl)}` : '',
        '',
        `Branch ${(0,src/* markdownCode */.D9)(facts.prBranch)} is rewritten by every run for this environment and image (made by shipchain gitops-bump in ${(0,src/* markdownText */.p7)(checkout.display)}).`,
    ].join('\n');
    return upsertPullRequest(client, {
        owner,
        repo,
        head: facts.prBranch,
        base: facts.branch,
        title,
        body,
        labels: values['pr-labels'],
        draft: values['pr-draft'],
    });
}
function commitLink(checkout, repository, env, serverUrl, commit) {
    if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository))
        return `${serverUrl}/${repository}/commit/${commit}`;
    if (!repository && env.GITHUB_REPOSITORY && checkout.display.includes(env.GITHUB_REPOSITORY))
        return `${serverUrl}/${env.GITHUB_REPOSITORY}/commit/${commit}`;
    return undefined;
}


/***/ })

};
