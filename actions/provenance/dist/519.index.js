export const id = 519;
export const ids = [519];
export const modules = {

/***/ 519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 23 modules
var src = __webpack_require__(4003);
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









// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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










// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var jwt_verify = __webpack_require__(4490);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/remote.js + 1 modules
var remote = __webpack_require__(7315);
;// CONCATENATED MODULE: ./packages/provenance/src/claims.ts

const REQUIRED = [
    'repository',
    'repository_id',
    'repository_owner_id',
    'ref',
    'sha',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'run_id',
    'run_attempt',
    'runner_environment',
];
/**
 * Verify the job's OIDC token against its issuer's published keys (discovery → JWKS) and
 * return its claims. Provenance is built from these, never from environment variables a
 * step could have changed.
 */
async function verifyJobToken(token, issuer, audience) {
    const discovery = (await (await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(30_000),
    })).json());
    if (!discovery.jwks_uri)
        throw new Error(`${issuer} publishes no jwks_uri in its OpenID configuration`);
    const { payload } = await (0,jwt_verify/* jwtVerify */.V)(token, (0,remote/* createRemoteJWKSet */.RD)(new URL(discovery.jwks_uri)), {
        issuer,
        audience,
    });
    return requireClaims(payload);
}
function requireClaims(payload) {
    const missing = REQUIRED.filter((name) => typeof payload[name] !== 'string' || payload[name] === '');
    if (missing.length > 0)
        throw new Error(`the OIDC token lacks the claims provenance needs: ${missing.join(', ')} (is it a GitHub Actions token?)`);
    return payload;
}

;// CONCATENATED MODULE: ./packages/provenance/src/statement.ts
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The predicate types SBOM attestations use (cosign attest --type cyclonedx / spdxjson writes these). */
const CYCLONEDX_BOM_PREDICATE = 'https://cyclonedx.org/bom';
const SPDX_DOCUMENT_PREDICATE = 'https://spdx.dev/Document';
const SBOM_PREDICATE_TYPES = [CYCLONEDX_BOM_PREDICATE, SPDX_DOCUMENT_PREDICATE];
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** `owner/repo/.github/workflows/release.yml@refs/heads/main` → `.github/workflows/release.yml`. */
function workflowPath(workflowRef, repository) {
    const withoutRef = workflowRef.slice(0, workflowRef.lastIndexOf('@'));
    return withoutRef.startsWith(`${repository}/`) ? withoutRef.slice(repository.length + 1) : withoutRef;
}
/**
 * SLSA v1 provenance in the GitHub Actions workflow build type. The builder is the workflow
 * that ran the job (`job_workflow_ref`): for a reusable workflow that is the reusable one,
 * which is what makes an isolated build-and-attest workflow verifiable as the builder.
 */
function buildProvenance(input) {
    const { claims } = input;
    const server = input.serverUrl.replace(/\/+$/, '');
    const repositoryUrl = `${server}/${claims.repository}`;
    const metadata = {
        invocationId: `${repositoryUrl}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
    };
    if (input.startedOn)
        metadata.startedOn = input.startedOn.toISOString();
    if (input.finishedOn)
        metadata.finishedOn = input.finishedOn.toISOString();
    return {
        _type: STATEMENT_TYPE,
        subject: input.subjects,
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_WORKFLOW_BUILD_TYPE,
                externalParameters: {
                    workflow: {
                        ref: claims.ref,
                        repository: repositoryUrl,
                        path: workflowPath(claims.workflow_ref, claims.repository),
                    },
                },
                internalParameters: {
                    github: {
                        event_name: claims.event_name,
                        repository_id: claims.repository_id,
                        repository_owner_id: claims.repository_owner_id,
                        runner_environment: claims.runner_environment,
                    },
                },
                resolvedDependencies: [
                    { uri: `git+${repositoryUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } },
                ],
            },
            runDetails: {
                builder: { id: `${server}/${claims.job_workflow_ref}` },
                metadata,
            },
        },
    };
}
/**
 * The SLSA Build level this provenance can honestly claim: L3 needs the provenance made by
 * a builder isolated from the build's own steps, i.e. a reusable workflow distinct from
 * the calling workflow; made inside the caller's own job it is L2.
 */
