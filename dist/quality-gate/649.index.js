export const id = 649;
export const ids = [649];
export const modules = {

/***/ 3649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OUTPUTS: () => (/* binding */ OUTPUTS),
  commentHead: () => (/* binding */ commentHead),
  gateConfig: () => (/* binding */ gateConfig),
  run: () => (/* binding */ run),
  trustContext: () => (/* binding */ trustContext)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/runtime.ts + 24 modules
var runtime = __webpack_require__(7707);
// EXTERNAL MODULE: ./packages/action-kit/src/summary.ts
var summary = __webpack_require__(6813);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/gate/src/matrix.ts
var matrix = __webpack_require__(6316);
;// CONCATENATED MODULE: ./packages/gate/src/config.ts




/** The gate's input names, as in actions/quality-gate/action.yml and the CLI's options. */
const GATE_INPUTS = {
    findings: 'findings',
    systemLevel: 'system-level',
    stage: 'stage',
    policy: 'policy',
    waivers: 'waivers',
    riskThreshold: 'risk-threshold',
    failOn: 'fail-on',
    fail: 'fail',
    mode: 'mode',
    baseline: 'baseline',
    base: 'base',
};
/** The waivers file read when the `waivers` input is not set and this file exists. */
const DEFAULT_WAIVERS_FILE = '.portcullis/waivers.yml';
const DEFAULT_SYSTEM_LEVEL = 3;
/** Splits a multi-line or comma-separated list input, dropping blanks. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function parseSystemLevel(value) {
    const n = Number(value.trim());
    if (value.trim() === '' || !(0,matrix/* isSystemLevel */.Gj)(n)) {
        throw new errors/* InputError */.dz(GATE_INPUTS.systemLevel, `must be one of ${matrix/* SYSTEM_LEVELS */.si.join(', ')} (got '${value}')`);
    }
    return n;
}
function parseStage(value) {
    const v = value.trim();
    if (!isStage(v))
        throw new InputError(GATE_INPUTS.stage, `must be one of ${STAGES.join(', ')} (got '${value}')`);
    return v;
}
function parseMode(value) {
    const v = value.trim();
    if (!GATE_MODES.includes(v)) {
        throw new InputError(GATE_INPUTS.mode, `must be one of ${GATE_MODES.join(', ')} (got '${value}')`);
    }
    return v;
}
/** '' means "not set" (the policy's threshold, else 75). */
function parseRiskThreshold(value) {
    const v = value.trim();
    if (v === '')
        return undefined;
    const n = Number(v);
    if (!/^\d+(\.\d+)?$/.test(v) || n < 0 || n > 100) {
        throw new InputError(GATE_INPUTS.riskThreshold, `must be a number from 0 to 100 (got '${value}')`);
    }
    return n;
}
/** '' means "not set" (the policy's matrix as it is). */
function parseFailOn(value) {
    const v = value.trim();
    if (v === '')
        return undefined;
    if (!(0,model/* isSeverity */._Z)(v)) {
        throw new errors/* InputError */.dz(GATE_INPUTS.failOn, `must be one of ${model/* SEVERITIES */.oC.join(', ')}, or empty (got '${value}'); e.g. 'high' fails on any critical or high finding`);
    }
    return v;
}
/** YAML 1.2 core booleans, as the runner's getBooleanInput accepts them. */
function parseBoolean(input, value) {
    const v = value.trim();
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new InputError(input, `must be true or false (got '${value}')`);
}
/** Checks the combination of inputs: `new` needs a baseline, and something must be gated. */
function checkGateConfig(config) {
    if (config.findings.length === 0) {
        throw new errors/* InputError */.dz(GATE_INPUTS.findings, 'name at least one findings report, folder or glob');
    }
    if (config.mode === 'new' && config.baseline.length === 0) {
        throw new errors/* InputError */.dz(GATE_INPUTS.baseline, "mode 'new' compares against the base branch's findings reports; set baseline to them (or use mode 'all')");
    }
    if (config.commitSha !== undefined && !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(config.commitSha)) {
        throw new errors/* InputError */.dz('sha', `must be a full commit SHA (got '${config.commitSha}')`);
    }
}

