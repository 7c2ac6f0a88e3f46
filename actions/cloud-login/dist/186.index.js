export const id = 186;
export const ids = [186];
export const modules = {

/***/ 1530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ Exporter),
/* harmony export */   R: () => (/* binding */ LEFTOVERS_STATE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const LEFTOVERS_STATE = 'cloud_login_leftovers';
/**
 * Exports and credential files, recorded in state as they are made, so the post step can undo
 * them even when main fails halfway (or runs nested in a composite action).
 */
class Exporter {
    toolkit;
    state;
    tempDir;
    leftovers = { files: [], variables: [] };
    dir;
    constructor(toolkit, state, tempDir) {
        this.toolkit = toolkit;
        this.state = state;
        this.tempDir = tempDir;
    }
    variable(name, value) {
        this.toolkit.exportVariable(name, value);
        if (!this.leftovers.variables.includes(name))
            this.leftovers.variables.push(name);
        this.save();
    }
    /** A credentials file under RUNNER_TEMP (never the workspace or a build context), mode 0600. */
    async file(name, content) {
        if (!this.dir) {
            this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.tempDir, `cloud-login-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true, mode: 0o700 });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(this.dir, 0o700);
            this.remember(this.dir);
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, content, { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(path, 0o600);
        return path;
    }
    remember(path) {
        this.leftovers.files.push(path);
        this.save();
    }
    save() {
        this.state.save(LEFTOVERS_STATE, this.leftovers);
    }
}


/***/ }),

/***/ 1186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 35 modules
var src = __webpack_require__(6417);
;// CONCATENATED MODULE: ./packages/cloud-credentials/src/errors.ts

/** A cloud said no for a reason a retry will not change (trust policy, bad input, bad token). */
class CloudRefusedError extends Error {
    code;
    name = 'CloudRefusedError';
    constructor(message, code, options) {
        super(message, options);
        this.code = code;
    }
}
const TRANSIENT_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'IDPCommunicationError',
    'ServiceUnavailable',
    'InternalFailure',
    'InternalError',
    'temporarily_unavailable',
]);
/** Worth another attempt: throttling, the IdP unreachable, 5xx, dropped connections. */
function isTransientCloudError(error) {
    if (error instanceof CloudRefusedError)
        return TRANSIENT_CODES.has(error.code);
    const e = error;
    if (e?.name && TRANSIENT_CODES.has(e.name))
        return true;
    const status = e?.$metadata?.httpStatusCode;
    if (typeof status === 'number')
        return status === 429 || status >= 500;
    return (0,src/* isTransientError */.bV)(error);
}

;// CONCATENATED MODULE: ./packages/cloud-credentials/src/claims.ts
/** Decode (not verify) a JWT's claims, for diagnostics. */
function tokenFacts(jwt) {
    try {
        const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const pick = (key) => (typeof payload[key] === 'string' ? { [key]: payload[key] } : {});
        const aud = Array.isArray(payload.aud) ? { aud: payload.aud.join(', ') } : pick('aud');
        return { ...pick('sub'), ...aud, ...pick('iss'), ...pick('job_workflow_ref'), ...pick('environment') };
    }
    catch {
        return {};
    }
}
function describeFacts(facts) {
    return Object.entries(facts)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./packages/cloud-credentials/src/aws.ts





const ROLE_ARN = /^arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:iam::\d{12}:role\/[\w+=,.@/-]{1,128}$/;
const REGION = /^[a-z]{2}(?:-gov|-iso|-isob)?-[a-z]+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function checkRoleArn(arn, input) {
    if (!ROLE_ARN.test(arn))
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(arn)}, which is not an IAM role ARN like arn:aws:iam::123456789012:role/deploy.`, input);
}
function checkRegion(region, input) {
    if (!REGION.test(region))
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(region)}, which is not an AWS region like us-east-1.`, input);
}
/** A session name AWS accepts: 2-64 of [\w+=,.@-]; other characters become "-". */
function sessionName(given, fallback, input) {
    if (given) {
        if (!SESSION_NAME.test(given))
            throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(given)}: AWS allows 2 to 64 letters, digits and + = , . @ _ - in a session name.`, input);
        return given;
    }
    return fallback
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64)
        .padEnd(2, '-');
}
function stsClient(region, endpoint, credentials) {
    return new client_sts_dist_cjs/* STSClient */.iM({
        region,
        // Retries are ours: only transient failures, jittered, bounded; permanent ones fail at once.
        maxAttempts: 1,
        ...(endpoint ? { endpoint } : {}),
        ...(credentials ? { credentials } : {}),
    });
}
/** AssumeRoleWithWebIdentity (or AssumeRole when chaining); every secret masked as it arrives. */
async function assumeAwsRole(request) {
    const client = stsClient(request.region, request.endpoint, request.sourceCredentials);
    const common = {
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: request.durationSeconds,
        ...(request.inlineSessionPolicy ? { Policy: request.inlineSessionPolicy } : {}),
        ...(request.managedSessionPolicies?.length
            ? { PolicyArns: request.managedSessionPolicies.map((arn) => ({ arn })) }
            : {}),
    };
    const command = request.webIdentityToken
        ? new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({ ...common, WebIdentityToken: request.webIdentityToken })
        : new client_sts_dist_cjs/* AssumeRoleCommand */.QL({ ...common, ...(request.externalId ? { ExternalId: request.externalId } : {}) });
    try {
        const response = await (0,src/* withRetry */.bD)(() => client.send(command), {
            attempts: request.retry?.attempts ?? 5,
            baseDelayMs: request.retry?.baseDelayMs ?? 500,
            isTransient: isTransientCloudError,
            onRetry: ({ attempt, delayMs, error }) => request.retry?.onRetry?.(`STS attempt ${attempt} failed (${error.name}: ${error.message}); retrying in ${delayMs} ms.`),
        });
        const credentials = credentialsOf(response.Credentials, request.mask);
        return { credentials, assumedRoleArn: response.AssumedRoleUser?.Arn ?? '' };
    }
    catch (error) {
        throw explain(error, request);
    }
    finally {
        client.destroy();
    }
}
function credentialsOf(c, mask) {
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration)
        throw new Error('STS answered without credentials.');
    mask(c.SecretAccessKey);
    mask(c.SessionToken);
    mask(c.AccessKeyId);
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: new Date(c.Expiration),
    };
}
/** Turn STS's refusals into messages that say what to fix. */
function explain(error, request) {
    const e = error;
    const code = e?.name ?? '';
    const facts = request.webIdentityToken ? describeFacts(tokenFacts(request.webIdentityToken)) : '';
    if (code === 'AccessDenied' && request.webIdentityToken)
        return new CloudRefusedError(`AWS refused to let this job assume ${request.roleArn}: ${e.message}. The role's trust policy must allow the GitHub OIDC provider and this token (${facts}); check its conditions on token.actions.githubusercontent.com:sub and :aud.`, code, { cause: error });
    if (code === 'AccessDenied')
        return new CloudRefusedError(`AWS refused the chained AssumeRole of ${request.roleArn}: ${e.message}. Its trust policy must allow the first role${request.externalId ? ' with this external id' : ''}.`, code, { cause: error });
    if (code === 'InvalidIdentityToken')
        return new CloudRefusedError(`AWS did not accept the job token (${e.message}); token: ${facts}. Is the IAM OIDC provider for this issuer set up, with this audience in its client IDs?`, code, { cause: error });
    if (code === 'ExpiredTokenException')
        return new CloudRefusedError(`AWS says the job token expired (${e.message}); it is requested just before the exchange, so check the runner's clock.`, code, { cause: error });
    if (code === 'ValidationError')
        return new CloudRefusedError(`AWS rejected the request: ${e.message}. Check role-to-assume, role-session-name and role-duration-seconds.`, code, { cause: error });
    return error;
}
/** GetCallerIdentity with the new credentials: proves they work and names the account. */
async function awsCallerIdentity(credentials, region, endpoint) {
    const client = stsClient(region, endpoint, credentials);
    try {
        const identity = await (0,src/* withRetry */.bD)(() => client.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})), {
            isTransient: isTransientCloudError,
        });
        if (!identity.Account || !identity.Arn)
            throw new Error('GetCallerIdentity answered without an account.');
        return { account: identity.Account, arn: identity.Arn };
    }
    finally {
        client.destroy();
    }
}
/** ECR's Docker login: user AWS and a 12-hour password, for the account's registry. */
async function ecrLogin(credentials, region, mask, endpoint) {
    const client = new dist_cjs/* ECRClient */.S70({ region, credentials, maxAttempts: 1, ...(endpoint ? { endpoint } : {}) });
    try {
        const response = await (0,src/* withRetry */.bD)(() => client.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6({})), {
            isTransient: isTransientCloudError,
        });
        const token = response.authorizationData?.[0]?.authorizationToken;
        if (!token)
            throw new Error('ECR answered without an authorization token.');
        mask(token);
        const [username = '', password = ''] = Buffer.from(token, 'base64').toString('utf8').split(/:(.*)/s);
        mask(password);
        return { username, password };
    }
    finally {
        client.destroy();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/cloud-credentials/src/docker-login.ts



/**
 * A Docker config holding the registry login, written under `dir` (RUNNER_TEMP) with mode 0600
 * in a 0700 directory. Logins already in the job's config (`existing`) are carried over, so
 * pointing DOCKER_CONFIG / REGISTRY_AUTH_FILE at the new file loses nothing.
 */
async function writeDockerLogin(dir, login, existing) {
    let config = {};
    if (existing) {
        try {
            config = JSON.parse(await (0,promises_.readFile)(existing, 'utf8'));
        }
        catch {
            // No readable config yet: start empty.
        }
    }
    const auths = { ...(config.auths ?? {}) };
    auths[login.registry] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
    const configDir = (0,external_node_path_.join)(dir, `cloud-login-docker-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await (0,promises_.mkdir)(configDir, { recursive: true, mode: 0o700 });
    await (0,promises_.chmod)(configDir, 0o700);
    const configPath = (0,external_node_path_.join)(configDir, 'config.json');
    await (0,promises_.writeFile)(configPath, `${JSON.stringify({ ...config, auths }, null, 2)}\n`, { mode: 0o600 });
    return { configDir, configPath };
}

;// CONCATENATED MODULE: ./packages/cloud-credentials/src/http.ts


/**
 * One JSON call to a cloud's token or management endpoint: 30 s timeout, the body parsed
 * (a non-JSON body reads as {}), retried with jittered backoff only when transient.
 */
function requestJson(url, request) {
    return (0,src/* withRetry */.bD)(async () => {
        const response = await fetch(url, {
            method: request.method ?? 'POST',
            ...(request.headers ? { headers: request.headers } : {}),
            ...(request.body !== undefined ? { body: request.body } : {}),
            signal: AbortSignal.timeout(30_000),
        });
        const body = (await response.json().catch(() => ({})));
        if (response.ok)
            return body;
        throw request.refuse(response.status, body);
    }, {
        attempts: 5,
        isTransient: isTransientCloudError,
        onRetry: ({ attempt, delayMs, error }) => request.onRetry?.(`${request.service} attempt ${attempt} failed (${error.message}); retrying in ${delayMs} ms.`),
    });
}

;// CONCATENATED MODULE: ./packages/cloud-credentials/src/gcp.ts




const GOOGLE_STS = 'https://sts.googleapis.com/v1/token';
const GOOGLE_IAM_CREDENTIALS = 'https://iamcredentials.googleapis.com/v1';
const PROVIDER = /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;
const SERVICE_ACCOUNT = /^[a-z0-9-]{6,30}@[a-z0-9-]+\.iam\.gserviceaccount\.com$|^[\w.-]+@(?:developer|appspot|cloudservices)\.gserviceaccount\.com$/;
function checkWorkloadIdentityProvider(name, input) {
    if (!PROVIDER.test(name))
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(name)}; give the provider's full resource name: projects/<project NUMBER>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.`, input);
}
function checkServiceAccount(email, input) {
    if (!SERVICE_ACCOUNT.test(email))
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(email)}, not a service account email like deploy@my-project.iam.gserviceaccount.com.`, input);
}
/** The project a service account belongs to (deploy@PROJECT.iam.gserviceaccount.com). */
function projectOfServiceAccount(email) {
    return /@([a-z0-9-]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1];
}
/**
 * An `external_account` credentials file that google-auth-library, gcloud and Terraform read:
 * the job token comes from `tokenFile` (the token itself, never the runner's request token).
 */
function externalAccountConfig(provider, tokenFile, endpoints, serviceAccount) {
    return {
        type: 'external_account',
        audience: `//iam.googleapis.com/${provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: endpoints.sts,
        ...(serviceAccount
            ? {
                service_account_impersonation_url: `${endpoints.iamCredentials}/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`,
            }
            : {}),
        credential_source: { file: tokenFile, format: { type: 'text' } },
    };
}
/** RFC 8693 token exchange at Google STS: the job token for a federated access token. */
async function googleFederatedToken(request) {
    const body = new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        audience: `//iam.googleapis.com/${request.provider}`,
        scope: 'https://www.googleapis.com/auth/cloud-platform',
        requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        subject_token: request.token,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    });
    const answer = await call(request, request.endpoints.sts, { 'content-type': 'application/x-www-form-urlencoded' }, body.toString());
    const token = answer.access_token;
    if (typeof token !== 'string')
        throw new Error('Google STS answered without an access token.');
    request.mask(token);
    return { token, expiresAt: new Date(Date.now() + Number(answer.expires_in ?? 3600) * 1000) };
}
/** IAM Credentials generateAccessToken for the service account, with the federated token. */
async function serviceAccountAccessToken(request) {
    const url = `${request.endpoints.iamCredentials}/projects/-/serviceAccounts/${encodeURIComponent(request.serviceAccount)}:generateAccessToken`;
    const answer = await call(request, url, jsonAuth(request.federatedToken), JSON.stringify({ scope: request.scopes, lifetime: `${request.lifetimeSeconds}s` }));
    if (typeof answer.accessToken !== 'string')
        throw new Error('IAM Credentials answered without an access token.');
    request.mask(answer.accessToken);
    return { token: answer.accessToken, expiresAt: new Date(String(answer.expireTime)) };
}
/** IAM Credentials generateIdToken: a Google-signed ID token for `audience`. */
async function serviceAccountIdToken(request) {
    const url = `${request.endpoints.iamCredentials}/projects/-/serviceAccounts/${encodeURIComponent(request.serviceAccount)}:generateIdToken`;
    const answer = await call(request, url, jsonAuth(request.federatedToken), JSON.stringify({ audience: request.audience, includeEmail: request.includeEmail }));
    if (typeof answer.token !== 'string')
        throw new Error('IAM Credentials answered without an ID token.');
    request.mask(answer.token);
    return answer.token;
}
const jsonAuth = (bearer) => ({
    'content-type': 'application/json',
    authorization: `Bearer ${bearer}`,
});
function call(request, url, headers, body) {
    return requestJson(url, {
        headers,
        body,
        service: 'Google',
        refuse: (status, answer) => refusal(status, answer, url, request),
        ...(request.onRetry ? { onRetry: request.onRetry } : {}),
    });
}
function refusal(status, answer, url, request) {
    const oauth = typeof answer.error === 'string'
        ? `${answer.error}: ${String(answer.error_description ?? '')}`
        : undefined;
    const api = answer.error;
    const detail = oauth ?? (api?.message ? `${api.status ?? status}: ${api.message}` : `HTTP ${status}`);
    const code = status === 429
        ? 'TooManyRequestsException'
        : status >= 500
            ? 'ServiceUnavailable'
            : String(typeof answer.error === 'string' ? answer.error : (api?.status ?? status));
    if (status === 429 || status >= 500)
        return new CloudRefusedError(`${url} answered ${detail}`, code);
    const facts = describeFacts(tokenFacts(request.token));
    const impersonating = url.includes('serviceAccounts');
    if (impersonating && status === 400)
        return new CloudRefusedError(`IAM Credentials rejected the request (${detail}): check access-token-lifetime, access-token-scopes and id-token-audience.`, code);
    const where = impersonating
        ? 'Google refused to let the federated identity act as the service account'
        : 'Google STS refused the job token';
    const hint = impersonating
        ? 'Grant roles/iam.workloadIdentityUser on the service account to principalSet://iam.googleapis.com/<pool>/attribute.repository/<owner/repo> (or the principal for this sub).'
        : "Check the provider's allowed audiences and its attribute condition against these claims.";
    return new CloudRefusedError(`${where} (${detail}); token: ${facts}. ${hint}`, code);
}