function slsaBuildLevel(claims) {
    return claims.job_workflow_ref !== claims.workflow_ref ? 3 : 2;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/provenance/src/subjects.ts






const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `name@sha256:…` → subject named by the repository (the form cosign and GitHub use). */
function imageSubject(reference, input = 'subject') {
    const parsed = parseImageReference(reference, input);
    if (!parsed.digest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" has ${JSON.stringify(reference)} without a digest: attest images by digest (image-build's "image" output).`, input);
    return { name: repositoryName(parsed), digest: { sha256: parsed.digest.slice('sha256:'.length) } };
}
/** sha256 of a file, read as a stream (any size, constant memory). */
async function sha256File(path, open) {
    const options = { highWaterMark: 1024 * 1024 };
    const stream = open ? (await open(path)).createReadStream(options) : (0,external_node_fs_.createReadStream)(path, options);
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        stream
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** Files as subjects named by their workspace-relative path, hashed a few at a time. */
async function fileSubjects(paths, workspace, concurrency = 4, open) {
    const subjects = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const index = next++;
            const path = paths[index];
            subjects[index] = {
                name: (0,external_node_path_.relative)(workspace, path).split('\\').join('/'),
                digest: { sha256: await sha256File(path, open) },
            };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
    return subjects;
}
/** A `sha256sum` file: `<hex>  <name>` (or `<hex> *<name>` in binary mode) per line. */
async function checksumSubjects(path, input = 'subject-checksums', open) {
    const read = async () => {
        if (!open)
            return (0,promises_.readFile)(path, 'utf8');
        const handle = await open(path);
        try {
            return await handle.readFile('utf8');
        }
        finally {
            await handle.close();
        }
    };
    const text = await read().catch((error) => {
        // A refusal (a link leading out) says why itself; anything else is unreadable.
        if ((0,src/* isConfigurationError */.p0)(error))
            throw error;
        throw new src/* ConfigurationError */.j1(`Input "${input}" names ${path}, which cannot be read.`, input);
    });
    const subjects = [];
    for (const [index, raw] of text.split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line);
        if (!match || !SHA256_HEX.test(match[1].toLowerCase()))
            throw new src/* ConfigurationError */.j1(`Input "${input}": line ${index + 1} of ${path} is not "<sha256 hex>  <name>" (the sha256sum format).`, input);
        subjects.push({ name: match[2], digest: { sha256: match[1].toLowerCase() } });
    }
    return subjects;
}
/** One subject per name and digest: duplicates from overlapping inputs are merged. */
function uniqueSubjects(subjects) {
    const seen = new Set();
    return subjects.filter((subject) => {
        const key = `${subject.name}\u0000${subject.digest.sha256}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/provenance/src/index.ts




;// CONCATENATED MODULE: ./packages/signing/src/subject.ts


/** The subject of an image reference already holding its digest. */
function referenceSubject(reference) {
    return {
        registry: reference.registry,
        repository: reference.repository,
        name: repositoryName(reference),
        digest: reference.digest,
    };
}
/**
 * `name@sha256:…` → subject. A tag is refused: a tag can move after signing, so the
 * signature would vouch for whatever it points at later.
 */
function digestSubject(text, input = 'image') {
    const reference = parseImageReference(text, input);
    if (!reference.digest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(text)}, which has no digest: sign and verify by digest, e.g. the "image" output of image-build (name@sha256:…), never a tag that can move.`, input);
    return referenceSubject({ ...reference, digest: reference.digest });
}

// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./packages/signing/src/cosign-key.ts



/** cosign's encrypted key PEM types (`cosign generate-key-pair`), newer and older. */
const COSIGN_PEM = /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
const isCosignEncryptedKey = (pem) => COSIGN_PEM.test(pem);
/**
 * Open a cosign-encrypted private key: scrypt derives a 32-byte key from the password,
 * NaCl secretbox (XSalsa20-Poly1305) decrypts the PKCS#8 DER inside.
 */
function openCosignKey(pem, password, input = 'key') {
    const match = COSIGN_PEM.exec(pem);
    if (!match)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a cosign encrypted private key.`, input);
    if (!password)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is a cosign encrypted private key: set "key-password" too.`, `${input}-password`);
    let encrypted;
    try {
        encrypted = JSON.parse(Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" looks like a cosign key but its content is not readable.`, input);
    }
    if (encrypted.kdf?.name !== 'scrypt' || encrypted.cipher?.name !== 'nacl/secretbox')
        throw new src/* ConfigurationError */.j1(`Input "${input}" uses ${encrypted.kdf?.name ?? '?'}/${encrypted.cipher?.name ?? '?'}; only cosign's scrypt + nacl/secretbox keys are supported.`, input);
    const { N, r, p } = encrypted.kdf.params;
    const secret = (0,external_node_crypto_.scryptSync)(password, Buffer.from(encrypted.kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r + 1024 * 1024,
    });
    const opened = nacl_fast_default().secretbox.open(Buffer.from(encrypted.ciphertext, 'base64'), Buffer.from(encrypted.cipher.nonce, 'base64'), secret);
    if (!opened)
        throw new src/* ConfigurationError */.j1(`Input "key-password" does not open the cosign key in "${input}": check the password.`, `${input}-password`);
    return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}

;// CONCATENATED MODULE: ./packages/signing/src/keys.ts




/**
 * A key input is the PEM itself or a path to it (workflows pass secrets as content,
 * checked-in public keys as paths). Only ECDSA P-256 is accepted: it is what cosign and
 * Sigstore verifiers expect by default.
 */
async function readKeyInput(value, workspace, input) {
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return await (0,promises_.readFile)(value.startsWith('/') ? value : `${workspace}/${value}`, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" is neither a PEM key (-----BEGIN …) nor a readable file path: pass the key's content (from a secret) or its path in the workspace.`, input);
    }
}
function loadPrivateKey(pem, input = 'key', password) {
    if (isCosignEncryptedKey(pem)) {
        const opened = openCosignKey(pem, password, input);
        requireP256(opened, input);
        return opened;
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(password ? { key: pem, passphrase: password } : pem);
    }
    catch (error) {
        const encrypted = /ENCRYPTED/.test(pem) && !password;
        throw new src/* ConfigurationError */.j1(encrypted
            ? `Input "${input}" is an encrypted private key: set "key-password" too.`
            : `Input "${input}" is not a readable PEM private key (${error.message}): give a PKCS#8 ECDSA P-256 key, e.g. from openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256.`, input);
    }
    requireP256(key, input);
    return key;
}
function loadPublicKey(pem, input = 'key') {
    let key;
    try {
        key = createPublicKey(pem);
    }
    catch (error) {
        throw new ConfigurationError(`Input "${input}" is not a readable PEM public key (${error.message}).`, input);
    }
    requireP256(key, input);
    return key;
}
function requireP256(key, input) {
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
        throw new src/* ConfigurationError */.j1(`Input "${input}" is a ${key.asymmetricKeyType ?? 'unknown'} key${key.asymmetricKeyDetails?.namedCurve ? ` on ${key.asymmetricKeyDetails.namedCurve}` : ''}; only ECDSA P-256 keys are accepted.`, input);
}
/** ECDSA-SHA256 over `payload`, DER-encoded, as cosign stores it (base64). */
function signBytes(key, payload) {
    return sign('sha256', payload, key).toString('base64');
}
function keys_verifyBytes(key, payload, signatureBase64) {
    const signature = Buffer.from(signatureBase64, 'base64');
    if (signature.length === 0)
        return false;
    try {
        return verify('sha256', payload, key, signature);
    }
    catch {
        return false;
    }
}
const publicKeyPem = (key) => (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'pem' }).toString();
/**
 * The key as a @sigstore/sign signer: the bundle builders call it to sign (a message or a
 * DSSE encoding) and record the public key, with its sha256 as the hint.
 */
function keys_keySigner(key) {
    const publicKey = publicKeyPem(key);
    const hint = (0,external_node_crypto_.createHash)('sha256').update(publicKey).digest('base64');
    return {
        sign: (bytes) => Promise.resolve({
            signature: (0,external_node_crypto_.sign)('sha256', bytes, key),
            key: { $case: 'publicKey', publicKey, hint },
        }),
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/cosign-storage.ts

/** cosign's names (its signature spec): the layer type and the annotations a verifier reads. */
/** cosign's layer type for an attestation in its `.att` tag. */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const cosign_storage_CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
const cosign_storage_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
/** `sha256-<hex>.sig`: where cosign (and containers/image's sigstore support) look for signatures. */
const signatureTag = (digest) => `${digest.replace(':', '-')}.sig`;
/** `sha256-<hex>.att`: where cosign keeps attestations (DSSE envelopes). */
const attestationTag = (digest) => `${digest.replace(':', '-')}.att`;
const COSIGN_SIGNATURES = { tag: signatureTag, mediaType: SIMPLE_SIGNING_MEDIA_TYPE };
const COSIGN_ATTESTATIONS = {
    tag: attestationTag,
    mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
};
/**
 * Add a signature to the image's `.sig` manifest, keeping every signature already there
 * and those that concurrent signers add meanwhile. Returns the `.sig` reference.
 */
async function attachCosignSignature(client, repository, digest, signature, kind = COSIGN_SIGNATURES) {
    const tag = kind.tag(digest);
    await client.pushBlob(repository, signature.payload);
    const layer = {
        mediaType: kind.mediaType,
        size: signature.payload.length,
        digest: sha256Of(signature.payload),
        annotations: { ...signature.annotations, [SIGNATURE_ANNOTATION]: signature.signature },
    };
    const added = await addUnderTag(layer, {
        what: `The signature tag ${tag} of ${repository}`,
        keyOf: (entry) => `${entry.digest} ${entry.annotations?.[SIGNATURE_ANNOTATION] ?? ''}`,
        read: async () => {
            const manifest = await readSignatureManifest(client, repository, tag);
            return { entries: manifest?.layers ?? [], version: manifest?.digest ?? '' };
        },
        version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
        write: async (layers) => {
            const config = signatureConfig(layers);
            await client.pushBlob(repository, config);
            const manifest = {
                schemaVersion: 2,
                mediaType: OCI_MANIFEST,
                config: {
                    mediaType: 'application/vnd.oci.image.config.v1+json',
                    size: config.length,
                    digest: sha256Of(config),
                },
                layers,
            };
            return client.putManifest(repository, tag, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
        },
    });
    return { tag, added };
}
/** Every signature stored for `digest` (none when there is no `.sig` tag). */
async function readCosignSignatures(client, repository, digest, kind = COSIGN_SIGNATURES) {
    const manifest = await readSignatureManifest(client, repository, kind.tag(digest));
    const signatures = [];
    for (const layer of manifest?.layers ?? []) {
        if (layer.mediaType !== kind.mediaType)
            continue;
        const { [SIGNATURE_ANNOTATION]: value = '', ...rest } = layer.annotations ?? {};
        signatures.push({
            payload: await client.getBlob(repository, layer.digest),
            signature: value,
            annotations: rest,
        });
    }
    return signatures;
}
async function readSignatureManifest(client, repository, tag) {
    const head = await client.headManifest(repository, tag);
    if (!head)
        return undefined;
    const manifest = JSON.parse((await client.getManifest(repository, head.digest)).bytes.toString('utf8'));
    return { layers: Array.isArray(manifest.layers) ? manifest.layers : [], digest: head.digest };
}
/** An image config listing the layers, as cosign writes one (the payloads are not a filesystem). */
function signatureConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
        config: {},
    }));
}

;// CONCATENATED MODULE: ./packages/signing/src/verify-key.ts


/**
 * Check cosign signatures of `subject` against a public key: the signature must verify over
 * the exact payload bytes, and the payload must name exactly this digest (and this
 * repository). The first signature that passes wins; every rejection keeps its reason.
 */
function verifyWithKey(subject, signatures, key) {
    const rejected = [];
    for (const [index, signature] of signatures.entries()) {
        if (!verifyBytes(key, signature.payload, signature.signature)) {
            rejected.push({
                index,
                reason: 'the signature does not verify with the given key over the stored payload (wrong key, or payload/signature altered)',
            });
            continue;
        }
        let payload;
        try {
            payload = parsePayload(signature.payload);
        }
        catch (error) {
            rejected.push({ index, reason: error.message });
            continue;
        }
        if (payload.digest !== subject.digest) {
            rejected.push({
                index,
                reason: `the signed payload names ${payload.digest}, not ${subject.digest} (a signature copied from another image)`,
            });
            continue;
        }
        if (payload.dockerReference !== '' && payload.dockerReference !== subject.name) {
            rejected.push({
                index,
                reason: `the signed payload names ${payload.dockerReference}, not ${subject.name}`,
            });
            continue;
        }
        return { matched: { index, annotations: payload.annotations }, rejected };
    }
    return { rejected };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
;// CONCATENATED MODULE: ./packages/signing/src/keyless.ts



const keyless_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/**
 * Keyless signing: an ephemeral key, a Fulcio certificate for the job's identity, then a
 * transparency-log entry and/or an RFC 3161 timestamp proving the signature was made while
 * the certificate was valid.
 */
async function signKeyless(data, options) {
    const { signer, witnesses } = keylessParts(options);
    const built = bundleToJSON(await new MessageSignatureBundleBuilder({ signer, witnesses }).create({ data }));
    const bundle = toV03(built);
    const leaf = bundle.verificationMaterial.certificate?.rawBytes ?? '';
    const certificate = new X509Certificate(Buffer.from(leaf, 'base64'));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    const signature = bundle.messageSignature?.signature ??
        (() => {
            throw new Error('the signer returned a bundle without a message signature');
        })();
    return {
        bundle,
        signature,
        certificatePem: certificate.toString(),
        identity: uriSan(certificate),
        ...(entry ? { logIndex: entry.logIndex, rekorBundle: keyless_cosignRekorBundle(entry) } : {}),
    };
}
/**
 * The Fulcio signer for the job's token and the witnesses asked for: Rekor (an entry of
 * `entryType`; the default suits message signatures) and/or a timestamp authority.
 */
function keylessParts(options, entryType) {
    const witnesses = [];
    if (options.rekorUrl)
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: options.rekorUrl, ...(entryType ? { entryType } : {}) }));
    if (options.tsaUrl)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl }));
    const signer = new sign_dist/* FulcioSigner */.$o({
        fulcioBaseURL: options.fulcioUrl,
        identityProvider: { getToken: () => Promise.resolve(options.token) },
    });
    return { signer, witnesses };
}
/** v0.2 carries the certificate as a one-element chain; v0.3 as `certificate` (same bytes). */
function toV03(bundle) {
    const material = bundle.verificationMaterial;
    const leaf = material.x509CertificateChain?.certificates[0];
    if (!leaf)
        return { ...bundle, mediaType: keyless_BUNDLE_V03_MEDIA_TYPE };
    return {
        ...bundle,
        mediaType: keyless_BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: {
            certificate: leaf,
            x509CertificateChain: undefined,
            publicKey: undefined,
            tlogEntries: material.tlogEntries ?? [],
            timestampVerificationData: material.timestampVerificationData,
        },
    };
}
function uriSan(certificate) {
    const san = certificate.subjectAltName ?? '';
    const uri = /URI:([^,\s]+)/.exec(san);
    const email = /email:([^,\s]+)/.exec(san);
    return uri?.[1] ?? email?.[1] ?? '';
}
/** The Rekor "bundle" cosign puts in its annotation: the signed entry timestamp and the entry. */
function keyless_cosignRekorBundle(entry) {
    return JSON.stringify({
        SignedEntryTimestamp: entry.inclusionPromise?.signedEntryTimestamp ?? '',
        Payload: {
            body: entry.canonicalizedBody,
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
        },
    });
}

