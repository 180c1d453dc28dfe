import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4785:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _portcullis_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8611);
/* harmony import */ var _portcullis_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1716);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3096);


// The run module (scanners, SARIF, reports) loads only once the inputs are read and valid.
// The scan runs in an isolate with a bounded heap (see action-kit isolate.ts).
await (0,_portcullis_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .runEntry */ .CN)(_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m, () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8463)).then((m) => m.run), process.env, {
    heap: (inputs) => (0,_portcullis_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .scanHeap */ .mD)(_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ENGINE_TOOLS */ .T[inputs.engine]),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ ENGINE_TOOLS),
  m: () => (/* binding */ INPUTS)
});

;// CONCATENATED MODULE: ./packages/engine/src/inputs.ts
/**
 * Inputs every scan action shares, with the same names, defaults and meaning in each action.yml
 * (a test holds them together). Action-specific inputs are spread in front of these.
 */
const COMMON_SCAN_INPUTS = {
    'tool-mirror': { kind: 'string', default: '' },
    'tool-sha256': { kind: 'string', default: '' },
    'ignore-file': { kind: 'string', default: '' },
    'upload-sarif': { kind: 'boolean', default: 'true' },
    annotate: { kind: 'boolean', default: 'true' },
    'check-run': { kind: 'boolean', default: 'false' },
    comment: { kind: 'boolean', default: 'false' },
    'github-token': { kind: 'string', default: '', secret: true },
    'output-dir': { kind: 'string', default: '' },
    'timeout-minutes': { kind: 'integer', min: 1, max: 360, default: '30' },
};
/**
 * A scan action's inputs from its declaration: its own inputs, then `engine` (one of the engines it
 * offers, the first by default), a `<tool>-path` input per tool (once, however many engines use the
 * tool) and the common scan inputs. action.yml must list the same (a test holds them together).
 */
function scanActionInputs(engines, own) {
    const names = Object.keys(engines);
    if (names.length === 0)
        throw new Error('a scan action offers at least one engine');
    const paths = Object.fromEntries(Object.values(engines).map((tool) => [tool.pathInput, { kind: 'string', default: '' }]));
    return {
        ...own,
        engine: { kind: 'enum', values: names, default: names[0] },
        ...paths,
        ...COMMON_SCAN_INPUTS,
    };
}

// EXTERNAL MODULE: ./packages/scanners/src/checkov/tool.ts
var tool = __nccwpck_require__(8377);
// EXTERNAL MODULE: ./packages/scanners/src/trivy/tool.ts
var trivy_tool = __nccwpck_require__(5158);
;// CONCATENATED MODULE: ./actions/scan-iac/src/inputs.ts



/** The engines scan-iac offers, by `engine` value (the first is the default); run.ts gives each its adapter. */
const ENGINE_TOOLS = { trivy: trivy_tool/* TRIVY */.T, checkov: tool/* CHECKOV */._ };
/**
 * The inputs of actions/scan-iac/action.yml, read once at the edge: its own, then `engine`, each tool's
 * `<tool>-path` and the common scan inputs, derived from {@link ENGINE_TOOLS} (a test holds the
 * result and action.yml together).
 */
const INPUTS = scanActionInputs(ENGINE_TOOLS, {
    path: { kind: 'string', default: '.' },
    'policy-dirs': { kind: 'list', default: '' },
    'skip-checks': { kind: 'list', default: '' },
    'skip-dirs': { kind: 'list', default: '' },
    'skip-files': { kind: 'list', default: '' },
    /** Deprecated: the older name, passed as both `skip-dirs` and `skip-files` (with a warning). */
    'exclude-paths': { kind: 'list', default: '' },
    tfvars: { kind: 'list', default: '' },
    version: { kind: 'string', default: '' },
});


/***/ }),

/***/ 1716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ runIsolated),
/* harmony export */   YP: () => (/* binding */ announcePrivateDir),
/* harmony export */   f6: () => (/* binding */ inIsolate),
/* harmony export */   mD: () => (/* binding */ scanHeap)
/* harmony export */ });
/* unused harmony exports STREAMING_SCAN_HEAP, SCAN_HEAP */
/**
 * The isolate of a scan whose engine reads its scanner's report as a stream (every trivy engine):
 * the whole scan of a 600 MB trivy report runs in it in about 450 MB (docs/benchmarks.md). The
 * young generation bounds the passes over the findings; the old space bounds the end, where the
 * code-scanning upload (up to 25,000 results and their rules) is sized and gzipped.
 */
