export const id = 65;
export const ids = [65];
export const modules = {

/***/ 6065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS_PER_REQUEST: () => (/* reexport */ ANNOTATIONS_PER_REQUEST),
  MAX_CHECK_TEXT: () => (/* reexport */ MAX_CHECK_TEXT),
  MAX_COMMENT_CHARS: () => (/* reexport */ MAX_COMMENT_CHARS),
  MAX_UPLOAD_BYTES: () => (/* reexport */ MAX_UPLOAD_BYTES),
  SILENT_LOGGER: () => (/* reexport */ SILENT_LOGGER),
  SKIP_REASONS: () => (/* reexport */ SKIP_REASONS),
  addedLines: () => (/* reexport */ addedLines),
  changedLines: () => (/* reexport */ changedLines),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  encodeSarif: () => (/* reexport */ encodeSarif),
  hasReadOnlyToken: () => (/* reexport */ hasReadOnlyToken),
  onChangedLine: () => (/* reexport */ onChangedLine),
  publishCheckRun: () => (/* reexport */ publishCheckRun),
  readGitHubContext: () => (/* reexport */ readGitHubContext),
  renderStickyComment: () => (/* reexport */ renderStickyComment),
  sarifRef: () => (/* reexport */ sarifRef),
  skipFor: () => (/* reexport */ skipFor),
  stickyMarker: () => (/* reexport */ stickyMarker),
  uploadSarif: () => (/* reexport */ uploadSarif),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/action-kit/src/github/context.ts

function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function context_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function repoName(repo) {
    return context_text(record(repo)?.full_name);
}
function pullRequestOf(payload) {
    const pr = record(record(payload)?.pull_request);
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const head = record(pr.head);
    const base = record(pr.base);
    const headSha = context_text(head?.sha);
    const baseSha = context_text(base?.sha);
    const baseRepo = repoName(base?.repo);
    if (!headSha || !baseSha || !baseRepo)
        return undefined;
    // A deleted fork has `head.repo: null`; it is still not the base repository.
    const headRepo = repoName(head?.repo) ?? '(deleted fork)';
    return { number: pr.number, headSha, baseSha, headRepo, baseRepo, isFork: headRepo !== baseRepo };
}
const ZERO_SHA = /^0{40}$/;
function pushOf(eventName, payload) {
    if (eventName !== 'push')
        return undefined;
    const p = record(payload);
    const before = context_text(p?.before);
    const after = context_text(p?.after);
    if (!before || !after || ZERO_SHA.test(before))
        return undefined;
    return { before, after };
}
/**
 * Reads the context from the runner's variables. A missing or unreadable event file is an empty
 * payload (workflow_dispatch from the API can have none); a missing GITHUB_REPOSITORY is an error
 * because nothing can be reported without it.
 */
function readGitHubContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new Error(`GITHUB_REPOSITORY is '${repository}'; expected owner/name (is this a GitHub Actions runner?)`);
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = pullRequestOf(payload);
    const push = pushOf(eventName, payload);
    return {
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        owner,
        repo,
        eventName,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        payload,
        ...(pullRequest ? { pullRequest } : {}),
        ...(push ? { push } : {}),
    };
}
/** True when GitHub gives this run a read-only token whatever the workflow asks for. */
function hasReadOnlyToken(ctx) {
    // https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication
    return ctx.eventName === 'pull_request' && ctx.pullRequest?.isFork === true;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/action-kit/src/github/client.ts



const SILENT_LOGGER = { info: () => { }, warning: () => { }, debug: () => { } };
/**
 * An Octokit for the run's token with retries on 5xx/429 (@octokit/plugin-retry) and GitHub's
 * rate-limit guidance (@octokit/plugin-throttling: writes spaced, Retry-After honoured, secondary
 * limits retried a bounded number of times).
 */
function createGitHubClient(token, options) {
    const logger = options.logger ?? SILENT_LOGGER;
    const retries = options.retries ?? 3;
    const base = options.retryBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < retries;
        logger.warning(`GitHub ${kind} on ${request.method} ${request.url}; ${again ? `retrying after ${retryAfter}s` : 'giving up'}`);
        return again;
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.apiUrl,
        userAgent: options.userAgent ?? 'portcullis',
        retry: { retries, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.debug(m),
            error: (m) => logger.debug(m),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/github/outcome.ts
/** Why a report to GitHub was not made. Never a failure of the step: the verdict stands on its own. */
const SKIP_REASONS = [
    'fork-pull-request',
    'read-only-token',
    'code-scanning-disabled',
    'no-access',
    'not-a-pull-request',
    'too-large',
    'rate-limited',
    'api-error',
];
function isHttpError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number' &&
        typeof error.message === 'string');
}
/**
 * Maps an API failure to a skip with a clear notice. What counts as "code scanning not enabled" and
 * "read-only token" follows the messages GitHub returns for the 403 of upload-sarif
 * (https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data).
 */
function skipFor(error, what, permission) {
    if (!isHttpError(error)) {
        const message = error instanceof Error ? error.message : String(error);
        return { status: 'skipped', reason: 'api-error', message: `${what} failed: ${message}` };
    }
    const text = error.message;
    if (error.status === 403 || error.status === 429) {
        if (/secondary rate limit|rate limit exceeded|API rate limit/i.test(text) ||
            error.status === 429) {
            return {
                status: 'skipped',
                reason: 'rate-limited',
                message: `${what} was skipped: GitHub's rate limit was still exceeded after retries.`,
            };
        }
        if (/advanced security|code scanning is not enabled|code security must be enabled/i.test(text)) {
            return {
                status: 'skipped',
                reason: 'code-scanning-disabled',
                message: `${what} was skipped: code scanning is not enabled for this repository (GitHub said: ${text}). Results are in the job summary and annotations.`,
            };
        }
        return {
            status: 'skipped',
            reason: 'read-only-token',
            message: `${what} was skipped: the token cannot write here (GitHub said: ${text}). Grant \`permissions: ${permission}\` to the job; pull requests from forks and Dependabot get a read-only token.`,
        };
    }
    if (error.status === 404) {
        return {
            status: 'skipped',
            reason: 'no-access',
            message: `${what} was skipped: GitHub answered 404 (the token cannot see this repository or the feature is unavailable).`,
        };
    }
    if (error.status === 413) {
        return {
            status: 'skipped',
            reason: 'too-large',
            message: `${what} was skipped: GitHub rejected the payload as too large.`,
        };
    }
    return {
        status: 'skipped',
        reason: 'api-error',
        message: `${what} failed with HTTP ${error.status}: ${text}`,
    };
}
function forkSkip(what) {
    return {
        status: 'skipped',
        reason: 'fork-pull-request',
        message: `${what} was skipped: this pull request comes from a fork, and GitHub gives its workflows a read-only token. Results are in the job summary and annotations.`,
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/core/src/json-text.ts
var json_text = __webpack_require__(6751);
;// CONCATENATED MODULE: ./packages/action-kit/src/github/upload.ts








/** GitHub's limit on one upload, measured on the gzipped SARIF. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/**
 * The ref an analysis belongs to. On `pull_request` GitHub documents `refs/pull/<n>/merge` for the
 * merge commit it checks out (GITHUB_SHA) and `refs/pull/<n>/head` for the head commit; a workflow
 * that checked out the head must upload with the head ref or the alerts land on the wrong commit.
 */
function sarifRef(ctx, commitSha) {
    const pr = ctx.pullRequest;
    if (pr && (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target')) {
        if (commitSha === pr.headSha)
            return `refs/pull/${pr.number}/head`;
        if (ctx.eventName === 'pull_request')
            return `refs/pull/${pr.number}/merge`;
    }
    return ctx.ref;
}
/**
 * gzip + base64, as upload-sarif wants the `sarif` field. A log is gzipped as its text is written,
 * a batch at a time, so the whole text (hundreds of MB for a log at code scanning's limits) never
 * exists at once; the gzipped bytes are at most the 10 MB an upload may have.
 */
async function encodeSarif(sarif) {
    let gz;
    if (typeof sarif === 'string') {
        gz = (0,external_node_zlib_.gzipSync)(Buffer.from(sarif, 'utf8'));
    }
    else {
        const chunks = [];
        await (0,promises_.pipeline)(external_node_stream_.Readable.from((0,json_text/* jsonBatches */.vb)(sarif)), (0,external_node_zlib_.createGzip)(), async (source) => {
            for await (const chunk of source)
                chunks.push(chunk);
        });
        gz = Buffer.concat(chunks);
    }
    return { encoded: gz.toString('base64'), gzippedBytes: gz.length };
}
const defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function statusOf(error) {
    const s = error?.status;
    return typeof s === 'number' ? s : undefined;
}
/**
 * Uploads one SARIF log to code scanning and waits for GitHub to process it. Never throws for an
 * API answer: fork pull requests, read-only tokens, repositories without code scanning and
 * exhausted retries come back as `skipped` with a message for the summary. An upload that was
 * accepted but failed processing comes back `uploaded` with `processing: 'failed'` and the errors.
 */
async function uploadSarif(client, ctx, options) {
    const logger = options.logger ?? SILENT_LOGGER;
    const what = 'Uploading SARIF to code scanning';
    if (hasReadOnlyToken(ctx))
        return forkSkip(what);
    const commitSha = options.commitSha ?? ctx.sha;
    const ref = options.ref ?? sarifRef(ctx, commitSha);
    const { encoded, gzippedBytes } = await encodeSarif(options.sarif);
    if (gzippedBytes > MAX_UPLOAD_BYTES) {
        return {
            status: 'skipped',
            reason: 'too-large',
            message: `${what} was skipped: the SARIF is ${gzippedBytes} bytes gzipped, over GitHub's ${MAX_UPLOAD_BYTES}; apply the SARIF budget before uploading.`,
        };
    }
    let sarifId;
    try {
        const response = await client.rest.codeScanning.uploadSarif({
            owner: ctx.owner,
            repo: ctx.repo,
            commit_sha: commitSha,
            ref,
            sarif: encoded,
            checkout_uri: options.checkoutUri ?? (0,external_node_url_.pathToFileURL)(ctx.workspace).href,
            ...(options.toolName ? { tool_name: options.toolName } : {}),
            ...(options.startedAt ? { started_at: options.startedAt.toISOString() } : {}),
        });
        if (!response.data.id)
            throw new Error('GitHub accepted the upload but returned no id');
        sarifId = response.data.id;
    }
    catch (error) {
        const skipped = skipFor(error, what, 'security-events: write');
        logger.warning(skipped.message);
        return skipped;
    }
    logger.info(`Uploaded SARIF ${sarifId} for ${ref} at ${commitSha.slice(0, 12)}`);
    const base = { status: 'uploaded', sarifId, commitSha, ref };
    if (options.wait === false)
        return { ...base, processing: 'pending', errors: [] };
    const wait = typeof options.wait === 'object' ? options.wait : {};
    return {
        ...base,
        ...(await waitForProcessing(client, ctx, sarifId, wait, logger, options.sleep)),
    };
}
async function waitForProcessing(client, ctx, sarifId, wait, logger, sleep = defaultSleep) {
    const deadline = Date.now() + (wait.timeoutMs ?? 120_000);
    let delay = wait.initialDelayMs ?? 1000;
    const maxDelay = wait.maxDelayMs ?? 15_000;
    for (;;) {
        await sleep(delay);
        try {
            const { data } = await client.rest.codeScanning.getSarif({
                owner: ctx.owner,
                repo: ctx.repo,
                sarif_id: sarifId,
            });
            const errors = [...(data.errors ?? [])];
            if (data.processing_status === 'complete') {
                return {
                    processing: 'complete',
                    errors,
                    ...(data.analyses_url ? { analysesUrl: data.analyses_url } : {}),
                };
            }
            if (data.processing_status === 'failed') {
                logger.warning(`Code scanning could not process SARIF ${sarifId}: ${errors.join('; ') || 'no reason given'}`);
                return { processing: 'failed', errors };
            }
        }
        catch (error) {
            // Right after an upload the id can be unknown for a moment: keep polling on 404 only.
            if (statusOf(error) !== 404) {
                logger.warning(`Could not read the processing status of SARIF ${sarifId}: ${error.message}`);
                return { processing: 'unknown', errors: [] };
            }
        }
        if (Date.now() + delay > deadline) {
            logger.warning(`SARIF ${sarifId} was still being processed when the wait ended; it was uploaded.`);
            return { processing: 'pending', errors: [] };
        }
        delay = Math.min(delay * 2, maxDelay);
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/github/comment.ts



/** GitHub's limit on an issue or pull request comment body. */
const MAX_COMMENT_CHARS = 65_536;
/** The hidden marker that finds the comment again; HTML comments are not rendered. */
function stickyMarker(key) {
    return `<!-- portcullis:sticky:${key.replace(/-->/g, '')} -->`;
}
const TRUNCATED = "\n\n_Details were cut to fit GitHub's comment size limit; the job summary has everything._\n";
/** Builds the body within {@link MAX_COMMENT_CHARS}: marker, head, then collapsed sections that fit. */
function renderStickyComment(comment) {
    const marker = stickyMarker(comment.key);
    let body = `${marker}\n${comment.head.trim()}\n`;
    const budget = MAX_COMMENT_CHARS - TRUNCATED.length;
    if (body.length > budget)
        return `${body.slice(0, budget - 1)}\n${TRUNCATED}`;
    for (const section of comment.details ?? []) {
        const open = `\n<details><summary>${section.title}</summary>\n\n`;
        const close = '\n\n</details>\n';
        const block = `${open}${section.body.trim()}${close}`;
        if (body.length + block.length <= budget) {
            body += block;
            continue;
        }
        const room = budget - body.length - open.length - close.length;
        if (room > 200) {
            // Cut at a line end so a table row or code line is never half-shown.
            const cut = section.body.slice(0, room);
            body += `${open}${cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0))}${close}`;
        }
        return body + TRUNCATED;
    }
    return body;
}
/**
 * The login the token acts as. GraphQL's `viewer` answers for every kind of token: a person's
 * (personal access token), the job's GITHUB_TOKEN (`github-actions[bot]`) and a GitHub App's
 * installation token (`<app-slug>[bot]`); REST `GET /user` answers only for a person's token
 * (installation tokens get 403 "Resource not accessible by integration"), so it is the fallback
 * for servers without GraphQL. Undefined when neither says.
 */
async function tokenLogin(client, logger = SILENT_LOGGER) {
    try {
        const data = await client.graphql('query { viewer { login } }');
        const login = data.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return login;
    }
    catch (error) {
        logger.debug(`GraphQL viewer: ${error.message}`);
    }
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (data.login !== '')
            return data.login;
    }
    catch (error) {
        logger.debug(`GET /user: ${error.message}`);
    }
    return undefined;
}
/**
 * Creates the pull request's sticky comment, or updates it in place when a comment with its marker
 * exists that the token's own account wrote (so reruns never pile up comments, and nobody else's
 * comment is ever rewritten). Outside a pull request, on a fork, or without
 * `pull-requests: write` it returns `skipped` with a notice instead of throwing.
 */
async function upsertStickyComment(client, ctx, comment, logger = SILENT_LOGGER) {
    const what = 'The pull request comment';
    const pr = ctx.pullRequest;
    if (!pr) {
        return {
            status: 'skipped',
            reason: 'not-a-pull-request',
            message: `${what} was skipped: this run is not for a pull request.`,
        };
    }
    if (hasReadOnlyToken(ctx))
        return forkSkip(what);
    const marker = stickyMarker(comment.key);
    const body = renderStickyComment(comment);
    try {
        const comments = await client.paginate(client.rest.issues.listComments, {
            owner: ctx.owner,
            repo: ctx.repo,
            issue_number: pr.number,
            per_page: 100,
        });
        // Only a comment the token itself wrote is ever edited: anyone can post the marker (the pull
        // request's author first of all), and editing their comment would put our verdict in their name.
        const self = await tokenLogin(client, logger);
        if (self === undefined) {
            logger.info('Could not tell which account the token acts as; a new pull request comment is added instead of editing one that may not be ours.');
        }
        const existing = self === undefined
            ? undefined
            : comments.find((c) => c.body?.includes(marker) && c.user?.login.toLowerCase() === self.toLowerCase());
        if (existing) {
            const { data } = await client.rest.issues.updateComment({
                owner: ctx.owner,
                repo: ctx.repo,
                comment_id: existing.id,
                body,
            });
            logger.info(`Updated the pull request comment ${data.html_url}`);
            return { status: 'updated', commentId: data.id, url: data.html_url };
        }
        const { data } = await client.rest.issues.createComment({
            owner: ctx.owner,
            repo: ctx.repo,
            issue_number: pr.number,
            body,
        });
        logger.info(`Commented on the pull request: ${data.html_url}`);
        return { status: 'created', commentId: data.id, url: data.html_url };
    }
    catch (error) {
        const skipped = skipFor(error, what, 'pull-requests: write');
        logger.warning(skipped.message);
        return skipped;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/github/checks.ts



/** The Checks API takes at most 50 annotations per request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Limits of a check run's output fields (characters). */
const MAX_CHECK_TEXT = 65_535;
const MAX_TITLE = 255;
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function toApi(a) {
    const endLine = Math.max(a.endLine ?? a.startLine, a.startLine);
    // Columns are only allowed when the annotation is on one line.
    const columns = endLine === a.startLine && a.startColumn !== undefined
        ? {
            start_column: a.startColumn,
            end_column: Math.max(a.endColumn ?? a.startColumn, a.startColumn),
        }
        : {};
    return {
        path: a.path,
        start_line: a.startLine,
        end_line: endLine,
        ...columns,
        annotation_level: a.level,
        message: clip(a.message, 64 * 1024),
        ...(a.title ? { title: clip(a.title, MAX_TITLE) } : {}),
        ...(a.rawDetails ? { raw_details: clip(a.rawDetails, 64 * 1024) } : {}),
    };
}
/**
 * Publishes a completed check run carrying every annotation: the first 50 with the create call,
 * the rest appended by updates (GitHub keeps appending), the conclusion set with the last request.
 * Needs `checks: write`; without it, or on a fork, it returns `skipped`.
 */
async function publishCheckRun(client, ctx, spec, logger = SILENT_LOGGER) {
    const what = `The check run '${spec.name}'`;
    if (hasReadOnlyToken(ctx))
        return forkSkip(what);
    const batches = [];
    for (let i = 0; i < spec.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(spec.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST).map(toApi));
    }
    const output = (annotations) => ({
        title: clip(spec.title, MAX_TITLE),
        summary: clip(spec.summary, MAX_CHECK_TEXT),
        ...(spec.text ? { text: clip(spec.text, MAX_CHECK_TEXT) } : {}),
        ...(annotations && annotations.length > 0 ? { annotations } : {}),
    });
    const done = {
        status: 'completed',
        conclusion: spec.conclusion,
        completed_at: new Date().toISOString(),
    };
    let createdId;
    try {
        const single = batches.length <= 1;
        const { data } = await client.rest.checks.create({
            owner: ctx.owner,
            repo: ctx.repo,
            name: spec.name,
            head_sha: spec.headSha ?? ctx.pullRequest?.headSha ?? ctx.sha,
            ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
            ...(single ? done : { status: 'in_progress' }),
            started_at: new Date().toISOString(),
            output: output(batches[0]),
        });
        createdId = data.id;
        for (let i = 1; i < batches.length; i += 1) {
            const last = i === batches.length - 1;
            await client.rest.checks.update({
                owner: ctx.owner,
                repo: ctx.repo,
                check_run_id: data.id,
                ...(last ? done : {}),
                output: output(batches[i]),
            });
        }
        logger.info(`Published check run '${spec.name}' with ${spec.annotations.length} annotations`);
        return {
            status: 'published',
            checkRunId: data.id,
            annotations: spec.annotations.length,
            batches: batches.length,
        };
    }
    catch (error) {
        const skipped = skipFor(error, what, 'checks: write');
        logger.warning(skipped.message);
        if (createdId !== undefined) {
            // Never leave a run "in progress" forever: close it with what it has.
            await client.rest.checks
                .update({ owner: ctx.owner, repo: ctx.repo, check_run_id: createdId, ...done })
                .catch(() => undefined);
        }
        return skipped;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/github/changed-lines.ts

/** Added lines of a unified diff patch (GitHub's `patch` field: hunks without file headers). */
function addedLines(patch) {
    const lines = new Set();
    let next = 0;
    for (const line of patch.split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === 0)
            continue;
        if (line.startsWith('+')) {
            lines.add(next);
            next += 1;
        }
        else if (line.startsWith(' ')) {
            next += 1;
        }
        else if (line === '') {
            // A trailing empty string after the final newline is not a context line.
            continue;
        }
        // '-' lines and '\ No newline at end of file' do not exist in the new file.
    }
    return lines;
}
function collect(files) {
    const out = new Map();
    for (const f of files) {
        if (f.status === 'removed')
            continue;
        out.set(f.filename, f.patch === undefined ? new Set() : addedLines(f.patch));
    }
    return out;
}
/**
 * The lines this run changed: a pull request's files (pulls/list-files), or a push's range
 * (repos/compare-commits before...after). Undefined when neither applies or the API says no;
 * annotations then fall back to severity order alone.
 */
async function changedLines(client, ctx, logger = SILENT_LOGGER) {
    try {
        if (ctx.pullRequest) {
            const files = await client.paginate(client.rest.pulls.listFiles, {
                owner: ctx.owner,
                repo: ctx.repo,
                pull_number: ctx.pullRequest.number,
                per_page: 100,
            });
            return collect(files);
        }
        if (ctx.push) {
            const { data } = await client.rest.repos.compareCommits({
                owner: ctx.owner,
                repo: ctx.repo,
                base: ctx.push.before,
                head: ctx.push.after,
            });
            return collect(data.files ?? []);
        }
    }
    catch (error) {
        logger.debug(`Could not read the changed lines: ${error.message}`);
    }
    return undefined;
}
/** Whether a location falls on a changed line (a file with no patch counts as wholly changed). */
function onChangedLine(changed, path, startLine, endLine) {
    const lines = changed?.get(path);
    if (!lines)
        return false;
    if (lines.size === 0)
        return true;
    if (startLine === undefined)
        return false;
    for (let l = startLine; l <= (endLine ?? startLine); l += 1)
        if (lines.has(l))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/github/index.ts
/** Reporting into GitHub: code-scanning uploads, the sticky pull request comment, check runs. */









/***/ }),

/***/ 6751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hw: () => (/* binding */ gzippedJsonSize),
/* harmony export */   vb: () => (/* binding */ jsonBatches)
/* harmony export */ });
/* unused harmony export jsonPieces */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A JSON value's text in pieces, never as one string: the same bytes `JSON.stringify(value)` gives
 * (no indentation), for values too large to serialise at once (a SARIF log of tens of thousands of
 * results and rules is hundreds of MB of UTF-16 as one string, several times over while it is
 * gzipped). Plain objects and arrays are walked down to `depth` levels; anything deeper is one
 * `JSON.stringify` piece. The default depth makes each SARIF rule (log.runs[].tool.driver.rules[])
 * and each result's member one piece. As `JSON.stringify` does, a `toJSON` method is called with
 * the member's key (or the array index as a string) and its answer is written instead. A value
 * JSON cannot hold yields nothing at the top level (JSON.stringify gives undefined there).
 */
function* jsonPieces(value, depth = 6) {
    const own = toJSONValue(value, '');
    if (!isOmitted(own))
        yield* pieces(own, depth);
}
function* pieces(value, depth) {
    if (depth <= 0 || value === null || typeof value !== 'object' || isBoxed(value)) {
        yield JSON.stringify(value);
        return;
    }
    if (Array.isArray(value)) {
        yield '[';
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                yield ',';
            const item = toJSONValue(value[i], String(i));
            // As JSON.stringify: what JSON cannot hold is null in an array.
            if (isOmitted(item))
                yield 'null';
            else
                yield* pieces(item, depth - 1);
        }
        yield ']';
        return;
    }
    yield '{';
    let first = true;
    for (const key of Object.keys(value)) {
        const member = toJSONValue(value[key], key);
        // As JSON.stringify: such a member is left out of an object.
        if (isOmitted(member))
            continue;
        yield `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        yield* pieces(member, depth - 1);
    }
    yield '}';
}
/** What JSON.stringify writes for `value` under `key`: the answer of its `toJSON`, if it has one. */
function toJSONValue(value, key) {
    if (value !== null && typeof value === 'object') {
        const toJSON = value.toJSON;
        if (typeof toJSON === 'function')
            return toJSON.call(value, key);
    }
    return value;
}
function isOmitted(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/** `new String`, `new Number`, `new Boolean`: JSON.stringify writes their primitive. */
function isBoxed(value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
}
/** Characters per batch: pieces are joined into batches of about this many before use. */
const BATCH_CHARS = 4 * 1024 * 1024;
/** {@link jsonPieces} joined into batches of about `batchChars` characters each. */
function* jsonBatches(value, batchChars = BATCH_CHARS) {
    let parts = [];
    let chars = 0;
    for (const piece of jsonPieces(value)) {
        parts.push(piece);
        chars += piece.length;
        if (chars >= batchChars) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    }
    if (parts.length > 0)
        yield parts.join('');
}
/**
 * Bytes added to the estimate per batch. A batch's gzip can come out smaller than its part of one
 * stream (deflate's blocks fall differently at a batch edge): up to ~1 KB per batch was seen, on
 * text built to provoke it (batches of random digits and letters in turn); four times that is
 * kept. On a SARIF run of 25,000 results (~25 batches) that is ~100 KB of a 10 MB limit.
 */
const EDGE_BYTES = 4096;
/**
 * An estimate, from above, of the gzipped size of `JSON.stringify(value)`, in bounded memory: the
 * text is gzipped in batches of about 4 M characters and their sizes added, with
 * {@link EDGE_BYTES} per batch. deflate looks back at most 32 KB, so batches lose little against
 * one stream (each also adds its own 18-byte gzip header and trailer). It is an estimate, not a
 * proof: whoever must hold a limit measures the real bytes too (uploadSarif does).
 */
function gzippedJsonSize(value, batchChars = BATCH_CHARS) {
    let size = 0;
    for (const batch of jsonBatches(value, batchChars))
        size += (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(batch).length + EDGE_BYTES;
    return size;
}


/***/ })

};