;// CONCATENATED MODULE: ./packages/signing/src/bundle-storage.ts


/** The empty config OCI 1.1 artifacts use. */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * Attach a Sigstore bundle to the image as an OCI 1.1 referrer: an artifact manifest whose
 * `subject` is the image and whose one layer is the bundle JSON. Registries without the
 * referrers API get the `sha256-<hex>` tag-schema index instead (see oci-client).
 */
async function attachBundle(client, repository, subject, bundle) {
    const bytes = Buffer.from(JSON.stringify(bundle));
    await client.pushBlob(repository, EMPTY_CONFIG);
    await client.pushBlob(repository, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: keyless_BUNDLE_V03_MEDIA_TYPE,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: sha256Of(EMPTY_CONFIG), size: EMPTY_CONFIG.length },
        layers: [{ mediaType: keyless_BUNDLE_V03_MEDIA_TYPE, digest: sha256Of(bytes), size: bytes.length }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'dev.sigstore.bundle.content': 'message-signature' },
    };
    return client.pushReferrer(repository, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
}
/** Every Sigstore bundle attached to `digest` (referrers API, or the tag-schema fallback). */
async function readBundles(client, repository, digest) {
    const { descriptors } = await client.listReferrers(repository, digest, BUNDLE_V03_MEDIA_TYPE);
    const bundles = [];
    for (const descriptor of descriptors) {
        const manifest = JSON.parse((await client.getManifest(repository, descriptor.digest)).bytes.toString('utf8'));
        const layer = manifest.layers?.find((candidate) => candidate.mediaType === BUNDLE_V03_MEDIA_TYPE);
        if (!layer)
            continue;
        bundles.push({
            ref: descriptor.digest,
            bundle: JSON.parse((await client.getBlob(repository, layer.digest)).toString('utf8')),
        });
    }
    return bundles;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./packages/signing/src/verification-failure.ts


const messageOf = (value) => {
    const message = value?.message;
    return typeof message === 'string' ? message : String(value);
};
/**
 * Why @sigstore/verify refused `bundle`, said so that whoever reads it knows which check failed
 * and what to look at. The library's own words stay in parentheses. `artifact` is the signed
 * bytes, as given to the verifier (undefined for DSSE).
 */
function verification_failure_verificationFailure(error, bundle, artifact) {
    const failure = (error ?? {});
    const code = typeof failure.code === 'string' ? failure.code : '';
    const message = messageOf(error);
    const cause = failure.cause === undefined ? '' : messageOf(failure.cause);
    const detail = cause ? `${message}: ${cause}` : message;
    switch (code) {
        case 'UNTRUSTED_SIGNER_ERROR':
            return untrustedSigner(message);
        case 'CERTIFICATE_ERROR':
            if (message === 'Failed to verify certificate chain')
                return (certificateOutsideItsValidity(bundle, artifact) ??
                    `the certificate does not chain to a certificate authority of the trusted root (${detail}): check "trusted-root" is the root of the Sigstore instance that signed`);
            if (message === 'SCT verification failed' || /SCTs?\b/.test(message))
                return `the certificate has no valid SCT from a certificate transparency log of the trusted root (${detail})`;
            return `the certificate was refused (${detail})`;
        case 'TIMESTAMP_ERROR':
            if (/^expected \d+ timestamps?, got 0$/.test(message))
                return `the bundle has no trusted time: neither a transparency-log entry with an inclusion promise nor an RFC 3161 timestamp, so its short-lived certificate cannot be checked (${detail})`;
            return `the RFC 3161 timestamp is not signed by a timestamp authority of the trusted root (${detail})`;
        case 'TLOG_BODY_ERROR':
            return `the transparency-log entry records other content or another signature than the bundle holds, so the content was changed after it was logged (${detail})`;
        case 'TLOG_INCLUSION_PROMISE_ERROR':
            return `the transparency-log entry's inclusion promise is not signed by a log of the trusted root (${detail})`;
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return `the transparency-log entry's inclusion proof does not verify against a log of the trusted root (${detail})`;
        case 'TLOG_ERROR':
            return `the transparency-log entries do not satisfy the verifier (${detail})`;
        case 'SIGNATURE_ERROR':
            return `the signature does not verify over the signed content with the certificate's key: the content was changed after signing (${detail})`;
        case 'PUBLIC_KEY_ERROR':
            return `the signing key is not valid for the signature's time (${detail})`;
        default:
            return detail;
    }
}
/** The policy errors name what was expected and what the certificate says: turn that around. */
function untrustedSigner(message) {
    const identity = /^certificate identity error - expected (.*), got (.*)$/s.exec(message);
    if (identity)
        return `the certificate was issued to ${identity[2]}, which is not the identity required (${identity[1]}) (${message})`;
    const extension = /^invalid certificate extension - expected (\w+)=(.*), got \1=(.*)$/s.exec(message);
    if (extension?.[1] === 'issuer')
        return `the certificate's OIDC issuer is ${extension[3]}, not ${extension[2]} (${message})`;
    return `the certificate does not meet the identity policy (${message})`;
}
/**
 * When the chain check failed because a trusted time of the signature (the log's integrated
 * time, a timestamp authority's time) lies outside the certificate's validity, say so with the
 * times; undefined when every time is inside it (the chain failed for another reason).
 */
function certificateOutsideItsValidity(bundle, artifact) {
    let entity;
    try {
        entity = toSignedEntity(bundleFromJSON(bundle), artifact);
    }
    catch {
        return undefined;
    }
    if (entity.key.$case !== 'certificate')
        return undefined;
    const { notBefore, notAfter } = entity.key.certificate;
    for (const timestamp of entity.timestamps) {
        let at;
        let source;
        if (timestamp.$case === 'transparency-log') {
            if (!timestamp.tlogEntry.inclusionPromise)
                continue; // not a time the verifier uses
            at = new Date(Number(timestamp.tlogEntry.integratedTime) * 1000);
            source = "the transparency log's integrated time";
        }
        else {
            at = timestamp.timestamp.signingTime;
            source = "the timestamp authority's time";
        }
        const window = `valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}`;
        if (at > notAfter)
            return `the signing certificate had expired when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
        if (at < notBefore)
            return `the signing certificate was not yet valid when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/signing/src/verify-keyless.ts






const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * Verify a bundle over `artifact` with @sigstore/verify: signature over the exact bytes,
 * certificate chain to the trusted root, its SCT, the transparency-log entry (when the
 * bundle has one) and a trusted time within the certificate's validity, then the identity
 * and issuer policy. Throws an Error whose message names the failed check in plain words
 * (verificationFailure), the library's error as its cause.
 */
function verifyBundle(bundle, 
/** The signed bytes for a message signature; undefined for a DSSE bundle (they are inside). */
artifact, trustedRoot, policy) {
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), {
        tlogThreshold: (bundle.verificationMaterial.tlogEntries?.length ?? 0) > 0 ? 1 : 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    });
    let signer;
    try {
        // A string policy would be read by @sigstore/verify as an unanchored pattern (a policy for
        // refs/heads/main would pass refs/heads/main-evil): an exact identity is compared below.
        signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle), artifact), {
            ...(policy.identity === undefined && policy.identityRegexp
                ? { subjectAlternativeName: policy.identityRegexp }
                : {}),
            extensions: { issuer: policy.issuer },
        });
    }
    catch (error) {
        throw new Error(verificationFailure(error, bundle, artifact), { cause: error });
    }
    const identity = signer.identity?.subjectAlternativeName ?? '';
    if (policy.identity !== undefined && identity !== policy.identity)
        throw new Error(`the certificate was issued to ${identity || '(no identity)'}, which is not the identity required (${policy.identity})`);
    return { identity };
}
/**
 * A keyless cosign signature (certificate and Rekor bundle annotations) as a Sigstore
 * bundle over its payload, so the same verifier checks both formats. Undefined for a
 * signature without a certificate (key-based).
 */
