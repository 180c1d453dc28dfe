import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2781:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _portcullis_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7614);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2559);


// The run module (scanners, SARIF, reports) loads only once the inputs are read and valid.
await (0,_portcullis_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .runEntry */ .CN)(_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m, () => Promise.all(/* import() */[__nccwpck_require__.e(506), __nccwpck_require__.e(702)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1702)).then((m) => m.run));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2559:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ INPUTS)
});

;// CONCATENATED MODULE: ./packages/scan/src/inputs.ts
/**
 * Inputs every scan action shares, with the same names, defaults and meaning in each action.yml
 * (a test holds them together). Action-specific inputs are spread in front of these.
 */
const COMMON_SCAN_INPUTS = {
    'tool-mirror': { kind: 'string', default: '' },
    'tool-sha256': { kind: 'string', default: '' },
    'upload-sarif': { kind: 'boolean', default: 'true' },
    annotate: { kind: 'boolean', default: 'true' },
    'check-run': { kind: 'boolean', default: 'false' },
    comment: { kind: 'boolean', default: 'false' },
    'github-token': { kind: 'string', default: '', secret: true },
    'output-dir': { kind: 'string', default: '' },
    'timeout-minutes': { kind: 'integer', min: 1, max: 360, default: '30' },
};

// EXTERNAL MODULE: ./packages/scanners/src/trivy/db-run.ts + 1 modules
var db_run = __nccwpck_require__(7375);
;// CONCATENATED MODULE: ./actions/compliance/src/inputs.ts


/** The inputs of actions/compliance/action.yml, read once at the edge (a test holds the two together). */
const INPUTS = {
    engine: { kind: 'string', default: 'openscap' },
    profile: { kind: 'string', default: '' },
    datastream: { kind: 'string', default: '' },
    'tailoring-file': { kind: 'string', default: '' },
    'rules-include': { kind: 'list', default: '' },
    'rules-exclude': { kind: 'list', default: '' },
    image: { kind: 'string', default: '' },
    'compliance-spec': { kind: 'string', default: 'docker-cis' },
    targets: { kind: 'list', default: '' },
    'allowed-ports': { kind: 'list', default: '' },
    ports: { kind: 'list', default: '' },
    'service-detection': { kind: 'boolean', default: 'false' },
    'allow-wide-targets': { kind: 'boolean', default: 'false' },
    'oscap-path': { kind: 'string', default: '' },
    'trivy-path': { kind: 'string', default: '' },
    'nmap-path': { kind: 'string', default: '' },
    version: { kind: 'string', default: '' },
    ...db_run/* TRIVY_DB_INPUTS */.OB,
    ...COMMON_SCAN_INPUTS,
};


/***/ }),

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ stripEscapes),
/* harmony export */   YI: () => (/* binding */ neutralize),
/* harmony export */   h: () => (/* binding */ createLogger)
/* harmony export */ });
/* unused harmony exports neutralizeLines, memoryLogger */
/**
 * Everything the suite prints goes through here, because the runner reads workflow commands out of
 * every line a step writes (stdout and stderr), in two forms (actions/runner,
 * src/Runner.Common/ActionCommand.cs, `TryParseV2` then `TryParse`, called from
 * src/Runner.Worker/ActionCommandManager.cs `TryProcessCommand`):
 *
 * - `::name props::data` where the line starts with `::` after leading whitespace (V2), and
 * - `##[name props]data` ANYWHERE in the line (legacy: it looks for `##[` with IndexOf, not at the
 *   start), so a tool line such as `[trivy] INFO a ##[stop-commands]x/package-lock.json` stops
 *   command processing for the rest of the step, and `##[notice]…` forges an annotation.
 *
 * Both look-ups are .NET string comparisons that are culture-sensitive (ICU on Linux), which skip
 * default-ignorable characters such as U+200B or U+00AD: `#\u200b#[` matches `##[` there. So each
 * line loses its terminal escapes, control characters and default-ignorable characters first; then
 * a line that could start a V2 command gets a visible prefix, and every `##[` is broken to `## [`.
 * A scanner (or a hostile file name it echoes) can then never issue a command.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
/** What ICU's comparisons skip; none of it is visible in a log. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/;
const COMMANDISH = /^\s*(::|##\[|##vso\[)/i;
/** The legacy command prefix, wherever it is in a line. */
const LEGACY = /##\[/g;
/** Text without terminal escapes, invisible characters or controls other than tab and line breaks. */
function stripEscapes(text) {
    return text.replace(ANSI, '').replace(CONTROL, '').replace(IGNORABLE, '');
}
/** Returns lines that are safe to print: no terminal escapes, no control characters, no command lines. */
function neutralizeLines(text, prefix = '') {
    const lines = text.split(LINE_BREAKS);
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((raw) => {
        const line = stripEscapes(raw).replace(LEGACY, '## [');
        if (prefix !== '')
            return `${prefix}${line}`;
        return COMMANDISH.test(line) ? `│ ${line}` : line;
    });
}
function neutralize(text, prefix = '') {
    return neutralizeLines(text, prefix).join('\n');
}
/** A Logger that writes neutralised lines to a sink (stdout in the runner, an array in tests). */
function createLogger(sink) {
    const out = (text, prefix = '') => {
        for (const line of neutralizeLines(text, prefix))
            sink.write(line);
    };
    return {
        info: (message) => out(message),
        debug: (message) => {
            if (sink.isDebug())
                out(message, '[debug] ');
        },
        warning: (message) => out(message, 'Warning: '),
        relay: (tool, text) => out(text, `[${tool}] `),
        async group(title, fn) {
            // ::group:: is ours to emit; the title is neutralised to one line first.
            sink.write(`::group::${neutralize(title).replace(/\n/g, ' ')}`);
            try {
                return await fn();
            }
            finally {
                sink.write('::endgroup::');
            }
        },
    };
}
/** A Logger that records lines, for tests and for the CLI's quiet mode. */
function memoryLogger() {
    const lines = [];
    const logger = createLogger({ write: (l) => lines.push(l), isDebug: () => true });
    return Object.assign(logger, { lines });
}


/***/ }),

/***/ 7614:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yd: () => (/* binding */ findingsDir),
  CN: () => (/* binding */ runEntry)
});

// UNUSED EXPORTS: readRunnerContext

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/action-kit/src/commands.ts



/**
 * The runner's command channels, written directly: workflow commands on stdout (`::name props::message`)
 * and file commands (GITHUB_OUTPUT). They follow @actions/core's encoding byte for byte (command.js,
 * file-command.js), so the runner reads them the same way; writing them here keeps @actions/core and
 * its HTTP client out of every action's start-up (they load only when a run calls GitHub's API).
 */