;// CONCATENATED MODULE: ./packages/cloud-credentials/src/azure.ts




/** Entra authority and Resource Manager of each Azure cloud. */
const AZURE_CLOUDS = {
    public: {
        authorityHost: 'https://login.microsoftonline.com',
        resourceManager: 'https://management.azure.com',
    },
    usgov: {
        authorityHost: 'https://login.microsoftonline.us',
        resourceManager: 'https://management.usgovcloudapi.net',
    },
    china: {
        authorityHost: 'https://login.chinacloudapi.cn',
        resourceManager: 'https://management.chinacloudapi.cn',
    },
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function checkGuid(value, input, what) {
    if (!value)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is required for provider azure: the ${what} (a GUID).`, input);
    if (!GUID.test(value))
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(value)}, which is not a GUID like 00000000-0000-0000-0000-000000000000 (the ${what}).`, input);
    return value;
}
function checkTenant(value, input) {
    if (!value)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is required for provider azure: the directory (tenant) id.`, input);
    if (!GUID.test(value) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value))
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(value)}: give the tenant's GUID or its domain (contoso.onmicrosoft.com).`, input);
    return value;
}
/** The job token as a client assertion (client credentials grant) for a token of `scope`. */
async function entraAccessToken(request) {
    const url = `${request.authorityHost.replace(/\/$/, '')}/${request.tenantId}/oauth2/v2.0/token`;
    const body = new URLSearchParams({
        client_id: request.clientId,
        scope: request.scope,
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: request.token,
    });
    const answer = await requestJson(url, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        service: 'Entra',
        refuse(status, json) {
            const description = String(json.error_description ?? `HTTP ${status}`).replace(/ Trace ID:.*$/s, '');
            if (status >= 500 || status === 429 || json.error === 'temporarily_unavailable')
                return new CloudRefusedError(`Entra answered ${description}`, 'temporarily_unavailable');
            return new CloudRefusedError(`Entra refused the job token as a client assertion for ${request.clientId} (${description}); token: ${describeFacts(tokenFacts(request.token))}. ${hintFor(description)}`, String(json.error ?? status));
        },
        ...(request.onRetry ? { onRetry: request.onRetry } : {}),
    });
    if (typeof answer.access_token !== 'string')
        throw new Error('Entra answered without an access token.');
    request.mask(answer.access_token);
    return {
        token: answer.access_token,
        expiresAt: new Date(Date.now() + Number(answer.expires_in ?? 3600) * 1000),
    };
}
function hintFor(description) {
    if (description.includes('AADSTS70021'))
        return "Add a federated credential to the app registration whose issuer, subject and audience are exactly this token's (e.g. subject repo:<owner>/<repo>:environment:<name>).";
    if (description.includes('AADSTS700016'))
        return 'Check client-id and tenant-id: the app registration was not found in that tenant.';
    if (description.includes('AADSTS90002'))
        return 'Check tenant-id.';
    return 'Check client-id, tenant-id and the federated credential of the app registration.';
}
/** GET the subscription with the ARM token: proves the login can see it (a role is assigned). */
async function armSubscription(resourceManager, subscriptionId, accessToken) {
    const json = (await requestJson(`${resourceManager.replace(/\/$/, '')}/subscriptions/${subscriptionId}?api-version=2022-12-01`, {
        method: 'GET',
        headers: { authorization: `Bearer ${accessToken}` },
        service: 'Resource Manager',
        refuse(status, body) {
            if (status >= 500 || status === 429)
                return new CloudRefusedError(`Resource Manager answered HTTP ${status}`, 'ServiceUnavailable');
            const error = body.error;
            return new CloudRefusedError(`The login works, but subscription ${subscriptionId} is not visible to it (${error?.code ?? status}: ${error?.message ?? ''}). Assign the app a role on the subscription (or a resource group in it), or set allow-no-subscriptions: true.`, error?.code ?? String(status));
        },
    }));
    return { displayName: json.displayName ?? subscriptionId, tenantId: json.tenantId ?? '' };
}
/** ACR's token exchange: an Entra access token for a registry refresh token (docker password). */
async function acrRefreshToken(registry, tenantId, accessToken, mask) {
    const refused = (status) => new CloudRefusedError(`${registry} did not exchange the Entra token for a registry token (HTTP ${status}): the app needs the AcrPush or AcrPull role on the registry.`, String(status));
    const json = (await requestJson(`https://${registry}/oauth2/exchange`, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
            grant_type: 'access_token',
            service: registry,
            tenant: tenantId,
            access_token: accessToken,
        }),
        service: registry,
        refuse: (status) => status >= 500 || status === 429
            ? new CloudRefusedError(`${registry} answered HTTP ${status}`, 'ServiceUnavailable')
            : refused(status),
    }));
    if (!json.refresh_token)
        throw refused(200);
    mask(json.refresh_token);
    return json.refresh_token;
}