function cosignSignatureAsBundle(signature) {
    const pem = signature.annotations?.[CERTIFICATE_ANNOTATION];
    if (!pem)
        return undefined;
    const certificate = new X509Certificate(pem);
    const rekor = signature.annotations?.[BUNDLE_ANNOTATION];
    const tlogEntries = [];
    if (rekor) {
        const parsed = JSON.parse(rekor);
        const body = JSON.parse(Buffer.from(parsed.Payload.body, 'base64').toString('utf8'));
        tlogEntries.push({
            logIndex: String(parsed.Payload.logIndex),
            logId: { keyId: Buffer.from(parsed.Payload.logID, 'hex').toString('base64') },
            kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
            integratedTime: String(parsed.Payload.integratedTime),
            inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
            inclusionProof: undefined,
            canonicalizedBody: parsed.Payload.body,
        });
    }
    // Bundle v0.1: the only version whose log entries may carry a signed entry timestamp
    // without an inclusion proof, which is all cosign's annotation has.
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            certificate: undefined,
            x509CertificateChain: { certificates: [{ rawBytes: certificate.raw.toString('base64') }] },
            publicKey: undefined,
            tlogEntries,
            timestampVerificationData: undefined,
        },
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: createHash('sha256').update(signature.payload).digest('base64'),
            },
            signature: signature.signature,
        },
        dsseEnvelope: undefined,
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/key-tlog.ts