/** `%`, CR and LF are the characters the runner decodes in a command's message. */
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value additionally cannot hold `:` (ends the properties) or `,` (starts another). */
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name k=v,k=v::message`, as the runner parses it. */
function formatCommand(name, properties, message) {
    // Empty values are left out, as @actions/core leaves out every falsy one.
    const props = Object.entries(properties)
        .filter((entry) => Boolean(entry[1]))
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`);
    return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeCommandData(message)}`;
}
function commandWriter(env, write = (text) => process.stdout.write(text)) {
    const command = (name, properties, message) => write(formatCommand(name, properties, message) + external_node_os_.EOL);
    return {
        command,
        setOutput(name, value) {
            const file = env.GITHUB_OUTPUT;
            if (!file) {
                write(external_node_os_.EOL);
                command('set-output', { name }, value);
                return;
            }
            // A fresh random delimiter per value, refused if the name or value holds it (as the runner's own toolkit does).
            const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
            if (name.includes(delimiter) || value.includes(delimiter)) {
                throw new Error(`The output ${name} contains its own delimiter; it was not written.`);
            }
            (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
        },
        mask: (value) => command('add-mask', {}, value),
        fail(message) {
            process.exitCode = 1;
            command('error', {}, message);
        },
        isDebug: () => env.RUNNER_DEBUG === '1',
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts

/**
 * The only variables a scanner inherits from the job: what any process needs (PATH, HOME, locale,
 * temp folders), TLS and proxy settings, the container runtime's socket and credentials folder, and
 * cloud credentials for KMS keys and private registries. Everything else is dropped: earlier steps of
 * the job (and a pull request that runs code in them) can write the job environment, and scanners
 * read their configuration from it (TRIVY_SEVERITY, TRIVY_IGNOREFILE, GITLEAKS_CONFIG, GRYPE_*,
 * GIT_CONFIG_*, …), so a deny-list would always miss the next one. What a scanner needs beyond this
 * the engine passes explicitly (`env`). Runner tokens are never on the list.
 */
const SCANNER_ENV_ALLOWED = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'TMPDIR',
    'TEMP',
    'TMP',
    'LANG',
    'LANGUAGE',
    /^LC_[A-Z_]+$/,
    'TZ',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    /^(HTTPS?|NO|ALL)_PROXY$/i,
    'DOCKER_HOST',
    'DOCKER_CONFIG',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS_VERIFY',
    'XDG_RUNTIME_DIR',
    /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|REGION|DEFAULT_REGION|PROFILE|ROLE_ARN|WEB_IDENTITY_TOKEN_FILE|SHARED_CREDENTIALS_FILE|CONFIG_FILE)$/,
    'GOOGLE_APPLICATION_CREDENTIALS',
    /^AZURE_(CLIENT_ID|CLIENT_SECRET|TENANT_ID|FEDERATED_TOKEN_FILE)$/,
    /^VAULT_(ADDR|TOKEN|NAMESPACE)$/,
];
function allowed(name) {
    return SCANNER_ENV_ALLOWED.some((a) => (typeof a === 'string' ? a === name : a.test(name)));
}
/** The job environment reduced to {@link SCANNER_ENV_ALLOWED}, plus what the engine passes on purpose. */
function scannerEnv(base, extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined || !allowed(k))
            continue;
        env[k] = v;
    }
    return { ...env, ...extra };
}
const DEFAULT_TIMEOUT_MS = 30 * 60 * 1000;
const STDERR_TAIL_BYTES = 16 * 1024;
const KILL_GRACE_MS = 5_000;
const MAX_PENDING_LINE = 64 * 1024;
function createExec(logger, baseEnv = process.env) {
    return (request) => new Promise((resolve, reject) => {
        const started = Date.now();
        const child = (0,external_node_child_process_.spawn)(request.file, [...request.args], {
            cwd: request.cwd,
            env: scannerEnv(baseEnv, request.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            detached: process.platform !== 'win32',
        });
        const maxStdout = request.maxStdoutBytes ?? 256 * 1024 * 1024;
        const stdoutChunks = [];
        let stdoutBytes = 0;
        let stdoutTruncated = false;
        let stderrTail = '';
        let timedOut = false;
        let pendingOut = '';
        let pendingErr = '';
        const relayLines = (pending, chunk, flush) => {
            const text = pending + chunk;
            // A tool that never ends its line must not grow this buffer without bound: past the cap the
            // partial line is relayed as it stands (still prefixed, so still harmless).
            const cut = flush || text.length > MAX_PENDING_LINE
                ? text.length
                : Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
            if (cut > 0)
                logger.relay(request.tool, text.slice(0, cut));
            return text.slice(cut);
        };
        child.stdout.on('data', (chunk) => {
            if (stdoutBytes + chunk.length > maxStdout) {
                stdoutTruncated = true;
                const room = maxStdout - stdoutBytes;
                if (room > 0)
                    stdoutChunks.push(chunk.subarray(0, room));
                stdoutBytes = maxStdout;
            }
            else {
                stdoutChunks.push(chunk);
                stdoutBytes += chunk.length;
            }
            if (request.relayStdout)
                pendingOut = relayLines(pendingOut, chunk.toString('utf8'), false);
        });
        child.stderr.on('data', (chunk) => {
            const text = chunk.toString('utf8');
            stderrTail = (stderrTail + text).slice(-STDERR_TAIL_BYTES);
            pendingErr = relayLines(pendingErr, text, false);
        });
        const kill = (signal) => {
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                // already gone
            }
        };
        const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const timer = setTimeout(() => {
            timedOut = true;
            kill('SIGTERM');
            setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS).unref();
        }, timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            if (pendingOut)
                relayLines(pendingOut, '', true);
            if (pendingErr)
                relayLines(pendingErr, '', true);
            resolve({
                exitCode,
                signal,
                timedOut,
                stdout: Buffer.concat(stdoutChunks).toString('utf8'),
                stdoutTruncated,
                stderrTail,
                durationMs: Date.now() - started,
            });
        });
        if (request.stdin !== undefined)
            child.stdin.end(request.stdin);
        else
            child.stdin.end();
    });
}
/** One sentence describing how a process ended, for failed-scan reasons. */
function describeExit(tool, result, timeoutMs) {
    if (result.timedOut)
        return `${tool} did not finish within ${Math.round((timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s and was stopped`;
    if (result.signal)
        return `${tool} was killed by signal ${result.signal}`;
    return `${tool} exited with code ${result.exitCode}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts

function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
function envInputSource(env = process.env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
function parseList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
function readOne(name, spec, raw) {
    const value = (raw ?? '').trim() === '' ? (spec.default ?? '') : (raw ?? '').trim();
    if (value === '') {
        if (spec.required)
            throw new errors/* InputError */.dz(name, "is required; set it in the step's `with:` block");
        switch (spec.kind) {
            case 'list':
                return [];
            case 'boolean':
                throw new errors/* InputError */.dz(name, 'is empty; use true or false');
            case 'enum':
                throw new errors/* InputError */.dz(name, `is empty; use one of: ${spec.values.join(', ')}`);
            default:
                return undefined;
        }
    }
    switch (spec.kind) {
        case 'string':
            return value;
        case 'boolean':
            // Strict, as YAML 1.2's core schema and @actions/core's getBooleanInput: no "yes", "1" or "on".
            if (['true', 'True', 'TRUE'].includes(value))
                return true;
            if (['false', 'False', 'FALSE'].includes(value))
                return false;
            throw new errors/* InputError */.dz(name, `must be true or false, got ${JSON.stringify(value)}`);
        case 'enum':
            if (!spec.values.includes(value)) {
                throw new errors/* InputError */.dz(name, `must be one of ${spec.values.join(', ')}; got ${JSON.stringify(value)}`);
            }
            return value;
        case 'integer': {
            if (!/^-?\d+$/.test(value))
                throw new errors/* InputError */.dz(name, `must be a whole number, got ${JSON.stringify(value)}`);
            const n = Number(value);
            if (n < spec.min || n > spec.max) {
                throw new errors/* InputError */.dz(name, `must be between ${spec.min} and ${spec.max}, got ${n}`);
            }
            return n;
        }
        case 'list':
            return parseList(value);
    }
}
/** Reads every input of `specs` once, validating each; the first bad one throws an InputError naming it. */
function readInputs(specs, source, options = {}) {
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        const raw = source(name);
        if (spec.secret && raw && raw.trim() !== '')
            options.onSecret?.(raw.trim(), name);
        out[camelCase(name)] = readOne(name, spec, raw);
    }
    return Object.freeze(out);
}

// EXTERNAL MODULE: ./packages/action-kit/src/log.ts
var src_log = __nccwpck_require__(6671);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __nccwpck_require__(6388);
;// CONCATENATED MODULE: ./packages/action-kit/src/mask.ts

/**
 * The runner's `::add-mask::` replaces a value with `***` in every later line of the whole job, so
 * a mask is only ever registered for a value the suite knows to be a secret (a secret input, a
 * secret a scanner located), and never for a value that would blank the suite's own words: a
 * custom gitleaks rule that matches `critical` or `matrix-exceeded` would otherwise erase every
 * severity and gate reason from the rest of the log. Short values are refused for the same reason
 * (a 3-character mask hits unrelated text everywhere); they are too weak to need hiding anyway.
 */
const MIN_MASK_LENGTH = 8;
/** Gate reasons, verdicts and the other words the suite prints in logs, summaries and outputs. */
const OWN_WORDS = [
    'missing-scan',
    'scan-failed',
    'unreadable-report',
    'invalid-report',
    'commit-mismatch',
    'contradicting-reports',
    'stale-report',
    'signature-not-verified',
    'matrix-exceeded',
    'score-below-threshold',
    'pass',
    'fail',
    'counted',
    'waived',
    'suppressed',
    'not counted',
    'findings',
    'findings.json',
    'portcullis',
    'quality gate',
    'annotations',
    'error',
    'warning',
    'notice',
    'risk score',
    'system level',
    'threshold',
    'gitleaks',
    'trivy',
    'cosign',
    'checkov',
    'osv-scanner',
    'grype',
    'openscap',
    'kics',
    'tfsec',
    'code-scanning',
    'upload-sarif',
    'github-token',
];
/** Every word of the suite's own vocabulary, lower-cased. */
const SUITE_VOCABULARY = new Set([
    ...model/* SEVERITIES */.oC,
    ...model/* ACTION_NAMES */.G,
    ...model/* REPORT_STATUSES */.MM,
    ...model/* CATEGORIES */.R6,
    ...model/* TARGET_KINDS */.aO,
    ...OWN_WORDS,
].map((w) => w.toLowerCase()));
/**
 * Why a value must not become a mask, or undefined when it may: shorter than
 * {@link MIN_MASK_LENGTH} (after trimming), or part of a word of {@link SUITE_VOCABULARY}.
 */
function maskRefusal(value) {
    const v = value.trim();
    if ([...v].length < MIN_MASK_LENGTH)
        return 'too-short';
    const lower = v.toLowerCase();
    for (const word of SUITE_VOCABULARY)
        if (word.includes(lower))
            return 'vocabulary';
    return undefined;
}

// EXTERNAL MODULE: ./packages/action-kit/src/summary.ts
var summary = __nccwpck_require__(6813);
;// CONCATENATED MODULE: ./packages/action-kit/src/runtime.ts










function readRunnerContext(env = process.env) {
    let event = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            const parsed = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
            if (parsed && typeof parsed === 'object')
                event = parsed;
        }
        catch (error) {
            throw new errors/* UserError */.yo('bad-event', `The event payload at GITHUB_EVENT_PATH (${eventPath}) cannot be read: ${error.message}`);
        }
    }
    // Outside a runner (local runs), the OS temp folder. Never a path built from the working
    // directory: ncc's asset relocator rewrites such joins at build time when the folder exists,
    // which would make the bundle depend on the build machine.
    const runnerTemp = env.RUNNER_TEMP ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'portcullis-runner');
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        event,
        repository: env.GITHUB_REPOSITORY ?? '',
        runnerTemp,
        toolCache: env.RUNNER_TOOL_CACHE ?? (0,external_node_path_.join)(runnerTemp, 'tool-cache'),
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        runId: env.GITHUB_RUN_ID ?? '',
        os: env.RUNNER_OS ?? process.platform,
        arch: env.RUNNER_ARCH ?? process.arch,
    };
}
/** Where this job's scan actions write findings reports and where the gate looks by default. */
function findingsDir(context) {
    return (0,external_node_path_.join)(context.runnerTemp, 'portcullis', 'findings');
}
function runnerIO(env, core) {
    const log = (0,src_log/* createLogger */.h)({
        write: (line) => process.stdout.write(line + external_node_os_.EOL),
        isDebug: () => core.isDebug(),
    });
    return {
        log,
        exec: createExec(log, env),
        context: readRunnerContext(env),
        env,
        setOutput: (name, value) => core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value)),
        writeSummary: (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file) {
                log.info(markdown);
                return;
            }
            const text = Buffer.byteLength(markdown, 'utf8') > summary/* SUMMARY_LIMIT_BYTES */.J
                ? markdown.slice(0, summary/* SUMMARY_LIMIT_BYTES */.J / 4)
                : markdown;
            (0,external_node_fs_.appendFileSync)(file, text.endsWith('\n') ? text : `${text}\n`);
        },
        annotate: (a) => {
            // `%`, CR, LF are escaped in the message and `:`/`,` in properties too, so finding text
            // cannot end the command early or add properties.
            core.command(a.level, { title: a.title, file: a.file, line: a.startLine, endLine: a.endLine }, a.message);
        },
        mask: (value) => {
            // Values a scanner located: one that is too short or one of the suite's own words is a false
            // positive of a (custom) rule, and masking it would blank the rest of the job's log.
            if (maskRefusal(value) === undefined)
                core.mask(value);
        },
    };
}
/**
 * The one entry point shape: read inputs once, run, and fail the step exactly once. A UserError is
 * shown as its short message; anything else is a bug, shown with its stack at debug level.
 *
 * `main` is either the action's `run` or an {@link ActionLoader} of it; a function that declares
 * no parameters is taken for a loader (every `run` declares `inputs` and `io`).
 */