// EXTERNAL MODULE: ./packages/gate/src/evaluate.ts + 1 modules
var evaluate = __webpack_require__(5661);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./packages/core/schema/findings-report.schema.json
const findings_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:portcullis:findings-report:1","title":"Portcullis findings report, version 1","description":"What every Portcullis scan action writes and the quality gate reads. A report with status \'failed\' must carry a reason; the gate treats it as a failed scan, never as zero findings.","type":"object","additionalProperties":false,"required":["schema","schemaVersion","action","scanner","target","commitSha","status","startedAt","finishedAt","findings"],"properties":{"schema":{"const":"urn:portcullis:findings-report"},"schemaVersion":{"const":1},"action":{"enum":["scan-secrets","scan-deps","scan-iac","scan-image","sign-image","compliance","quality-gate"]},"scanner":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"}}},"target":{"type":"object","additionalProperties":false,"required":["kind","name"],"properties":{"kind":{"enum":["repository","path","git-range","image","host"]},"name":{"type":"string"},"digest":{"type":"string","pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"}}},"commitSha":{"type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"status":{"enum":["complete","failed"]},"reason":{"type":"string","minLength":1},"startedAt":{"type":"string","format":"date-time"},"finishedAt":{"type":"string","format":"date-time"},"tool":{"type":"object","additionalProperties":false,"required":["name","version","source","path"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"source":{"enum":["input-path","path","tool-cache","download","mirror","system"]},"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[a-f0-9]{64}$"},"url":{"type":"string"}}},"notices":{"type":"array","items":{"type":"string"}},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}},"if":{"properties":{"status":{"const":"failed"}}},"then":{"required":["reason"]},"definitions":{"severity":{"enum":["critical","high","medium","low","info"]},"stringList":{"type":"array","items":{"type":"string"}},"finding":{"type":"object","additionalProperties":false,"required":["fingerprint","category","ruleId","title","severity"],"properties":{"fingerprint":{"type":"string","minLength":8},"category":{"enum":["secret","vulnerability","misconfiguration","compliance","signature","license"]},"ruleId":{"type":"string","minLength":1},"title":{"type":"string"},"description":{"type":"string"},"severity":{"$ref":"#/definitions/severity"},"scannerSeverity":{"type":"string"},"cvss":{"type":"object","additionalProperties":false,"properties":{"score":{"type":"number","minimum":0,"maximum":10},"vector":{"type":"string"},"version":{"type":"string"}}},"location":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Workspace-relative, forward slashes; never absolute and never escaping the workspace.","not":{"pattern":"^(/|[A-Za-z]:[\\\\\\\\/]|\\\\.\\\\./|\\\\.\\\\.$)|/\\\\.\\\\./|/\\\\.\\\\.$"}},"startLine":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"startColumn":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"purl":{"type":"string"},"fixedVersion":{"type":"string"},"ecosystem":{"type":"string"}}},"image":{"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"type":"string"},"digest":{"type":"string"},"layer":{"type":"string"}}},"references":{"$ref":"#/definitions/stringList"},"cwe":{"$ref":"#/definitions/stringList"},"advisories":{"$ref":"#/definitions/stringList"},"helpUri":{"type":"string"},"remediation":{"type":"string"},"git":{"type":"object","additionalProperties":false,"properties":{"commit":{"type":"string"},"author":{"type":"string"},"date":{"type":"string"}}},"suppression":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["in-source","external","vendor-status"]},"justification":{"type":"string"},"source":{"type":"string","minLength":1,"description":"What suppressed the finding: a file and line (.trivyignore:3), an inline marker and where it is (gitleaks:allow at src/a.env:2), or a file an input named (.gitleaks.toml (input config))."}}},"sources":{"$ref":"#/definitions/stringList"}}}}}');
;// CONCATENATED MODULE: ./packages/core/src/report.ts