;// CONCATENATED MODULE: ./packages/cloud-credentials/src/index.ts







;// CONCATENATED MODULE: ./actions/cloud-login/src/aws.ts


function checkAwsInputs(values) {
    const roleArn = values['role-to-assume'];
    const region = values['aws-region'];
    if (!roleArn)
        throw new src/* ConfigurationError */.j1('Input "role-to-assume" is required for provider aws: the ARN of the IAM role this job assumes.', 'role-to-assume');
    if (!region)
        throw new src/* ConfigurationError */.j1('Input "aws-region" is required for provider aws, e.g. us-east-1.', 'aws-region');
    checkRoleArn(roleArn, 'role-to-assume');
    checkRegion(region, 'aws-region');
    if (values['role-session-name'])
        sessionName(values['role-session-name'], '', 'role-session-name');
    if (values['inline-session-policy']) {
        try {
            JSON.parse(values['inline-session-policy']);
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input "inline-session-policy" is not JSON: ${error.message}.`, 'inline-session-policy');
        }
    }
    for (const arn of values['managed-session-policies'])
        if (!/^arn:aws[\w-]*:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]+$/.test(arn))
            throw new src/* ConfigurationError */.j1(`Input "managed-session-policies" has ${JSON.stringify(arn)}, which is not an IAM policy ARN.`, 'managed-session-policies');
    return { roleArn, region };
}
async function awsLogin(values, checked, context) {
    const { roleArn, region } = checked;
    const { env } = context;
    const endpoint = values['sts-endpoint'] || undefined;
    const fallbackName = `GitHubActions-${env.GITHUB_REPOSITORY?.split('/')[1] ?? 'job'}-${env.GITHUB_RUN_ID ?? '0'}`;
    let source;
    if (values['role-chaining']) {
        if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY)
            throw new src/* ConfigurationError */.j1('Input "role-chaining" is true, but the job has no AWS credentials to chain from: run cloud-login for the first role in an earlier step.', 'role-chaining');
        source = {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            sessionToken: env.AWS_SESSION_TOKEN ?? '',
            expiration: new Date(Date.now() + 3600_000),
        };
    }
    const { credentials } = await assumeAwsRole({
        roleArn,
        region,
        sessionName: sessionName(values['role-session-name'], fallbackName, 'role-session-name'),
        durationSeconds: values['role-chaining']
            ? Math.min(values['role-duration-seconds'], 3600)
            : values['role-duration-seconds'],
        ...(source ? { sourceCredentials: source } : { webIdentityToken: context.token }),
        ...(values['role-external-id'] ? { externalId: values['role-external-id'] } : {}),
        ...(values['inline-session-policy'] ? { inlineSessionPolicy: values['inline-session-policy'] } : {}),
        managedSessionPolicies: values['managed-session-policies'],
        ...(endpoint ? { endpoint } : {}),
        mask: context.mask,
        retry: { onRetry: (message) => context.log.info(message) },
    });
    const identity = await awsCallerIdentity(credentials, region, endpoint);
    context.log.info(`Authenticated to AWS as ${identity.arn} (account ${identity.account}) until ${credentials.expiration.toISOString()}.`);
    const { exporter } = context;
    exporter.variable('AWS_REGION', region);
    exporter.variable('AWS_DEFAULT_REGION', region);
    const profile = values['aws-profile'];
    if (profile) {
        // Keys in files the SDKs and the CLI read, not in every later step's environment.
        const credentialsFile = await exporter.file('aws-credentials', `[${profile}]\naws_access_key_id = ${credentials.accessKeyId}\naws_secret_access_key = ${credentials.secretAccessKey}\naws_session_token = ${credentials.sessionToken}\n`);
        const configFile = await exporter.file('aws-config', `[${profile === 'default' ? 'default' : `profile ${profile}`}]\nregion = ${region}\n`);
        exporter.variable('AWS_SHARED_CREDENTIALS_FILE', credentialsFile);
        exporter.variable('AWS_CONFIG_FILE', configFile);
        exporter.variable('AWS_PROFILE', profile);
    }
    else {
        exporter.variable('AWS_ACCESS_KEY_ID', credentials.accessKeyId);
        exporter.variable('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey);
        exporter.variable('AWS_SESSION_TOKEN', credentials.sessionToken);
    }
    let registry;
    if (values['registry-login']) {
        const host = values.registry || `${identity.account}.dkr.ecr.${region}.amazonaws.com`;
        const login = await ecrLogin(credentials, region, context.mask, env.AWS_ENDPOINT_URL_ECR || undefined);
        registry = { registry: host, ...login };
    }
    return {
        expiration: credentials.expiration,
        outputs: {
            'aws-account-id': identity.account,
            'authenticated-arn': identity.arn,
        },
        secretOutputs: {
            'aws-access-key-id': credentials.accessKeyId,
            'aws-secret-access-key': credentials.secretAccessKey,
            'aws-session-token': credentials.sessionToken,
        },
        summary: [
            ['Identity', identity.arn],
            ['Account', identity.account],
            ['Region', region],
        ],
        ...(registry ? { registry } : {}),
    };
}

;// CONCATENATED MODULE: ./actions/cloud-login/src/azure.ts


function checkAzureInputs(values) {
    const clientId = checkGuid(values['client-id'], 'client-id', "app registration's (or managed identity's) client id");
    const tenantId = checkTenant(values['tenant-id'], 'tenant-id');
    if (!values['subscription-id'] && !values['allow-no-subscriptions'])
        throw new src/* ConfigurationError */.j1('Input "subscription-id" is empty: give the subscription to work in, or set allow-no-subscriptions: true for tenant-level access only.', 'subscription-id');
    const subscriptionId = values['subscription-id']
        ? checkGuid(values['subscription-id'], 'subscription-id', 'subscription id')
        : undefined;
    if (values['registry-login'] && !values.registry)
        throw new src/* ConfigurationError */.j1('Input "registry" is required with registry-login for azure: the registry host, e.g. contoso.azurecr.io.', 'registry');
    return { clientId, tenantId, ...(subscriptionId ? { subscriptionId } : {}) };
}
/**
 * The job token as a client assertion for a Resource Manager token (verified against the
 * subscription), then the variables Azure SDKs' workload identity credential and Terraform's
 * azurerm provider read, with the job token in a 0600 file under RUNNER_TEMP.
 */
async function azureLogin(values, checked, context) {
    const { clientId, tenantId, subscriptionId } = checked;
    const cloud = AZURE_CLOUDS[values.environment];
    const authorityHost = (values['authority-host'] || cloud.authorityHost).replace(/\/$/, '');
    const resourceManager = (values['resource-manager-endpoint'] || cloud.resourceManager).replace(/\/$/, '');
    const { exporter, log, mask } = context;
    const token = context.token; // main always requests one for this provider
    const arm = await entraAccessToken({
        authorityHost,
        tenantId,
        clientId,
        token,
        scope: `${resourceManager}/.default`,
        mask,
        onRetry: (message) => log.info(message),
    });
    let subscriptionName = '';
    if (subscriptionId)
        subscriptionName = (await armSubscription(resourceManager, subscriptionId, arm.token)).displayName;
    log.info(`Authenticated to Azure as ${clientId} in ${tenantId}${subscriptionId ? ` (subscription ${subscriptionName})` : ''}.`);
    const tokenFile = await exporter.file('azure-federated-token', token);
    exporter.variable('AZURE_CLIENT_ID', clientId);
    exporter.variable('AZURE_TENANT_ID', tenantId);
    exporter.variable('AZURE_FEDERATED_TOKEN_FILE', tokenFile);
    if (authorityHost !== AZURE_CLOUDS.public.authorityHost)
        exporter.variable('AZURE_AUTHORITY_HOST', authorityHost);
    // Terraform's azurerm provider.
    exporter.variable('ARM_CLIENT_ID', clientId);
    exporter.variable('ARM_TENANT_ID', tenantId);
    exporter.variable('ARM_USE_OIDC', 'true');
    exporter.variable('ARM_OIDC_TOKEN_FILE_PATH', tokenFile);
    if (subscriptionId) {
        exporter.variable('AZURE_SUBSCRIPTION_ID', subscriptionId);
        exporter.variable('ARM_SUBSCRIPTION_ID', subscriptionId);
    }
    if (values['az-cli'])
        await azCliLogin(clientId, tenantId, subscriptionId, token, mask, log);
    let registry;
    if (values['registry-login']) {
        const host = values.registry;
        const password = await acrRefreshToken(host, tenantId, arm.token, mask);
        registry = { registry: host, username: '00000000-0000-0000-0000-000000000000', password };
    }
    return {
        expiration: arm.expiresAt,
        outputs: {},
        secretOutputs: { 'azure-access-token': arm.token },
        summary: [
            ['Client', clientId],
            ['Tenant', tenantId],
            ...(subscriptionId
                ? [['Subscription', `${subscriptionName} (${subscriptionId})`]]
                : []),
        ],
        ...(registry ? { registry } : {}),
    };
}
/** `az login` only when asked and present: SDKs and Terraform do not need it. */
async function azCliLogin(clientId, tenantId, subscriptionId, token, mask, log) {
    const probe = await (0,src/* execCommand */.NK)('az', ['version'], { allowFailure: true }).catch(() => undefined);
    if (!probe || probe.exitCode !== 0) {
        log.warning('Input "az-cli" is true, but the az CLI is not installed on this runner; skipped az login (SDKs and Terraform use the exported variables).');
        return;
    }
    mask(token);
    await (0,src/* execCommand */.NK)('az', [
        'login',
        '--service-principal',
        '--username',
        clientId,
        '--tenant',
        tenantId,
        '--federated-token',
        token,
        '--output',
        'none',
    ], { secrets: [token] });
    if (subscriptionId)
        await (0,src/* execCommand */.NK)('az', ['account', 'set', '--subscription', subscriptionId], {});
}

;// CONCATENATED MODULE: ./actions/cloud-login/src/gcp.ts


function checkGcpInputs(values) {
    const provider = values['workload-identity-provider'];
    if (!provider)
        throw new src/* ConfigurationError */.j1('Input "workload-identity-provider" is required for provider gcp: projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.', 'workload-identity-provider');
    checkWorkloadIdentityProvider(provider, 'workload-identity-provider');
    const serviceAccount = values['service-account'] || undefined;
    if (serviceAccount)
        checkServiceAccount(serviceAccount, 'service-account');
    if (values['token-format'] === 'id-token') {
        if (!serviceAccount)
            throw new src/* ConfigurationError */.j1('Input "token-format" is id-token, which needs "service-account" (Google signs ID tokens for a service account).', 'service-account');
        if (!values['id-token-audience'])
            throw new src/* ConfigurationError */.j1('Input "token-format" is id-token: set "id-token-audience" to the URL of the service the token is for.', 'id-token-audience');
    }
    if (values['registry-login'] && !values.registry)
        throw new src/* ConfigurationError */.j1('Input "registry" is required with registry-login for gcp: the Artifact Registry host, e.g. europe-docker.pkg.dev.', 'registry');
    return { provider, ...(serviceAccount ? { serviceAccount } : {}) };
}
const gcpAudience = (provider) => `https://iam.googleapis.com/${provider}`;
/**
 * Writes the external_account credentials file (and the token file it reads), then proves the
 * trust works with one STS exchange (and impersonation), so a misconfigured pool fails here,
 * not in a later step. With token-format it hands out the access or ID token itself.
 */
async function gcpLogin(values, checked, context) {
    const { provider, serviceAccount } = checked;
    const endpoints = {
        sts: values['sts-endpoint'] || GOOGLE_STS,
        iamCredentials: values['iam-credentials-endpoint'] || GOOGLE_IAM_CREDENTIALS,
    };
    const { exporter, mask, log } = context;
    const token = context.token; // main always requests one for this provider
    const tokenFile = await exporter.file('github-oidc-token', token);
    const config = externalAccountConfig(provider, tokenFile, endpoints, serviceAccount);
    const credentialsFile = await exporter.file('gcp-credentials.json', `${JSON.stringify(config, null, 2)}\n`);
    const exchange = { provider, token, endpoints, mask, onRetry: (message) => log.info(message) };
    const federated = await googleFederatedToken(exchange);
    let accessToken = federated.token;
    let expiration = federated.expiresAt;
    if (serviceAccount && (values['token-format'] !== 'id-token' || values['registry-login'])) {
        const impersonated = await serviceAccountAccessToken({
            ...exchange,
            federatedToken: federated.token,
            serviceAccount,
            scopes: values['access-token-scopes'],
            lifetimeSeconds: Math.round(values['access-token-lifetime'] / 1000),
        });
        accessToken = impersonated.token;
        expiration = impersonated.expiresAt;
    }
    let idToken;
    if (values['token-format'] === 'id-token' && serviceAccount) {
        idToken = await serviceAccountIdToken({
            ...exchange,
            federatedToken: federated.token,
            serviceAccount,
            audience: values['id-token-audience'],
            includeEmail: values['id-token-include-email'],
        });
    }
    log.info(`Authenticated to Google Cloud through ${provider}${serviceAccount ? ` as ${serviceAccount}` : ' (direct workload identity)'}.`);
    exporter.variable('GOOGLE_APPLICATION_CREDENTIALS', credentialsFile);
    exporter.variable('CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', credentialsFile);
    exporter.variable('GOOGLE_GHA_CREDS_PATH', credentialsFile);
    const project = values['project-id'] || (serviceAccount ? projectOfServiceAccount(serviceAccount) : undefined) || '';
    if (project)
        for (const name of [
            'CLOUDSDK_CORE_PROJECT',
            'CLOUDSDK_PROJECT',
            'GCLOUD_PROJECT',
            'GCP_PROJECT',
            'GOOGLE_CLOUD_PROJECT',
        ])
            exporter.variable(name, project);
    const outputs = { 'credentials-file-path': credentialsFile, 'project-id': project };
    // Tokens asked for by token-format are the point of asking: outputs, masked.
    if (values['token-format'] === 'access-token')
        outputs['access-token'] = accessToken;
    if (idToken)
        outputs['id-token'] = idToken;
    return {
        expiration,
        outputs,
        secretOutputs: {},
        summary: [
            ['Provider', provider],
            ['Identity', serviceAccount ?? 'federated principal'],
            ...(project ? [['Project', project]] : []),
        ],
        ...(values['registry-login']
            ? {
                registry: {
                    registry: values.registry,
                    username: 'oauth2accesstoken',
                    password: accessToken,
                },
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./actions/cloud-login/src/exports.ts
var src_exports = __webpack_require__(1530);
;// CONCATENATED MODULE: ./actions/cloud-login/src/main.ts








/** The provider's inputs checked once, before any token is requested. */
function prepare(values) {
    if (values.provider === 'aws') {
        const checked = checkAwsInputs(values);
        return {
            audience: 'sts.amazonaws.com',
            needsToken: !values['role-chaining'],
            run: (context) => awsLogin(values, checked, context),
        };
    }
    if (values.provider === 'gcp') {
        const checked = checkGcpInputs(values);
        return {
            audience: gcpAudience(checked.provider),
            needsToken: true,
            run: (context) => gcpLogin(values, checked, context),
        };
    }
    const checked = checkAzureInputs(values);
    return {
        audience: 'api://AzureADTokenExchange',
        needsToken: true,
        run: (context) => azureLogin(values, checked, context),
    };
}
async function main({ inputs, outputs, state, log, toolkit }) {
    const env = toolkit.env();
    const mask = (value) => toolkit.setSecret(value);
    const login = prepare(inputs);
    // Fail first, naming the fix, when the job has no token to exchange.
    if (login.needsToken && !(0,src/* idTokenAvailable */.wl)(env))
        throw new src/* ConfigurationError */.j1(`cloud-login (${inputs.provider}) needs the job's OIDC token, and ACTIONS_ID_TOKEN_REQUEST_URL is not set: add \`permissions: id-token: write\` to the job. Pull requests from forks never get a token; run deploys on push or workflow_run.`, 'provider');
    let token;
    if (login.needsToken) {
        token = await (0,src/* requestIdToken */.gj)(env, inputs.audience || login.audience, 'provider');
        mask(token);
        log.debug(`Job token claims: ${describeFacts(tokenFacts(token))}`);
    }
    const exporter = new src_exports/* Exporter */.K(toolkit, state, env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
    let result;
    try {
        result = await login.run({ env, mask, log, exporter, ...(token ? { token } : {}) });
    }
    catch (error) {
        if (error instanceof CloudRefusedError)
            throw new src/* ConfigurationError */.j1(error.message, 'provider');
        throw error;
    }
    outputs.set('expiration', result.expiration.toISOString());
    for (const [name, value] of Object.entries(result.outputs))
        outputs.set(name, value);
    if (inputs['output-credentials'])
        for (const [name, value] of Object.entries(result.secretOutputs))
            outputs.set(name, value);
    if (result.registry) {
        const existing = env.REGISTRY_AUTH_FILE || (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME ?? '', '.docker'), 'config.json');
        const { configDir, configPath } = await writeDockerLogin(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), result.registry, existing);
        exporter.remember(configDir);
        exporter.variable('DOCKER_CONFIG', configDir);
        exporter.variable('REGISTRY_AUTH_FILE', configPath);
        outputs.set('registry', result.registry.registry);
        log.info(`Logged in to ${result.registry.registry} (Docker config ${configPath}).`);
    }
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath)
        await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => new src/* SummaryBuilder */.CF()
            .heading(`Cloud login: ${inputs.provider}`, 2)
            .table(['', ''], [
            ...result.summary.map(([key, value]) => [key, (0,src/* markdownCode */.D9)(value)]),
            ['Expires', result.expiration.toISOString()],
            ...(result.registry ? [['Registry', (0,src/* markdownCode */.D9)(result.registry.registry)]] : []),
        ])
            .render(budget));
}


/***/ })

};