async function runEntry(specs, main, env = process.env) {
    let io;
    const core = commandWriter(env);
    try {
        io = runnerIO(env, core);
        const inputs = readInputs(specs, envInputSource(env), {
            onSecret: (value, name) => {
                const refusal = maskRefusal(value);
                if (refusal === undefined)
                    core.mask(value);
                else
                    io?.log.warning(`The secret input '${name}' is not masked in the log: it is ${refusal === 'too-short' ? `shorter than ${MIN_MASK_LENGTH} characters` : "one of Portcullis's own words"} (the runner still masks it when it comes from the secrets context).`);
            },
        });
        const run = main.length === 0 ? await main() : main;
        const outcome = await run(inputs, io);
        if (!outcome.ok)
            core.fail(outcome.message);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo) {
            core.fail(error.message);
            return;
        }
        const e = error instanceof Error ? error : new Error(String(error));
        io?.log.debug(e.stack ?? e.message);
        core.fail(`Internal error: ${e.message}. This is a bug in Portcullis; please report it with the debug log (re-run with debug logging enabled).`);
    }
}


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SummaryBuilder),
/* harmony export */   J: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   md: () => (/* binding */ md)
/* harmony export */ });
/* harmony import */ var _portcullis_core_essentials__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2712);

/**
 * Job summary with GitHub's hard cap: a step's summary over 1 MiB is rejected and the step shows
 * an error instead (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits).
 * Sections are added whole or not at all; when one does not fit, a closing line says how many
 * sections were left out and where the full data is.
 */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const RESERVE_BYTES = 512;
