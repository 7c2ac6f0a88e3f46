export const id = 467;
export const ids = [467];
export const modules = {

/***/ 467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 39 modules
var src = __webpack_require__(126);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 13 modules
var dist_src = __webpack_require__(194);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(210);
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
function isPermissionError(error) {
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
    const safeKey = key.replace(/-+/g, '-').replace(/[^\w.:/@ +-]/gu, src/* percentEncode */.a);
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
        const { data } = await client_callApi(() => client.rest.issues.updateComment({
            owner: request.owner,
            repo: request.repo,
            comment_id: existing,
            body,
        }));
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    if (request.updateOnly)
        return { action: 'skipped' };
    const { data } = await client_callApi(() => client.rest.issues.createComment({
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        body,
    }));
    return { action: 'created', url: data.html_url, id: data.id };
}
async function findComment(client, request, marker) {
    for (let page = 1;; page++) {
        const { data } = await client_callApi(() => client.rest.issues.listComments({
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
                reason: `the token may not list this repository's pull requests (HTTP ${client_statusOf(error)}; needs \`pull-requests: read\`)`,
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
        const { data } = await client_callApi(() => client.rest.pulls.list({
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
    const { data } = await client_callApi(() => client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: headSha,
        per_page: 100,
    }));
    return [...new Set(matching(data))].sort((a, b) => a - b);
}
async function confirmHead(client, repository, number, headSha) {
    try {
        const { data } = await client_callApi(() => client.rest.pulls.get({ owner: repository.owner, repo: repository.repo, pull_number: number }));
        return headedBy(data, headSha, repository);
    }
    catch (error) {
        if (client_statusOf(error) === 404)
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
    const { data } = await client_callApi(() => client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 }));
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









;// CONCATENATED MODULE: ./actions/pipeline-report/src/pull-request.ts

/**
 * The pull request to comment on, from trusted data only: the runner's pull_request event; for
 * workflow_run, the one whose head is the run's head commit; for a push, the pull request merged
 * as that commit (or the one open pull request it heads). Several or none: no pull request.
 */
async function pullRequestFor(client, repository, event, sha) {
    const number = event.pull_request?.number;
    if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0)
        return { number, source: 'the pull_request event' };
    if (event.workflow_run)
        return resolveWorkflowRunPullRequest(client, {
            ...repository,
            workflowRun: event.workflow_run,
            ...(typeof event.repository?.id === 'number' ? { repositoryId: event.repository.id } : {}),
        });
    return resolveCommitPullRequest(client, { ...repository, sha });
}

// EXTERNAL MODULE: ./actions/pipeline-report/src/render.ts
var render = __webpack_require__(531);
;// CONCATENATED MODULE: ./actions/pipeline-report/src/comment.ts




/** The sticky comment stage: find the pull request from trusted data, then write or update the report. */
async function commentOnPullRequest({ token, owner, repo, event, facts, inputs, outputs, log, apiUrl, }) {
    const client = githubClient(token, apiUrl ?? 'https://api.github.com');
    let number = inputs['pull-request'] ? Number(inputs['pull-request']) : undefined;
    if (!number) {
        const found = await pullRequestFor(client, { owner, repo }, event, facts.sha);
        if (found.number === undefined) {
            const message = `No pull request comment: ${found.reason}. The report is in the job summary only.`;
            if (inputs.comment === 'always')
                log.warning(message);
            else
                log.info(message);
            return;
        }
        number = found.number;
        log.info(`Reporting on pull request #${number} (from ${found.source}).`);
    }
    outputs.set('pull-request', String(number));
    try {
        const result = await upsertStickyComment(client, {
            owner,
            repo,
            issueNumber: number,
            key: 'pipeline-report',
            body: (0,render/* renderReport */.B1)(facts, COMMENT_LIMIT - 200),
        });
        if (result.action !== 'skipped') {
            outputs.set('comment-url', result.url);
            log.info(`Pipeline report ${result.action} on #${number}: ${result.url}`);
        }
    }
    catch (error) {
        if (!isPermissionError(error))
            throw error;
        log.warning(`The token cannot comment on #${number} (${(0,src/* errorMessage */.gJ)(error)}): give the job pull-requests: write. The report is in the job summary.`);
    }
}


/***/ })

};