const STREAMING_SCAN_HEAP = { oldSpaceMb: 256, youngSpaceMb: 16 };
/**
 * The isolate of a scan whose engine reads its scanner's report whole (gitleaks, osv-scanner,
 * grype, checkov, OpenSCAP, nmap): that takes memory in proportion to the report, so the old space
 * is left as large as V8's own default on a runner, and only the young generation is bounded.
 */
const SCAN_HEAP = { oldSpaceMb: 2048, youngSpaceMb: 16 };
/** The heap a scan with this tool runs in: bounded where every engine of the tool streams its report. */
function scanHeap(tool) {
    return tool.streamsReport ? STREAMING_SCAN_HEAP : SCAN_HEAP;
}
const MARK = 'portcullis/isolate';
/** node:worker_threads, loaded when first needed: a step that fails on its inputs never loads it. */
function threads() {
    return process.getBuiltinModule('node:worker_threads');
}
function isolateData() {
    const { isMainThread, workerData } = threads();
    if (isMainThread)
        return undefined;
    const data = workerData?.[MARK];
    return data && typeof data === 'object' ? data : undefined;
}
/** True inside the isolate {@link runIsolated} started. */
function inIsolate() {
    return isolateData() !== undefined;
}
let announced = 0;
/**
 * Inside the isolate: hands a private folder's path to the main thread and waits until it has taken
 * it on, before the folder exists. Signals reach only the main thread, so it is the one that removes
 * the folders when the runner stops the step; a folder it does not know of could outlive the step.
 * With `taken: false` the main thread lets go of a path that turned out not to be the step's (and
 * nothing waits). Returns false outside the isolate (the folder is the caller's own to track).
 */
function announcePrivateDir(path, taken = true) {
    const data = isolateData();
    const parentPort = threads().parentPort;
    if (!data || !parentPort)
        return false;
    const message = { [MARK]: { privateDir: path, taken } };
    parentPort.postMessage(message);
    if (!taken)
        return true;
    announced += 1;
    const tracked = new Int32Array(data.tracked);
    for (;;) {
        const now = Atomics.load(tracked, 0);
        if (now >= announced)
            return true;
        Atomics.wait(tracked, 0, now);
    }
}
/**
 * Runs `entry` (the action's own bundle) again in a worker thread with `heap` limits and waits for
 * it: the bundle sees {@link inIsolate} and runs the step's work there. The worker shares the
 * process's stdout and `env`; `hooks.onPrivateDir` receives each private folder the isolate is
 * about to create (and any it lets go of), on this thread, which the runner's signals reach.
 */
function runIsolated(entry, heap, env, hooks) {
    const tracked = new SharedArrayBuffer(4);
    const counter = new Int32Array(tracked);
    const data = { tracked };
    const worker = new (threads().Worker)(entry, {
        argv: process.argv.slice(2),
        env,
        workerData: { [MARK]: data },
        resourceLimits: {
            maxOldGenerationSizeMb: heap.oldSpaceMb,
            maxYoungGenerationSizeMb: heap.youngSpaceMb,
        },
    });
    const ended = hooks.onStarted?.(() => worker.terminate());
    return new Promise((resolve) => {
        let error;
        worker.on('message', (message) => {
            const about = message?.[MARK];
            if (typeof about?.privateDir !== 'string')
                return;
            hooks.onPrivateDir(about.privateDir, about.taken);
            if (!about.taken)
                return;
            Atomics.add(counter, 0, 1);
            Atomics.notify(counter, 0);
        });
        worker.on('error', (e) => {
            error = e;
        });
        worker.on('exit', (code) => {
            ended?.();
            resolve({ exitCode: error && code === 0 ? 1 : code, ...(error ? { error } : {}) });
        });
    });
}


/***/ }),