/**
 * A key-based signature recorded in a transparency log, as `cosign sign --key` does by
 * default: Rekor stores a hashedrekord entry with the public key, so anyone can see that
 * this key signed this digest, and when.
 */
async function signWithKeyAndLog(key, data, rekorUrl) {
    const signer = keySigner(key);
    const bundle = bundleToJSON(await new MessageSignatureBundleBuilder({
        signer,
        witnesses: [new RekorWitness({ rekorBaseURL: rekorUrl })],
    }).create({
        data,
    }));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    if (!entry || !bundle.messageSignature)
        throw new Error('the transparency log returned no entry for the signature');
    return {
        signature: bundle.messageSignature.signature,
        logIndex: entry.logIndex,
        rekorBundle: cosignRekorBundle(entry),
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/attestation.ts





const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Sign an in-toto statement as a DSSE envelope, keylessly: the signature covers the DSSE
 * pre-authentication encoding of the statement, and is logged (Rekor `intoto` entry, as cosign attest records them) and/or
 * timestamped like any keyless signature.
 */
async function attestKeyless(statement, options) {
    const { signer, witnesses } = keylessParts(options, 'intoto');
    const bundle = (0,dist.bundleToJSON)(await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
        data: statement,
        type: IN_TOTO_PAYLOAD_TYPE,
    }));
    const envelope = bundle.dsseEnvelope;
    const leaf = bundle.verificationMaterial.certificate?.rawBytes ??
        bundle.verificationMaterial.x509CertificateChain?.certificates[0]?.rawBytes;
    if (!envelope || !leaf)
        throw new Error('the signer returned no DSSE envelope or certificate');
    const certificate = new external_node_crypto_.X509Certificate(Buffer.from(leaf, 'base64'));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    return {
        bundle,
        envelope: Buffer.from(JSON.stringify(envelope)),
        certificatePem: certificate.toString(),
        identity: uriSan(certificate),
        ...(entry ? { logIndex: entry.logIndex } : {}),
    };
}
/** The statement inside a DSSE bundle, when its payload is in-toto. */
function statementOf(bundle) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return undefined;
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
}
/** DSSE's pre-authentication encoding: what the signature actually covers. */
function preAuthEncoding(payloadType, payload) {
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `),
        payload,
    ]);
}
/** A key-signed DSSE attestation, logged in Rekor when `rekorUrl` is given (as `cosign attest --key`). */
async function attestWithKey(statement, key, rekorUrl) {
    const signer = keys_keySigner(key);
    const witnesses = rekorUrl
        ? [new sign_dist/* RekorWitness */.fU({ rekorBaseURL: rekorUrl, entryType: 'intoto' })]
        : [];
    const bundle = (0,dist.bundleToJSON)(await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
        data: statement,
        type: IN_TOTO_PAYLOAD_TYPE,
    }));
    if (!bundle.dsseEnvelope)
        throw new Error('the signer returned no DSSE envelope');
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    return {
        bundle,
        envelope: Buffer.from(JSON.stringify(bundle.dsseEnvelope)),
        ...(entry ? { logIndex: entry.logIndex } : {}),
    };
}
/** Whether one of the envelope's signatures verifies with `key` over the DSSE encoding. */
function dsseSignedBy(bundle, key) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        return false;
    const encoded = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
    return envelope.signatures.some((signature) => {
        try {
            return verifyData('sha256', encoded, key, Buffer.from(signature.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./packages/signing/src/image-attestation.ts





/**
 * The signer the inputs ask for, checked before any work is done. `idToken` is only called for
 * keyless signing, so a key-signed run needs no `id-token: write`.
 */
async function attestationSigner(values, workspace, idToken) {
    if (values.key) {
        const pem = await readKeyInput(values.key, workspace, 'key');
        return {
            key: loadPrivateKey(pem, 'key', values['key-password']),
            ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
        };
    }
    // Without a log entry or a timestamp nobody could later check the short-lived certificate was valid.
    if (!values.tlog && !values['tsa-url'])
        throw new src/* ConfigurationError */.j1('Input "tlog" is false and "tsa-url" is empty: a keyless attestation needs a transparency-log entry or a timestamp.', 'tlog');
    return {
        keyless: {
            fulcioUrl: values['fulcio-url'],
            ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
            ...(values['tsa-url'] ? { tsaUrl: values['tsa-url'] } : {}),
        },
        idToken,
    };
}
/**
 * The signer of an action's `attest` stage, decided before any work so that a missing permission
 * or a bad key fails in a second: a key, or keyless when the job may ask for an OIDC token.
 * `attestWas` says how attest came to be true (e.g. `the default for an image`), for the error.
 */
async function imageAttestationSigner(values, env, workspace, idToken, attestWas) {
    if (!values.key && !idTokenAvailable(env))
        throw new ConfigurationError(`Input "attest" is true${attestWas ? ` (${attestWas})` : ''} but this job cannot request an OIDC token for keyless signing: add \`permissions: id-token: write\` to the job, give "key", or set "attest: false".`, 'attest');
    return attestationSigner(values, workspace, idToken);
}
/**
 * The job's OIDC token for Sigstore (audience `sigstore`), asked for only when called (a token
 * fetched ahead of a long scan could expire) and masked through the toolkit the moment it arrives;
 * `input` names what to fix when the job cannot ask for one.
 */