class SummaryBuilder {
    limit;
    #sections = [];
    #bytes = 0;
    #omitted = 0;
    constructor(limit = SUMMARY_LIMIT_BYTES) {
        this.limit = limit;
    }
    /** Adds a markdown section; returns false when it would not fit under the cap. */
    add(markdown) {
        const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
        const size = Buffer.byteLength(text, 'utf8');
        if (this.#bytes + size > this.limit - RESERVE_BYTES) {
            this.#omitted += 1;
            return false;
        }
        this.#sections.push(text);
        this.#bytes += size;
        return true;
    }
    get omitted() {
        return this.#omitted;
    }
    /** The final markdown, always within the cap. */
    render(seeAlso) {
        const body = this.#sections.join('\n');
        if (this.#omitted === 0)
            return body;
        const note = `\n> ${this.#omitted} more section(s) did not fit in the 1 MiB job summary${seeAlso ? `; see ${seeAlso}` : ''}.\n`;
        return body + note;
    }
}
/**
 * Escapes untrusted text (from a repository or a scanner) for GitHub-flavoured markdown: the suite's
 * one escape, {@link escapeMarkdown} of @portcullis/core, under its short name.
 */
function md(text, max) {
    return (0,_portcullis_core_essentials__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(text, max);
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ ScanFailedError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports ReportError, describeJsonError */
/**
 * The suite's two kinds of failure. A UserError is the user's to fix (bad input, missing file) and
 * is shown as a short message naming what to change; anything else is a bug and is shown with its
 * stack at debug level. Codes are stable so tests and docs can refer to them.
 */
class UserError extends Error {
    code;
    name = 'UserError';
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
/** Raised for an input whose value is not allowed; the message names the input and the allowed values. */
class InputError extends UserError {
    input;
    name = 'InputError';
    constructor(input, message) {
        super('bad-input', `Input '${input}': ${message}`);
        this.input = input;
    }
}
/** A findings report that cannot be read or does not match the schema. */
class ReportError extends UserError {
    source;
    name = 'ReportError';
    constructor(source, message, options) {
        super('bad-report', `Findings report ${source}: ${message}`, options);
        this.source = source;
    }
}
/** A scanner that crashed, timed out or wrote output we cannot parse: the scan fails, never "0 findings". */
class ScanFailedError extends Error {
    reason;
    name = 'ScanFailedError';
    constructor(reason, options) {
        super(reason, options);
        this.reason = reason;
    }
}
/**
 * Describes a JSON.parse failure without quoting the input. V8's messages include a snippet of the
 * text ("Unexpected token … "…" is not valid JSON"), and a scanner's report may hold a secret, so
 * reasons built from them could leak it into logs and reports.
 */
function describeJsonError(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unexpected end of JSON input|Unterminated string/i.test(message))
        return 'it ends early (truncated)';
    const position = /position (\d+)/.exec(message);
    return position ? `syntax error at character ${position[1]}` : 'syntax error';
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/**
 * The one escape for text that came from a scanned repository or a scanner (file names, rule
 * titles, descriptions, failure reasons) before it goes into GitHub-flavoured markdown: job
 * summaries, pull request comments, check-run text and SARIF help. The result renders as exactly
 * the text it was given, on one line, with no link, image, HTML element, heading, list, emphasis,
 * code span, table break, autolink, @-mention or #-reference.
 *
 * Characters that make structure become numeric character references: CommonMark decodes them to
 * plain text and never reads them as structure (spec 0.30, "Entity and numeric character
 * references"), GFM splits table cells before decoding them, and the same reference is right
 * inside an HTML block (`<summary>…</summary>`), where backslash escapes would show. That is `&`,
 * `<`, `>` (HTML), `[`, `]` (links, images), `|` (table cells), backtick, `*`, `_`, `~`, `\` and
 * `#`, plus the first character when the text could open a block (`-`, `+`, `=`, `1.`, `>`…).
 * GFM's autolinks (`www.`, `scheme://`, `a@b.c`) and GitHub's `@user`/`#123` references are found
 * in the decoded text, so a WORD JOINER (U+2060, zero width) goes inside `www.` and `://` and after
 * each `@` and `#`: the text still reads the same, and nothing in it is a link or a ping. Other
 * characters (`.`, `/`, `:`, `-`, `@`…) stay as they are, so paths, versions and rule ids read
 * plainly in the raw markdown too.
 * https://github.github.com/gfm/#autolinks-extension-
 */
/** Characters with a meaning in GFM inline syntax or in HTML, wherever they are. */
const SPECIAL = /[&<>[\]|`*_~\\#]/g;
/** A start that could open a block: a list (`-`, `+`, `1.`, `1)`), quote, setext line, fence. */
const BLOCK_START = /^(?:[-+=>.:)(!"$%'*,/;?^{}]|\d+[.)](?:\s|$))/;
/** Terminal escapes, C0/C1 controls and bidirectional overrides (they reorder what a reviewer reads). */
const INVISIBLE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const WORD_JOINER = '\u2060';
function reference(c) {
    return `&#${c.charCodeAt(0)};`;
}
/**
 * Escapes untrusted text for GitHub-flavoured markdown (inline text, table cells, list items, and
 * the text of HTML elements such as `<summary>`). Whitespace runs become one space; text longer
 * than `max` characters is cut (before escaping, so no reference is cut in half) and ends in `…`.
 */
function escapeMarkdown(text, max) {
    const flat = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    const chars = [...flat];
    const cut = max !== undefined && chars.length > max
        ? `${chars.slice(0, Math.max(max - 1, 0)).join('')}…`
        : flat;
    const escaped = cut
        .replace(SPECIAL, (c) => (c === '#' ? `${reference(c)}${WORD_JOINER}` : reference(c)))
        .replace(/@/g, `@${WORD_JOINER}`)
        .replace(/:\/\//g, `:${WORD_JOINER}//`)
        .replace(/(www)(\.)/gi, `$1${WORD_JOINER}$2`);
    return BLOCK_START.test(escaped) ? `${reference(escaped)}${escaped.slice(1)}` : escaped;
}


/***/ }),

/***/ 6388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ describePackageFix),
/* harmony export */   G: () => (/* binding */ ACTION_NAMES),
/* harmony export */   MM: () => (/* binding */ REPORT_STATUSES),
/* harmony export */   Od: () => (/* binding */ scopeOf),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   PP: () => (/* binding */ REPORT_SCHEMA_ID),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   SR: () => (/* binding */ describeSuppressed),
/* harmony export */   Ve: () => (/* binding */ titleWithoutPackage),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   aO: () => (/* binding */ TARGET_KINDS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony exports IMPORT_ACTION, SCOPE_KINDS, suppressionGroup */
/**
 * The finding model, version 1: what every scan action writes and what the quality gate reads.
 * The JSON Schema in ../schema/findings-report.schema.json is the published form of these types;
 * a test holds the two together.
 */
const REPORT_SCHEMA_ID = 'urn:portcullis:findings-report';
const REPORT_SCHEMA_VERSION = 1;
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const CATEGORIES = [
    'secret',
    'vulnerability',
    'misconfiguration',
    'compliance',
    'signature',
    'license',
];
const ACTION_NAMES = [
    'scan-secrets',
    'scan-deps',
    'scan-iac',
    'scan-image',
    'sign-image',
    'compliance',
    'quality-gate',
];
/**
 * The `action` of a report the quality gate made from another tool's output (its `import` input):
 * not a Portcullis action, so not in {@link ACTION_NAMES}.
 */
const IMPORT_ACTION = 'import';
const REPORT_STATUSES = ['complete', 'failed'];
const TARGET_KINDS = ['repository', 'path', 'git-range', 'image', 'host'];
const SCOPE_KINDS = (/* unused pure expression or super */ null && (['commits', 'tree']));
/**
 * The scope a finding of a report with several belongs to: a finding in a commit was found in the
 * history, any other in the working tree.
 */
function scopeOf(finding) {
    return finding.git?.commit ? 'commits' : 'tree';
}
function isSeverity(value) {
    return typeof value === 'string' && SEVERITIES.includes(value);
}
/** Rank for sorting: critical first. */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function compareSeverity(a, b) {
    return severityRank(a) - severityRank(b);
}
function countBySeverity(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/**
 * The group a suppression is counted under in summaries: the file or marker it came from, without
 * the line (`.trivyignore:3` → `.trivyignore`; `gitleaks:allow at a.env:2` → `gitleaks:allow`;
 * `.gitleaks.toml (input config)` → `.gitleaks.toml`), else its kind.
 */
function suppressionGroup(suppression) {
    const source = suppression.source?.trim();
    if (!source)
        return suppression.kind;
    const marker = / at \S/.exec(source);
    if (marker)
        return source.slice(0, marker.index);
    const named = / \(input [^)]*\)$/.exec(source);
    if (named)
        return source.slice(0, named.index);
    return source.replace(/:\d+(-\d+)?$/, '');
}
/** "suppressed 4 (by .trivyignore: 3, by gitleaks:allow: 1)", or "suppressed 0". */
function describeSuppressed(findings) {
    const groups = new Map();
    for (const f of findings) {
        if (!f.suppression)
            continue;
        const key = suppressionGroup(f.suppression);
        groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    const total = [...groups.values()].reduce((a, b) => a + b, 0);
    if (total === 0)
        return 'suppressed 0';
    const parts = [...groups]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([k, n]) => `by ${k}: ${n}`);
    return `suppressed ${total} (${parts.join(', ')})`;
}
/**
 * A package finding's versions in one phrase: "marked 0.3.5 → 0.3.6", "marked 0.3.5, no fixed
 * version". Annotations and summaries name the package with it once.
 */
function describePackageFix(pkg) {
    const installed = `${pkg.name}${pkg.version ? ` ${pkg.version}` : ''}`;
    return pkg.fixedVersion ? `${installed} → ${pkg.fixedVersion}` : `${installed}, no fixed version`;
}
/**
 * The title without the " in <package> <version>" (or `@<version>`) that parsers end it with when
 * an advisory has no title of its own, for a text that names the package itself.
 */
function titleWithoutPackage(finding) {
    const pkg = finding.package;
    if (!pkg)
        return finding.title;
    const suffixes = pkg.version
        ? [` in ${pkg.name} ${pkg.version}`, ` in ${pkg.name}@${pkg.version}`]
        : [` in ${pkg.name}`];
    const suffix = suffixes.find((s) => finding.title.endsWith(s) && finding.title.length > s.length);
    return suffix ? finding.title.slice(0, -suffix.length) : finding.title;
}


/***/ }),

/***/ 9433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var _portcullis_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _portcullis_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6671);