/***/ 8611:
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
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
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
/** How often a long run says it is still running, so a quiet scanner never looks hung. */
const HEARTBEAT_MS = 15_000;
function createExec(logger, baseEnv = process.env, options = {}) {
    const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
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
        const heartbeat = setInterval(() => {
            logger.info(`${request.tool}: still running, ${Math.round((Date.now() - started) / 1000)} s`);
        }, heartbeatMs);
        heartbeat.unref();
        child.on('error', (error) => {
            clearTimeout(timer);
            clearInterval(heartbeat);
            reject(error);
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            clearInterval(heartbeat);
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

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __nccwpck_require__(7276);
;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts
// The spec-driven reader is pure and lives in core, so the gate's command line reads its options
// through it without loading the runner; actions keep importing it from here.

/** Reads one raw input as the runner passes it: `INPUT_<NAME>` upper-cased, hyphens kept. */
function envInputSource(env = process.env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

// EXTERNAL MODULE: ./packages/core/src/neutralize.ts
var neutralize = __nccwpck_require__(2430);
;// CONCATENATED MODULE: ./packages/action-kit/src/log.ts

// The neutralising rules and the ports live in core so adapters can take them without the runner.

/** A Logger that writes neutralised lines to a sink (stdout in the runner, an array in tests). */
function createLogger(sink) {
    const out = (text, prefix = '') => {
        for (const line of (0,neutralize/* neutralizeLines */.Xd)(text, prefix))
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
            sink.write(`::group::${(0,neutralize/* neutralize */.YI)(title).replace(/\n/g, ' ')}`);
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
// EXTERNAL MODULE: ./packages/action-kit/src/isolate.ts
var isolate = __nccwpck_require__(1716);
// EXTERNAL MODULE: ./packages/action-kit/src/temp.ts
var temp = __nccwpck_require__(3083);
;// CONCATENATED MODULE: ./packages/action-kit/src/runtime.ts













/** Reads the {@link RunnerContext} from the runner's environment. */
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
        repositoryId: env.GITHUB_REPOSITORY_ID?.trim() ?? '',
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
    const log = createLogger({
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
async function runEntry(specs, main, env = process.env, options = {}) {
    let io;
    const core = commandWriter(env);
    // Known once needed (a secret input, or the work to start): a rejected input never asks.
    let isolated;
    const inWorker = () => (isolated ??= (0,isolate/* inIsolate */.f6)());
    try {
        io = runnerIO(env, core);
        const inputs = (0,src_inputs/* readInputs */.Ko)(specs, envInputSource(env), {
            onSecret: (value, name) => {
                // The main thread registered the masks before it started the isolate.
                if (inWorker())
                    return;
                const refusal = maskRefusal(value);
                if (refusal === undefined)
                    core.mask(value);
                else
                    io?.log.warning(`The secret input '${name}' is not masked in the log: it is ${refusal === 'too-short' ? `shorter than ${MIN_MASK_LENGTH} characters` : "one of Portcullis's own words"} (the runner still masks it when it comes from the secrets context).`);
            },
        });
        const bundle = process.argv[1];
        if (options.heap && bundle && !inWorker()) {
            const heap = typeof options.heap === 'function' ? options.heap(inputs) : options.heap;
            io.log.debug(`The work runs in an isolate: a ${heap.oldSpaceMb} MB old space and a ${heap.youngSpaceMb} MB young generation.`);
            const outcome = await (0,isolate/* runIsolated */.Tr)((0,external_node_url_.pathToFileURL)(bundle), heap, env, {
                onPrivateDir: temp/* trackPrivateDir */.QS,
                // A signal stops the isolate before the folders are removed: it could make one again.
                onStarted: temp/* stopBeforeRemoval */.kK,
            });
            if (outcome.error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
                core.fail(`The step ran out of memory: its work runs with a heap of ${heap.oldSpaceMb} MB, which it outgrew. Nothing it wrote can be taken for a result; please report this with the debug log.`);
            }
            else if (outcome.error) {
                throw outcome.error;
            }
            else if (outcome.exitCode !== 0) {
                // The isolate has said why on the shared stdout already.
                process.exitCode = outcome.exitCode;
            }
            return;
        }
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

/***/ 3083:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ trackPrivateDir),
/* harmony export */   XK: () => (/* binding */ privateDir),
/* harmony export */   kK: () => (/* binding */ stopBeforeRemoval)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _isolate_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1716);




const live = new Set();
let hooked = false;
function removeAll() {
    for (const path of live)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true });
    live.clear();
}
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
/** What must stop before the folders are removed on a signal (a running isolate). */
const stoppers = new Set();
/** How long a signal waits for them before it removes the folders anyway. */
const STOP_WAIT_MS = 2000;
/**
 * Registers work to stop before the folders are removed on a signal, so it cannot make one again
 * while they are removed; returns what unregisters it.
 */
function stopBeforeRemoval(stop) {
    stoppers.add(stop);
    return () => stoppers.delete(stop);
}
function hook() {
    if (hooked)
        return;
    hooked = true;
    process.once('exit', removeAll);
    for (const [signal, number] of Object.entries(SIGNALS)) {
        process.once(signal, () => {
            const stopped = Promise.allSettled([...stoppers].map((stop) => stop()));
            const waited = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
            void Promise.race([stopped, waited]).then(() => {
                removeAll();
                // The conventional status of a process ended by that signal, as if it had not been caught.
                process.exit(128 + number);
            });
        });
    }
}
/**
 * Takes on a folder to remove however the step ends, or lets go of it (`taken: false`): the main
 * thread does this for its isolate's folders.
 */
function trackPrivateDir(path, taken = true) {
    if (!taken) {
        live.delete(path);
        return;
    }
    live.add(path);
    hook();
}
/** Holds a path for removal, or lets go of it, here and (inside an isolate) on the main thread. */
function hold(path, taken) {
    (0,_isolate_js__WEBPACK_IMPORTED_MODULE_3__/* .announcePrivateDir */ .YP)(path, taken);
    trackPrivateDir(path, taken);
}
/** Creates a private folder `<parent>/<prefix>XXXXXX` that is removed however the step ends. */
function privateDir(parent, prefix) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(parent, { recursive: true });
    let path;
    for (;;) {
        // As mkdtemp, with the name known first: the isolate announces it before the folder exists.
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, `${prefix}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('base64url')}`);
        hold(path, true);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(path, { mode: 0o700 });
            break;
        }
        catch (error) {
            // Not the step's folder: someone else's (EEXIST, then another name) or none at all.
            hold(path, false);
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    return {
        path,
        remove() {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true });
            hold(path, false);
        },
    };
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ ScanFailedError),
/* harmony export */   M1: () => (/* binding */ describeJsonError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export ReportError */
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
    detail;
    name = 'InputError';
    constructor(input, 
    /** What is wrong and what to do, without the input's name (a surface may name it its own way). */
    detail) {
        super('bad-input', `Input '${input}': ${detail}`);
        this.input = input;
        this.detail = detail;
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

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   xQ: () => (/* binding */ camelCase)
/* harmony export */ });
/* unused harmony exports parseList, nonEmpty */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
function parseList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
function readOne(name, spec, raw, hint) {
    const value = (raw ?? '').trim() === '' ? (spec.default ?? '') : (raw ?? '').trim();
    if (value === '') {
        if (spec.required) {
            const values = spec.kind === 'enum' ? ` (one of ${spec.values.join(', ')})` : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is required${values}; ${hint}`);
        }
        switch (spec.kind) {
            case 'list':
                return [];
            case 'boolean':
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'is empty; use true or false');
            case 'enum':
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is empty; use one of: ${spec.values.join(', ')}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be true or false, got ${JSON.stringify(value)}`);
        case 'enum':
            if (!spec.values.includes(value)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be one of ${spec.values.join(', ')}; got ${JSON.stringify(value)}`);
            }
            return value;
        case 'integer': {
            if (!/^-?\d+$/.test(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be a whole number, got ${JSON.stringify(value)}`);
            const n = Number(value);
            if (n < spec.min || n > spec.max) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be between ${spec.min} and ${spec.max}, got ${n}`);
            }
            return n;
        }
        case 'list':
            return parseList(value);
    }
}
/** Reads every input of `specs` once, validating each; the first bad one throws an InputError naming it. */
function readInputs(specs, source, options = {}) {
    const hint = options.requiredHint ?? "set it in the step's `with:` block";
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        const raw = source(name);
        if (typeof raw !== 'string' && raw !== undefined) {
            if (spec.kind !== 'list')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'takes one value');
            // Values given one by one are whole entries: a path may hold a comma.
            const items = raw.map((s) => s.trim()).filter((s) => s !== '');
            if (spec.secret)
                for (const item of items)
                    options.onSecret?.(item, name);
            out[camelCase(name)] = items.length > 0 ? items : readOne(name, spec, undefined, hint);
            continue;
        }
        if (spec.secret && raw && raw.trim() !== '')
            options.onSecret?.(raw.trim(), name);
        out[camelCase(name)] = readOne(name, spec, raw, hint);
    }
    return Object.freeze(out);
}
/** An input's trimmed value, or undefined when it is empty (not set). */
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
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
/* harmony export */   Fk: () => (/* binding */ emptySeverityCounts),
/* harmony export */   G: () => (/* binding */ ACTION_NAMES),
/* harmony export */   MM: () => (/* binding */ REPORT_STATUSES),
/* harmony export */   Od: () => (/* binding */ scopeOf),
/* harmony export */   PI: () => (/* binding */ ruleInfo),
/* harmony export */   PP: () => (/* binding */ REPORT_SCHEMA_ID),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   Ti: () => (/* binding */ describeSuppressionGroups),
/* harmony export */   Ve: () => (/* binding */ titleWithoutPackage),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   aO: () => (/* binding */ TARGET_KINDS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   tz: () => (/* binding */ countSuppression),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony exports IMPORT_ACTION, FULL_COMMIT_SHA, signatureModeNotice, SCOPE_KINDS, countBySeverity, suppressionGroup, describeSuppressed */
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
/** A full commit SHA (SHA-1 or SHA-256 object name), as a report's `commitSha` must be. */
const FULL_COMMIT_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * The notice every sign-image report opens with, a failed one included: `mode: sign` or
 * `mode: verify`. The quality gate's final stage accepts only verifications, told apart by it.
 */
function signatureModeNotice(mode) {
    return `mode: ${mode}`;
}
const REPORT_STATUSES = ['complete', 'failed'];
const TARGET_KINDS = ['repository', 'path', 'git-range', 'image', 'host'];
/** `{ rule }` for a finding when the scanner gives the rule's title or description, else `{}`. */
function ruleInfo(title, description) {
    const t = title?.trim() ? title : undefined;
    const d = description?.trim() ? description : undefined;
    if (t === undefined && d === undefined)
        return {};
    return {
        rule: {
            ...(t !== undefined ? { title: t } : {}),
            ...(d !== undefined ? { description: d } : {}),
        },
    };
}
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
/** A count of zero for every severity, to count into. */
function emptySeverityCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
function countBySeverity(findings) {
    const counts = emptySeverityCounts();
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
    for (const f of findings)
        if (f.suppression)
            countSuppression(groups, f.suppression);
    return describeSuppressionGroups(groups);
}
/** Counts one suppression under its {@link suppressionGroup}. */
function countSuppression(groups, suppression) {
    const key = suppressionGroup(suppression);
    groups.set(key, (groups.get(key) ?? 0) + 1);
}
/** {@link describeSuppressed} of suppressions counted by group. */
function describeSuppressionGroups(groups) {
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

/***/ 2430:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ stripEscapes),
/* harmony export */   Xd: () => (/* binding */ neutralizeLines),
/* harmony export */   YI: () => (/* binding */ neutralize)
/* harmony export */ });
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


/***/ }),

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ CHECKOV)
/* harmony export */ });
/** checkov: pip installs a pinned version into a private venv (never verified by digest), unless `checkov-path` names one. */
const CHECKOV = {
    name: 'checkov',
    pathInput: 'checkov-path',
    source: 'pip',
};


/***/ }),

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ TRIVY)
/* harmony export */ });
/** trivy: the pinned release, checked by digest, unless `trivy-path` names one. */
const TRIVY = {
    name: 'trivy',
    pathInput: 'trivy-path',
    source: 'release',
    // Every trivy engine reads trivy's report (and compliance report) as a stream.
    streamsReport: true,
};


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 992:
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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(4785);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