// ajv-formats is CommonJS with `exports.default`; under NodeNext the callable sits on `.default`.
const addFormats = (dist_default())["default"];
let validator;
function getValidator() {
    if (!validator) {
        const ajv = new dist_ajv.Ajv({
            allErrors: false,
            strict: true,
            strictRequired: false,
            allowUnionTypes: true,
        });
        addFormats(ajv, ['date-time']);
        validator = ajv.compile(findings_report_schema_namespaceObject);
    }
    return validator;
}
function describe(error) {
    const where = error.instancePath === '' ? 'the report' : error.instancePath;
    if (error.keyword === 'additionalProperties') {
        return `${where} has an unknown property '${String(error.params.additionalProperty)}'`;
    }
    if (error.keyword === 'enum') {
        return `${where} must be one of ${JSON.stringify(error.params.allowedValues)}`;
    }
    return `${where} ${error.message ?? 'is invalid'}`;
}
/** Validates untrusted data against the findings-report schema; throws ReportError naming the problem. */
function validateReport(data, source) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* ReportError */.$g(source, 'is not a JSON object; expected a Portcullis findings report');
    }
    const record = data;
    if (record.schema !== model/* REPORT_SCHEMA_ID */.PP) {
        throw new errors/* ReportError */.$g(source, `is not a Portcullis findings report (schema is ${JSON.stringify(record.schema)}, expected "${model/* REPORT_SCHEMA_ID */.PP}")`);
    }
    if (record.schemaVersion !== model/* REPORT_SCHEMA_VERSION */.WI) {
        throw new errors/* ReportError */.$g(source, `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this version of the suite reads version ${model/* REPORT_SCHEMA_VERSION */.WI}`);
    }
    const validate = getValidator();
    if (!validate(data)) {
        const first = validate.errors?.[0];
        throw new errors/* ReportError */.$g(source, `does not match the schema: ${first ? describe(first) : 'unknown error'}`);
    }
    const report = data;
    // The schema's date-time format accepts a leap second (…T23:59:60Z), which Date.parse cannot
    // read; a NaN date would make every age comparison false and skip the stale check.
    for (const field of ['startedAt', 'finishedAt']) {
        if (Number.isNaN(Date.parse(report[field]))) {
            throw new errors/* ReportError */.$g(source, `has ${field} ${JSON.stringify(report[field])}, which is not a date that can be compared; write it as an ISO 8601 UTC time such as 2026-01-31T12:00:00Z`);
        }
    }
    return report;
}
/** Parses and validates report text (a UTF-8 byte-order mark is tolerated). */
function parseReport(text, source) {
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        throw new errors/* ReportError */.$g(source, `is not valid JSON (${(0,errors/* describeJsonError */.M1)(error)})`, {
            cause: error,
        });
    }
    return validateReport(data, source);
}
/** The fields every report carries, whatever its status. */
function envelope(init) {
    return {
        schema: REPORT_SCHEMA_ID,
        schemaVersion: REPORT_SCHEMA_VERSION,
        action: init.action,
        scanner: init.scanner,
        target: init.target,
        commitSha: init.commitSha,
        startedAt: init.startedAt.toISOString(),
        finishedAt: (init.finishedAt ?? new Date()).toISOString(),
        ...(init.tool ? { tool: init.tool } : {}),
        ...(init.notices && init.notices.length > 0 ? { notices: init.notices } : {}),
    };
}
function completeReport(init, findings) {
    return { ...envelope(init), status: 'complete', findings };
}
function failedReport(init, reason) {
    return { ...envelope(init), status: 'failed', reason, findings: [] };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/gate/src/reasons.ts
var reasons = __webpack_require__(6192);
;// CONCATENATED MODULE: ./packages/gate/src/load.ts





const nodeFileSystem = {
    readFile: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
    kind(path) {
        try {
            const s = (0,external_node_fs_.statSync)(path);
            return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : undefined;
        }
        catch {
            return undefined;
        }
    },
    list: (path) => (0,external_node_fs_.readdirSync)(path),
    realpath: (path) => (0,external_node_fs_.realpathSync)(path),
};
// Deep enough for any artifact layout; a folder walk stops there and at this many entries.
const MAX_DEPTH = 32;
const MAX_WALK_ENTRIES = 100_000;
function real(fs, path) {
    try {
        return fs.realpath ? fs.realpath(path) : path;
    }
    catch {
        return path;
    }
}
/**
 * Every file below `dir`. Symbolic links are followed with a visited set of real paths, so two
 * links to the same folder read it once and a link back to a folder being walked (`a -> .`)
 * ends the walk with a named problem instead of enumerating ~2^depth paths.
 */
function walk(w, dir, ancestors, depth) {
    if (w.problem)
        return;
    if (depth > MAX_DEPTH) {
        w.problem = {
            entry: w.entry,
            message: `${w.entry}: folders below it are nested more than ${MAX_DEPTH} deep (at ${dir}); give the folder that holds the reports`,
        };
        return;
    }
    let names;
    try {
        names = w.fs.list(dir).sort();
    }
    catch {
        return;
    }
    for (const name of names) {
        if (w.problem)
            return;
        w.entries += 1;
        if (w.entries > MAX_WALK_ENTRIES) {
            w.problem = {
                entry: w.entry,
                message: `${w.entry}: more than ${MAX_WALK_ENTRIES.toLocaleString('en')} entries below it; give the folder that holds the reports`,
            };
            return;
        }
        const path = (0,external_node_path_.join)(dir, name);
        const kind = w.fs.kind(path);
        if (kind === 'file')
            w.out.push(path);
        if (kind !== 'directory')
            continue;
        const target = real(w.fs, path);
        if (ancestors.includes(target)) {
            w.problem = {
                entry: w.entry,
                message: `${w.entry}: the symbolic link ${path} leads back to ${target}, a folder it is inside (a link loop); remove the link or give the reports' folder itself`,
            };
            return;
        }
        if (w.visited.has(target))
            continue;
        w.visited.add(target);
        walk(w, path, [...ancestors, target], depth + 1);
    }
}
/** Files below `dir`, or the problem that stopped the walk. */
function walkFolder(fs, entry, dir) {
    const root = real(fs, dir);
    const w = { fs, entry, out: [], visited: new Set([root]), entries: 0 };
    walk(w, dir, [root], 0);
    return { files: w.out, ...(w.problem ? { problem: w.problem } : {}) };
}
/**
 * Expands the `findings`/`baseline` input: a file is taken as is, a folder yields every `*.json` below
 * it, a glob (picomatch) is matched below its static base. Relative entries are resolved against `cwd`.
 */
function resolveReportPaths(entries, fs = nodeFileSystem, cwd = process.cwd()) {
    const files = [];
    const named = new Set();
    const missingFiles = [];
    const empty = [];
    const problems = [];
    const add = (path) => {
        if (!files.includes(path))
            files.push(path);
    };
    for (const raw of entries) {
        const entry = raw.trim();
        if (entry === '')
            continue;
        const scan = picomatch_default().scan(entry);
        if (!scan.isGlob) {
            const path = (0,external_node_path_.isAbsolute)(entry) ? entry : (0,external_node_path_.join)(cwd, entry);
            const kind = fs.kind(path);
            if (kind === 'file') {
                add(path);
                named.add(path);
            }
            else if (kind === 'directory') {
                const { files: found, problem } = walkFolder(fs, entry, path);
                if (problem)
                    problems.push(problem);
                const json = found.filter((f) => f.endsWith('.json'));
                if (json.length === 0)
                    empty.push(entry);
                json.forEach(add);
            }
            else if (entry.endsWith('.json'))
                missingFiles.push(entry);
            else
                empty.push(entry);
            continue;
        }
        const base = scan.base === '' ? cwd : (0,external_node_path_.isAbsolute)(scan.base) ? scan.base : (0,external_node_path_.join)(cwd, scan.base);
        const match = picomatch_default()(scan.glob, { dot: true });
        let found = [];
        if (fs.kind(base) === 'directory') {
            const walked = walkFolder(fs, entry, base);
            found = walked.files;
            if (walked.problem)
                problems.push(walked.problem);
        }
        const matched = found.filter((f) => match((0,external_node_path_.relative)(base, f).split(external_node_path_.sep).join('/')));
        if (matched.length === 0)
            empty.push(entry);
        matched.forEach(add);
    }
    return { files, named, missingFiles, empty, problems };
}
/** How scan actions name their reports; such a file is always read as a report. */
const REPORT_SUFFIX = '.findings.json';
function claimsToBeReport(data) {
    return (data !== null &&
        typeof data === 'object' &&
        data.schema === model/* REPORT_SCHEMA_ID */.PP);
}
function displayPath(path, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split(external_node_path_.sep).join('/') : path;
}
/**
 * Reads every report the entries name. A file that cannot be read, is not JSON or fails the schema
 * becomes a named reason; the remaining reports are still read so the summary shows all of them.
 * Files found in a folder or by a glob are read as reports when they are named `*.findings.json` or
 * carry the report schema id; other JSON there (an SBOM, a raw scanner output) is skipped with a
 * notice. A file named on its own is always a report.
 */
function loadReports(entries, fs = nodeFileSystem, cwd = process.cwd(), what = 'findings') {
    const resolved = resolveReportPaths(entries, fs, cwd);
    const reports = [];
    const problems = [];
    const notices = [];
    for (const missing of resolved.missingFiles) {
        problems.push({
            code: reasons/* REASON_CODES */.O.unreadableReport,
            message: `${missing} (named in ${what}) does not exist`,
        });
    }
    for (const entry of resolved.empty) {
        notices.push(`${what}: ${entry} matched no report files`);
    }
    // A walk that could not finish may have missed reports: that is a failure, never a smaller pass.
    for (const p of resolved.problems) {
        problems.push({ code: reasons/* REASON_CODES */.O.unreadableReport, message: `${what}: ${p.message}` });
    }
    for (const path of resolved.files) {
        const file = displayPath(path, cwd);
        let text;
        try {
            text = fs.readFile(path);
        }
        catch (error) {
            problems.push({
                code: reasons/* REASON_CODES */.O.unreadableReport,
                message: `${file} cannot be read (${error.code ?? error.message})`,
            });
            continue;
        }
        let data;
        try {
            data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        }
        catch (error) {
            problems.push({
                code: reasons/* REASON_CODES */.O.unreadableReport,
                message: `${file} is not valid JSON (${error.message})`,
            });
            continue;
        }
        if (!resolved.named.has(path) && !path.endsWith(REPORT_SUFFIX) && !claimsToBeReport(data)) {
            // Scan actions write SBOMs and other JSON beside their reports; only reports are read.
            notices.push(`${file} is not a findings report; skipped`);
            continue;
        }
        try {
            reports.push({ file, report: parseReport(text, file) });
        }
        catch (error) {
            if (!(error instanceof errors/* ReportError */.$g))
                throw error;
            problems.push({ code: reasons/* REASON_CODES */.O.invalidReport, message: error.message });
        }
    }
    return { reports, problems, notices };
}

// EXTERNAL MODULE: ./packages/gate/src/policy.ts
var policy = __webpack_require__(2575);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/gate/src/trusted.ts



// Only what git needs: the job's environment is not trusted (an earlier step can set GIT_DIR,
// GIT_CONFIG_* or GIT_EXTERNAL_DIFF through $GITHUB_ENV).
const GIT_ENV_KEYS = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT'];
/** A {@link GitPort} over the git on PATH, run in `cwd` with a scrubbed environment. */
function nodeGit(cwd) {
    const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
    for (const key of GIT_ENV_KEYS) {
        const v = process.env[key];
        if (v !== undefined)
            env[key] = v;
    }
    return (args) => {
        try {
            const stdout = (0,external_node_child_process_.execFileSync)('git', args, {
                cwd,
                env,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'ignore'],
                maxBuffer: 64 * 1024 * 1024,
            });
            return { status: 0, stdout };
        }
        catch (error) {
            const e = error;
            return { status: e.status ?? 1, stdout: typeof e.stdout === 'string' ? e.stdout : '' };
        }
    };
}
/** The workspace-relative path (forward slashes) of `file`, or undefined when it lies outside. */
function workspacePath(file, cwd) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(cwd), (0,external_node_path_.resolve)(cwd, file));
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
const SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const MAX_DIFF_LINES = 200;
/** Reads gate inputs from a base commit through git (plumbing only: no filters, no textconv). */
class BaseReader {
    base;
    git;
    input;
    checked = false;
    constructor(base, git, input) {
        this.base = base;
        this.git = git;
        this.input = input;
        if (!SHA.test(base.sha)) {
            throw new errors/* InputError */.dz(input, `the base commit must be a full SHA (got '${base.sha}')`);
        }
    }
    /** Throws a clear InputError when the base commit is not in the checkout. */
    requireBase() {
        if (this.checked)
            return;
        const r = this.git(['cat-file', '-e', `${this.base.sha}^{commit}`]);
        if (r.status !== 0) {
            throw new errors/* InputError */.dz(this.input, `the base commit ${this.base.sha} of the ${this.base.what} is not in the checkout, so the gate cannot read its policy, waivers and baselines from it (they are never read from the change itself). Check out with fetch-depth: 0`);
        }
        this.checked = true;
    }
    /** The base commit's version of a workspace-relative path, and whether the workspace differs. */
    read(rel, workspaceText) {
        this.requireBase();
        const spec = `${this.base.sha}:${rel}`;
        const exists = this.git(['cat-file', '-e', spec]).status === 0;
        const text = exists ? this.git(['cat-file', 'blob', spec]).stdout : undefined;
        const changed = text !== workspaceText;
        if (!changed)
            return { text, changed };
        const d = this.git([
            '-c',
            'core.quotePath=false',
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            this.base.sha,
            '--',
            rel,
        ]);
        let diff = d.status === 0 ? d.stdout : '';
        if (diff === '' && workspaceText !== undefined && text === undefined) {
            // An untracked file the change added is not in `git diff`; show it whole.
            diff = workspaceText
                .split('\n')
                .map((l) => `+${l}`)
                .join('\n');
        }
        const lines = diff.split('\n');
        if (lines.length > MAX_DIFF_LINES) {
            diff = `${lines.slice(0, MAX_DIFF_LINES).join('\n')}\n… ${lines.length - MAX_DIFF_LINES} more line(s)`;
        }
        return { text, changed, ...(diff !== '' ? { diff } : {}) };
    }
    /**
     * The commits a `mode: new` baseline may be for: the base and the merge base of base and head.
     * A merge base git cannot compute (shallow checkout) is left out, never guessed.
     */
    baselineCommits() {
        this.requireBase();
        const commits = [this.base.sha];
        const r = this.git(['merge-base', this.base.sha, this.base.head ?? 'HEAD']);
        const mb = r.stdout.trim();
        if (r.status === 0 && SHA.test(mb) && !commits.includes(mb))
            commits.push(mb);
        return commits;
    }
}
/**
 * A file system that shows the workspace as the base commit holds it: paths inside `cwd` are read
 * from the commit's tree (git plumbing, no filters), paths outside from `outside` unchanged (they are
 * the workflow's own: an organisation policy checkout, this run's downloaded artifacts).
 */