/** Runs the engine's binary and turns a crash, signal, timeout or unexpected exit into ScanFailedError. */
async function runTool(context, run) {
    let result;
    try {
        result = await context.exec({
            tool: context.binary.name,
            file: context.binary.path,
            args: run.args,
            cwd: run.cwd ?? context.workspace,
            ...(run.env ? { env: run.env } : {}),
            timeoutMs: context.timeoutMs,
            ...(run.relayStdout !== undefined ? { relayStdout: run.relayStdout } : {}),
            ...(run.maxStdoutBytes !== undefined ? { maxStdoutBytes: run.maxStdoutBytes } : {}),
        });
    }
    catch (error) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_0__/* .ScanFailedError */ .$5(`${context.binary.name} could not be started (${error.message})`, { cause: error });
    }
    const tool = context.binary.name;
    if (result.timedOut) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_0__/* .ScanFailedError */ .$5(`${tool} did not finish within ${formatDuration(context.timeoutMs)} and was stopped; raise timeout-minutes or narrow the scan`);
    }
    if (result.signal)
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_0__/* .ScanFailedError */ .$5(`${tool} was killed by signal ${result.signal}`);
    if (result.exitCode === null || !run.okExitCodes.includes(result.exitCode)) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_0__/* .ScanFailedError */ .$5(`${tool} exited with code ${result.exitCode}${lastLines(result.stderrTail)}`);
    }
    return result;
}
function formatDuration(ms) {
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000} minute(s)`;
    return `${Math.round(ms / 100) / 10} s`;
}
/** The last few stderr lines, cleaned, for a failure reason (scanners print their error last). */
function lastLines(stderr) {
    const lines = (0,_portcullis_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(stderr)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .slice(-3);
    return lines.length === 0 ? '' : `: ${lines.join(' / ').slice(0, 600)}`;
}


/***/ }),

/***/ 4173:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ stderrSummary),
/* harmony export */   mp: () => (/* binding */ runTrivy),
/* harmony export */   ov: () => (/* binding */ readOutput)
/* harmony export */ });
/* unused harmony exports resolveScanRoot, resolveWorkspaceFiles, rebaseTrivyTargets, isolatedTrivyArgs, skipPathArg */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _portcullis_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6671);
/* harmony import */ var _portcullis_core__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7638);
/* harmony import */ var _portcullis_scan__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9433);





/** Resolves a folder input against the workspace; it must exist and stay inside the workspace. */
function resolveScanRoot(workspace, value, input) {
    const given = value === undefined || value.trim() === '' ? '.' : value.trim();
    const abs = resolve(workspace, given);
    const rel = relative(workspace, abs);
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
        throw new InputError(input, `'${given}' is outside the workspace; give a folder inside it`);
    }
    if (!existsSync(abs) || !statSync(abs).isDirectory()) {
        throw new InputError(input, `'${given}' is not a folder in the workspace; check the path`);
    }
    return { abs, rel: rel === '' ? '.' : rel.split(sep).join('/') };
}
/** Resolves workspace-relative files (e.g. tfvars); each must exist inside the workspace. */
function resolveWorkspaceFiles(workspace, values, input) {
    return values.map((value) => {
        const abs = resolve(workspace, value);
        const rel = relative(workspace, abs);
        if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
            throw new InputError(input, `'${value}' is outside the workspace; give a path inside it`);
        }
        if (!existsSync(abs))
            throw new InputError(input, `'${value}' does not exist in the workspace`);
        return abs;
    });
}
/**
 * trivy names files relative to the folder it scanned; the finding model wants them relative to the
 * workspace. Prefixes every file Target (OS package results name the OS, not a file) before parsing,
 * so paths, content fingerprints and SARIF locations all point at the workspace file.
 */
function rebaseTrivyTargets(raw, rel) {
    if (rel === '.' || raw.trim() === '')
        return raw;
    let data;
    try {
        // A byte-order mark is valid JSON text; without stripping it the paths would stay unprefixed.
        data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    }
    catch {
        return raw; // the parser reports invalid JSON
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return raw;
    const results = data.Results;
    if (!Array.isArray(results))
        return raw;
    for (const result of results) {
        if (typeof result !== 'object' || result === null)
            continue;
        const r = result;
        if (typeof r.Target !== 'string' || r.Class === 'os-pkgs' || isAbsolute(r.Target))
            continue;
        r.Target = `${rel}/${r.Target}`;
    }
    return JSON.stringify(data);
}
/** What trivy printed last, cleaned of terminal escapes, for a failure reason. */
function stderrSummary(stderr) {
    const lines = (0,_portcullis_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .neutralize */ .YI)(stderr)
        .split('\n')
        .map((l) => l.replace(/^\S+\s+(ERROR|FATAL|WARN|INFO)\s+/, '$1 ').trim())
        .filter((l) => /^(ERROR|FATAL)\b/.test(l));
    return lines.slice(-2).join(' / ').slice(0, 600);
}
/**
 * The flags that keep trivy from reading configuration out of the scanned tree. trivy 0.44 reads
 * `trivy.yaml` (`--config`, any setting: severities, scanners, skip-dirs), `.trivyignore`
 * (`--ignorefile`) and `trivy-secret.yaml` (`--secret-config`) from its working directory by default,
 * and a pull request can add any of them. Each is pointed at an empty file of our own (`{}` is the
 * defaults: trivy's secret scanner fails on an empty YAML document); trivy then runs with its working
 * directory outside the workspace as well ({@link runTrivy}). A file an input names is passed by the
 * engine instead (that flag is then left as the engine set it).
 */
function isolatedTrivyArgs(workDir, args) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, 'trivy-isolation');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const file = (name, text) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
        return path;
    };
    const has = (flag) => args.some((a) => a === flag || a.startsWith(`${flag}=`));
    return [
        ...(has('--config') ? [] : ['--config', file('trivy.yaml', '{}\n')]),
        ...(has('--ignorefile') ? [] : ['--ignorefile', file('trivyignore', '')]),
        ...(has('--secret-config') ? [] : ['--secret-config', file('trivy-secret.yaml', '{}\n')]),
    ];
}
/**
 * `exclude-paths` / `skip-dirs` entries as trivy should read them once it runs outside the workspace:
 * trivy takes `./x` and `../x` relative to its working directory (and anything else relative to the
 * scanned folder), so those become absolute workspace paths.
 */
function skipPathArg(workspace, path) {
    return /^\.\.?([/\\]|$)/.test(path) ? resolve(workspace, path) : path;
}
/**
 * trivy keeps what it analysed (package lists, layer contents, and for secrets the code around each
 * match, flagged or not) in `<cache-dir>/fanal/fanal.db`. A cache dir inside the run's private work
 * folder goes with it; one shared through the tool cache (to keep the vulnerability DB between
 * runs) keeps only the DB: the analysis cache is removed after every run.
 */
function dropAnalysisCache(workDir, args) {
    const at = args.indexOf('--cache-dir');
    const cacheDir = at >= 0 ? args[at + 1] : undefined;
    if (cacheDir === undefined)
        return;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workDir, cacheDir);
    if (rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, 'fanal'), { recursive: true, force: true });
}
/**
 * Runs trivy and turns its exit code 1 (every trivy error: no DB, download failed, bad flag) into a
 * ScanFailedError whose reason comes from trivy's own ERROR/FATAL lines. `explain` may give a better
 * sentence for errors it recognises (e.g. the vulnerability DB). trivy runs in the engine's private
 * work folder with {@link isolatedTrivyArgs}, so nothing in the workspace configures it; scan targets
 * must therefore be absolute paths.
 */
async function runTrivy(context, run, explain) {
    let result;
    try {
        result = await (0,_portcullis_scan__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .q)(context, {
            ...run,
            args: [...run.args, ...isolatedTrivyArgs(context.workDir, run.args)],
            cwd: run.cwd ?? context.workDir,
            okExitCodes: [0, 1],
        });
    }
    finally {
        dropAnalysisCache(context.workDir, run.args);
    }
    if (result.exitCode === 0)
        return;
    const detail = stderrSummary(result.stderrTail);
    throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_4__/* .ScanFailedError */ .$5(explain?.(result.stderrTail) ??
        `trivy exited with code 1${detail ? `: ${detail}` : ' without saying why; see its log above'}`);
}
/** The raw report trivy wrote; a missing or empty file is a failed scan (trivy always writes JSON). */
function readOutput(path, what) {
    let raw;
    try {
        raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_4__/* .ScanFailedError */ .$5(`trivy exited without writing its ${what} (${path})`);
    }
    if (raw.trim() === '')
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_4__/* .ScanFailedError */ .$5(`trivy wrote an empty ${what}`);
    return raw;
}


/***/ }),

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  OB: () => (/* binding */ TRIVY_DB_INPUTS),
  R7: () => (/* binding */ assertTrivyDbUsable),
  Gh: () => (/* binding */ dbRunFailure),
  Dy: () => (/* binding */ dbSummaryLine),
  Mq: () => (/* binding */ readyTrivyDb),
  Rt: () => (/* binding */ trivyDbPolicy)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __nccwpck_require__(2712);
// EXTERNAL MODULE: ./packages/scanners/src/trivy/common.ts
var common = __nccwpck_require__(4173);
// EXTERNAL MODULE: ./packages/scanners/src/trivy/db.ts
var trivy_db = __nccwpck_require__(3794);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/scanners/src/trivy/db-archive.ts






const VULN_DB_ARCHIVE = {
    input: 'db-archive',
    dbFile: 'trivy.db',
    subdir: 'db',
};
const JAVA_DB_ARCHIVE = {
    input: 'java-db-archive',
    dbFile: 'trivy-java.db',
    subdir: 'java-db',
};
const BLOCK = 512;
function field(header, start, length) {
    const raw = header.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
function octal(header, start, length) {
    const text = field(header, start, length).trim();
    if (!/^[0-7]*$/.test(text))
        throw new Error('a tar header has a malformed number');
    return text === '' ? 0 : parseInt(text, 8);
}
/** `./trivy.db`, `db/trivy.db` and `trivy.db` all name the root file; anything deeper is ignored. */
function rootName(path) {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length === 1)
        return parts[0];
    if (parts.length === 2 && (parts[0] === 'db' || parts[0] === 'java-db'))
        return parts[1];
    return undefined;
}
/**
 * Streams a tar (already decompressed) and writes the wanted root files into `dir`; every other entry
 * is skipped. Only regular files are taken: a link named trivy.db is refused, not followed.
 */
class TarExtractor extends external_node_stream_.Writable {
    dir;
    wanted;
    buffer = Buffer.alloc(0);
    remaining = 0;
    padding = 0;
    sink = { kind: 'skip' };
    longName;
    ended = false;
    written = new Set();
    constructor(dir, wanted) {
        super();
        this.dir = dir;
        this.wanted = wanted;
    }
    _write(chunk, _enc, done) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        this.drain().then(() => done(), done);
    }
    _final(done) {
        done(this.remaining > 0 ? new Error('the archive ends in the middle of a file') : null);
    }
    async finishEntry() {
        const sink = this.sink;
        this.sink = { kind: 'skip' };
        if (sink.kind === 'file') {
            await new Promise((resolve, reject) => {
                sink.out.once('error', reject);
                sink.out.end(resolve);
            });
        }
        else if (sink.kind === 'long-name') {
            const name = Buffer.concat(sink.chunks);
            const end = name.indexOf(0);
            this.longName = name.subarray(0, end < 0 ? name.length : end).toString('utf8');
        }
    }
    async drain() {
        for (;;) {
            if (this.ended) {
                this.buffer = Buffer.alloc(0);
                return;
            }
            if (this.remaining > 0) {
                if (this.buffer.length === 0)
                    return;
                const take = Math.min(this.remaining, this.buffer.length);
                const data = this.buffer.subarray(0, take);
                this.buffer = this.buffer.subarray(take);
                this.remaining -= take;
                const sink = this.sink;
                if (sink.kind === 'file' && !sink.out.write(data)) {
                    await new Promise((resolve) => sink.out.once('drain', () => resolve()));
                }
                else if (sink.kind === 'long-name') {
                    sink.chunks.push(Buffer.from(data));
                }
                if (this.remaining === 0)
                    await this.finishEntry();
                continue;
            }
            if (this.padding > 0) {
                const take = Math.min(this.padding, this.buffer.length);
                this.buffer = this.buffer.subarray(take);
                this.padding -= take;
                if (this.padding > 0)
                    return;
                continue;
            }
            if (this.buffer.length < BLOCK)
                return;
            const header = this.buffer.subarray(0, BLOCK);
            this.buffer = this.buffer.subarray(BLOCK);
            if (header.every((b) => b === 0)) {
                this.ended = true;
                continue;
            }
            let sum = 0;
            for (let i = 0; i < BLOCK; i++)
                sum += i >= 148 && i < 156 ? 32 : header[i];
            if (sum !== octal(header, 148, 8))
                throw new Error('a tar header checksum does not match');
            const size = octal(header, 124, 12);
            const type = String.fromCharCode(header[156]);
            const prefix = field(header, 345, 155);
            const name = this.longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
            this.longName = undefined;
            this.remaining = size;
            this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
            if (type === 'L') {
                // GNU long name: the next entry's name is this entry's data.
                if (size > 4096)
                    throw new Error('a tar long name is implausibly long');
                this.sink = { kind: 'long-name', chunks: [] };
                continue;
            }
            const root = rootName(name);
            if (root === undefined || !this.wanted.has(root))
                continue;
            if (type !== '0' && type !== '\0') {
                throw new Error(`${root} in the archive is not a regular file (tar type '${type}')`);
            }
            if (this.written.has(root))
                throw new Error(`the archive holds ${root} twice`);
            this.written.add(root);
            this.sink = { kind: 'file', out: (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(this.dir, root), { mode: 0o600 }) };
            if (size === 0)
                await this.finishEntry();
        }
    }
}
/**
 * Unpacks a DB archive into `<cacheDir>/<subdir>`, replacing what was there. A path that is not a
 * file is the user's mistake (InputError naming the input); an archive that is not a gzip'd tar with
 * the DB file and metadata.json is a failed scan.
 */
async function extractDbArchive(archive, cacheDir, kind) {
    if (!(0,external_node_fs_.existsSync)(archive) || !(0,external_node_fs_.statSync)(archive).isFile()) {
        throw new errors/* InputError */.dz(kind.input, `'${archive}' is not a file; give the path of the DB archive (tar.gz)`);
    }
    const dir = (0,external_node_path_.join)(cacheDir, kind.subdir);
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const extractor = new TarExtractor(dir, new Set([kind.dbFile, 'metadata.json']));
    try {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(archive), (0,external_node_zlib_.createGunzip)(), extractor);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw new errors/* ScanFailedError */.$5(`${kind.input} '${archive}' is not a gzip-compressed tar of a trivy DB (${error.message})`, { cause: error });
    }
    const missing = [kind.dbFile, 'metadata.json'].filter((f) => !extractor.written.has(f));
    if (missing.length > 0) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw new errors/* ScanFailedError */.$5(`${kind.input} '${archive}' holds no ${missing.join(' and no ')} at its root; pack it as \`tar -czf <archive> -C <cache-dir>/${kind.subdir} ${kind.dbFile} metadata.json\``);
    }
}

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/db-run.ts