function sigstoreIdTokenSource(toolkit, input) {
    return async () => {
        const token = await requestIdToken(toolkit.env(), 'sigstore', input);
        toolkit.setSecret(token);
        return token;
    };
}
/** Sign an in-toto statement as a DSSE envelope. */
async function signStatement(statement, signer) {
    const bytes = Buffer.from(JSON.stringify(statement));
    const { predicateType } = statement;
    if ('key' in signer) {
        const { bundle, envelope } = await attestWithKey(bytes, signer.key, signer.rekorUrl);
        return { bundle, envelope, identity: 'key', predicateType };
    }
    const { bundle, envelope, identity, certificatePem } = await attestKeyless(bytes, {
        ...signer.keyless,
        token: await signer.idToken(),
    });
    return { bundle, envelope, identity, certificatePem, predicateType };
}
/**
 * Attach a signed attestation to an image the registry has. Returns where it went: the
 * referrer as `name@digest`, the cosign tag as `name:sha256-<hex>.att`. `input` names the
 * input that gave the image, for the error when the registry does not have it.
 */
async function attachAttestation(client, subject, attestation, format, input) {
    const manifest = await client.headManifest(subject.repository, subject.digest);
    if (!manifest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" names ${subject.name}@${subject.digest}, which ${subject.registry} does not have.`, input);
    const refs = [];
    if (format !== 'cosign') {
        const referrer = await attachBundle(client, subject.repository, manifest, attestation.bundle);
        refs.push(`${subject.name}@${referrer.digest}`);
    }
    if (format !== 'bundle') {
        const { tag } = await attachCosignSignature(client, subject.repository, subject.digest, {
            payload: attestation.envelope,
            // cosign keeps a DSSE attestation's signature inside the envelope, not in the annotation.
            signature: '',
            annotations: {
                predicateType: attestation.predicateType,
                ...(attestation.certificatePem ? { [cosign_storage_CERTIFICATE_ANNOTATION]: attestation.certificatePem } : {}),
            },
        }, COSIGN_ATTESTATIONS);
        refs.push(`${subject.name}:${tag}`);
    }
    return refs;
}

;// CONCATENATED MODULE: ./packages/signing/src/index.ts












// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 28 modules
var glob = __webpack_require__(5249);
// EXTERNAL MODULE: ./actions/provenance/src/subject-inputs.ts
var subject_inputs = __webpack_require__(6947);
;// CONCATENATED MODULE: ./actions/provenance/src/statement.ts





/**
 * Files the action reads for an input: inside the workspace or RUNNER_TEMP, through links only
 * while they stay there. What is read is signed into a public attestation, so nothing else is.
 */
function inputFiles(roots, input) {
    return (0,src/* confinedFiles */.U3)({ roots, symlinks: 'inside', input });
}
/** The workspace (first: relative paths resolve from it) and RUNNER_TEMP when there is one. */
function readableRoots(workspace, tempDirectory) {
    return [
        { path: workspace, name: 'the workspace' },
        ...(tempDirectory ? [{ path: tempDirectory, name: 'RUNNER_TEMP' }] : []),
    ];
}
/** Subjects from the three inputs; at least one is required. */
async function collectSubjects(values, workspace, roots = readableRoots(workspace)) {
    const images = [...values.subject];
    const subjects = images.map((reference) => imageSubject(reference));
    if (values.subjectPath.length > 0) {
        const globber = await glob/* create */.v(values.subjectPath.map((pattern) => (0,external_node_path_.resolve)(workspace, pattern)).join('\n'), {
            matchDirectories: false,
        });
        const files = (await globber.glob()).sort();
        if (files.length === 0)
            throw new src/* ConfigurationError */.j1(`Input "subject-path" matched no files: ${values.subjectPath.join(', ')}.`, 'subject-path');
        // Every match or none: an attestation silently missing a file the globs named would mislead.
        const subjectFiles = inputFiles(roots, 'subject-path');
        const { refused } = subjectFiles.partition(files);
        const [first] = refused;
        if (first) {
            if (refused.length === 1)
                throw first.error;
            throw new src/* ConfigurationError */.j1(`${first.error.message} (${refused.length - 1} more match(es) of "subject-path" are refused too: ${refused
                .slice(1, 6)
                .map((r) => r.error.path)
                .join(', ')}${refused.length > 6 ? ', …' : ''}.)`, 'subject-path');
        }
        subjects.push(...(await fileSubjects(files, workspace, 4, (path) => subjectFiles.open(path))));
    }
    if (values.subjectChecksums) {
        const sums = inputFiles(roots, 'subject-checksums');
        subjects.push(...(await checksumSubjects(values.subjectChecksums, 'subject-checksums', (path) => sums.open(path))));
    }
    if (subjects.length === 0)
        throw (0,subject_inputs/* noSubjectError */.y)();
    return { subjects: uniqueSubjects(subjects), images };
}
/** SLSA provenance from the claims, or the user's own predicate (e.g. an SBOM) under `predicate-type`. */
async function statementFor(subjects, claims, serverUrl, custom, workspace, startedOn, roots = readableRoots(workspace)) {
    if (!custom.type) {
        if (custom.predicate || custom.predicatePath)
            throw new src/* ConfigurationError */.j1('Input "predicate" or "predicate-path" needs "predicate-type" too.', 'predicate-type');
        return buildProvenance({ claims, serverUrl, subjects, startedOn, finishedOn: new Date() });
    }
    const text = custom.predicatePath
        ? await inputFiles(roots, 'predicate-path')
            .readFile(custom.predicatePath)
            .then((bytes) => bytes.toString('utf8'), (error) => {
            if ((0,src/* isConfigurationError */.p0)(error))
                throw error; // a refusal says why itself
            throw new src/* ConfigurationError */.j1(`Input "predicate-path" names ${custom.predicatePath}, which cannot be read.`, 'predicate-path');
        })
        : custom.predicate;
    if (!text)
        throw new src/* ConfigurationError */.j1('Input "predicate-type" is set: give the predicate in "predicate" or "predicate-path".', 'predicate');
    let predicate;
    try {
        predicate = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`The predicate is not JSON: ${error.message}.`, custom.predicatePath ? 'predicate-path' : 'predicate');
    }
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType: custom.type, predicate };
}