function baseFileSystem(reader, git, cwd, outside) {
    const spec = (path) => {
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(cwd), (0,external_node_path_.resolve)(cwd, path));
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return undefined;
        reader.requireBase();
        return `${reader.base.sha}:${rel.split(external_node_path_.sep).join('/')}`;
    };
    return {
        readFile(path) {
            const s = spec(path);
            if (s === undefined)
                return outside.readFile(path);
            const r = git(['cat-file', 'blob', s]);
            if (r.status !== 0)
                throw new Error(`${s} is not a file at the base commit`);
            return r.stdout;
        },
        kind(path) {
            const s = spec(path);
            if (s === undefined)
                return outside.kind(path);
            const r = git(['cat-file', '-t', s]);
            const t = r.stdout.trim();
            return r.status !== 0
                ? undefined
                : t === 'blob'
                    ? 'file'
                    : t === 'tree'
                        ? 'directory'
                        : undefined;
        },
        list(path) {
            const s = spec(path);
            if (s === undefined)
                return outside.list(path);
            const r = git(['ls-tree', '--name-only', '-z', s]);
            if (r.status !== 0)
                throw new Error(`${s} is not a folder at the base commit`);
            return r.stdout.split('\0').filter((n) => n !== '');
        },
    };
}

// EXTERNAL MODULE: ./packages/gate/src/waivers.ts
var waivers = __webpack_require__(9572);
;// CONCATENATED MODULE: ./packages/gate/src/gate.ts