const usable = (state) => state.status === 'ready' || state.status === 'stale';
/**
 * Gets the DB a scan may use, and proves it: from `db-archive` (unpacked, never downloaded), from
 * the cache (only while trivy's NextUpdate has not passed and it is younger than db-max-age), or
 * downloaded by trivy (`--download-db-only`) into a cleared folder. Whatever the source, the DB is
 * then held to db-max-age, refused when dated in the future, and its trivy.db hashed and compared
 * with db-digest before any scan reads it; the scan itself always runs offline.
 */
async function readyTrivyDb(context, cacheDir, policy) {
    const { log } = context;
    const dbDir = (0,external_node_path_.join)(cacheDir, 'db');
    let source;
    let refusedCache;
    if (policy.archive) {
        await extractDbArchive(policy.archive, cacheDir, VULN_DB_ARCHIVE);
        source = 'archive';
        log.info(`trivy DB: unpacked ${policy.archive} (db-archive) into ${dbDir}; nothing is downloaded.`);
    }
    else {
        const cached = (0,trivy_db/* inspectTrivyDb */.lR)(cacheDir);
        const refusal = cached.status === 'ready' && cached.metadata
            ? (0,trivy_db/* checkDbDates */.YA)(cached.metadata, policy, new Date(), 'the cached trivy DB')
            : undefined;
        if (cached.status === 'ready' && !refusal) {
            source = 'cache';
            log.info(`trivy DB: using the cached DB in ${cacheDir} (${cached.reason}).`);
        }
        else {
            if (cached.status === 'broken' || refusal?.code === 'db-dated-in-the-future') {
                refusedCache = refusal?.reason ?? cached.reason;
                log.warning(`The cached trivy DB is not used (${refusedCache}); it is removed and downloaded again.`);
            }
            else if (cached.status !== 'missing') {
                log.info(`trivy DB: ${refusal?.reason ?? cached.reason}; a fresh one is downloaded.`);
            }
            // trivy would keep a DB whose NextUpdate lies ahead however old it is: clear it first.
            (0,external_node_fs_.rmSync)(dbDir, { recursive: true, force: true });
            log.info(`trivy DB: downloading it ${policy.repository ? `from ${policy.repository}` : "from trivy's default repository"}.`);
            await (0,common/* runTrivy */.mp)(context, {
                args: [
                    'image',
                    '--download-db-only',
                    '--cache-dir',
                    cacheDir,
                    '--timeout',
                    `${context.timeoutMs > 0 ? Math.ceil(context.timeoutMs / 60_000) : 30}m`,
                    ...(policy.repository ? ['--db-repository', policy.repository] : []),
                ],
            }, (stderr) => downloadFailure(cacheDir, policy.repository, stderr, refusedCache));
            source = 'download';
        }
    }
    const state = (0,trivy_db/* inspectTrivyDb */.lR)(cacheDir);
    // An archive's NextUpdate has usually passed (that is what offline means); its age is what counts.
    if (!usable(state) || !state.metadata) {
        throw new errors/* ScanFailedError */.$5(source === 'download'
            ? `trivy reported the vulnerability DB downloaded, but it is unusable (${state.reason}); the scan fails rather than report zero findings`
            : `the trivy vulnerability DB from ${source === 'archive' ? `db-archive '${policy.archive}'` : 'the cache'} is unusable (${state.reason}); the scan fails rather than report zero findings`);
    }
    const what = source === 'archive'
        ? `the trivy vulnerability DB in db-archive '${policy.archive}'`
        : source === 'download'
            ? `the trivy vulnerability DB downloaded ${policy.repository ? `from '${policy.repository}' (db-repository)` : "from trivy's default repository"}`
            : 'the cached trivy vulnerability DB';
    const dates = (0,trivy_db/* checkDbDates */.YA)(state.metadata, policy, new Date(), what);
    if (dates)
        throw new errors/* ScanFailedError */.$5(dates.reason);
    const digest = await (0,trivy_db/* sha256File */.Q3)((0,external_node_path_.join)(dbDir, 'trivy.db'));
    if (policy.digest && digest !== policy.digest) {
        throw new errors/* ScanFailedError */.$5(`db-digest-mismatch: ${what} has trivy.db sha256:${digest}, but db-digest pins sha256:${policy.digest}; the scan does not use a DB other than the one pinned`);
    }
    log.info(`trivy DB: trivy.db sha256:${digest}, updated ${state.metadata.UpdatedAt}.`);
    return { source, state, metadata: state.metadata, digest };
}
/** Why the download run failed, when the DB is what failed (trivy 0.44 exits 1 and says little). */
function downloadFailure(cacheDir, repository, stderr, refusedCache) {
    const after = (0,trivy_db/* inspectTrivyDb */.lR)(cacheDir);
    if (usable(after))
        return undefined;
    const from = repository
        ? `from '${repository}' (db-repository)`
        : "from trivy's default repository";
    const detail = (0,common/* stderrSummary */.B1)(stderr);
    return (`no trivy vulnerability DB could be had: downloading it ${from} failed` +
        `${detail ? ` (${detail})` : ''} and ${after.reason}` +
        `${refusedCache ? `; the cached DB was not used (${refusedCache})` : ''}. ` +
        'Set db-repository to a reachable mirror of the trivy DB, or give a db-archive; ' +
        'without a DB nothing is reported, so the scan fails');
}
/** For a failed scan run (always offline): the reason when the DB is what failed, else undefined. */
function dbRunFailure(cacheDir) {
    const after = (0,trivy_db/* inspectTrivyDb */.lR)(cacheDir);
    if (usable(after))
        return undefined;
    return `trivy could not use the vulnerability DB (${after.reason}); the scan fails rather than report zero findings`;
}
/** After a run that exited cleanly: an unusable DB means its empty result is not a clean result. */
function assertTrivyDbUsable(cacheDir) {
    const after = (0,trivy_db/* inspectTrivyDb */.lR)(cacheDir);
    if (!usable(after)) {
        throw new errors/* ScanFailedError */.$5(`trivy finished, but its vulnerability DB is unusable (${after.reason}), so its empty result is not a clean result`);
    }
    return after;
}
/** The summary line: where the DB came from, its digest and dates, and the age it was held to. */
function dbSummaryLine(db, policy, now = new Date()) {
    // Paths and references are escaped as text: an entity inside a code span would show as typed.
    const from = db.source === 'archive'
        ? `from ${(0,markdown/* escapeMarkdown */.F)(policy.archive ?? '', 200)} (db-archive)`
        : db.source === 'download'
            ? `downloaded from ${policy.repository ? (0,markdown/* escapeMarkdown */.F)(policy.repository, 200) : "trivy's default repository"}`
            : 'cached';
    const updated = db.metadata.UpdatedAt ?? 'unknown';
    const age = Date.parse(updated);
    return [
        `- vulnerability DB: ${from}; trivy.db \`sha256:${db.digest}\`${policy.digest ? ' (matches db-digest)' : ''}`,
        `  - updated ${updated}${Number.isFinite(age) ? ` (${(0,trivy_db/* formatAge */.nV)(now.getTime() - age)} ago; db-max-age ${policy.maxAge})` : ''}, next update ${db.metadata.NextUpdate ?? 'unknown'}, downloaded ${db.metadata.DownloadedAt ?? 'unknown'}; ${db.state.sources ?? 0} advisory source(s)`,
    ].join('\n');
}
/**
 * The inputs of every action that gives trivy a vulnerability DB (scan-deps, scan-image, compliance),
 * spread into each action's input object so names and defaults cannot drift apart.
 */