;// CONCATENATED MODULE: ./actions/provenance/src/main.ts








async function main({ inputs, outputs, log, toolkit }) {
    const startedOn = new Date();
    const env = toolkit.env();
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const roots = readableRoots(workspace, env.RUNNER_TEMP);
    const { subjects, images } = await collectSubjects({
        subject: inputs.subject,
        subjectPath: inputs['subject-path'],
        ...(inputs['subject-checksums'] ? { subjectChecksums: inputs['subject-checksums'] } : {}),
    }, workspace, roots);
    // One token: its verified claims are the provenance, and (keyless) Fulcio certifies it.
    const token = await (0,src/* requestIdToken */.gj)(env, 'sigstore', 'subject');
    toolkit.setSecret(token);
    const signer = await attestationSigner(inputs, workspace, async () => token);
    const claims = await verifyJobToken(token, inputs['oidc-issuer'], 'sigstore');
    const statement = await statementFor(subjects, claims, env.GITHUB_SERVER_URL ?? 'https://github.com', {
        ...(inputs['predicate-type'] ? { type: inputs['predicate-type'] } : {}),
        ...(inputs.predicate ? { predicate: inputs.predicate } : {}),
        ...(inputs['predicate-path'] ? { predicatePath: inputs['predicate-path'] } : {}),
    }, workspace, startedOn, roots);
    const attested = await signStatement(statement, signer);
    const bundlePath = (0,external_node_path_.join)(env.RUNNER_TEMP ?? workspace, `provenance-${startedOn.getTime()}.sigstore.json`);
    await (0,promises_.writeFile)(bundlePath, JSON.stringify(attested.bundle, null, 2));
    const level = inputs['predicate-type'] ? '' : String(slsaBuildLevel(claims));
    log.info(`Attested ${subjects.length} subject(s) as ${attested.identity} (${statement.predicateType}).`);
    const refs = [];
    if (inputs['push-to-registry']) {
        for (const reference of images) {
            const subject = digestSubject(reference, 'subject');
            const client = await registryClientFromEnv(subject.registry, env, inputs['registry-insecure']);
            refs.push(...(await attachAttestation(client, subject, attested, inputs.format, 'subject')));
        }
    }
    let attestationId = '';
    if (inputs.upload !== 'false')
        attestationId = await upload(attested.bundle, inputs, env, log);
    outputs.set('bundle-path', bundlePath);
    outputs.set('attestation-refs', refs.join('\n'));
    outputs.set('attestation-id', attestationId);
    outputs.set('slsa-level', level);
    outputs.set('predicate-type', statement.predicateType);
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath) {
        await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => new src/* SummaryBuilder */.CF()
            .heading('Provenance', 2)
            .table(['', ''], [
            ['Predicate', (0,src/* markdownCode */.D9)(statement.predicateType)],
            [
                'Subjects',
                subjects
                    .map((s) => `${(0,src/* markdownCode */.D9)(s.name)} sha256:${(0,src/* markdownText */.p7)(s.digest.sha256.slice(0, 12))}…`)
                    .join('<br>'),
            ],
            ['Builder (signer)', (0,src/* markdownCode */.D9)(attested.identity)],
            ...(level
                ? [
                    [
                        'SLSA Build level',
                        `L${level}${level === '2' ? ' (made in the calling job; use the isolated reusable workflow for L3)' : ''}`,
                    ],
                ]
                : []),
            ['Stored', refs.length > 0 ? refs.map(src/* markdownCode */.D9).join('<br>') : 'not pushed to a registry'],
            ['Attestations API', attestationId ? `id ${(0,src/* markdownText */.p7)(attestationId)}` : 'not uploaded'],
        ])
            .render(budget));
    }
}
/** POST the bundle to the repository's attestations API (what `gh attestation verify` reads). */
async function upload(bundle, inputs, env, log) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    try {
        const client = githubClient(inputs['github-token'] ?? '', env.GITHUB_API_URL ?? 'https://api.github.com');
        const response = await client_callApi(() => client.request('POST /repos/{owner}/{repo}/attestations', { owner, repo, bundle: bundle }));
        return String(response.data.id ?? '');
    }
    catch (error) {
        const message = `Uploading the attestation to ${owner}/${repo} failed (${(0,src/* errorMessage */.gJ)(error)})${client_isPermissionError(error) ? ': the token needs `attestations: write`' : ''}.`;
        if (inputs.upload === 'required')
            throw new Error(message, { cause: error });
        log.warning(`${message} The bundle is still attached to the image and written to bundle-path.`);
        return '';
    }
}


/***/ })

};