function readUserFile(fs, cwd, input, file) {
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(cwd, file);
    if (fs.kind(path) !== 'file')
        throw new errors/* InputError */.dz(input, `${file} does not exist or is not a file`);
    try {
        return fs.readFile(path);
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, `${file} cannot be read (${error.message})`);
    }
}
/** Reads the gate's own input files: from the base commit on a change under review. */
class InputFiles {
    changes = [];
    notices = [];
    fs;
    cwd;
    git;
    reader;
    /** The view of the files the gate trusts: the base commit's tree inside the workspace. */
    trustedFs;
    constructor(config, ports) {
        this.fs = ports.fs ?? nodeFileSystem;
        this.cwd = ports.cwd ?? process.cwd();
        this.git = ports.git ?? nodeGit(this.cwd);
        if (config.base !== undefined) {
            this.reader = new BaseReader(config.base, this.git, GATE_INPUTS.base);
            this.trustedFs = baseFileSystem(this.reader, this.git, this.cwd, this.fs);
        }
        else
            this.trustedFs = this.fs;
    }
    /** Whether the workspace holds a file at this path. */
    exists(file) {
        return this.fs.kind((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(this.cwd, file)) === 'file';
    }
    /**
     * The text the gate uses for an input file: the base commit's for a workspace file on a change
     * under review (undefined when the base has none), else the file itself (missing: InputError).
     */
    read(input, file) {
        const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(this.cwd, file);
        const rel = workspacePath(path, this.cwd);
        if (this.reader === undefined || rel === undefined) {
            return readUserFile(this.fs, this.cwd, input, file);
        }
        const head = this.fs.kind(path) === 'file' ? this.fs.readFile(path) : undefined;
        const base = this.reader.read(rel, head);
        if (base.text === undefined && head === undefined) {
            throw new errors/* InputError */.dz(input, `${file} does not exist (neither at the base commit nor in the workspace)`);
        }
        if (base.changed) {
            const change = base.text === undefined ? 'added' : head === undefined ? 'removed' : 'changed';
            const what = this.reader.base.what;
            const message = base.text === undefined
                ? `${input} (${rel}) is added in this ${what}; the base commit has none, so none applies until merge`
                : `${input} (${rel}) changed in this ${what}; the base version applies until merge`;
            this.changes.push({
                input,
                file: rel,
                change,
                ...(base.diff !== undefined ? { diff: base.diff } : {}),
                message,
            });
        }
        return base.text;
    }
}
function loadPolicyFrom(config, files) {
    if (config.policy === undefined || config.policy.trim() === '')
        return policy/* DEFAULT_POLICY */.zj;
    const text = files.read(GATE_INPUTS.policy, config.policy);
    if (text === undefined)
        return policy/* DEFAULT_POLICY */.zj;
    return (0,policy/* parsePolicy */.ON)(text, config.policy);
}
function loadPolicy(config, ports = {}) {
    return loadPolicyFrom(config, new InputFiles(config, ports));
}
function loadWaiversFrom(config, policy, now, files) {
    let file = config.waivers?.trim();
    if (file === undefined || file === '') {
        // The default file is looked for in the workspace; on a change under review it is then read
        // from the base. A change that deletes it only makes the verdict stricter.
        if (!files.exists(DEFAULT_WAIVERS_FILE))
            return waivers/* EMPTY_WAIVERS */.Cw;
        file = DEFAULT_WAIVERS_FILE;
    }
    const text = files.read(GATE_INPUTS.waivers, file);
    if (text === undefined)
        return waivers/* EMPTY_WAIVERS */.Cw;
    const source = displayPath((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(files.cwd, file), files.cwd);
    return (0,waivers/* parseWaivers */.dU)(text, source, {
        now,
        maxSpanDays: policy.maxWaiverDays,
        warnDays: policy.waiverWarnDays,
    });
}
function loadWaivers(config, policy, now, ports = {}) {
    return loadWaiversFrom(config, policy, now, new InputFiles(config, ports));
}
/**
 * Runs the gate over files: reads the policy and waivers (bad ones throw InputError: bad input, not a
 * verdict), loads the findings and baseline reports (bad ones become fail-closed reasons) and
 * evaluates. The same function backs the action and the CLI. On a change under review (`base`), the
 * policy, the waivers and repository-held baselines are the base commit's (docs/trust-model.md).
 */
function runGate(config, ports = {}) {
    checkGateConfig(config);
    const files = new InputFiles(config, ports);
    const now = (ports.now ?? (() => new Date()))();
    const loadedPolicy = loadPolicyFrom(config, files);
    const policy = config.failOn !== undefined
        ? { ...loadedPolicy, matrix: (0,matrix/* applyFailOn */.m3)(loadedPolicy.matrix, config.failOn) }
        : loadedPolicy;
    const waivers = loadWaiversFrom(config, policy, now, files);
    const loaded = loadReports(config.findings, files.fs, files.cwd, GATE_INPUTS.findings);
    let baseline;
    let baselineCommits = [];
    if (config.mode === 'new') {
        baseline = loadReports(config.baseline, files.trustedFs, files.cwd, GATE_INPUTS.baseline);
        baselineCommits =
            files.reader !== undefined
                ? files.reader.baselineCommits()
                : config.previousCommit !== undefined
                    ? [config.previousCommit]
                    : [];
    }
    const result = (0,evaluate/* evaluateGate */.D)(loaded, {
        systemLevel: config.systemLevel,
        stage: config.stage,
        policy,
        waivers,
        fail: config.fail,
        mode: config.mode,
        now,
        baselineCommits,
        ...(config.riskThreshold !== undefined ? { riskThreshold: config.riskThreshold } : {}),
        ...(config.commitSha !== undefined ? { commitSha: config.commitSha } : {}),
        ...(config.image !== undefined ? { image: config.image } : {}),
    }, baseline);
    const readFrom = files.reader !== undefined
        ? [
            `Policy, waivers and baselines in the repository are read from the base commit ${files.reader.base.sha.slice(0, 12)} of the ${files.reader.base.what}, never from the change itself.`,
        ]
        : [];
    return {
        ...result,
        inputChanges: files.changes,
        notices: [...readFrom, ...files.changes.map((c) => c.message), ...result.notices],
    };
}
/** The `counts` output: counted findings by severity, after waivers, as JSON. */
function countsOutput(result) {
    return JSON.stringify(result.counts);
}
/** The `reasons` output: `[{code, message}]` as JSON. */
function reasonsOutput(result) {
    return JSON.stringify(result.reasons.map((r) => ({ code: r.code, message: r.message })));
}

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
// EXTERNAL MODULE: ./packages/gate/src/score.ts
var score = __webpack_require__(1599);
;// CONCATENATED MODULE: ./packages/gate/src/summary.ts


/** Waived findings listed in the summary; the rest are counted in one line (the job summary is capped at 1 MiB). */
const MAX_WAIVED_ROWS = 50;
/** Makes untrusted text (titles, paths, reasons) safe in markdown: core's one escape, cut at `max`. */
function mdText(text, max = 160) {
    return (0,markdown/* escapeMarkdown */.F)(text, max);
}
function where(f) {
    const loc = f.finding.location;
    if (loc)
        return loc.startLine !== undefined ? `${loc.path}:${loc.startLine}` : loc.path;
    const pkg = f.finding.package;
    if (pkg)
        return pkg.version !== undefined ? `${pkg.name}@${pkg.version}` : pkg.name;
    if (f.finding.image)
        return f.finding.image.ref;
    return '';
}
function findingRow(f, extra) {
    const id = f.finding.advisories?.[0] ?? f.finding.ruleId;
    return `| ${f.severity} | ${mdText(id, 60)} | ${mdText(where(f), 100)} | ${mdText(f.finding.title)} | ${mdText(f.sources.join(', '), 80)} |${extra}`;
}
/**
 * The job summary, GitHub-flavoured markdown: the verdict first, then why, allowed vs found for the
 * level, the score and its arithmetic, the scans, the top findings and the waivers. Findings carry
 * no secret values, and every scanner-supplied string is escaped.
 */
function renderGateSummary(result) {
    const out = [];
    const icon = result.verdict === 'pass' ? '✅' : '❌';
    out.push(`## ${icon} Quality gate: ${result.verdict.toUpperCase()}`, '');
    const commit = result.commitSha ? ` · commit \`${result.commitSha.slice(0, 12)}\`` : '';
    out.push(`Stage \`${result.stage}\` · system level ${result.systemLevel} · mode \`${result.mode}\`${commit}`);
    if (result.verdict === 'fail' && !result.fail) {
        out.push('', '> Report only (`fail: false`): this verdict does not fail the step.');
    }
    out.push('');
    if (result.reasons.length > 0) {
        out.push('### Why it failed', '');
        for (const r of result.reasons)
            out.push(`- \`${r.code}\` — ${mdText(r.message, 600)}`);
        out.push('');
    }
    const changes = result.inputChanges ?? [];
    if (changes.length > 0) {
        out.push('### Gate inputs changed by this change', '');
        for (const c of changes) {
            out.push(`- ⚠️ ${mdText(c.message, 400)}`);
            if (c.diff !== undefined) {
                // The diff is the change's own text: fenced longer than any backtick run inside it.
                const fence = '`'.repeat(Math.max(3, ...[...c.diff.matchAll(/`+/g)].map((x) => x[0].length + 1)));
                out.push('', `  <details><summary>diff of ${mdText(c.file, 120)}</summary>`, '', `${fence}diff`, c.diff.replace(/\n$/, ''), fence, '', '  </details>', '');
            }
        }
        out.push('');
    }
    const m = result.matrix;
    out.push(`### Allowed vs found — system level ${m.level} ${m.passed ? '✅' : '❌'}`, '', `Level ${m.level} counts findings of severity **${m.countsFrom}** and above.`, '', '| severity | allowed | found | |', '|---|---:|---:|---|');
    for (const row of m.rows) {
        const allowed = row.allowed === undefined ? '–' : String(row.allowed);
        const mark = row.allowed === undefined ? 'not counted' : row.ok ? '✅' : '❌ over';
        out.push(`| ${row.severity} | ${allowed} | ${row.found} | ${mark} |`);
    }
    out.push('');
    const s = result.score;
    out.push(`### Risk score: ${s.score} / 100 (threshold ${s.threshold}) ${s.passed ? '✅' : '❌'}`, '', `\`${(0,score/* renderScoreArithmetic */.DL)(s)}\` — passes at ${s.threshold} or above.`, '', '| severity | weight | found | points |', '|---|---:|---:|---:|');
    for (const t of s.terms)
        out.push(`| ${t.severity} | ${t.weight} | ${t.count} | ${t.points} |`);
    out.push(`| **total** | | | **${s.deducted}** |`, '');
    out.push('### Scans', '');
    if (result.requiredScans.length > 0) {
        const req = result.requiredScans
            .map((r) => `${r.kind} ${r.files.length > 0 ? '✅' : '❌ missing'}`)
            .join(' · ');
        out.push(`Required for stage \`${result.stage}\`: ${req}`, '');
    }
    if (result.scanners.length === 0) {
        out.push('No findings reports were read.', '');
    }
    else {
        out.push(`| report | action | scanner | target | status | findings | ${model/* SEVERITIES */.oC.map((x) => x[0].toUpperCase()).join('/')} |`, '|---|---|---|---|---|---:|---|');
        for (const r of result.scanners) {
            const status = r.status === 'complete' ? 'complete' : `❌ failed: ${mdText(r.reason ?? '', 200)}`;
            const sev = model/* SEVERITIES */.oC.map((x) => r.bySeverity[x]).join('/');
            out.push(`| ${mdText(r.file, 80)} | ${r.action} | ${mdText(`${r.scanner} ${r.version}`, 60)} | ${mdText(r.target, 100)} | ${status} | ${r.findings} | ${sev} |`);
        }
        out.push('');
    }
    const sup = result.suppressed;
    if (sup.total > 0) {
        const by = sup.by.map((b) => `by ${mdText(b.source, 80)}: ${b.count}`).join(', ');
        const how = sup.repo === 0
            ? 'none of them by the repository; they stay suppressed'
            : sup.policy === 'show'
                ? `${sup.repo} by the repository itself: they count as findings until a waiver covers them (\`repo-suppressions: show\`)`
                : sup.policy === 'honour'
                    ? `${sup.repo} by the repository itself: they stay suppressed (\`repo-suppressions: honour\`)`
                    : `${sup.repo} by the repository itself: the policy allows none (\`repo-suppressions: fail\`)`;
        out.push(`Suppressed ${sup.total} (${by}) — ${how}.`, '');
    }
    const counted = result.findings.filter((f) => f.status === 'counted').length;
    out.push(`### Top findings (${result.topFindings.length} of ${counted} counted)`, '');
    if (result.baseline) {
        out.push(`Mode \`new\`: ${result.baseline.existing} finding(s) already on the base branch (${result.baseline.reports} baseline report(s)) are not counted.`, '');
    }
    if (result.topFindings.length === 0)
        out.push('No counted findings.', '');
    else {
        out.push('| severity | id | where | title | sources |', '|---|---|---|---|---|');
        for (const f of result.topFindings)
            out.push(findingRow(f, ''));
        out.push('');
    }
    const w = result.waivers;
    const waived = result.findings.filter((f) => f.status === 'waived');
    if (w.used.length + w.expiring.length + w.expired.length + w.unused.length > 0) {
        out.push('### Waivers', '');
        if (w.used.length > 0) {
            out.push('| waiver | findings | expires | reason |', '|---|---:|---|---|');
            for (const u of w.used) {
                out.push(`| ${mdText(u.waiver.label, 60)} | ${u.findings} | ${u.waiver.expires} | ${mdText(u.waiver.reason)} |`);
            }
            out.push('');
        }
        for (const e of w.expiring) {
            out.push(`- ⚠️ ${mdText(e.waiver.label, 60)} expires ${e.waiver.expires} (in ${e.daysLeft} day${e.daysLeft === 1 ? '' : 's'})`);
        }
        for (const e of w.expired) {
            out.push(`- ⛔ ${mdText(e.waiver.label, 60)} expired ${e.waiver.expires} and no longer applies (${e.findings} finding(s) it covered are counted)`);
        }
        for (const u of w.unused)
            out.push(`- ${mdText(u.label, 60)} matched no finding`);
        if (w.expiring.length + w.expired.length + w.unused.length > 0)
            out.push('');
        if (waived.length > 0) {
            out.push(`Waived findings (${waived.length}, not counted):`, '', '| severity | id | where | title | sources | waiver |', '|---|---|---|---|---|---|');
            for (const f of waived.slice(0, MAX_WAIVED_ROWS)) {
                out.push(findingRow(f, ` ${mdText(f.waiver ?? '', 60)} |`));
            }
            if (waived.length > MAX_WAIVED_ROWS) {
                out.push('', `…and ${waived.length - MAX_WAIVED_ROWS} more waived finding(s).`);
            }
            out.push('');
        }
    }
    if (result.notices.length > 0) {
        out.push('### Notices', '');
        for (const n of result.notices)
            out.push(`- ${mdText(n, 400)}`);
        out.push('');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/run.ts





/** The action's outputs, by their action.yml names. */
const OUTPUTS = {
    verdict: 'verdict',
    riskScore: 'risk-score',
    counts: 'counts',
    reasons: 'reasons',
    summaryFile: 'summary-file',
};
function optional(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO_SHA = /^0+$/;
function field(value, ...path) {
    let v = value;
    for (const key of path) {
        if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key))
            return undefined;
        v = v[key];
    }
    return v;
}
function eventSha(event, eventName, ...path) {
    const v = field(event, ...path);
    if (typeof v === 'string' && FULL_SHA.test(v))
        return v;
    throw new errors/* InputError */.dz('event', `the ${eventName} event payload has no commit SHA at ${path.join('.')}, so the base commit whose policy and waivers apply is unknown; the gate does not fall back to the change's own files`);
}
/**
 * Where the gate's own inputs come from, by event: a pull request or merge group is a change under
 * review, so its base commit's policy, waivers and baselines apply; a push's baselines must be scans
 * of the commit before it. See docs/trust-model.md.
 */
function trustContext(eventName, event) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const n = field(event, 'pull_request', 'number');
            return {
                base: {
                    sha: eventSha(event, eventName, 'pull_request', 'base', 'sha'),
                    head: eventSha(event, eventName, 'pull_request', 'head', 'sha'),
                    what: `pull request${typeof n === 'number' ? ` #${n}` : ''}`,
                },
            };
        }
        case 'merge_group':
            return {
                base: {
                    sha: eventSha(event, eventName, 'merge_group', 'base_sha'),
                    head: eventSha(event, eventName, 'merge_group', 'head_sha'),
                    what: 'merge group',
                },
            };
        case 'push': {
            const before = field(event, 'before');
            return typeof before === 'string' && FULL_SHA.test(before) && !ZERO_SHA.test(before)
                ? { previousCommit: before }
                : {};
        }
        default:
            return {};
    }
}
/** Turns the action's inputs and runner context into the gate's configuration. */
function gateConfig(inputs, io) {
    const policy = optional(inputs.policy);
    const waivers = optional(inputs.waivers);
    const image = optional(inputs.image);
    const sha = optional(io.context.sha);
    const failOn = parseFailOn(inputs.failOn ?? '');
    return {
        // Default: where this job's scan actions write their reports.
        findings: inputs.findings.length > 0 ? inputs.findings : [(0,runtime/* findingsDir */.yd)(io.context)],
        systemLevel: parseSystemLevel(String(inputs.systemLevel ?? '')),
        stage: inputs.stage,
        fail: inputs.fail,
        mode: inputs.mode,
        baseline: inputs.baseline,
        ...(inputs.riskThreshold !== undefined ? { riskThreshold: inputs.riskThreshold } : {}),
        ...(failOn !== undefined ? { failOn } : {}),
        ...(policy !== undefined ? { policy } : {}),
        ...(waivers !== undefined ? { waivers } : {}),
        ...(image !== undefined ? { image } : {}),
        ...(sha !== undefined ? { commitSha: sha } : {}),
        ...trustContext(io.context.eventName, io.context.event),
    };
}
/** The comment's always-visible part: verdict, score and reasons; the full summary sits collapsed below. */
function commentHead(result) {
    const icon = result.verdict === 'pass' ? '✅' : '❌';
    const lines = [
        `### ${icon} Portcullis quality gate: **${result.verdict}**`,
        '',
        `Stage \`${result.stage}\` · system level ${result.systemLevel} · risk score ${result.score.score}/100 (passes at ${result.score.threshold})`,
    ];
    if (result.reasons.length > 0) {
        lines.push('', ...result.reasons.slice(0, 20).map((r) => `- \`${r.code}\`: ${(0,summary.md)(r.message)}`));
        if (result.reasons.length > 20)
            lines.push(`- … and ${result.reasons.length - 20} more`);
    }
    return lines.join('\n');
}
/**
 * One comment per pull request and stage, found by its marker and updated in place. A fork's
 * read-only token, a missing permission or an API failure is a notice, never a failed step: the
 * verdict stands on its own in the summary and the outputs.
 */
async function stickyComment(inputs, io, result, summary) {
    if (!inputs.githubToken) {
        io.log.info('The pull request comment was skipped: no github-token is available.');
        return;
    }
    const gh = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(65)]).then(__webpack_require__.bind(__webpack_require__, 6065));
    const context = gh.readGitHubContext(io.env);
    const client = gh.createGitHubClient(inputs.githubToken, {
        apiUrl: context.apiUrl,
        logger: io.log,
    });
    const outcome = await gh.upsertStickyComment(client, context, {
        key: `quality-gate/${result.stage}`,
        head: commentHead(result),
        details: [{ title: 'Full gate summary', body: summary }],
    }, io.log);
    if (outcome.status === 'skipped')
        io.log.info(outcome.message);
}
function failureMessage(result) {
    const first = result.reasons[0];
    const more = result.reasons.length > 1 ? ` (and ${result.reasons.length - 1} more reason(s))` : '';
    return `Quality gate failed: ${first ? `${first.code}: ${first.message}` : 'no reason recorded'}${more}. See the job summary.`;
}
/**
 * Runs the gate, publishes its outputs and summary, and returns the outcome: not ok only when the
 * verdict is fail and `fail` is true (the entry point then fails the step, once). Bad input (policy,
 * waivers, a mode without baseline) throws an InputError for the entry point to report.
 */
async function run(inputs, io, now = () => new Date()) {
    const result = runGate(gateConfig(inputs, io), { cwd: io.context.workspace, now });
    const summary = renderGateSummary(result);
    const dir = (0,external_node_path_.join)(io.context.runnerTemp, 'portcullis', 'quality-gate');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const summaryFile = (0,external_node_path_.join)(dir, 'summary.md');
    (0,external_node_fs_.writeFileSync)(summaryFile, `${summary}\n`);
    io.setOutput(OUTPUTS.verdict, result.verdict);
    io.setOutput(OUTPUTS.riskScore, result.score.score);
    io.setOutput(OUTPUTS.counts, countsOutput(result));
    io.setOutput(OUTPUTS.reasons, reasonsOutput(result));
    io.setOutput(OUTPUTS.summaryFile, summaryFile);
    io.writeSummary(summary);
    io.log.info(`Quality gate: ${result.verdict} (stage ${result.stage}, system level ${result.systemLevel}, risk score ${result.score.score}/${result.score.threshold})`);
    for (const reason of result.reasons)
        io.log.info(`  ${reason.code}: ${reason.message}`);
    for (const change of result.inputChanges ?? []) {
        io.annotate({ level: 'notice', title: 'Portcullis gate inputs', message: change.message });
    }
    for (const w of result.waivers.expiring) {
        io.log.warning(`waiver ${w.waiver.label} expires ${w.waiver.expires} (in ${w.daysLeft} day(s))`);
    }
    for (const w of result.waivers.expired) {
        io.log.warning(`waiver ${w.waiver.label} expired ${w.waiver.expires} and no longer applies`);
    }
    if (inputs.comment && io.context.eventName.startsWith('pull_request')) {
        await stickyComment(inputs, io, result, summary);
    }
    if (result.failStep)
        return { ok: false, message: failureMessage(result) };
    if (result.verdict === 'fail') {
        io.log.warning('The verdict is fail; the step passes because `fail` is false (report only).');
    }
    return { ok: true };
}


/***/ })

};