const TRIVY_DB_INPUTS = {
    'db-repository': { kind: 'string', default: '' },
    'db-max-age': { kind: 'string', default: trivy_db/* DEFAULT_DB_MAX_AGE */.mG },
    'db-digest': { kind: 'string', default: '' },
    'db-archive': { kind: 'string', default: '' },
};
/** Validates the `db-*` inputs into a policy; a bad value is an InputError naming its input. */
function trivyDbPolicy(inputs, workspace) {
    const archive = inputs.dbArchive?.trim();
    return {
        repository: inputs.dbRepository?.trim() || undefined,
        maxAge: inputs.dbMaxAge.trim(),
        maxAgeMs: (0,trivy_db/* parseDbMaxAge */.$I)(inputs.dbMaxAge),
        digest: inputs.dbDigest?.trim() ? (0,trivy_db/* parseDbDigest */.Qy)(inputs.dbDigest) : undefined,
        archive: archive ? (0,external_node_path_.resolve)(workspace, archive) : undefined,
    };
}


/***/ }),

/***/ 3794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ parseDbMaxAge),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Qy: () => (/* binding */ parseDbDigest),
/* harmony export */   YA: () => (/* binding */ checkDbDates),
/* harmony export */   ad: () => (/* binding */ trivyCacheDir),
/* harmony export */   lR: () => (/* binding */ inspectTrivyDb),
/* harmony export */   mG: () => (/* binding */ DEFAULT_DB_MAX_AGE),
/* harmony export */   nV: () => (/* binding */ formatAge)
/* harmony export */ });
/* unused harmony exports TRIVY_DB_CACHE_SUBDIR, DB_CLOCK_SKEW_MS, DB_MAX_NEXT_UPDATE_MS, boltTopLevelBuckets */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _portcullis_core__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7638);




/**
 * trivy's vulnerability DB, as trivy keeps it: `<cache-dir>/db/trivy.db` (a bbolt file) and
 * `<cache-dir>/db/metadata.json`. trivy itself does not notice every broken DB — given an empty
 * trivy.db next to a valid metadata.json and `--skip-db-update`, trivy 0.44 creates an empty bbolt
 * file and reports no vulnerabilities with exit code 0 — so the suite checks the DB before and after
 * each run and fails the scan instead of reporting "0 findings".
 *
 * Nor does trivy judge a DB's dates: it trusts a DB while its NextUpdate lies ahead, so a DB planted
 * with a NextUpdate in 2099 would be used for ever. {@link checkDbDates} holds every DB to a maximum
 * age (`db-max-age`) and refuses dates from the future; docs/vulnerability-db.md has the recipes
 * (cache keyed on the DB's digest, mirrors, archives for air-gapped runners).
 */
const TRIVY_DB_CACHE_SUBDIR = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('portcullis', 'trivy-db');
/** The `--cache-dir` for a run: stable under the tool cache when caching, else inside the run's work folder. */
function trivyCacheDir(runner, cacheDb, workDir) {
    return cacheDb ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runner.toolCache, TRIVY_DB_CACHE_SUBDIR) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workDir, 'trivy-cache');
}
/** The only DB schema trivy releases since 0.23 read. */
const SCHEMA_VERSION = 2;
/** Buckets every trivy DB has beside the per-source advisory buckets. */
const SHARED_BUCKETS = new Set(['vulnerability', 'data-source', 'vulnerability-id']);
function readMetadata(path) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        return `metadata.json cannot be read (${error.message})`;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        return 'metadata.json is not a JSON object';
    }
    const record = data;
    if (typeof record.Version !== 'number')
        return 'metadata.json has no schema Version';
    const text = (key) => typeof record[key] === 'string' ? record[key] : undefined;
    return {
        Version: record.Version,
        ...(text('NextUpdate') ? { NextUpdate: text('NextUpdate') } : {}),
        ...(text('UpdatedAt') ? { UpdatedAt: text('UpdatedAt') } : {}),
        ...(text('DownloadedAt') ? { DownloadedAt: text('DownloadedAt') } : {}),
    };
}
/** Looks at `<cacheDir>/db` without running trivy. */
function inspectTrivyDb(cacheDir, now = new Date()) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, 'db');
    const dbFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'trivy.db');
    const metaFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'metadata.json');
    const hasDb = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dbFile);
    const hasMeta = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(metaFile);
    if (!hasDb && !hasMeta)
        return { status: 'missing', reason: `no trivy DB in ${dir}` };
    if (!hasMeta)
        return { status: 'broken', reason: `${metaFile} is missing` };
    const metadata = readMetadata(metaFile);
    if (typeof metadata === 'string')
        return { status: 'broken', reason: metadata };
    if (metadata.Version !== SCHEMA_VERSION) {
        return {
            status: 'broken',
            reason: `the DB has schema version ${metadata.Version}; trivy reads version ${SCHEMA_VERSION}`,
            metadata,
        };
    }
    if (!hasDb)
        return { status: 'broken', reason: `${dbFile} is missing`, metadata };
    let buckets;
    try {
        buckets = boltTopLevelBuckets(dbFile);
    }
    catch (error) {
        return {
            status: 'broken',
            reason: `trivy.db is not a readable bbolt file (${error.message})`,
            metadata,
        };
    }
    const sources = buckets.filter((b) => !SHARED_BUCKETS.has(b)).length;
    if (!buckets.includes('vulnerability') || sources === 0) {
        return {
            status: 'broken',
            reason: `trivy.db holds no advisories (${buckets.length} bucket(s), ${sources} advisory source(s))`,
            metadata,
            sources,
        };
    }
    const next = metadata.NextUpdate ? Date.parse(metadata.NextUpdate) : Number.NaN;
    if (!Number.isFinite(next) || next <= now.getTime()) {
        return {
            status: 'stale',
            reason: `the DB was due for an update at ${metadata.NextUpdate ?? '(no date)'}`,
            metadata,
            sources,
        };
    }
    return {
        status: 'ready',
        reason: `DB updated ${metadata.UpdatedAt ?? '(unknown)'}, ${sources} advisory source(s)`,
        metadata,
        sources,
    };
}
// --- trust: age, dates from the future, digest ------------------------------------------------
/** Clock skew allowed between the machine that built a DB and the runner. */
const DB_CLOCK_SKEW_MS = 60 * 60 * 1000;
/**
 * How far ahead a NextUpdate may lie. Upstream rebuilds the DBs daily or more often, so no genuine DB
 * asks not to be refreshed for a week; a later NextUpdate is a DB made to be kept.
 */
const DB_MAX_NEXT_UPDATE_MS = 7 * 24 * 60 * 60 * 1000;
/** `db-max-age`'s default. */
const DEFAULT_DB_MAX_AGE = '3d';
const HOUR = 60 * 60 * 1000;
/** A `db-max-age` value: `72h`, `3d` (whole hours or days, 1 h to 365 d). */
function parseDbMaxAge(value, input = 'db-max-age') {
    const m = /^(\d{1,5})\s*(h|d)$/i.exec(value.trim());
    const ms = m ? Number(m[1]) * (m[2].toLowerCase() === 'd' ? 24 : 1) * HOUR : Number.NaN;
    if (!(ms >= HOUR && ms <= 365 * 24 * HOUR)) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `must be a duration in whole hours or days between 1h and 365d, e.g. 72h or 3d; got ${JSON.stringify(value)}`);
    }
    return ms;
}
/** `3d 4h`, `5h`, `12 min`: how long ago, for messages. */
function formatAge(ms) {
    const minutes = Math.floor(Math.abs(ms) / 60_000);
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    if (days > 0)
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    if (hours > 0)
        return `${hours}h`;
    return `${minutes} min`;
}
/**
 * Refuses a DB that cannot say when it was built, was built longer than `maxAgeMs` ago, or carries
 * dates from the future: an UpdatedAt beyond the clock skew, or a NextUpdate further ahead than any
 * genuine DB asks for ({@link DB_MAX_NEXT_UPDATE_MS}). `what` names the DB in the message.
 */
function checkDbDates(metadata, policy, now = new Date(), what = 'the trivy vulnerability DB') {
    const updated = metadata.UpdatedAt ? Date.parse(metadata.UpdatedAt) : Number.NaN;
    if (!Number.isFinite(updated)) {
        return {
            code: 'db-undated',
            reason: `db-undated: ${what} has no readable UpdatedAt in its metadata.json (${JSON.stringify(metadata.UpdatedAt ?? null)}), so its age cannot be checked against db-max-age; use a DB as trivy publishes it`,
        };
    }
    const age = now.getTime() - updated;
    if (age < -DB_CLOCK_SKEW_MS) {
        return {
            code: 'db-dated-in-the-future',
            reason: `db-dated-in-the-future: ${what} says it was updated at ${metadata.UpdatedAt}, ${formatAge(age)} from now (more than the ${formatAge(DB_CLOCK_SKEW_MS)} of clock skew allowed); a DB from the future is not trusted. Replace it with one as trivy publishes it, and check the runner's clock`,
        };
    }
    const next = metadata.NextUpdate ? Date.parse(metadata.NextUpdate) : Number.NaN;
    if (Number.isFinite(next) && next - now.getTime() > DB_MAX_NEXT_UPDATE_MS + DB_CLOCK_SKEW_MS) {
        return {
            code: 'db-dated-in-the-future',
            reason: `db-dated-in-the-future: ${what} asks not to be refreshed before ${metadata.NextUpdate}, ${formatAge(next - now.getTime())} from now; upstream DBs are rebuilt at least daily and no genuine one asks for more than ${formatAge(DB_MAX_NEXT_UPDATE_MS)}, so this one is not trusted. Replace it with one as trivy publishes it`,
        };
    }
    if (age > policy.maxAgeMs) {
        return {
            code: 'db-too-old',
            reason: `db-too-old: ${what} was updated at ${metadata.UpdatedAt}, ${formatAge(age)} ago, longer ago than db-max-age (${policy.maxAge}) allows; give a fresher DB (refresh the cache, the mirror or the db-archive) or raise db-max-age`,
        };
    }
    return undefined;
}
/** The SHA-256 of a file, streamed (trivy.db is hundreds of megabytes), as 64 lower-case hex digits. */
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** A `db-digest` value: `sha256:<64 hex>` or the 64 hex digits alone; returns the hex digits. */
function parseDbDigest(value, input = 'db-digest') {
    const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(value.trim());
    if (!m) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `must be the SHA-256 of trivy.db, 64 hex digits (optionally prefixed sha256:), e.g. the output of \`sha256sum db/trivy.db\`; got ${JSON.stringify(value)}`);
    }
    return m[1].toLowerCase();
}
// --- a minimal read-only bbolt reader: meta page → root bucket → top-level keys ------------------
// Layout from go.etcd.io/bbolt (page.go, db.go): a 16-byte page header {id u64, flags u16, count u16,
// overflow u32}; meta pages 0 and 1 hold {magic, version, pageSize, flags, root {pgid, seq},
// freelist, pgid, txid, checksum}; leaf elements {flags, pos, ksize, vsize} u32 each, branch
// elements {pos u32, ksize u32, pgid u64}. bbolt writes native byte order; runners are little-endian.
const MAGIC = 0xed0cdaed;
const BRANCH = 0x01;
const LEAF = 0x02;
const META = 0x04;
const HEADER = 16;
const MAX_PAGES = 100_000;
function fnv64a(bytes) {
    let hash = 0xcbf29ce484222325n;
    for (const b of bytes) {
        hash ^= BigInt(b);
        hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return hash;
}
function readMeta(page) {
    if (page.length < HEADER + 64)
        return undefined;
    if ((page.readUInt16LE(8) & META) === 0)
        return undefined;
    if (page.readUInt32LE(HEADER) !== MAGIC)
        return undefined;
    if (page.readBigUInt64LE(HEADER + 56) !== fnv64a(page.subarray(HEADER, HEADER + 56))) {
        return undefined;
    }
    return {
        pageSize: page.readUInt32LE(HEADER + 8),
        root: page.readBigUInt64LE(HEADER + 16),
        txid: page.readBigUInt64LE(HEADER + 48),
    };
}
/** The names of the top-level buckets of a bbolt file. Throws when the file is not one. */
function boltTopLevelBuckets(file) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    try {
        const read = (offset, length) => {
            const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
            if (buf.length > 0)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, 0, buf.length, offset);
            return buf;
        };
        const first = read(0, 4096);
        const meta0 = readMeta(first);
        const pageSize = meta0?.pageSize ?? 4096;
        const metas = [meta0, readMeta(read(pageSize, pageSize))].filter((m) => m !== undefined);
        if (metas.length === 0)
            throw new Error('no valid meta page');
        const meta = metas.reduce((a, b) => (b.txid > a.txid ? b : a));
        if (meta.pageSize < 512 || meta.pageSize > 65536)
            throw new Error('implausible page size');
        const keys = [];
        let visited = 0;
        const walk = (pgid, depth) => {
            if (depth > 32 || ++visited > MAX_PAGES)
                throw new Error('page tree too deep');
            const offset = Number(pgid) * meta.pageSize;
            if (pgid < 2n || offset + HEADER > size)
                throw new Error(`page ${pgid} outside the file`);
            const header = read(offset, HEADER);
            const overflow = header.readUInt32LE(12);
            const page = read(offset, (overflow + 1) * meta.pageSize);
            const flags = page.readUInt16LE(8);
            const count = page.readUInt16LE(10);
            for (let i = 0; i < count; i++) {
                const at = HEADER + i * 16;
                if (at + 16 > page.length)
                    throw new Error(`page ${pgid} is truncated`);
                if (flags & LEAF) {
                    const pos = page.readUInt32LE(at + 4);
                    const ksize = page.readUInt32LE(at + 8);
                    keys.push(page.subarray(at + pos, at + pos + ksize).toString('utf8'));
                }
                else if (flags & BRANCH) {
                    walk(page.readBigUInt64LE(at + 8), depth + 1);
                }
                else {
                    throw new Error(`page ${pgid} is neither a branch nor a leaf`);
                }
            }
        };
        walk(meta.root, 0);
        return keys;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2781);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
