export const id = 50;
export const ids = [50];
export const modules = {

/***/ 4050:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadPolicy = loadPolicy;
exports.loadWaivers = loadWaivers;
exports.runGate = runGate;
exports.countsOutput = countsOutput;
exports.reasonsOutput = reasonsOutput;
const node_path_1 = __webpack_require__(6760);
const core_1 = __webpack_require__(893);
const config_js_1 = __webpack_require__(8899);
const evaluate_js_1 = __webpack_require__(5078);
const imports_js_1 = __webpack_require__(5583);
const matrix_js_1 = __webpack_require__(6316);
const load_js_1 = __webpack_require__(7889);
const policy_js_1 = __webpack_require__(2575);
const trusted_js_1 = __webpack_require__(7870);
const waivers_js_1 = __webpack_require__(9572);
function readUserFile(fs, cwd, input, file) {
    const path = (0, node_path_1.isAbsolute)(file) ? file : (0, node_path_1.join)(cwd, file);
    if (fs.kind(path) !== 'file')
        throw new core_1.InputError(input, `${file} does not exist or is not a file`);
    try {
        return fs.readFile(path);
    }
    catch (error) {
        throw new core_1.InputError(input, `${file} cannot be read (${error.message})`);
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
        this.fs = ports.fs ?? load_js_1.nodeFileSystem;
        this.cwd = ports.cwd ?? process.cwd();
        this.git = ports.git ?? (0, trusted_js_1.nodeGit)(this.cwd);
        if (config.base !== undefined) {
            this.reader = new trusted_js_1.BaseReader(config.base, this.git, config_js_1.GATE_INPUTS.base);
            this.trustedFs = (0, trusted_js_1.baseFileSystem)(this.reader, this.git, this.cwd, this.fs);
        }
        else
            this.trustedFs = this.fs;
    }
    /** Whether the workspace holds a file at this path. */
    exists(file) {
        return this.fs.kind((0, node_path_1.isAbsolute)(file) ? file : (0, node_path_1.join)(this.cwd, file)) === 'file';
    }
    /**
     * The text the gate uses for an input file: the base commit's for a workspace file on a change
     * under review (undefined when the base has none), else the file itself (missing: InputError).
     */
    read(input, file) {
        const path = (0, node_path_1.isAbsolute)(file) ? file : (0, node_path_1.join)(this.cwd, file);
        const rel = (0, trusted_js_1.workspacePath)(path, this.cwd);
        if (this.reader === undefined || rel === undefined) {
            return readUserFile(this.fs, this.cwd, input, file);
        }
        const head = this.fs.kind(path) === 'file' ? this.fs.readFile(path) : undefined;
        const base = this.reader.read(rel, head);
        if (base.text === undefined && head === undefined) {
            throw new core_1.InputError(input, `${file} does not exist (neither at the base commit nor in the workspace)`);
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
        return policy_js_1.DEFAULT_POLICY;
    const text = files.read(config_js_1.GATE_INPUTS.policy, config.policy);
    if (text === undefined)
        return policy_js_1.DEFAULT_POLICY;
    return (0, policy_js_1.parsePolicy)(text, config.policy);
}
function loadPolicy(config, ports = {}) {
    return loadPolicyFrom(config, new InputFiles(config, ports));
}
function loadWaiversFrom(config, policy, now, files) {
    let file = config.waivers?.trim();
    if (file === undefined || file === '') {
        // The default file is looked for in the workspace; on a change under review it is then read
        // from the base. A change that deletes it only makes the verdict stricter.
        if (!files.exists(config_js_1.DEFAULT_WAIVERS_FILE))
            return waivers_js_1.EMPTY_WAIVERS;
        file = config_js_1.DEFAULT_WAIVERS_FILE;
    }
    const text = files.read(config_js_1.GATE_INPUTS.waivers, file);
    if (text === undefined)
        return waivers_js_1.EMPTY_WAIVERS;
    const source = (0, load_js_1.displayPath)((0, node_path_1.isAbsolute)(file) ? file : (0, node_path_1.join)(files.cwd, file), files.cwd);
    return (0, waivers_js_1.parseWaivers)(text, source, {
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
    (0, config_js_1.checkGateConfig)(config);
    const files = new InputFiles(config, ports);
    const now = (ports.now ?? (() => new Date()))();
    const loadedPolicy = loadPolicyFrom(config, files);
    const policy = config.failOn !== undefined
        ? { ...loadedPolicy, matrix: (0, matrix_js_1.applyFailOn)(loadedPolicy.matrix, config.failOn) }
        : loadedPolicy;
    const waivers = loadWaiversFrom(config, policy, now, files);
    const specs = (0, imports_js_1.parseImportSpecs)(config.imports ?? []);
    const baselineCommits = config.mode !== 'new'
        ? []
        : files.reader !== undefined
            ? files.reader.baselineCommits()
            : config.previousCommit !== undefined
                ? [config.previousCommit]
                : [];
    const evaluation = new evaluate_js_1.GateEvaluation({
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
    });
    // Reports are handed over a finding at a time: the evaluation keeps what it needs of each.
    const fs = files.fs;
    const found = (0, load_js_1.readReports)(config.findings, evaluation.findingsSink((path, file) => (indexes) => (0, load_js_1.rereadFindings)(fs, path, file, indexes)), fs, files.cwd, config_js_1.GATE_INPUTS.findings);
    evaluation.addProblems(found);
    // Imported files are this run's outputs, read like the findings reports.
    if (specs.length > 0)
        addImports(evaluation, specs, config, { fs, cwd: files.cwd, now });
    if (config.mode === 'new') {
        const baseline = (0, load_js_1.readReports)(config.baseline, evaluation.baselineSink(), files.trustedFs, files.cwd, config_js_1.GATE_INPUTS.baseline);
        evaluation.addBaselineProblems(baseline);
    }
    const result = evaluation.finish();
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
/**
 * Adds the imports' reports to the evaluation. An imported file names no commit: it stands for the
 * gated commit, or the one every findings report names; with neither there is nothing to bind it to.
 */
function addImports(evaluation, specs, config, ports) {
    const commits = evaluation.commits();
    const commitSha = config.commitSha ?? (commits.length === 1 ? commits[0] : undefined);
    if (commitSha === undefined) {
        throw new core_1.InputError('sha', 'imported files carry no commit; name the commit being gated (on a runner GITHUB_SHA is used)');
    }
    const imported = (0, imports_js_1.loadImports)(specs, { commitSha, ...ports });
    for (const r of imported.reports)
        evaluation.addReport(r);
    evaluation.addProblems(imported);
}
/** The `counts` output: counted findings by severity, after waivers, as JSON. */
function countsOutput(result) {
    return JSON.stringify(result.counts);
}
/** The `reasons` output: `[{code, message}]` as JSON. */
function reasonsOutput(result) {
    return JSON.stringify(result.reasons.map((r) => ({ code: r.code, message: r.message })));
}


/***/ }),

/***/ 5583:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseImportSpecs = parseImportSpecs;
exports.loadImports = loadImports;
const node_path_1 = __webpack_require__(6760);
const core_1 = __webpack_require__(893);
const imports_1 = __webpack_require__(6552);
const picomatch_1 = __importDefault(__webpack_require__(4006));
const config_js_1 = __webpack_require__(8899);
const load_js_1 = __webpack_require__(7889);
const reasons_js_1 = __webpack_require__(6192);
/**
 * Reads the `import` input's lines. A line without a known format is bad input (InputError naming
 * the line and the formats), never silently skipped.
 */
function parseImportSpecs(lines) {
    const specs = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '')
            continue;
        const colon = line.indexOf(':');
        const format = colon === -1 ? '' : line.slice(0, colon).trim().toLowerCase();
        const pattern = colon === -1 ? '' : line.slice(colon + 1).trim();
        if (colon === -1 || !((0, imports_1.isImportFormat)(format) || format === imports_1.AUTO_FORMAT)) {
            throw new core_1.InputError(config_js_1.GATE_INPUTS.import, `'${line}' is not FORMAT:PATH; FORMAT is one of ${[...imports_1.IMPORT_FORMATS, imports_1.AUTO_FORMAT].join(', ')} (e.g. sarif:results/codeql.sarif)`);
        }
        if (pattern === '') {
            throw new core_1.InputError(config_js_1.GATE_INPUTS.import, `'${line}' names no file after the format`);
        }
        specs.push({ format: format, pattern, line });
    }
    return specs;
}
function files(spec, fs, cwd) {
    if (picomatch_1.default.scan(spec.pattern).isGlob)
        return [...(0, load_js_1.resolveReportPaths)([spec.pattern], fs, cwd).files];
    const path = (0, node_path_1.isAbsolute)(spec.pattern) ? spec.pattern : (0, node_path_1.join)(cwd, spec.pattern);
    return fs.kind(path) === 'file' ? [path] : [];
}
/**
 * Turns every import into a findings report of action `import`, named after the tool and version
 * its file states. Fails closed: a line that matches no file is a `missing-import` reason; an
 * unreadable file, one whose format cannot be told, an empty file (the tool crashed), one that is
 * not what the tool writes or that says the tool did not complete becomes a failed report (a
 * `scan-failed` reason); the gate's age check then holds the file's own time (else its
 * modification time) against the policy's maximum report age.
 */
function loadImports(specs, options) {
    const fs = options.fs ?? load_js_1.nodeFileSystem;
    const reports = [];
    const problems = [];
    const notices = [];
    const seen = new Set();
    for (const spec of specs) {
        const matched = files(spec, fs, options.cwd);
        if (matched.length === 0) {
            problems.push({
                code: reasons_js_1.REASON_CODES.missingImport,
                message: `import '${spec.line}' matched no file; the tool's results are missing`,
            });
            continue;
        }
        for (const path of matched) {
            if (seen.has(path))
                continue;
            seen.add(path);
            const file = (0, load_js_1.displayPath)(path, options.cwd);
            const loaded = importFile(spec, path, file, fs, options);
            if ('problem' in loaded)
                problems.push(loaded.problem);
            else
                reports.push(loaded);
        }
    }
    return { reports, problems, notices };
}
function importFile(spec, path, file, fs, options) {
    let raw;
    try {
        raw = fs.readFile(path);
    }
    catch (error) {
        return {
            problem: {
                code: reasons_js_1.REASON_CODES.unreadableReport,
                message: `${file} (import '${spec.line}') cannot be read (${error.code ?? error.message})`,
            },
        };
    }
    const modified = fs.modified?.(path);
    const base = {
        commitSha: options.commitSha,
        startedAt: modified ?? options.now,
        finishedAt: modified ?? options.now,
    };
    let format;
    try {
        format = spec.format === imports_1.AUTO_FORMAT ? (0, imports_1.detectFormat)(raw) : spec.format;
    }
    catch (error) {
        if (!(error instanceof core_1.ScanFailedError))
            throw error;
        return {
            problem: {
                code: reasons_js_1.REASON_CODES.invalidReport,
                message: `${file} (import '${spec.line}'): ${error.message}`,
            },
        };
    }
    const init = (scanner, target) => ({
        action: core_1.IMPORT_ACTION,
        scanner,
        target: target ?? { kind: 'path', name: file },
        imported: { format, file },
        ...base,
    });
    let report;
    try {
        const scan = (0, imports_1.importScan)(format, raw, {
            workspace: options.cwd,
            readLines: lineReader(fs, options.cwd),
        });
        const at = scan.finishedAt ?? modified ?? options.now;
        report = (0, core_1.completeReport)({ ...init(scan.scanner, scan.target), startedAt: at, finishedAt: at, notices: scan.notices }, scan.findings);
    }
    catch (error) {
        if (!(error instanceof core_1.ScanFailedError))
            throw error;
        report = (0, core_1.failedReport)(init({ name: (0, imports_1.formatTool)(format), version: 'unknown' }), `imported ${format} file ${file}: ${error.message}`);
    }
    return { file, report };
}
/** Reads workspace lines for content fingerprints, as the scan actions do. */
function lineReader(fs, cwd) {
    const cache = new Map();
    return (path, start, end) => {
        if (!cache.has(path)) {
            let lines;
            try {
                lines = fs.readFile((0, node_path_1.join)(cwd, path)).split(/\r?\n/);
            }
            catch {
                lines = undefined;
            }
            cache.set(path, lines);
        }
        const lines = cache.get(path);
        if (!lines || start < 1 || end < start || end > lines.length)
            return undefined;
        return lines.slice(start - 1, end).join('\n');
    };
}


/***/ }),

/***/ 7889:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPORT_SUFFIX = exports.MAX_WALK_ENTRIES = exports.nodeFileSystem = void 0;
exports.resolveReportPaths = resolveReportPaths;
exports.displayPath = displayPath;
exports.rereadFindings = rereadFindings;
exports.readReports = readReports;
exports.loadReports = loadReports;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const core_1 = __webpack_require__(893);
const picomatch_1 = __importDefault(__webpack_require__(4006));
const reasons_js_1 = __webpack_require__(6192);
const report_blocks_js_1 = __webpack_require__(7022);
exports.nodeFileSystem = {
    readFile: (path) => (0, node_fs_1.readFileSync)(path, 'utf8'),
    kind(path) {
        try {
            const s = (0, node_fs_1.statSync)(path);
            return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : undefined;
        }
        catch {
            return undefined;
        }
    },
    list: (path) => (0, node_fs_1.readdirSync)(path),
    realpath: (path) => (0, node_fs_1.realpathSync)(path),
    blocks: report_blocks_js_1.fileBlocks,
    modified(path) {
        try {
            return (0, node_fs_1.statSync)(path).mtime;
        }
        catch {
            return undefined;
        }
    },
};
// Deep enough for any artifact layout; a folder walk stops there and at this many entries.
const MAX_DEPTH = 32;
exports.MAX_WALK_ENTRIES = 100_000;
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
        if (w.entries > exports.MAX_WALK_ENTRIES) {
            w.problem = {
                entry: w.entry,
                message: `${w.entry}: more than ${exports.MAX_WALK_ENTRIES.toLocaleString('en')} entries below it; give the folder that holds the reports`,
            };
            return;
        }
        const path = (0, node_path_1.join)(dir, name);
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
function resolveReportPaths(entries, fs = exports.nodeFileSystem, cwd = process.cwd()) {
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
        const scan = picomatch_1.default.scan(entry);
        if (!scan.isGlob) {
            const path = (0, node_path_1.isAbsolute)(entry) ? entry : (0, node_path_1.join)(cwd, entry);
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
        const base = scan.base === '' ? cwd : (0, node_path_1.isAbsolute)(scan.base) ? scan.base : (0, node_path_1.join)(cwd, scan.base);
        const match = (0, picomatch_1.default)(scan.glob, { dot: true });
        let found = [];
        if (fs.kind(base) === 'directory') {
            const walked = walkFolder(fs, entry, base);
            found = walked.files;
            if (walked.problem)
                problems.push(walked.problem);
        }
        const matched = found.filter((f) => match((0, node_path_1.relative)(base, f).split(node_path_1.sep).join('/')));
        if (matched.length === 0)
            empty.push(entry);
        matched.forEach(add);
    }
    return { files, named, missingFiles, empty, problems };
}
/** How scan actions name their reports; such a file is always read as a report. */
exports.REPORT_SUFFIX = '.findings.json';
function claimsToBeReport(data) {
    return (data !== null &&
        typeof data === 'object' &&
        data.schema === core_1.REPORT_SCHEMA_ID);
}
function displayPath(path, cwd) {
    const rel = (0, node_path_1.relative)(cwd, path);
    return rel !== '' && !rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel) ? rel.split(node_path_1.sep).join('/') : path;
}
/**
 * Findings of a report file by their index, read again in blocks (the few findings a summary
 * shows that were not kept); throws ReportError when the file no longer holds them.
 */
function rereadFindings(fs, path, file, indexes) {
    const found = new Map();
    const blocks = fs.blocks?.(path) ?? [Buffer.from(fs.readFile(path))];
    (0, report_blocks_js_1.parseReportBlocks)(blocks, (value, index) => {
        if (indexes.has(index))
            found.set(index, (0, core_1.validateFinding)(value, file, index));
    });
    return found;
}
/**
 * Reads every report the entries name and hands each to the sink as soon as it is read and
 * validated, so a sink that keeps only what it needs holds one report (or, with `finding` and a
 * file system that reads in blocks, one finding) at a time. A file that cannot be read, is not
 * JSON or fails the schema becomes a named reason and none of its findings count; the remaining
 * reports are still read so the summary shows all of them. Files found in a folder or by a glob
 * are read as reports when they are named `*.findings.json` or carry the report schema id; other
 * JSON there (an SBOM, a raw scanner output) is skipped with a notice. A file named on its own is
 * always a report.
 */
function readReports(entries, sink, fs = exports.nodeFileSystem, cwd = process.cwd(), what = 'findings') {
    const resolved = resolveReportPaths(entries, fs, cwd);
    const problems = [];
    const notices = [];
    for (const missing of resolved.missingFiles) {
        problems.push({
            code: reasons_js_1.REASON_CODES.unreadableReport,
            message: `${missing} (named in ${what}) does not exist`,
        });
    }
    for (const entry of resolved.empty) {
        notices.push(`${what}: ${entry} matched no report files`);
    }
    // A walk that could not finish may have missed reports: that is a failure, never a smaller pass.
    for (const p of resolved.problems) {
        problems.push({ code: reasons_js_1.REASON_CODES.unreadableReport, message: `${what}: ${p.message}` });
    }
    const stream = sink.finding !== undefined && fs.blocks !== undefined;
    for (const path of resolved.files) {
        const file = displayPath(path, cwd);
        let streamed = 0;
        let badFinding;
        const onFinding = (value, index) => {
            if (badFinding)
                return;
            try {
                sink.finding?.((0, core_1.validateFinding)(value, file, index));
                streamed++;
            }
            catch (error) {
                if (!(error instanceof core_1.ReportError))
                    throw error;
                badFinding = error;
            }
        };
        const json = stream
            ? readJsonBlocks(fs, path, file, problems, onFinding)
            : readJson(fs, path, file, problems);
        const fail = (problem) => {
            if (problem)
                problems.push(problem);
            if (streamed > 0 || badFinding)
                sink.discard?.();
        };
        if (json === undefined) {
            fail();
            continue;
        }
        const data = json.value;
        if (!resolved.named.has(path) && !path.endsWith(exports.REPORT_SUFFIX) && !claimsToBeReport(data)) {
            // Scan actions write SBOMs and other JSON beside their reports; only reports are read. The
            // SBOMs they write are expected there and skipped quietly; anything else is named.
            if (!isSbom(data))
                notices.push(`${file} is not a findings report; skipped`);
            fail();
            continue;
        }
        let report;
        try {
            report = (0, core_1.validateReport)(data, file);
            if (badFinding)
                throw badFinding;
            if (streamed > 0 && report.findings.length > 0) {
                throw new core_1.ReportError(file, 'has more than one findings member');
            }
        }
        catch (error) {
            if (!(error instanceof core_1.ReportError))
                throw error;
            fail({ code: reasons_js_1.REASON_CODES.invalidReport, message: error.message });
            continue;
        }
        // A sink that takes findings one at a time gets them so from a file read whole too (a file
        // system without blocks; findings written under an escaped key, "f\u0069ndings").
        if (sink.finding && report.findings.length > 0) {
            for (const f of report.findings)
                sink.finding(f);
            report = { ...report, findings: [] };
        }
        sink.report({ file, report }, path);
    }
    return { problems, notices };
}
/** The report read in blocks: findings go to `onFinding`, the rest is returned; undefined with a reason added when it cannot be read or is not JSON. */
function readJsonBlocks(fs, path, file, problems, onFinding) {
    try {
        return { value: (0, report_blocks_js_1.parseReportBlocks)(fs.blocks(path), onFinding) };
    }
    catch (error) {
        problems.push(error instanceof SyntaxError ? notJson(file, error) : unreadable(file, error));
        return undefined;
    }
}
/** The reason for a report that cannot be read (a missing file, a folder, no permission). */
function unreadable(file, error) {
    const code = error.code;
    return {
        code: reasons_js_1.REASON_CODES.unreadableReport,
        message: `${file} cannot be read (${code ?? error.message})`,
    };
}
/** The reason for a report that is not JSON. */
function notJson(file, error) {
    return {
        code: reasons_js_1.REASON_CODES.unreadableReport,
        message: `${file} is not valid JSON (${error.message})`,
    };
}
/** The file's JSON (the text is dropped as soon as it is parsed), or undefined with a reason added. */
function readJson(fs, path, file, problems) {
    let text;
    try {
        text = fs.readFile(path);
    }
    catch (error) {
        problems.push(unreadable(file, error));
        return undefined;
    }
    try {
        return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
    }
    catch (error) {
        problems.push(notJson(file, error));
        return undefined;
    }
}
/** Every report the entries name, held in memory (see readReports for what is read and how). */
function loadReports(entries, fs = exports.nodeFileSystem, cwd = process.cwd(), what = 'findings') {
    const reports = [];
    const sink = { report: (r) => reports.push(r) };
    const { problems, notices } = readReports(entries, sink, fs, cwd, what);
    return { reports, problems, notices };
}
/** A CycloneDX or SPDX document (what scan-deps and scan-image write beside their reports). */
function isSbom(data) {
    if (typeof data !== 'object' || data === null)
        return false;
    const doc = data;
    return doc.bomFormat === 'CycloneDX' || typeof doc.spdxVersion === 'string';
}


/***/ }),

/***/ 7022:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fileBlocks = fileBlocks;
exports.parseReportBlocks = parseReportBlocks;
const node_fs_1 = __webpack_require__(3024);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const FINDINGS_KEY = Buffer.from('findings');
const BLOCK_SIZE = 4 * 1024 * 1024;
/**
 * Where one finding ends and the next begins in a report this suite wrote (compact JSON, as the
 * scan pipeline writes it, each finding's fingerprint first). Outside a string these bytes can only be such a boundary or the
 * same text in a nested array; inside one the quote would end the string. So a run of findings
 * cut at them either parses as exactly those findings or does not parse (see fastRun).
 */
const BOUNDARY = Buffer.from('},{"fingerprint":');
/**
 * About how many bytes of findings are parsed at once on the fast path: a few dozen findings per
 * JSON.parse call; far larger runs outlive the young generation and cost more than they save.
 */
const RUN_BYTES = 16 * 1024;
/** The buffer of the last file read to its end, for the next one (files are read one at a time). */
let spareBlock;
/**
 * A file's bytes in blocks of a few MB, so a report of any size is never one string. Each block
 * is read into the same buffer: a block is only valid until the next one is asked for (what
 * parseReportBlocks keeps of it, it copies), and no garbage buffers pile up outside the heap. The
 * buffer passes on to the next file read, so reading twenty reports does not leave twenty buffers
 * for the collector.
 */
function* fileBlocks(path) {
    const fd = (0, node_fs_1.openSync)(path, 'r');
    const block = spareBlock ?? Buffer.allocUnsafe(BLOCK_SIZE);
    spareBlock = undefined;
    try {
        for (;;) {
            const n = (0, node_fs_1.readSync)(fd, block, 0, BLOCK_SIZE, null);
            if (n === 0)
                return;
            yield block.subarray(0, n);
        }
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
        spareBlock = block;
    }
}
function indexOrEnd(block, byte, from) {
    const at = block.indexOf(byte, from);
    return at === -1 ? block.length : at;
}
function isSpace(b) {
    return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
/**
 * The findings between `start` (where one begins) and a boundary at least RUN_BYTES on (or the
 * block's last boundary), parsed at once: `end` is the index of the boundary's comma. Undefined
 * when the block has no boundary after `start` (`end` -1) or the run is not a list of JSON values
 * (`end` the boundary tried). A list that parses is the findings themselves: were a boundary
 * inside a finding, the text before it would be an unfinished value, which does not parse.
 */
function fastRun(block, start) {
    let at = block.indexOf(BOUNDARY, Math.min(start + RUN_BYTES, block.length));
    if (at === -1)
        at = block.lastIndexOf(BOUNDARY);
    if (at <= start)
        return { end: -1 };
    try {
        return {
            values: JSON.parse(`[${block.toString('utf8', start, at + 1)}]`),
            end: at + 1,
        };
    }
    catch {
        return { end: at + 1 };
    }
}
/**
 * Reads a JSON object whose `findings` member is a long array without holding the whole text:
 * each element of the top-level `findings` array is parsed on its own (native JSON.parse of its
 * bytes) and handed to `onFinding`; the rest of the document, with `findings` emptied, is parsed
 * at the end and returned. Every byte goes through JSON.parse once, so a document that is not
 * valid JSON throws (a SyntaxError), as JSON.parse of the whole text would; elements already
 * handed over before the error are the caller's to discard.
 */
function parseReportBlocks(blocks, onFinding) {
    const header = [];
    let element = [];
    let depth = 0;
    let inString = false;
    let escaped = false;
    let first = true;
    // The top-level object's key being read, and whether the value after it is being read.
    let key;
    let lastKey = '';
    let afterColon = false;
    let inFindings = false;
    let seenFindings = false;
    let elementHasBytes = false;
    let elements = 0;
    let commas = 0;
    // Runs of findings are parsed at once from here on (see fastRun); before it, one at a time.
    let fastFrom = 0;
    // An element inside one block is decoded from it directly; one across blocks from copies.
    const finishElement = (block, start, end) => {
        let text;
        if (element.length === 0)
            text = block.toString('utf8', start, end);
        else {
            element.push(block.subarray(start, end));
            text = Buffer.concat(element).toString('utf8');
            element = [];
        }
        elementHasBytes = false;
        onFinding(JSON.parse(text), elements++);
    };
    for (const bytes of blocks) {
        let block = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        if (first) {
            first = false;
            if (block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf)
                block = block.subarray(3);
        }
        // Where the current header or element run started in this block.
        let runStart = 0;
        // Next quote and backslash at or after the scan position (block.length: none).
        let nextQuote = -1;
        let nextBackslash = -1;
        fastFrom = 0;
        for (let i = 0; i < block.length; i++) {
            if (inString && key === undefined && !escaped) {
                // Inside a string only a quote or a backslash matters: jump to the next one (native search).
                if (nextQuote < i)
                    nextQuote = indexOrEnd(block, QUOTE, i);
                if (nextBackslash < i)
                    nextBackslash = indexOrEnd(block, BACKSLASH, i);
                i = Math.min(nextQuote, nextBackslash);
                if (i >= block.length)
                    break;
            }
            const b = block[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (b === BACKSLASH)
                    escaped = true;
                else if (b === QUOTE) {
                    inString = false;
                    if (key !== undefined) {
                        lastKey = Buffer.from(key).equals(FINDINGS_KEY) ? 'findings' : 'other';
                        key = undefined;
                    }
                }
                else if (key !== undefined && key.length <= FINDINGS_KEY.length)
                    key.push(b);
                continue;
            }
            if (inFindings && depth === 2) {
                // Between the elements of the findings array.
                if (b === COMMA) {
                    if (!elementHasBytes)
                        throw new SyntaxError('an empty element in the findings array');
                    commas++;
                    finishElement(block, runStart, i);
                    runStart = i + 1;
                    continue;
                }
                if (b === CLOSE_ARRAY) {
                    if (elementHasBytes)
                        finishElement(block, runStart, i);
                    else if (commas > 0)
                        throw new SyntaxError('an empty element in the findings array');
                    element = [];
                    inFindings = false;
                    depth = 1;
                    runStart = i;
                    continue;
                }
                if (b === CLOSE_OBJECT)
                    throw new SyntaxError('the findings array is not closed');
                if (b === OPEN_OBJECT && !elementHasBytes && element.length === 0 && i >= fastFrom) {
                    const run = fastRun(block, i);
                    if (run.values !== undefined) {
                        for (const value of run.values)
                            onFinding(value, elements++);
                        // On at the boundary's comma, as if each finding had been read byte by byte.
                        commas++;
                        i = run.end;
                        runStart = i + 1;
                        continue;
                    }
                    fastFrom = run.end === -1 ? block.length : run.end;
                }
                if (!isSpace(b))
                    elementHasBytes = true;
            }
            if (b === QUOTE) {
                inString = true;
                if (depth === 1 && !afterColon)
                    key = [];
            }
            else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
                if (b === OPEN_ARRAY && depth === 1 && afterColon && lastKey === 'findings') {
                    if (seenFindings)
                        throw new SyntaxError('more than one findings member');
                    seenFindings = true;
                    header.push(Buffer.from(block.subarray(runStart, i + 1)));
                    inFindings = true;
                    runStart = i + 1;
                }
                depth++;
            }
            else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
                depth--;
            }
            else if (depth === 1) {
                if (b === COLON)
                    afterColon = true;
                else if (b === COMMA)
                    afterColon = false;
            }
        }
        // The rest of the block belongs to the run it is in (copied: the block is not kept).
        if (runStart < block.length)
            (inFindings ? element : header).push(Buffer.from(block.subarray(runStart)));
    }
    return JSON.parse(Buffer.concat(header).toString('utf8'));
}


/***/ }),

/***/ 7870:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BaseReader = void 0;
exports.nodeGit = nodeGit;
exports.workspacePath = workspacePath;
exports.baseFileSystem = baseFileSystem;
const node_child_process_1 = __webpack_require__(1421);
const node_path_1 = __webpack_require__(6760);
const core_1 = __webpack_require__(893);
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
            const stdout = (0, node_child_process_1.execFileSync)('git', args, {
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
    const rel = (0, node_path_1.relative)((0, node_path_1.resolve)(cwd), (0, node_path_1.resolve)(cwd, file));
    if (rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        return undefined;
    return rel.split(node_path_1.sep).join('/');
}
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
        if (!core_1.FULL_COMMIT_SHA.test(base.sha)) {
            throw new core_1.InputError(input, `the base commit must be a full SHA (got '${base.sha}')`);
        }
    }
    /** Throws a clear InputError when the base commit is not in the checkout. */
    requireBase() {
        if (this.checked)
            return;
        const r = this.git(['cat-file', '-e', `${this.base.sha}^{commit}`]);
        if (r.status !== 0) {
            throw new core_1.InputError(this.input, `the base commit ${this.base.sha} of the ${this.base.what} is not in the checkout, so the gate cannot read its policy, waivers and baselines from it (they are never read from the change itself). Check out with fetch-depth: 0`);
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
        if (r.status === 0 && core_1.FULL_COMMIT_SHA.test(mb) && !commits.includes(mb))
            commits.push(mb);
        return commits;
    }
}
exports.BaseReader = BaseReader;
/**
 * A file system that shows the workspace as the base commit holds it: paths inside `cwd` are read
 * from the commit's tree (git plumbing, no filters), paths outside from `outside` unchanged (they are
 * the workflow's own: an organisation policy checkout, this run's downloaded artifacts).
 */
function baseFileSystem(reader, git, cwd, outside) {
    const spec = (path) => {
        const rel = (0, node_path_1.relative)((0, node_path_1.resolve)(cwd), (0, node_path_1.resolve)(cwd, path));
        if (rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
            return undefined;
        reader.requireBase();
        return `${reader.base.sha}:${rel.split(node_path_1.sep).join('/')}`;
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


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SARIF_CATEGORY_PREFIX = void 0;
exports.categorySlug = categorySlug;
exports.sarifCategory = sarifCategory;
/** Every category this suite uploads starts with this, so its analyses never collide with others'. */
exports.SARIF_CATEGORY_PREFIX = 'portcullis';
/**
 * A slug for one part of a category: lower-case ASCII letters, digits, `.`, `_` and `-`, runs of
 * anything else collapsed to one `-`. An image digest is dropped so a category names the image,
 * not one build of it (a new digest must replace the previous analysis, not sit beside it).
 */
function categorySlug(part) {
    const withoutDigest = part.replace(/@sha256:[0-9a-f]{64}/gi, '');
    const slug = withoutDigest
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    return slug === '' ? 'default' : slug.slice(0, 80).replace(/[-.]+$/, '');
}
/**
 * The `runs[].automationDetails.id` for one scanner run, e.g. `portcullis/scan-iac/trivy/infra/`.
 * Code scanning keeps one analysis per category and replaces it on the next upload with the same
 * category, so the value must be stable across runs of the same scan and distinct between scans
 * (another engine or target) that should not replace each other. The trailing slash tells GitHub
 * the whole string is the category, with no run id after it
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#runautomationdetails-object).
 */
function sarifCategory(action, engine, target) {
    return `${exports.SARIF_CATEGORY_PREFIX}/${action}/${categorySlug(engine)}/${categorySlug(target)}/`;
}


/***/ }),

/***/ 5089:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__webpack_require__(733), exports);
__exportStar(__webpack_require__(3220), exports);
__exportStar(__webpack_require__(4902), exports);
__exportStar(__webpack_require__(6647), exports);
__exportStar(__webpack_require__(7066), exports);


/***/ }),

/***/ 3220:
/***/ ((__unused_webpack_module, exports) => {


/**
 * `partialFingerprints.primaryLocationLineHash`, computed the way github/codeql-action's
 * upload step computes it (src/fingerprints.ts, `hash`), so the value we write is the value
 * upload-sarif would compute itself and never triggers its "inconsistent fingerprint" warning.
 *
 * The recipe, per line: drop spaces and tabs; turn CR, LF and CRLF into a single LF; append one
 * end-of-file marker (0xFFFF) and then zeros; take the 100 characters (UTF-16 code units) that
 * start at the line's first kept character and hash them as a base-37 polynomial modulo 2^64
 * (a rolling hash over the whole file). The hex value gets a `:<n>` suffix, n counting how often
 * that hash has appeared so far in the file, so repeated lines stay distinct. A file ending in a
 * newline has one more (empty) line, as in codeql-action.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.computeLineHashes = computeLineHashes;
const BLOCK_SIZE = 100;
const MOD = 37;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const EOF = 0xffff;
const TWO_32 = 0x1_0000_0000;
/*
 * The hash is a 64-bit unsigned integer kept as two unsigned 32-bit halves (hi, lo): every
 * product below stays under 2^53, so plain numbers are exact and no BigInt is made per character.
 */
/** 37^BLOCK_SIZE mod 2^64 as [hi, lo]: the weight a character has when it leaves the window. */
const [LEAVING_HI, LEAVING_LO] = (() => {
    let hi = 0;
    let lo = 1;
    for (let i = 0; i < BLOCK_SIZE; i++) {
        const low = lo * MOD;
        lo = low >>> 0;
        hi = (Math.imul(hi, MOD) + Math.floor(low / TWO_32)) >>> 0;
    }
    return [hi, lo];
})();
/** The unsigned 64-bit value (hi, lo) in lowercase hex without leading zeros, as BigInt prints it. */
function hex64(hi, lo) {
    return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}
/**
 * Hashes of every line of `text`, index 0 for line 1. Lines are counted as codeql-action counts
 * them (see above), which for ordinary text equals `text.split(/\r\n|\r|\n/).length`.
 */
function computeLineHashes(text) {
    // UTF-16 code units (and the 0xFFFF marker) fit 16 bits.
    const window = new Uint16Array(BLOCK_SIZE);
    // For each window slot: the line number that starts at that character, or 0.
    const lineAt = new Int32Array(BLOCK_SIZE);
    const hashes = [];
    const seen = new Map();
    const emit = (line, hi, lo) => {
        const hex = hex64(hi, lo);
        const n = (seen.get(hex) ?? 0) + 1;
        seen.set(hex, n);
        hashes[line - 1] = `${hex}:${n}`;
    };
    // One loop over the text, then the end-of-file marker, then BLOCK_SIZE zeros that flush the
    // window; all state in locals, as this runs once per character of every file.
    let hashHi = 0;
    let hashLo = 0;
    let index = 0;
    let lineNumber = 0;
    let lineStart = true;
    let prevCR = false;
    const length = text.length;
    const end = length + 1 + BLOCK_SIZE;
    for (let i = 0; i < end; i++) {
        let code = i < length ? text.charCodeAt(i) : i === length ? EOF : 0;
        if (code === SPACE || code === TAB || (prevCR && code === LF)) {
            prevCR = false;
            continue;
        }
        if (code === CR) {
            code = LF;
            prevCR = true;
        }
        else {
            prevCR = false;
        }
        const startsHere = lineAt[index];
        if (startsHere !== 0) {
            emit(startsHere, hashHi, hashLo);
            lineAt[index] = 0;
        }
        if (lineStart) {
            lineStart = false;
            lineAt[index] = ++lineNumber;
        }
        if (code === LF)
            lineStart = true;
        // hash = (37 * hash + code - LEAVING * leaving) mod 2^64
        const leaving = window[index];
        window[index] = code;
        // 37 * hash: the low half's product is under 2^38, its carry goes into the high half.
        const low = hashLo * MOD;
        let hi = Math.imul(hashHi, MOD) + Math.floor(low / TWO_32);
        // LEAVING * leaving (leaving < 2^16): the low product is under 2^48.
        const out = LEAVING_LO * leaving;
        hi -= Math.imul(LEAVING_HI, leaving) + Math.floor(out / TWO_32);
        // Low half plus code minus the low product's low half lies in (-2^32, 2^33): its floor is
        // the carry or borrow.
        const sum = (low >>> 0) + code - (out >>> 0);
        hashLo = sum >>> 0;
        hashHi = (hi + Math.floor(sum / TWO_32)) >>> 0;
        index = index + 1 === BLOCK_SIZE ? 0 : index + 1;
    }
    return hashes;
}


/***/ }),

/***/ 4902:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UNKNOWN_TOOL = exports.SARIF_LEVELS = void 0;
exports.readSarif = readSarif;
exports.sarifToFindings = sarifToFindings;
exports.parseSarif = parseSarif;
exports.readSarifLog = readSarifLog;
const core_1 = __webpack_require__(893);
const core_2 = __webpack_require__(893);
const results_slices_js_1 = __webpack_require__(687);
const uri_js_1 = __webpack_require__(6647);
const writer_js_1 = __webpack_require__(7066);
/*
 * The generic importer: any tool's SARIF 2.1.0 to findings. Untrusted input is walked as
 * `unknown`; what the schema requires and is missing makes the scan fail, what is optional and odd
 * is tolerated (real tools write plenty of both, see the corpus).
 */
exports.SARIF_LEVELS = ['error', 'warning', 'note', 'none'];
/** The tool name given to a run that names none. */
exports.UNKNOWN_TOOL = 'unknown tool';
function executionFailures(run, runIndex, toolName) {
    const out = [];
    arr(run.invocations).forEach((value, i) => {
        const inv = obj(value);
        if (!inv)
            return;
        const where = `${toolName} (run ${runIndex}, invocation ${i})`;
        if (inv.executionSuccessful === false) {
            const exit = int(inv.exitCode);
            const why = str(inv.exitCodeDescription) ?? str(inv.exitSignalName);
            out.push(`${where} did not execute successfully${exit !== undefined ? ` (exit code ${exit})` : ''}${why ? `: ${why}` : ''}`);
        }
        for (const n of arr(inv.toolExecutionNotifications)) {
            const note = obj(n);
            if (note?.level !== 'error')
                continue;
            const message = (text(note.message) ?? 'no message').split('\n')[0]?.slice(0, 300);
            out.push(`${where} reported an error: ${message}`);
        }
    });
    return out;
}
function obj(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function int(value) {
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
const EMPTY = Object.freeze([]);
function arr(value) {
    return Array.isArray(value) ? value : EMPTY;
}
function text(value) {
    return str(obj(value)?.text);
}
function isLevel(value) {
    return typeof value === 'string' && exports.SARIF_LEVELS.includes(value);
}
/**
 * Parses SARIF text (a UTF-8 byte-order mark is tolerated). Anything that is not a SARIF 2.1.0
 * log throws ScanFailedError: unreadable scanner output is a failed scan, never "no findings".
 */
function readSarif(raw) {
    let data;
    try {
        data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    }
    catch (error) {
        throw new core_2.ScanFailedError(`The SARIF output is not valid JSON (${(0, core_1.describeJsonError)(error)}); check that the tool wrote SARIF and nothing else to the file.`, { cause: error });
    }
    return checkLog(data);
}
function checkLog(data) {
    const log = obj(data);
    if (!log)
        throw new core_2.ScanFailedError('The SARIF output is not a JSON object.');
    if (log.version !== '2.1.0') {
        throw new core_2.ScanFailedError(`The SARIF output has version ${JSON.stringify(log.version)}; only SARIF 2.1.0 is read. ` +
            'Ask the tool for SARIF 2.1.0 output.');
    }
    if (!Array.isArray(log.runs)) {
        throw new core_2.ScanFailedError('The SARIF output has no "runs" array, so it is not a SARIF log.');
    }
    return log;
}
/**
 * Sets a finding's members in their output order. Run as a constructor (see PlainFinding), V8
 * gives every finding room for all its members in the object itself, where a literal grown member
 * by member moves them to a separate store that is copied as it grows (measured: ~5 % of
 * importing a 100,000-result log).
 */
function initFinding(fingerprint, category, ruleId, title, description, rule, severity, scannerSeverity, location, helpUri, references, cwe, advisories, git, suppression, sources) {
    this.fingerprint = fingerprint;
    this.category = category;
    this.ruleId = ruleId;
    this.title = title;
    if (description !== undefined)
        this.description = description;
    if (rule !== undefined)
        this.rule = rule;
    this.severity = severity;
    this.scannerSeverity = scannerSeverity;
    if (location)
        this.location = location;
    if (helpUri) {
        this.helpUri = helpUri;
        this.references = references;
    }
    if (cwe.length > 0)
        this.cwe = cwe;
    if (advisories.length > 0)
        this.advisories = advisories;
    if (git)
        this.git = git;
    if (suppression)
        this.suppression = suppression;
    this.sources = sources;
}
// Its objects are plain objects: Object.prototype is their prototype, Object their constructor.
initFinding.prototype = Object.prototype;
const PlainFinding = initFinding;
/** Result kinds that say "no problem here": they are not findings (SARIF §3.27.9). */
const NOT_PROBLEMS = new Set(['pass', 'notApplicable']);
/**
 * Category heuristic, first match wins:
 * 1. a rule or result tag that names a category (`secret`, `vulnerability`, `misconfiguration`,
 *    `license`, `compliance`, `signature`; plural forms too), as trivy and this suite write;
 * 2. `secret` for secret scanners (gitleaks, trufflehog, …) and for rules whose id, name or tags
 *    speak of secrets, credentials, passwords, tokens or keys (CKV_SECRET_*, semgrep `secrets.*`);
 * 3. `vulnerability` when the rule names an advisory (CVE, GHSA, GO, PYSEC, RUSTSEC ids) or the
 *    tool is a dependency scanner (grype, osv-scanner, dependency-check, …);
 * 4. `misconfiguration` for everything else (IaC checks, code analysis, linters).
 */
const SECRET_TOOLS = /gitleaks|trufflehog|detect-secrets|secretlint|ggshield|noseyparker|talisman/i;
const SECRET_WORDS = /secret|credential|password|passwd|private[-_ ]?key|api[-_ ]?key|access[-_ ]?key|(?:^|[^a-z])token/i;
const VULNERABILITY_TOOLS = /grype|osv-scanner|dependency-check|retire|snyk|npm-audit|pip-audit|govulncheck|dependabot/i;
const ADVISORY = /\b(CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}|GO-\d{4}-\d{4,}|PYSEC-\d{4}-\d+|RUSTSEC-\d{4}-\d{4})/gi;
function categoryFromTag(tag) {
    const t = tag.trim().toLowerCase();
    for (const c of core_2.CATEGORIES)
        if (t === c || t === `${c}s`)
            return c;
    if (t === 'vulnerabilities')
        return 'vulnerability';
    return undefined;
}
function guessCategory(tool, ruleId, ruleName, tags, advisories) {
    const tagged = tags.map(categoryFromTag).filter((c) => c !== undefined);
    if (tagged.length > 0) {
        return core_2.CATEGORIES.find((c) => tagged.includes(c));
    }
    if (SECRET_TOOLS.test(tool))
        return 'secret';
    if ([ruleId, ruleName ?? '', ...tags].some((s) => SECRET_WORDS.test(s)))
        return 'secret';
    if (advisories.length > 0 || VULNERABILITY_TOOLS.test(tool))
        return 'vulnerability';
    return 'misconfiguration';
}
function extractAdvisories(sources) {
    const out = new Set();
    for (const s of sources) {
        if (!s)
            continue;
        for (const m of s.matchAll(ADVISORY)) {
            const id = m[1];
            out.add(id.toUpperCase().startsWith('GHSA') ? `GHSA${id.slice(4).toLowerCase()}` : id.toUpperCase());
        }
    }
    return [...out];
}
function cweFromTag(tag) {
    const n = /(?:^|[/:])cwe[-/:]?(\d+)$/i.exec(tag.trim())?.[1];
    return n === undefined ? undefined : `CWE-${Number(n)}`;
}
function collectCwe(rule, result, tags) {
    const out = new Set();
    for (const tag of tags) {
        const c = cweFromTag(tag);
        if (c)
            out.add(c);
    }
    const refs = [
        ...arr(rule?.relationships).map((r) => obj(obj(r)?.target)),
        ...arr(result.taxa).map(obj),
    ];
    for (const ref of refs) {
        if (!ref)
            continue;
        const component = str(obj(ref.toolComponent)?.name);
        const id = str(ref.id);
        if (!id)
            continue;
        const n = /^(?:CWE-)?(\d+)$/i.exec(id.trim())?.[1];
        if (n !== undefined && (component?.toUpperCase() === 'CWE' || /^CWE-/i.test(id))) {
            out.add(`CWE-${Number(n)}`);
        }
    }
    return [...out];
}
function stringTags(bag) {
    const tags = obj(bag)?.tags;
    if (!Array.isArray(tags) || tags.length === 0)
        return [];
    return tags.filter((t) => typeof t === 'string');
}
/** `security-severity` (GitHub's 0.0–10.0 score, a string or a number). */
function securitySeverity(bag) {
    const v = obj(bag)?.['security-severity'];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) && n >= 0 && n <= 10 ? n : undefined;
}
/** message.text, else the rule's messageStrings[message.id] with {0}-style arguments filled in. */
function messageText(message, rule) {
    const m = obj(message);
    if (!m)
        return undefined;
    const direct = str(m.text);
    if (direct)
        return direct;
    const id = str(m.id);
    const template = id ? text(obj(rule?.messageStrings)?.[id]) : undefined;
    if (!template)
        return undefined;
    const args = arr(m.arguments).map((a) => String(a));
    return template.replace(/\{(\d+)\}/g, (whole, i) => args[Number(i)] ?? whole);
}
function ruleTable(tool) {
    const driver = obj(tool.driver) ?? {};
    const rules = arr(driver.rules)
        .map(obj)
        .filter((r) => r !== undefined);
    const byId = new Map();
    for (const r of rules) {
        const id = str(r.id);
        if (id !== undefined && !byId.has(id))
            byId.set(id, r);
    }
    const extensions = arr(tool.extensions).map((e) => arr(obj(e)?.rules)
        .map(obj)
        .filter((r) => r !== undefined));
    return { rules, byId, extensions };
}
function byIndex(list, index) {
    return index !== undefined && index >= 0 && index < list.length ? list[index] : undefined;
}
/**
 * The rule of a result: by `ruleId`, else `ruleIndex`, else the `rule` reference object
 * ({id, index, toolComponent}); gitleaks v7 writes none of these, so as a last resort the rule
 * whose id or name starts the message ("AWS Access Key secret detected").
 */
function resolveRule(result, table, message) {
    const ruleId = str(result.ruleId);
    const ref = obj(result.rule);
    const refId = str(ref?.id);
    const componentIndex = int(obj(ref?.toolComponent)?.index);
    const refList = componentIndex !== undefined ? (table.extensions[componentIndex] ?? []) : table.rules;
    const rule = (ruleId !== undefined ? table.byId.get(ruleId) : undefined) ??
        byIndex(table.rules, int(result.ruleIndex)) ??
        (refId !== undefined && componentIndex === undefined ? table.byId.get(refId) : undefined) ??
        byIndex(refList, int(ref?.index)) ??
        (refId !== undefined ? refList.find((r) => r.id === refId) : undefined);
    if (ruleId !== undefined)
        return { rule, ruleId, from: 'ruleId' };
    if (refId !== undefined)
        return { rule, ruleId: refId, from: 'rule' };
    const fromRule = str(rule?.id);
    if (fromRule !== undefined) {
        return {
            rule,
            ruleId: fromRule,
            from: int(result.ruleIndex) !== undefined ? 'ruleIndex' : 'rule',
        };
    }
    const msg = (message ?? '').trim().toLowerCase();
    let best;
    for (const r of table.rules) {
        const id = str(r.id);
        if (id === undefined)
            continue;
        for (const name of [id, str(r.name)]) {
            if (name === undefined)
                continue;
            const n = name.toLowerCase();
            if (msg.startsWith(n) && (!best || n.length > best.length))
                best = { rule: r, id, length: n.length };
        }
    }
    if (best)
        return { rule: best.rule, ruleId: best.id, from: 'message' };
    const fallback = (message ?? 'unnamed result').replace(/\s+/g, ' ').trim().slice(0, 120);
    return { ruleId: fallback || 'unnamed result', from: 'message' };
}
function positive(value) {
    const n = int(value);
    return n !== undefined && n >= 1 ? n : undefined;
}
/**
 * A file URI of a result as a workspace path. `uriBaseId` is resolved through
 * `run.originalUriBaseIds` when the tool says where the base is; an unresolved base (%SRCROOT%,
 * ROOTPATH, SRCROOT) means "relative to the scanned root", which is the workspace.
 */
function resolveArtifactPath(artifact, run, workspace) {
    let loc = artifact;
    const index = int(artifact.index);
    if (str(artifact.uri) === undefined && index !== undefined) {
        loc = obj(obj(byIndex(arr(run.artifacts).map((a) => obj(a) ?? {}), index))?.location);
    }
    const uri = str(loc?.uri);
    if (uri === undefined)
        return {};
    let full = uri;
    let base = str(loc?.uriBaseId);
    const bases = obj(run.originalUriBaseIds);
    for (let depth = 0; base !== undefined && depth < 8; depth++) {
        const b = obj(bases?.[base]);
        const baseUri = str(b?.uri);
        if (baseUri === undefined)
            break;
        full = joinUri(baseUri, full);
        base = str(b?.uriBaseId);
    }
    if ((0, uri_js_1.hasForeignScheme)(full))
        return { raw: uri };
    if (/^file:/i.test(full))
        return { path: (0, core_2.toWorkspacePath)(full, workspace), raw: uri };
    const decoded = (0, uri_js_1.decodeUri)(full);
    if (decoded === undefined)
        return { raw: uri };
    return { path: (0, core_2.toWorkspacePath)(decoded, workspace), raw: uri };
}
function joinUri(base, relative) {
    if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(relative) || relative.startsWith('/'))
        return relative;
    return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`;
}
/**
 * Workspace paths of artifact locations within one run, keyed by what they depend on (uri and
 * uriBaseId, or the artifact index): URI resolution and decoding run once per file.
 */
class ArtifactPathCache {
    run;
    workspace;
    #byUri = new Map();
    #byIndex = new Map();
    constructor(run, workspace) {
        this.run = run;
        this.workspace = workspace;
    }
    get(artifact) {
        const uri = str(artifact.uri);
        const index = int(artifact.index);
        if (uri === undefined && index === undefined)
            return {};
        const cache = uri !== undefined ? this.#inBase(str(artifact.uriBaseId) ?? '') : this.#byIndex;
        const key = uri ?? index;
        let found = cache.get(key);
        if (found === undefined) {
            found = resolveArtifactPath(artifact, this.run, this.workspace);
            cache.set(key, found);
        }
        return found;
    }
    #inBase(base) {
        let byUri = this.#byUri.get(base);
        if (byUri === undefined)
            this.#byUri.set(base, (byUri = new Map()));
        return byUri;
    }
}
function resolveLocation(result, paths) {
    let physical;
    for (const l of arr(result.locations)) {
        physical = obj(obj(l)?.physicalLocation);
        if (physical !== undefined)
            break;
    }
    const artifact = obj(physical?.artifactLocation);
    if (!physical || !artifact)
        return { dropped: false };
    const { path, raw } = paths.get(artifact);
    if (path === undefined)
        return { rawUri: raw, dropped: raw !== undefined };
    const region = obj(physical.region);
    const startLine = positive(region?.startLine);
    if (startLine === undefined)
        return { location: { path }, rawUri: raw, dropped: false };
    const endLine = positive(region?.endLine);
    const startColumn = positive(region?.startColumn);
    const endColumn = positive(region?.endColumn);
    let location;
    if (endLine !== undefined &&
        endLine >= startLine &&
        startColumn !== undefined &&
        endColumn !== undefined) {
        // What most tools write, as one literal.
        location = { path, startLine, endLine, startColumn, endColumn };
    }
    else {
        location = { path, startLine };
        if (endLine !== undefined && endLine >= startLine)
            location.endLine = endLine;
        if (startColumn !== undefined)
            location.startColumn = startColumn;
        if (endColumn !== undefined)
            location.endColumn = endColumn;
    }
    return {
        location: location,
        rawUri: raw,
        dropped: false,
        snippet: text(region?.snippet),
    };
}
function readSuppression(result) {
    for (const value of arr(result.suppressions)) {
        const s = obj(value);
        if (!s)
            continue;
        // `underReview` and `rejected` suppressions do not (yet) suppress (SARIF §3.35.3).
        if (s.status !== undefined && s.status !== 'accepted')
            continue;
        const kind = obj(s.properties)?.['portcullis/kind'] === 'vendor-status'
            ? 'vendor-status'
            : s.kind === 'inSource'
                ? 'in-source'
                : 'external';
        const justification = str(s.justification);
        const location = text(obj(s.location)?.message);
        const source = `SARIF suppression (${str(s.kind) ?? 'unspecified kind'}${location ? `: ${location}` : ''})`;
        return justification ? { kind, justification, source } : { kind, source };
    }
    return undefined;
}
/** Commit metadata that secret scanners (gitleaks) put in partialFingerprints or properties. */
function readGit(result) {
    const pf = obj(result.partialFingerprints);
    const props = obj(result.properties);
    const commit = str(pf?.commitSha) ?? str(props?.commit);
    const author = str(pf?.author) ?? str(props?.author);
    const date = str(pf?.date) ?? str(props?.date);
    if (!commit && !author && !date)
        return undefined;
    return {
        ...(commit ? { commit } : {}),
        ...(author ? { author } : {}),
        ...(date ? { date } : {}),
    };
}
/** One ImportedResult, members in their documented order, built without spreads. */
function importedResult(runIndex, resultIndex, kind, level, levelInherited, sarifRuleId, ruleIdFrom, finding, locationDropped) {
    // One literal per shape: its members are allocated with the object, not added one by one.
    if (sarifRuleId !== undefined) {
        return finding !== undefined
            ? {
                runIndex,
                resultIndex,
                kind,
                level,
                levelInherited,
                sarifRuleId,
                ruleIdFrom,
                finding,
                locationDropped,
            }
            : {
                runIndex,
                resultIndex,
                kind,
                level,
                levelInherited,
                sarifRuleId,
                ruleIdFrom,
                locationDropped,
            };
    }
    return finding !== undefined
        ? { runIndex, resultIndex, kind, level, levelInherited, ruleIdFrom, finding, locationDropped }
        : { runIndex, resultIndex, kind, level, levelInherited, ruleIdFrom, locationDropped };
}
/** `finding.scannerSeverity` of a result whose level is its rule's default (or SARIF's). */
const INHERITED_LEVEL_WORDS = {
    error: 'error (default)',
    warning: 'warning (default)',
    note: 'note (default)',
    none: 'none (default)',
};
/** Tools whose SARIF states their own severity word next to a CVSS-derived security-severity. */
const OWN_WORD_TOOLS = /^(trivy|grype)$/i;
const SEVERITY_LINE = /(?:^|\n)\s*Severity:\s*([A-Za-z]+)\b/;
const GRYPE_MESSAGE = /^An? ([A-Za-z]+) vulnerability in /;
/** "Severity: MEDIUM" (trivy, grype help) or "A low vulnerability in …" (grype message). */
function severityWord(value) {
    if (value === undefined)
        return undefined;
    const word = SEVERITY_LINE.exec(value)?.[1] ?? GRYPE_MESSAGE.exec(value)?.[1];
    return word !== undefined && Object.hasOwn(core_2.SEVERITY_WORDS, word.toLowerCase()) ? word : undefined;
}
function ruleFacts(rule, ruleId, toolName) {
    const score = securitySeverity(rule?.properties);
    const tags = stringTags(rule?.properties);
    const name = str(rule?.name);
    const shortDescription = text(rule?.shortDescription);
    const advisories = extractAdvisories([
        ruleId,
        str(rule?.id),
        name,
        shortDescription,
        ...arr(rule?.deprecatedIds).map(str),
    ]);
    const title = shortDescription !== undefined ? shortDescription.replace(/\s+/g, ' ').trim() : undefined;
    const fullDescription = text(rule?.fullDescription) ?? text(rule?.help);
    const helpUri = str(rule?.helpUri);
    // The log's rule text is the rule's own, the same on each of its results.
    const ruleTitle = title !== undefined && title !== '' ? title : undefined;
    const ruleDescription = fullDescription?.trim() ? fullDescription : undefined;
    let info;
    if (ruleTitle !== undefined || ruleDescription !== undefined) {
        info = {};
        if (ruleTitle !== undefined)
            info.title = ruleTitle;
        if (ruleDescription !== undefined)
            info.description = ruleDescription;
    }
    return {
        tags,
        name,
        shortDescription,
        fullDescription,
        helpUri,
        advisories,
        score,
        scoreWords: score !== undefined ? `security-severity ${score}` : undefined,
        ruleId,
        defaultLevel: obj(rule?.defaultConfiguration)?.level,
        title,
        category: guessCategory(toolName, ruleId, name, tags, advisories),
        cwe: collectCwe(rule, {}, tags),
        severityWord: severityWord(text(rule?.help)),
        ruleInfo: info,
        references: helpUri ? [helpUri] : undefined,
    };
}
/**
 * Rule facts per (rule, rule id) within one run: advisory extraction and the category heuristic
 * run once per rule instead of once per result.
 */
class RuleFactsCache {
    toolName;
    #byRule = new Map();
    constructor(toolName) {
        this.toolName = toolName;
    }
    get(rule, ruleId) {
        let byId = this.#byRule.get(rule);
        if (byId === undefined)
            this.#byRule.set(rule, (byId = new Map()));
        let facts = byId.get(ruleId);
        if (facts === undefined)
            byId.set(ruleId, (facts = ruleFacts(rule, ruleId, this.toolName)));
        return facts;
    }
}
/**
 * Any tool's SARIF 2.1.0 log to findings, one per result (results of kind `pass` and
 * `notApplicable` are not problems and are skipped with a notice). Nothing is dropped silently:
 * suppressed results stay findings with `suppression`, and a result whose file lies outside the
 * workspace keeps its finding without a location. Snippets and tool properties (where gitleaks v7
 * puts the secret itself) are never copied into a finding.
 */
function sarifToFindings(log, context) {
    return importRuns(checkLog(log), context, (run) => [arr(run.results)]);
}
function importRuns(checked, context, resultsOf) {
    const findings = [];
    const results = [];
    const runs = [];
    const notices = [];
    const failures = [];
    let scannerVersion;
    arr(checked.runs).forEach((runValue, runIndex) => {
        const run = obj(runValue);
        if (!run)
            throw new core_2.ScanFailedError(`SARIF run ${runIndex} is not an object.`);
        // SARIF requires run.tool, but real logs omit it; the results are still the tool's results,
        // so they are read under an unknown tool's name rather than thrown away.
        const tool = obj(run.tool) ?? {};
        const driver = obj(tool.driver) ?? {};
        const named = str(driver.name);
        const toolName = named ?? exports.UNKNOWN_TOOL;
        if (named === undefined) {
            notices.push(`SARIF run ${runIndex} names no tool (tool.driver.name is missing); its results are read as those of an ${exports.UNKNOWN_TOOL}.`);
        }
        failures.push(...executionFailures(run, runIndex, toolName));
        if (run.results !== undefined && run.results !== null && !Array.isArray(run.results)) {
            throw new core_2.ScanFailedError(`SARIF run ${runIndex} (${toolName}) has a "results" that is not an array.`);
        }
        const toolVersion = str(driver.version) ?? str(driver.semanticVersion);
        scannerVersion ??= toolVersion;
        const engine = context.engine ?? toolName.toLowerCase();
        const sources = [engine];
        const table = ruleTable(tool);
        const rulesFacts = new RuleFactsCache(toolName);
        const ownWordTools = OWN_WORD_TOOLS.test(toolName);
        const paths = new ArtifactPathCache(run, context.workspace);
        const fileFingerprints = new core_2.FileFingerprints();
        let skipped = 0;
        let dropped = 0;
        let resultCount = 0;
        const importResult = (resultValue, resultIndex) => {
            const result = obj(resultValue);
            if (!result) {
                throw new core_2.ScanFailedError(`SARIF run ${runIndex} (${toolName}) result ${resultIndex} is not an object.`);
            }
            const kind = str(result.kind) ?? 'fail';
            const rawMessage = obj(result.message);
            const firstRule = resolveRule(result, table, str(rawMessage?.text));
            const message = messageText(result.message, firstRule.rule);
            const ruleOf = message !== str(rawMessage?.text) ? resolveRule(result, table, message) : firstRule;
            const { rule, from } = ruleOf;
            const facts = rulesFacts.get(rule, ruleOf.ruleId);
            // The rule id as the rule's first result wrote it: one string kept for all its findings.
            const ruleId = facts.ruleId;
            const defaultLevel = facts.defaultLevel;
            let level;
            let inherited = true;
            if (isLevel(result.level)) {
                level = result.level;
                inherited = false;
            }
            else if (kind !== 'fail') {
                level = 'none'; // SARIF §3.27.10: a non-fail result without a level has level none.
            }
            else {
                level = isLevel(defaultLevel) ? defaultLevel : 'warning';
            }
            const writtenId = str(result.ruleId);
            const sarifRuleId = writtenId === ruleId ? ruleId : writtenId;
            if (NOT_PROBLEMS.has(kind)) {
                skipped++;
                results.push(importedResult(runIndex, resultIndex, kind, level, inherited, sarifRuleId, from, undefined, false));
                return;
            }
            const score = securitySeverity(result.properties) ?? facts.score;
            const own = obj(result.properties)?.[writer_js_1.SEVERITY_PROPERTY];
            // trivy and grype write their own severity word in the text and a CVSS score (from whichever
            // source had one) as security-severity; the word is what the scanner decided, so it wins.
            const word = ownWordTools ? (severityWord(message) ?? facts.severityWord) : undefined;
            const severity = (0, core_2.isSeverity)(own)
                ? own
                : word !== undefined
                    ? (0, core_2.normalizeSeverity)(word)
                    : score !== undefined
                        ? (0, core_2.severityFromScore)(score)
                        : (0, core_2.severityFromSarifLevel)(level);
            const scannerSeverity = word !== undefined
                ? word
                : score !== undefined
                    ? score === facts.score
                        ? facts.scoreWords
                        : `security-severity ${score}`
                    : inherited
                        ? INHERITED_LEVEL_WORDS[level]
                        : level;
            const resultTags = stringTags(result.properties);
            const ruleName = facts.name;
            const advisories = facts.advisories;
            let category = facts.category;
            let cwe = facts.cwe;
            if (resultTags.length > 0 || arr(result.taxa).length > 0) {
                const tags = [...facts.tags, ...resultTags];
                category = guessCategory(toolName, ruleId, ruleName, tags, advisories);
                cwe = collectCwe(rule, result, tags);
            }
            const title = facts.title ?? (message ?? ruleName ?? ruleId).replace(/\s+/g, ' ').trim();
            const fullDescription = facts.fullDescription;
            let description;
            if (message && message.trim() !== title)
                description = message;
            if (fullDescription && fullDescription.trim() !== title && fullDescription !== message) {
                description =
                    description === undefined ? fullDescription : `${description}\n\n${fullDescription}`;
            }
            const helpUri = facts.helpUri;
            const resolved = resolveLocation(result, paths);
            if (resolved.dropped)
                dropped++;
            const location = resolved.location;
            const ownFingerprint = str(obj(result.partialFingerprints)?.[writer_js_1.PORTCULLIS_FINGERPRINT_KEY]);
            let fingerprint;
            if (ownFingerprint !== undefined && /^v1:[0-9a-f]{40}$/.test(ownFingerprint)) {
                fingerprint = ownFingerprint;
            }
            else if (location) {
                const lines = location.startLine !== undefined
                    ? context.readLines?.(location.path, location.startLine, location.endLine ?? location.startLine)
                    : undefined;
                const content = lines ?? resolved.snippet ?? message ?? title;
                fingerprint = fileFingerprints.next(ruleId, location.path, content);
            }
            else {
                const logical = str(obj(arr(obj(arr(result.locations)[0])?.logicalLocations)[0])?.fullyQualifiedName);
                fingerprint = (0, core_2.ruleFingerprint)(ruleId, [resolved.rawUri ?? logical ?? '', message ?? title].join('\u0000'));
            }
            const suppression = readSuppression(result);
            const git = readGit(result);
            // Arrays and the rule object are shared by the findings of a rule (or run): findings are
            // readonly, and 100,000 results would otherwise make 100,000 copies for the collector.
            const finding = new PlainFinding(fingerprint, category, ruleId, title || ruleId, description, facts.ruleInfo, severity, scannerSeverity, location, helpUri, facts.references, cwe, advisories, git, suppression, sources);
            findings.push(finding);
            results.push(importedResult(runIndex, resultIndex, kind, level, inherited, sarifRuleId, from, finding, resolved.dropped));
        };
        for (const batch of resultsOf(run, runIndex)) {
            for (const resultValue of batch)
                importResult(resultValue, resultCount++);
        }
        if (skipped > 0) {
            notices.push(`${toolName}: ${skipped} result(s) of kind pass or notApplicable are not problems and were not imported.`);
        }
        if (dropped > 0) {
            notices.push(`${toolName}: ${dropped} result(s) name a file outside the workspace (absolute path, other scheme or ` +
                "another machine's root); their findings are kept without a file location.");
        }
        const category = str(obj(run.automationDetails)?.id);
        const informationUri = str(driver.informationUri);
        runs.push({
            toolName,
            ...(toolVersion ? { toolVersion } : {}),
            ...(informationUri ? { informationUri } : {}),
            ...(category ? { category } : {}),
            results: resultCount,
        });
    });
    return {
        findings,
        results,
        runs,
        notices,
        failures,
        ...(scannerVersion ? { scannerVersion } : {}),
    };
}
/** Raw SARIF text to findings, as {@link readSarifLog} reads it. */
function parseSarif(raw, context) {
    return readSarifLog(raw, context).imported;
}
/**
 * Raw SARIF text to findings, the same as {@link readSarif} then {@link sarifToFindings}, without
 * holding the whole parsed log: the log without its results is parsed first (so rules are known
 * whatever the key order), then each run's results a slice of a few dozen at a time (see
 * results-slices.ts). A text that is not cut that way, or any failure on the way, is read whole
 * instead, so invalid or odd input fails with the same error as a whole read, and duplicate keys
 * mean what JSON.parse makes of them.
 */
function readSarifLog(raw, context) {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const sliced = (0, results_slices_js_1.sliceSarif)(text);
    if (sliced !== undefined && sliced.spans.length > 0) {
        try {
            const log = checkLog(JSON.parse(sliced.envelope));
            const spans = new Map(sliced.spans.map((span) => [span.run, span]));
            let read = 0;
            const imported = importRuns(log, context, (run, runIndex) => {
                const span = spans.get(runIndex);
                if (span === undefined)
                    return [arr(run.results)];
                if (!Array.isArray(run.results) || run.results.length > 0) {
                    throw new Error(`run ${runIndex} of the envelope does not hold its results' place`);
                }
                read++;
                return (0, results_slices_js_1.resultSlices)(text, span);
            });
            // Only a text whose every slice went through JSON.parse is known to be valid JSON.
            if (read !== sliced.spans.length)
                throw new Error('results the envelope has no run for');
            return { log, imported };
        }
        catch {
            // Read whole below: its JSON.parse or conversion throws what it always threw, where it did.
        }
    }
    const log = readSarif(raw);
    return { log, imported: sarifToFindings(log, context) };
}


/***/ }),

/***/ 687:
/***/ ((__unused_webpack_module, exports) => {


/*
 * A SARIF log's text cut into its envelope (the log with each run's `results` emptied) and slices
 * of whole results, so a log is converted a few dozen results at a time instead of as one parsed
 * tree: what is held is then the findings, not the log, and the collector stops copying the log
 * from one young generation to the next while it is converted.
 *
 * Every character of the text is in exactly one piece, the envelope or one slice. When the
 * envelope parses and every slice parses into as many results as the scan counted, the text is
 * valid JSON: each slice is a whole list of values, so the slices joined by their commas are a
 * valid array, and a valid value in place of the envelope's `[]` keeps it valid. On valid JSON the
 * scan sees strings and brackets as JSON.parse does, so each `[]` stands in the envelope exactly
 * where its run's results were. The reader therefore trusts the pieces only once every slice has
 * been parsed (see readSarifLog); otherwise it reads the whole text, whose JSON.parse throws the
 * error it always threw.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SLICE_CHARS = void 0;
exports.sliceSarif = sliceSarif;
exports.resultSlices = resultSlices;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/**
 * About how many characters of results are parsed by one JSON.parse: a few dozen results, whose
 * parsed objects die young once converted. On the bench's 100,000-result log 8–16 KB were the
 * fastest; 64 KB and more were slower than reading the log whole.
 */
exports.SLICE_CHARS = 16 * 1024;
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Index of the first character at or after `from` that is not JSON whitespace. */
function skipSpace(text, from) {
    let i = from;
    while (i < text.length && isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
/** Index of the quote that ends the string opened at `open`, or -1 when it never ends. */
function stringEnd(text, open) {
    let at = text.indexOf('"', open + 1);
    while (at !== -1) {
        let backslashes = 0;
        for (let k = at - 1; text.charCodeAt(k) === BACKSLASH; k--)
            backslashes++;
        if (backslashes % 2 === 0)
            return at;
        at = text.indexOf('"', at + 1);
    }
    return -1;
}
/** The key whose string spans `open..close` (quotes included), decoded when it has escapes. */
function keyText(text, open, close) {
    const raw = text.slice(open + 1, close);
    if (!raw.includes('\\'))
        return raw;
    try {
        return JSON.parse(text.slice(open, close + 1));
    }
    catch {
        return undefined;
    }
}
/**
 * The span of the results array that opens at `open`, cut at the first comma between two results
 * after each `sliceChars` characters; undefined when a string or the array does not close. Only
 * strings, nesting and the array's own commas matter here, which keeps this loop short: results
 * are most of a log.
 */
function resultsSpan(text, open, run, sliceChars) {
    const cuts = [];
    const counts = [];
    let depth = 0;
    let commas = 0;
    let sliceStart = open;
    for (let i = open + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const close = stringEnd(text, i);
            if (close === -1)
                return undefined;
            i = close;
        }
        else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            depth++;
        }
        else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            if (depth === 0) {
                if (c !== CLOSE_ARRAY)
                    return undefined;
                const empty = commas === 0 && cuts.length === 0 && skipSpace(text, open + 1) === i;
                if (!empty)
                    counts.push(commas + 1);
                return { run, open, close: i, cuts, counts };
            }
            depth--;
        }
        else if (c === COMMA && depth === 0) {
            if (i - sliceStart >= sliceChars) {
                cuts.push(i);
                counts.push(commas + 1);
                commas = 0;
                sliceStart = i;
            }
            else {
                commas++;
            }
        }
    }
    return undefined;
}
/**
 * The envelope and results slices of a SARIF log's text, or undefined when the text is not a log
 * this reader cuts: no top-level object with one `runs` array, a run that names `results` twice
 * (JSON.parse keeps the last, and the whole text is read to keep that meaning), or text whose
 * brackets and strings do not close. Undefined means "read the whole text", never "not SARIF".
 * `sliceChars` is how long a slice grows before it is cut at the next result.
 */
function sliceSarif(text, sliceChars = exports.SLICE_CHARS) {
    const spans = [];
    const n = text.length;
    let depth = 0;
    let runsKeys = 0;
    // Depth of the `runs` array while inside it (2), else -1; the index of the run being read.
    let runsDepth = -1;
    let runIndex = 0;
    let inRun = false;
    let resultsKeys = 0;
    let expectRunsArray = false;
    let expectResultsArray = false;
    let i = skipSpace(text, 0);
    if (text.charCodeAt(i) !== OPEN_OBJECT)
        return undefined;
    for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const close = stringEnd(text, i);
            if (close === -1)
                return undefined;
            // Only keys of the log object (depth 1) and of a run object (depth 3) matter.
            if (depth === 1 || (depth === 3 && inRun)) {
                const colon = skipSpace(text, close + 1);
                if (text.charCodeAt(colon) === COLON) {
                    const key = keyText(text, i, close);
                    if (key === undefined)
                        return undefined;
                    const value = skipSpace(text, colon + 1);
                    if (depth === 1 && key === 'runs') {
                        if (++runsKeys > 1)
                            return undefined;
                        if (text.charCodeAt(value) !== OPEN_ARRAY)
                            return undefined;
                        expectRunsArray = true;
                    }
                    else if (depth === 3 && key === 'results') {
                        if (++resultsKeys > 1)
                            return undefined;
                        expectResultsArray = text.charCodeAt(value) === OPEN_ARRAY;
                    }
                    i = value - 1;
                    continue;
                }
            }
            i = close;
            continue;
        }
        switch (c) {
            case OPEN_OBJECT:
                depth++;
                if (depth === 3 && runsDepth === 2) {
                    inRun = true;
                    resultsKeys = 0;
                }
                break;
            case OPEN_ARRAY:
                if (expectResultsArray && depth === 3) {
                    expectResultsArray = false;
                    const span = resultsSpan(text, i, runIndex, sliceChars);
                    if (span === undefined)
                        return undefined;
                    spans.push(span);
                    i = span.close;
                    break;
                }
                depth++;
                if (expectRunsArray && depth === 2) {
                    expectRunsArray = false;
                    runsDepth = 2;
                    runIndex = 0;
                }
                break;
            case CLOSE_OBJECT:
                if (depth === 3 && inRun)
                    inRun = false;
                depth--;
                break;
            case CLOSE_ARRAY:
                if (depth === 2 && runsDepth === 2)
                    runsDepth = -1;
                depth--;
                break;
            case COMMA:
                if (depth === 2 && runsDepth === 2)
                    runIndex++;
                break;
            default:
                break;
        }
        if (depth < 0)
            return undefined;
    }
    if (depth !== 0 || runsKeys !== 1)
        return undefined;
    let envelope = '';
    let from = 0;
    for (const span of spans) {
        envelope += `${text.slice(from, span.open)}[]`;
        from = span.close + 1;
    }
    envelope += text.slice(from);
    return { envelope, spans };
}
/** Raised when a slice is not the results the scan counted: the caller then reads the whole text. */
class SliceMismatchError extends Error {
}
/**
 * The results of one span, a slice at a time: each slice is parsed when the previous one has been
 * handed over, so only one slice's parsed results are alive at once.
 */
function* resultSlices(text, span) {
    let start = span.open + 1;
    for (let s = 0; s < span.counts.length; s++) {
        const end = s < span.cuts.length ? span.cuts[s] : span.close;
        const values = JSON.parse(`[${text.slice(start, end)}]`);
        if (values.length !== span.counts[s]) {
            throw new SliceMismatchError(`slice ${s} of run ${span.run} holds ${values.length} results, not ${String(span.counts[s])}`);
        }
        yield values;
        start = end + 1;
    }
}


/***/ }),

/***/ 6647:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SRCROOT = void 0;
exports.toRelativeUri = toRelativeUri;
exports.decodeUri = decodeUri;
exports.hasForeignScheme = hasForeignScheme;
const core_1 = __webpack_require__(893);
/** The uriBaseId this suite writes: code scanning resolves it to the repository root. */
exports.SRCROOT = '%SRCROOT%';
/**
 * A workspace-relative POSIX path as a relative URI reference (RFC 3986): each segment
 * percent-encoded, `/` kept. Encoding `:` too keeps a first segment like `c:` from reading as a
 * scheme. Throws on an absolute or escaping path: SARIF we write never points outside the checkout.
 */
function toRelativeUri(path) {
    const absolute = /^([/\\]|[A-Za-z]:[/\\]|file:)/i.test(path);
    const normalized = absolute ? undefined : (0, core_1.toWorkspacePath)(path, '/');
    if (normalized === undefined) {
        throw new Error(`SARIF locations must be workspace-relative paths; got ${JSON.stringify(path)}`);
    }
    return normalized
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** Percent-decodes a URI reference; undefined when the escapes are malformed. */
function decodeUri(uri) {
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return undefined;
    }
}
/** True for `scheme:` URIs other than `file:` (https, git, …): they name nothing in the workspace. */
function hasForeignScheme(uri) {
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1];
    if (scheme === undefined)
        return false;
    // `C:/x` and `C:\x` are Windows drive letters, not schemes.
    if (scheme.length === 1)
        return false;
    return scheme.toLowerCase() !== 'file';
}


/***/ }),

/***/ 7066:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULE_FACTS_BYTES = exports.DESCRIPTION_LIMIT = exports.SARIF_SCHEMA_URI = exports.LINE_HASH_KEY = exports.SEVERITY_PROPERTY = exports.PORTCULLIS_FINGERPRINT_KEY = exports.SARIF_RESULTS_PER_RUN = void 0;
exports.workflowPathFromRef = workflowPathFromRef;
exports.findingsToSarif = findingsToSarif;
exports.writeSarif = writeSarif;
const core_1 = __webpack_require__(893);
const line_hash_js_1 = __webpack_require__(3220);
const uri_js_1 = __webpack_require__(6647);
/** Results code scanning accepts in one run (see budget.ts). */
exports.SARIF_RESULTS_PER_RUN = 25_000;
/** The key under which each result carries the finding's own fingerprint (see core fingerprint.ts). */
exports.PORTCULLIS_FINGERPRINT_KEY = 'portcullisFingerprint/v1';
/** Result property holding the finding's severity when its `security-severity` score says otherwise. */
exports.SEVERITY_PROPERTY = 'portcullis/severity';
exports.LINE_HASH_KEY = 'primaryLocationLineHash';
exports.SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * The workflow file's workspace-relative path from GITHUB_WORKFLOW_REF
 * (`owner/repo/.github/workflows/ci.yml@refs/heads/main`), for {@link SarifWriterInput.workflowPath};
 * undefined when the value has another shape.
 */
function workflowPathFromRef(ref) {
    const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(ref?.trim() ?? '');
    return m?.[1];
}
/** Reads and hashes each file once, however many results point into it. */
class FileCache {
    readFile;
    #files = new Map();
    constructor(readFile) {
        this.readFile = readFile;
    }
    get(path) {
        if (!this.readFile)
            return undefined;
        if (!this.#files.has(path)) {
            let text;
            try {
                text = this.readFile(path);
            }
            catch {
                text = undefined;
            }
            this.#files.set(path, text === undefined
                ? undefined
                : {
                    hashes: (0, line_hash_js_1.computeLineHashes)(text),
                    lineLengths: text.split(/\r\n|\r|\n/).map((line) => line.length),
                });
        }
        return this.#files.get(path);
    }
}
function securityScore(finding) {
    const score = finding.cvss?.score;
    if (score !== undefined && Number.isFinite(score) && score >= 0 && score <= 10)
        return score;
    return (0, core_1.scoreForSeverity)(finding.severity);
}
/** GitHub wants `security-severity` as a string holding a number from 0.0 to 10.0. */
function formatScore(score) {
    return score.toFixed(1);
}
function cweTag(cwe) {
    const n = /^(?:CWE-)?(\d+)$/i.exec(cwe.trim())?.[1];
    return n === undefined ? undefined : `external/cwe/cwe-${Number(n)}`;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Code scanning limits rule short and full descriptions to 1024 characters. */
exports.DESCRIPTION_LIMIT = 1024;
function limit(text) {
    if (text.length <= exports.DESCRIPTION_LIMIT)
        return text;
    // Cut on a code point boundary (never half a surrogate pair) and mark the cut; help keeps it all.
    let cut = text.slice(0, exports.DESCRIPTION_LIMIT - 1);
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
}
/** Untrusted text escaped paragraph by paragraph, so its blank-line breaks survive. */
function paragraphs(text) {
    return text
        .split(/\n\s*\n/)
        .map((p) => (0, core_1.escapeMarkdown)(p))
        .filter((p) => p !== '')
        .join('\n\n');
}
/** A reference shown as a link only when it is a plain http(s) URL; anything else is shown as text. */
function referenceLine(url) {
    return /^https?:\/\/[^\s<>"'`\\]+$/i.test(url) ? `- <${url}>` : `- ${(0, core_1.escapeMarkdown)(url)}`;
}
/** Rule titles for findings whose scanner says nothing about the rule itself. */
const GENERIC_RULE_TITLE = {
    vulnerability: (id) => `Vulnerability ${id}`,
    secret: (id, tool) => `Secret matched by ${tool} rule ${id}`,
    misconfiguration: (id, tool) => `${tool} check ${id}`,
    compliance: (id, tool) => `${tool} compliance rule ${id}`,
    signature: (id, tool) => `${tool} signature check ${id}`,
    license: (id) => `License ${id}`,
};
function ruleRep(f) {
    return {
        category: f.category,
        severity: f.severity,
        ...(f.cvss?.score !== undefined ? { cvss: { score: f.cvss.score } } : {}),
        ...(f.rule ? { rule: f.rule } : {}),
        ...(f.helpUri ? { helpUri: f.helpUri } : {}),
        ...(f.remediation ? { remediation: f.remediation } : {}),
        bytes: HELD_OVERHEAD +
            textBytes(f.rule?.title) +
            textBytes(f.rule?.description) +
            textBytes(f.helpUri) +
            textBytes(f.remediation),
    };
}
/** Bytes a held object or set entry costs besides its text, roughly. */
const HELD_OVERHEAD = 64;
function textBytes(text) {
    return text === undefined ? 0 : HELD_OVERHEAD + text.length;
}
/**
 * What one rule's findings say about it, gathered a finding at a time: the most severe finding
 * speaks for the rule (code scanning shows the rule's severity), the rest add CWEs, advisories and
 * references, and a remediation belongs to the rule only when every finding gives the same one.
 */
class RuleFacts {
    rep;
    /** The first finding's word on the rule itself, when the representative has none. */
    #info;
    cwes = new Set();
    advisories = new Set();
    #references = new Set();
    #remediation;
    #sameRemediation = true;
    /** About how many bytes the facts hold (strings counted by length), for a pass's budget. */
    bytes = 0;
    constructor(first) {
        this.rep = ruleRep(first);
        this.bytes += this.rep.bytes;
        this.#remediation = first.remediation;
        this.add(first, true);
    }
    add(f, first = false) {
        if (!first) {
            const byScore = securityScore(f) - securityScore(this.rep);
            if (byScore > 0 || (byScore === 0 && (0, core_1.compareSeverity)(f.severity, this.rep.severity) < 0)) {
                this.bytes -= this.rep.bytes;
                this.rep = ruleRep(f);
                this.bytes += this.rep.bytes;
            }
        }
        if (this.#info === undefined && (f.rule?.title || f.rule?.description)) {
            this.#info = f.rule;
            this.bytes += textBytes(f.rule.title) + textBytes(f.rule.description);
        }
        for (const c of f.cwe ?? [])
            this.#hold(this.cwes, c);
        for (const a of f.advisories ?? [])
            this.#hold(this.advisories, a);
        for (const r of f.references ?? [])
            if (isString(r))
                this.#hold(this.#references, r);
        if (f.remediation !== this.#remediation)
            this.#sameRemediation = false;
    }
    #hold(set, value) {
        if (set.has(value))
            return;
        set.add(value);
        this.bytes += textBytes(value);
    }
    get info() {
        const own = this.rep.rule;
        return own?.title || own?.description ? own : this.#info;
    }
    get remediation() {
        return this.#sameRemediation ? this.rep.remediation : undefined;
    }
    get references() {
        return [...new Set([this.rep.helpUri, ...this.#references].filter(isString))];
    }
}
/**
 * A rule's text is the scanner's word on the rule itself ({@link Finding.rule}), never one
 * finding's title or description: those name a file, a line or a package, and code scanning shows
 * the rule's text on every alert of the rule. Without it the text is generic.
 */
function ruleText(ruleId, facts, tool) {
    const info = facts.info;
    const title = info?.title ?? GENERIC_RULE_TITLE[facts.rep.category](ruleId, tool);
    const description = info?.description ??
        (info?.title
            ? info.title
            : `${title}. ${tool} gives no description of this rule; each result says what it found and where.`);
    return { title, description };
}
function buildHelp(text, facts) {
    // Titles, descriptions and remediations are the scanner's (and often the scanned file's) text:
    // escaped, so code scanning renders them as text, never as links, images or HTML.
    const plain = [text.description];
    const markdown = [`**${(0, core_1.escapeMarkdown)(text.title)}**`];
    if (text.description !== text.title)
        markdown.push(paragraphs(text.description));
    const advisories = [...facts.advisories];
    if (advisories.length > 0) {
        plain.push(`Advisories: ${advisories.join(', ')}`);
        markdown.push(`**Advisories:** ${(0, core_1.escapeMarkdown)(advisories.join(', '))}`);
    }
    // A remediation belongs to the rule only when every finding of it says the same
    // ("Upgrade lodash to 4.17.21" is one package's; the result message names its fix).
    const remediation = facts.remediation;
    if (remediation) {
        plain.push(`Remediation: ${remediation}`);
        markdown.push(`**Remediation:** ${paragraphs(remediation)}`);
    }
    const refs = facts.references;
    if (refs.length > 0) {
        plain.push(`References:\n${refs.map((r) => `- ${r}`).join('\n')}`);
        markdown.push(`**References**\n\n${refs.map(referenceLine).join('\n')}`);
    }
    return { text: plain.join('\n\n'), markdown: markdown.join('\n\n') };
}
function isString(value) {
    return typeof value === 'string' && value !== '';
}
function buildRule(ruleId, facts, tool) {
    const rep = facts.rep;
    const tags = ['security', rep.category];
    for (const c of facts.cwes) {
        const tag = cweTag(c);
        if (tag && !tags.includes(tag))
            tags.push(tag);
    }
    const text = ruleText(ruleId, facts, tool);
    return {
        id: ruleId,
        shortDescription: { text: limit(oneLine(text.title) || ruleId) },
        fullDescription: { text: limit(text.description) },
        help: buildHelp(text, facts),
        ...(rep.helpUri ? { helpUri: rep.helpUri } : {}),
        defaultConfiguration: { level: (0, core_1.sarifLevelForSeverity)(rep.severity) },
        properties: { 'security-severity': formatScore(securityScore(rep)), tags },
    };
}
function describeTarget(finding, run) {
    if (finding.image) {
        const ref = finding.image.digest
            ? `${finding.image.ref.replace(/@sha256:[0-9a-f]{64}$/i, '')}@${finding.image.digest}`
            : finding.image.ref;
        return `image ${ref}`;
    }
    return run.targetName;
}
function buildMessage(finding, anchor, run) {
    const parts = [oneLine(finding.title) || finding.ruleId];
    if (finding.package) {
        const p = finding.package;
        parts.push(`Package ${p.name}${p.version ? `@${p.version}` : ''}` +
            (p.fixedVersion ? ` (fixed in ${p.fixedVersion})` : '') +
            '.');
    }
    const target = describeTarget(finding, run);
    if (anchor !== undefined) {
        parts.push(`Found in ${target ?? 'the scanned target'}, which has no file and line of its own; ` +
            `shown on ${anchor}.`);
    }
    else if (target !== undefined && finding.image) {
        parts.push(`Found in ${target}.`);
    }
    return parts.join(' ');
}
/**
 * Code scanning lists all four region bounds as required. A finding without lines (a whole file,
 * or an anchored finding) gets the empty region at 1:1, as trivy and grype write it. An unknown
 * start column is SARIF's default 1; an unknown end column is SARIF's default made explicit (the
 * end of the last line) when the file can be read, else it is left out rather than invented.
 */
function buildRegion(location, facts) {
    const startLine = location?.startLine;
    if (location === undefined || startLine === undefined || startLine < 1) {
        return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    }
    const startColumn = location.startColumn !== undefined && location.startColumn >= 1 ? location.startColumn : 1;
    const endLine = location.endLine !== undefined && location.endLine >= startLine ? location.endLine : startLine;
    const region = { startLine, startColumn, endLine };
    const end = location.endColumn;
    if (end !== undefined && end >= 1 && (endLine > startLine || end >= startColumn)) {
        region.endColumn = end;
    }
    else {
        const length = facts?.lineLengths[endLine - 1];
        if (length !== undefined && (endLine > startLine || length + 1 >= startColumn)) {
            region.endColumn = length + 1;
        }
    }
    return region;
}
function buildSuppression(finding) {
    const s = finding.suppression;
    if (!s)
        return undefined;
    const suppression = {
        kind: s.kind === 'in-source' ? 'inSource' : 'external',
        status: 'accepted',
    };
    if (s.justification)
        suppression.justification = s.justification;
    // SARIF knows only inSource and external; keep the finer kind for a round trip.
    if (s.kind === 'vendor-status')
        suppression.properties = { 'portcullis/kind': s.kind };
    return [suppression];
}
function isSemver(version) {
    return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}
/** About how many bytes of rule facts one pass over a run's findings gathers (see {@link ruleFacts}). */
exports.RULE_FACTS_BYTES = 64 * 1024 * 1024;
/**
 * What a run's findings say about each rule (`only`: just these rules), in the order rule ids first
 * appear: yielded in groups, each from one pass over the findings holding about `budget` bytes, so
 * that a run with more rules than memory holds takes more passes rather than more memory.
 */
function* ruleFacts(run, anchorPath, budget, only) {
    let start = 0;
    for (;;) {
        const seen = new Map();
        const facts = new Map();
        let bytes = 0;
        let full = false;
        for (const f of run.findings) {
            if (only && !only.has(f.ruleId))
                continue;
            if (!f.location && anchorPath === undefined) {
                throw new Error(`Finding ${f.ruleId} of ${run.tool.name} has no file location and the SARIF run ` +
                    'has neither a fallbackPath nor a workflowPath to show it on');
            }
            let index = seen.get(f.ruleId);
            if (index === undefined) {
                index = seen.size;
                seen.set(f.ruleId, index);
            }
            if (index < start)
                continue;
            const known = facts.get(f.ruleId);
            if (known) {
                bytes -= known.bytes;
                known.add(f);
                bytes += known.bytes;
            }
            else if (!full) {
                // Rule ids are admitted in the order they first appear until the pass holds its budget,
                // then none: the next pass starts at the first one left out.
                const created = new RuleFacts(f);
                facts.set(f.ruleId, created);
                bytes += created.bytes;
            }
            if (bytes >= budget)
                full = true;
        }
        start += facts.size;
        yield facts;
        if (start >= seen.size)
            return;
    }
}
/** The rules of a run in the order their ids first appear, built group by group. */
function* runRules(run, anchorPath, budget, only) {
    for (const facts of ruleFacts(run, anchorPath, budget, only)) {
        yield* buildRules(facts, run.tool.name);
    }
}
/** Builds each rule of `facts` in order, letting go of its facts once built. */
function* buildRules(facts, tool) {
    for (const [id, ruleFacts] of facts) {
        facts.delete(id);
        yield buildRule(id, ruleFacts, tool);
    }
}
function buildResult(finding, rule, run, anchorPath, files) {
    const anchored = !finding.location;
    const path = finding.location ? finding.location.path : anchorPath;
    const facts = files.get(path);
    const region = buildRegion(anchored ? undefined : finding.location, facts);
    const physicalLocation = {
        artifactLocation: { uri: (0, uri_js_1.toRelativeUri)(path), uriBaseId: uri_js_1.SRCROOT },
        region,
    };
    const partialFingerprints = {};
    const lineHash = facts?.hashes[(region.startLine ?? 1) - 1];
    if (lineHash !== undefined)
        partialFingerprints[exports.LINE_HASH_KEY] = lineHash;
    partialFingerprints[exports.PORTCULLIS_FINGERPRINT_KEY] = finding.fingerprint;
    const result = {
        ruleId: finding.ruleId,
        ruleIndex: rule.index,
        level: (0, core_1.sarifLevelForSeverity)(finding.severity),
        message: { text: buildMessage(finding, anchored ? path : undefined, run) },
        locations: [{ physicalLocation }],
        partialFingerprints,
    };
    const properties = {};
    const score = securityScore(finding);
    if (formatScore(score) !== rule.score) {
        // Code scanning reads the rule's score; this result's differs, so keep it for readers.
        properties['security-severity'] = formatScore(score);
    }
    if ((0, core_1.severityFromScore)(score) !== finding.severity) {
        // A CVSS score can disagree with the vendor's severity the finding carries; say which won.
        properties[exports.SEVERITY_PROPERTY] = finding.severity;
    }
    if (Object.keys(properties).length > 0)
        result.properties = properties;
    const suppressions = buildSuppression(finding);
    if (suppressions)
        result.suppressions = suppressions;
    return result;
}
/** A run without its results; they follow it, as the last field. */
function runHead(run, rules) {
    const driver = { name: run.tool.name, rules };
    if (run.tool.version !== '')
        driver.version = run.tool.version;
    if (isSemver(run.tool.version))
        driver.semanticVersion = run.tool.version;
    if (run.tool.informationUri)
        driver.informationUri = run.tool.informationUri;
    return {
        tool: { driver },
        automationDetails: { id: run.category },
        originalUriBaseIds: {
            [uri_js_1.SRCROOT]: { description: { text: 'The root of the repository checkout that was scanned.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: [],
    };
}
function ruleRef(rule, index) {
    const score = rule.properties?.['security-severity'];
    return { index, score: typeof score === 'string' ? score : undefined };
}
function ruleRefs(rules) {
    return new Map(rules.map((rule, index) => [rule.id, ruleRef(rule, index)]));
}
function checkRuns(input) {
    const seen = new Set();
    for (const run of input.runs) {
        if (run.category.trim() === '')
            throw new Error('Every SARIF run needs a non-empty category');
        const key = `${run.tool.name}\u0000${run.category}`;
        if (seen.has(key)) {
            // Code scanning rejects an upload with two runs of the same tool and category.
            throw new Error(`Two SARIF runs of ${run.tool.name} share the category ${run.category}`);
        }
        seen.add(key);
    }
}
/**
 * Findings to SARIF 2.1.0 in the subset GitHub code scanning accepts
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * one run per scanner with its category, rules deduplicated by id with descriptions, help,
 * `security-severity` and tags, and every result with a rule, a level, a text message and one
 * repository-relative location with a region.
 *
 * Code scanning shows only results that have a location ("at least one location is required"),
 * and the location's `artifactLocation.uri` must name a file in the repository. Findings without
 * a file (an image's packages, host rules, signatures) are therefore anchored at line 1 of the
 * run's `fallbackPath`, else of the workflow file, and their message says what the real target is.
 *
 * Nothing from file content is copied into the log: the line hash is a digest, never a snippet.
 * The log is held in memory; {@link writeSarif} writes the same log for findings of any number.
 */
function findingsToSarif(input) {
    checkRuns(input);
    const files = new FileCache(input.readFile);
    return {
        version: '2.1.0',
        $schema: exports.SARIF_SCHEMA_URI,
        runs: input.runs.map((run) => {
            const anchorPath = run.fallbackPath ?? input.workflowPath;
            const rules = [...runRules(run, anchorPath, Infinity)];
            const refs = ruleRefs(rules);
            const results = [];
            for (const f of run.findings) {
                results.push(buildResult(f, refs.get(f.ruleId), run, anchorPath, files));
            }
            return { ...runHead(run, rules), results };
        }),
    };
}
/** Where the upload's share gives way first when a run has more results than it keeps. */
const LEAST_SEVERE_FIRST = [...core_1.SEVERITIES].reverse();
/**
 * Writes the SARIF log of {@link findingsToSarif} as text, a result at a time, for findings of any
 * number (a log can outgrow the longest string V8 holds): the same bytes `JSON.stringify` gives.
 * Each run's findings are read once per ~`budget` bytes of rule facts (once, for most runs), once
 * for the results, and once more for the rules of the upload when a run has more than `keep`
 * rules. Memory holds one pass's rule facts, each rule's index and score, and at most `keep`
 * results (and rules) per run for the upload. Returns the number of results written, too.
 */
function writeSarif(input, write, keep, budget = exports.RULE_FACTS_BYTES) {
    checkRuns(input);
    const files = new FileCache(input.readFile);
    const leftOut = {
        results: 0,
        byRule: {},
        bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
        notes: [],
    };
    const upload = [];
    let total = 0;
    let chunk = `{"version":"2.1.0","$schema":${JSON.stringify(exports.SARIF_SCHEMA_URI)},"runs":[`;
    const add = (text) => {
        chunk += text;
        if (chunk.length >= WRITE_CHUNK) {
            write(chunk);
            chunk = '';
        }
    };
    input.runs.forEach((run, n) => {
        const anchorPath = run.fallbackPath ?? input.workflowPath;
        // Rules are written as they are built; the upload holds them while there are at most `keep`.
        let held = [];
        const refs = new Map();
        const head = JSON.stringify(runHead(run, []));
        const cut = head.indexOf('"rules":[]') + '"rules":['.length;
        add(`${n > 0 ? ',' : ''}${head.slice(0, cut)}`);
        for (const rule of runRules(run, anchorPath, budget)) {
            // Findings that changed between two passes could name a rule twice and shift every index.
            if (refs.has(rule.id))
                throw new Error(`the findings of run ${n + 1} changed between two reads`);
            add(`${refs.size > 0 ? ',' : ''}${JSON.stringify(rule)}`);
            refs.set(rule.id, ruleRef(rule, refs.size));
            held?.push(rule);
            if (held && held.length > keep)
                held = undefined;
        }
        add(`${head.slice(cut, -3)}[`);
        // The upload's share: the most severe results, held by severity in the run's order.
        const kept = {
            critical: [],
            high: [],
            medium: [],
            low: [],
            info: [],
        };
        let keptCount = 0;
        let count = 0;
        for (const f of run.findings) {
            const rule = refs.get(f.ruleId);
            if (!rule)
                throw new Error(`the findings of run ${n + 1} changed between two reads`);
            const result = buildResult(f, rule, run, anchorPath, files);
            add(`${count > 0 ? ',' : ''}${JSON.stringify(result)}`);
            kept[f.severity].push({ index: count, result });
            keptCount += 1;
            if (keptCount > keep) {
                const least = LEAST_SEVERE_FIRST.find((s) => kept[s].length > 0);
                const dropped = kept[least].pop();
                keptCount -= 1;
                leftOut.results += 1;
                leftOut.bySeverity[least] += 1;
                const id = dropped.result.ruleId ?? '';
                leftOut.byRule[id] = (leftOut.byRule[id] ?? 0) + 1;
            }
            count += 1;
        }
        add(']}');
        total += count;
        const results = core_1.SEVERITIES.flatMap((s) => kept[s]).sort((a, b) => a.index - b.index);
        if (held && results.length === count) {
            upload.push({ ...runHead(run, held), results: results.map((k) => k.result) });
            return;
        }
        if (results.length < count) {
            leftOut.notes.push(`Run ${n + 1} (${run.tool.name}): kept the ${results.length} most severe of ${count} results (GitHub accepts ${keep} per run).`);
        }
        // Only the rules the kept results use, re-indexed.
        const used = new Set(results.map((k) => k.result.ruleId ?? ''));
        const rules = held
            ? held.filter((r) => used.has(r.id))
            : [...runRules(run, anchorPath, Infinity, used)];
        const own = ruleRefs(rules);
        upload.push({
            ...runHead(run, rules),
            // Re-indexed in place: the writer built these results and has written them already.
            results: results.map(({ result }) => {
                result.ruleIndex = own.get(result.ruleId ?? '').index;
                return result;
            }),
        });
    });
    write(`${chunk}]}`);
    return {
        upload: { version: '2.1.0', $schema: exports.SARIF_SCHEMA_URI, runs: upload },
        leftOut,
        results: total,
    };
}
const WRITE_CHUNK = 1 << 20;


/***/ }),

/***/ 8808:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parse = exports.CHECKOV_DEFAULT_SEVERITIES = void 0;
exports.defaultCheckovSeverity = defaultCheckovSeverity;
exports.parseCheckov = parseCheckov;
const core_1 = __webpack_require__(893);
const json_js_1 = __webpack_require__(8237);
/**
 * Parser for `checkov -o json`.
 *
 * checkov writes one report object per framework (`check_type`), and a JSON list of them when more
 * than one framework ran. A report is `{check_type, results: {failed_checks, passed_checks,
 * skipped_checks, parsing_errors}, summary}`. When there is nothing to scan it writes only the summary
 * object (`{"passed": 0, "failed": 0, …, "checkov_version": …}`; https://github.com/bridgecrewio/checkov/issues/7462).
 *
 * Severity is `null` (or absent) in the open-source edition: checkov only fills it from the Prisma
 * Cloud platform when run with an API key (https://github.com/bridgecrewio/checkov/issues/5604,
 * https://github.com/bridgecrewio/checkov/issues/6778). A null severity
 * is looked up in {@link CHECKOV_DEFAULT_SEVERITIES}; anything not listed there is the core's unknown
 * severity (medium). No finding is ever dropped for lack of a severity.
 */
/**
 * Severities for checks whose open-source output has `severity: null`, keyed by check id, or by id
 * prefix ending in `_` / `*`. Each entry takes the default severity the open-source trivy/tfsec
 * (defsec) policy for the same control publishes, so the same misconfiguration ranks the same
 * whichever engine found it; the AVD id is noted beside each.
 */
exports.CHECKOV_DEFAULT_SEVERITIES = {
    // Hard-coded credentials of any kind (checkov secrets framework): a leaked key is usable at once.
    'CKV_SECRET_*': 'high',
    // Provider block with a hard-coded AWS access key (trivy's aws-access-key-id secret rule: critical).
    CKV_AWS_41: 'critical',
    // Security group open to 0.0.0.0/0 on SSH / RDP (AVD-AWS-0107 aws-ec2-no-public-ingress-sgr: critical).
    CKV_AWS_24: 'critical',
    CKV_AWS_25: 'critical',
    // S3 bucket ACL grants public READ / WRITE (AVD-AWS-0092 aws-s3-no-public-access-with-acl: high).
    CKV_AWS_20: 'high',
    CKV_AWS_57: 'critical',
    // RDS instance publicly accessible (AVD-AWS-0180 aws-rds-no-public-db-access: critical).
    CKV_AWS_17: 'critical',
    // RDS storage not encrypted (AVD-AWS-0080 aws-rds-encrypt-instance-storage-data: high).
    CKV_AWS_16: 'high',
    // Launch configuration EBS not encrypted (AVD-AWS-0008 aws-autoscaling-enable-at-rest-encryption: high).
    CKV_AWS_8: 'high',
    // S3 bucket without server-side encryption (AVD-AWS-0088 aws-s3-enable-bucket-encryption: high).
    CKV_AWS_19: 'high',
    // EC2 instance metadata v1 allowed (AVD-AWS-0028 aws-ec2-enforce-http-token-imds: high).
    CKV_AWS_79: 'high',
    // Container runs as root: no USER in Dockerfile (AVD-DS-0002: high).
    CKV_DOCKER_3: 'high',
    // No HEALTHCHECK in Dockerfile (AVD-DS-0026: low).
    CKV_DOCKER_2: 'low',
    // Privileged Kubernetes container (AVD-KSV-0017: high).
    CKV_K8S_16: 'high',
};
/** The table's severity for a check id, or undefined when the table has no entry. */
function defaultCheckovSeverity(checkId) {
    // Own properties only: a check id such as "__proto__" must not reach Object.prototype.
    const exact = Object.hasOwn(exports.CHECKOV_DEFAULT_SEVERITIES, checkId)
        ? exports.CHECKOV_DEFAULT_SEVERITIES[checkId]
        : undefined;
    if (exact)
        return exact;
    for (const [key, severity] of Object.entries(exports.CHECKOV_DEFAULT_SEVERITIES)) {
        if (key.endsWith('*') && checkId.startsWith(key.slice(0, -1)))
            return severity;
    }
    return undefined;
}
function categoryOf(checkType) {
    if (checkType === 'secrets')
        return 'secret';
    if (checkType?.startsWith('sca_'))
        return 'vulnerability';
    return 'misconfiguration';
}
function isSummaryOnly(report) {
    return (!('results' in report) &&
        typeof report.passed === 'number' &&
        typeof report.failed === 'number' &&
        ('checkov_version' in report || 'resource_count' in report));
}
/** Lines as `{start,end}` when checkov gives a real range (Dockerfile-wide checks say [0, 0]). */
function linesOf(check) {
    const range = check.file_line_range;
    if (!Array.isArray(range) || typeof range[0] !== 'number' || range[0] < 1)
        return undefined;
    const end = typeof range[1] === 'number' && range[1] >= range[0] ? range[1] : range[0];
    return { start: range[0], end };
}
/** The scanner's own copy of the flagged lines, used when the file cannot be read. */
function codeBlockText(check) {
    if (!Array.isArray(check.code_block))
        return undefined;
    const text = check.code_block
        .map((line) => (Array.isArray(line) && typeof line[1] === 'string' ? line[1] : ''))
        .join('');
    return text.trim() === '' ? undefined : text;
}
function parseCheckov(raw, context) {
    const data = (0, json_js_1.parseJsonOutput)(raw, {
        empty: 'checkov wrote no output; see its log above',
        invalid: (why) => `checkov output is not JSON (${why}); was it run with -o json?`,
    });
    const reports = Array.isArray(data) ? data : [data];
    if (reports.length === 0 || !reports.every(json_js_1.isRecord)) {
        throw new core_1.ScanFailedError('checkov output is not a report object or a list of them; expected the output of -o json');
    }
    const findings = [];
    const notices = [];
    const fileFingerprints = new core_1.FileFingerprints();
    let scannerVersion;
    let failed = 0;
    let passed = 0;
    let skipped = 0;
    let parsingErrors = 0;
    let outside = 0;
    const parseErrorFiles = [];
    for (const report of reports) {
        if (isSummaryOnly(report)) {
            scannerVersion ??= (0, json_js_1.str)(report.checkov_version);
            notices.push('checkov found no files it could scan.');
            continue;
        }
        if (!(0, json_js_1.isRecord)(report.results)) {
            throw new core_1.ScanFailedError('checkov output is not valid: a report has no "results" object; expected the output of -o json');
        }
        const checkType = (0, json_js_1.str)(report.check_type);
        const summary = (0, json_js_1.isRecord)(report.summary) ? report.summary : {};
        scannerVersion ??= (0, json_js_1.str)(summary.checkov_version);
        const results = report.results;
        const failedChecks = (0, json_js_1.recordList)(results.failed_checks, 'checkov', 'results.failed_checks');
        const skippedChecks = (0, json_js_1.recordList)(results.skipped_checks, 'checkov', 'results.skipped_checks');
        const passedChecks = (0, json_js_1.recordList)(results.passed_checks, 'checkov', 'results.passed_checks');
        failed += failedChecks.length;
        skipped += skippedChecks.length;
        passed += passedChecks.length;
        const errs = Array.isArray(results.parsing_errors) ? results.parsing_errors : [];
        const errCount = Math.max(errs.length, typeof summary.parsing_errors === 'number' ? summary.parsing_errors : 0);
        parsingErrors += errCount;
        for (const e of errs)
            if (typeof e === 'string')
                parseErrorFiles.push(e);
        const entries = [
            ...failedChecks.map((c) => ({ check: c, skippedCheck: false })),
            ...skippedChecks.map((c) => ({ check: c, skippedCheck: true })),
        ];
        for (const { check, skippedCheck } of entries) {
            const ruleId = (0, json_js_1.str)(check.check_id);
            if (!ruleId) {
                throw new core_1.ScanFailedError('checkov output is not valid: a check has no check_id');
            }
            const title = (0, json_js_1.str)(check.check_name) ?? ruleId;
            const resource = (0, json_js_1.str)(check.resource);
            const rawPath = (0, json_js_1.str)(check.file_path);
            const absPath = (0, json_js_1.str)(check.file_abs_path);
            // file_path is relative to the scanned directory (written with a leading "/"); the absolute
            // path, when present, is what places the file in the workspace.
            let path;
            if (absPath)
                path = (0, core_1.toWorkspacePath)(absPath, context.workspace);
            else if (rawPath)
                path = (0, core_1.toWorkspacePath)(rawPath.replace(/^\/+/, ''), context.workspace);
            if ((absPath || rawPath) && !path)
                outside += 1;
            const lines = linesOf(check);
            const content = (path && lines ? context.readLines?.(path, lines.start, lines.end) : undefined) ??
                codeBlockText(check) ??
                `${resource ?? ''} ${title}`;
            const where = path ?? rawPath ?? absPath;
            const fingerprint = where
                ? fileFingerprints.next(ruleId, where, content)
                : (0, core_1.ruleFingerprint)(ruleId, resource ?? title);
            const rawSeverity = (0, json_js_1.str)(check.severity);
            const severity = rawSeverity
                ? (0, core_1.normalizeSeverity)(rawSeverity)
                : (defaultCheckovSeverity(ruleId) ?? core_1.UNKNOWN_SEVERITY);
            const guideline = (0, json_js_1.str)(check.guideline);
            const description = (0, json_js_1.str)(check.description) ?? (0, json_js_1.str)(check.short_description);
            // checkov writes the `#checkov:skip=ID:reason` reason in check_result.suppress_comment.
            const checkResult = (0, json_js_1.isRecord)(check.check_result) ? check.check_result : {};
            const justification = skippedCheck
                ? ((0, json_js_1.str)(checkResult.suppress_comment) ?? (0, json_js_1.str)(check.suppress_comment))
                : undefined;
            findings.push({
                fingerprint,
                category: categoryOf(checkType),
                ruleId,
                title,
                ...(0, core_1.ruleInfo)(title, description),
                description: (description ? `${description}\n\n` : '') +
                    `Resource ${resource ?? '(unnamed)'}${checkType ? ` (${checkType})` : ''}.`,
                severity,
                ...(rawSeverity ? { scannerSeverity: rawSeverity } : {}),
                ...(path
                    ? { location: { path, ...(lines ? { startLine: lines.start, endLine: lines.end } : {}) } }
                    : {}),
                ...(guideline ? { helpUri: guideline, references: [guideline] } : {}),
                ...(skippedCheck
                    ? {
                        suppression: {
                            kind: 'in-source',
                            ...(justification ? { justification } : {}),
                            source: 'checkov skip',
                        },
                    }
                    : {}),
            });
        }
    }
    if (passed > 0)
        notices.push(`checkov: ${passed} check(s) passed.`);
    if (parsingErrors > 0) {
        const shown = parseErrorFiles.slice(0, 10).join(', ');
        notices.push(`checkov could not parse ${parsingErrors} file(s)${shown ? ` (${shown}${parseErrorFiles.length > 10 ? ', …' : ''})` : ''}; they were not checked.`);
    }
    if (outside > 0) {
        notices.push(`checkov reported ${outside} finding(s) in files outside the workspace; they carry no file location.`);
    }
    return {
        findings,
        notices,
        ...(scannerVersion ? { scannerVersion } : {}),
        stats: { reports: reports.length, failed, passed, skipped, parsingErrors },
    };
}
/** The `Parser` port for checkov JSON. */
const parse = (raw, context) => {
    const { findings, notices, scannerVersion } = parseCheckov(raw, context);
    return { findings, notices, ...(scannerVersion ? { scannerVersion } : {}) };
};
exports.parse = parse;


/***/ }),

/***/ 4973:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseGitleaks = void 0;
const core_1 = __webpack_require__(893);
const core_2 = __webpack_require__(893);
/**
 * gitleaks JSON report (`gitleaks detect --report-format json`), in the three shapes gitleaks has
 * written over the years:
 *
 * - v8: `[{RuleID, Description, File, StartLine, EndLine, Commit, Date, Secret, Match, Fingerprint, Tags}]`
 * - v7: `[{rule, file, lineNumber, line, offender, commit, date, tags: "a, b"}]`
 * - older releases: v7 keys without `lineNumber`, or the JSON literal `null` when nothing leaked.
 *
 * Secret handling: the report is the one place the raw secret lives. Nothing from `Secret`, `Match`,
 * `offender` or `line` is copied into a finding, and no fingerprint hashes it either (a hash of a
 * short secret is an oracle for guessing it). Fingerprints hash rule + path + commit (+ the line
 * number, which a commit fixes forever) + the match with the secret cut out + the keyed digest of the
 * secret the engine computed (so a fingerprint names one secret, never the next one written in its
 * place); working-tree findings (no commit) leave the line number out so an edit above the secret
 * keeps the fingerprint.
 *
 * Personal data: the commit and its date are kept (enough to find the leak with `git show`); author
 * name, e-mail and commit message are dropped, since reports and SARIF leave the runner.
 */
const SECRET_PLACEHOLDER = '<secret>';
const SOURCE = 'gitleaks';
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function text(record, key) {
    const value = record[key];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function lineNumber(record, key) {
    const value = record[key];
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
/** The match with the secret cut out; when the secret cannot be located, nothing of the match is kept. */
function redactMatch(match, secret) {
    if (match === undefined || secret === undefined || !match.includes(secret)) {
        return SECRET_PLACEHOLDER;
    }
    return match.split(secret).join(SECRET_PLACEHOLDER);
}
function fail(reason) {
    throw new core_2.ScanFailedError(`gitleaks report ${reason}`);
}
function readLeak(entry, index) {
    if (!isRecord(entry))
        fail(`entry ${index} is not an object; the file is not a gitleaks JSON report`);
    if (typeof entry.RuleID === 'string') {
        const ruleId = entry.RuleID.trim();
        if (ruleId === '')
            fail(`entry ${index} has an empty RuleID`);
        if (typeof entry.File !== 'string')
            fail(`entry ${index} (${ruleId}) has no File`);
        const tags = Array.isArray(entry.Tags)
            ? entry.Tags.filter((t) => typeof t === 'string' && t.trim() !== '')
            : [];
        return {
            ruleId,
            label: text(entry, 'Description') ?? ruleId,
            file: entry.File,
            startLine: lineNumber(entry, 'StartLine'),
            endLine: lineNumber(entry, 'EndLine'),
            startColumn: lineNumber(entry, 'StartColumn'),
            commit: text(entry, 'Commit'),
            date: text(entry, 'Date'),
            redactedMatch: redactMatch(text(entry, 'Match'), text(entry, 'Secret')),
            tags,
            ignoreKey: text(entry, 'Fingerprint'),
        };
    }
    if (typeof entry.rule === 'string') {
        const ruleId = entry.rule.trim();
        if (ruleId === '')
            fail(`entry ${index} has an empty rule`);
        if (typeof entry.file !== 'string')
            fail(`entry ${index} (${ruleId}) has no file`);
        const start = lineNumber(entry, 'lineNumber');
        return {
            ruleId,
            label: ruleId,
            file: entry.file,
            startLine: start,
            endLine: start,
            commit: text(entry, 'commit'),
            date: text(entry, 'date'),
            // v7 has no separate secret: `offender` is the secret itself, so nothing of it is kept.
            redactedMatch: SECRET_PLACEHOLDER,
            tags: (text(entry, 'tags') ?? '')
                .split(',')
                .map((t) => t.trim())
                .filter((t) => t !== ''),
        };
    }
    return fail(`entry ${index} has neither RuleID (gitleaks 8) nor rule (gitleaks 7); the file is not a gitleaks JSON report`);
}
function keyed(leak, context, index) {
    const path = (0, core_2.toWorkspacePath)(leak.file, context.workspace);
    const digests = context.secretDigests;
    const content = [
        leak.commit ? `commit:${leak.commit}` : '',
        leak.commit && leak.startLine !== undefined ? `line:${leak.startLine}` : '',
        `match:${leak.redactedMatch}`,
        digests ? `secret:${digests[index] ?? 'unread'}` : '',
    ]
        .filter((p) => p !== '')
        .join(' ');
    return { leak, path, fingerprintPath: path ?? leak.file.replace(/\\/g, '/'), content };
}
/**
 * The file fingerprint of each item. gitleaks scans concurrently, so report order varies between
 * runs: occurrence indexes for identical keys are assigned in file order (path, line, column),
 * which the same content always has.
 */
function fingerprints(items) {
    const order = items.map((_, i) => i);
    const at = (i) => items[i];
    order.sort((a, b) => {
        const x = at(a);
        const y = at(b);
        if (x.fingerprintPath !== y.fingerprintPath)
            return x.fingerprintPath < y.fingerprintPath ? -1 : 1;
        const line = (x.leak.startLine ?? 0) - (y.leak.startLine ?? 0);
        if (line !== 0)
            return line;
        return (x.leak.startColumn ?? 0) - (y.leak.startColumn ?? 0);
    });
    const fileFingerprints = new core_2.FileFingerprints();
    const result = new Array(items.length);
    for (const i of order) {
        const item = at(i);
        result[i] = fileFingerprints.next(item.leak.ruleId, item.fingerprintPath, item.content);
    }
    return result;
}
function toFinding(item, fingerprint, context) {
    const { leak, path } = item;
    let location;
    if (path !== undefined) {
        location = {
            path,
            ...(leak.startLine !== undefined ? { startLine: leak.startLine } : {}),
            ...(leak.startLine !== undefined &&
                leak.endLine !== undefined &&
                leak.endLine >= leak.startLine
                ? { endLine: leak.endLine }
                : {}),
        };
    }
    const where = [
        path !== undefined ? `in ${path}` : 'in a file outside the workspace',
        leak.startLine !== undefined ? `at line ${leak.startLine}` : '',
        leak.commit ? `of commit ${leak.commit}` : '',
    ]
        .filter((p) => p !== '')
        .join(' ');
    const description = [
        `gitleaks rule '${leak.ruleId}' matched ${where}. The secret value is not reproduced here.`,
        leak.tags.length > 0 ? `Tags: ${leak.tags.join(', ')}.` : '',
        leak.ignoreKey ? `gitleaks fingerprint (for .gitleaksignore): ${leak.ignoreKey}` : '',
    ]
        .filter((p) => p !== '')
        .join('\n');
    const git = leak.commit || leak.date
        ? {
            ...(leak.commit ? { commit: leak.commit } : {}),
            ...(leak.date ? { date: leak.date } : {}),
        }
        : undefined;
    return {
        fingerprint,
        category: 'secret',
        ruleId: leak.ruleId,
        title: path !== undefined ? `${leak.label} in ${path}` : leak.label,
        description,
        // gitleaks' Description is its rule's name ("AWS", "GitHub Personal Access Token"), the same on
        // every leak of the rule: the rule's title wherever rules are shown.
        ...(0, core_2.ruleInfo)(leak.label !== leak.ruleId ? leak.label : undefined),
        severity: context.defaultSeverity ?? 'high',
        ...(location ? { location } : {}),
        remediation: 'Revoke and rotate this credential, then remove it from the code. A secret that reached git history stays exposed until it is rotated, even after the file is changed.',
        ...(git ? { git } : {}),
        sources: [SOURCE],
    };
}
/**
 * Parses a gitleaks JSON report. An empty file is a failed scan: gitleaks writes `[]` (or `null` in
 * old releases) when nothing leaked, so a caller that knows gitleaks wrote nothing must say so itself.
 */
const parseGitleaks = (raw, context) => {
    const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (body.trim() === '') {
        fail('is empty; gitleaks writes [] when it finds nothing, so the scan did not complete');
    }
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (error) {
        throw new core_2.ScanFailedError(`gitleaks report is not valid JSON (${(0, core_1.describeJsonError)(error)}); the scan was interrupted or wrote another format`, { cause: error });
    }
    if (data === null)
        return { findings: [], notices: [] };
    if (!Array.isArray(data)) {
        fail('is not a JSON array of leaks; check that gitleaks ran with --report-format json');
    }
    const items = data.map((entry, index) => keyed(readLeak(entry, index), context, index));
    const fingerprint = fingerprints(items);
    const findings = items.map((item, i) => toFinding(item, fingerprint[i], context));
    return { findings, notices: [] };
};
exports.parseGitleaks = parseGitleaks;


/***/ }),

/***/ 7830:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseGrype = void 0;
const core_1 = __webpack_require__(893);
const json_js_1 = __webpack_require__(8237);
/**
 * grype JSON report (`grype -o json`). Handles the current layout (`vulnerability.cvss[]`,
 * `fix.versions`, `urls`, `epss`, `cwes`) and the one of grype < 0.20 (`cvssV3` / `cvssV2`,
 * `fixedInVersion`, `links`, `matchDetails` as an object).
 *
 * Severity words are grype's own: Negligible is informational, Unknown (or no severity at all) is
 * medium, never harmless. Matches that grype's ignore rules or VEX documents set aside
 * (`ignoredMatches`, written with --show-suppressed) are kept as suppressed findings.
 */
const SOURCE = 'grype';
/** What grype's own test harness writes instead of a version. */
const NO_VERSION = '[not provided]';
function records(value) {
    return Array.isArray(value) ? value.filter(json_js_1.isRecord) : [];
}
function fail(reason) {
    throw new core_1.ScanFailedError(`grype report ${reason}`);
}
function purlType(purl) {
    const m = purl ? /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(purl) : null;
    return m?.[1]?.toLowerCase();
}
function cvssFrom(entry, fallbackVersion) {
    const metrics = (0, json_js_1.isRecord)(entry.metrics) ? entry.metrics : entry;
    const score = typeof metrics.baseScore === 'number' ? metrics.baseScore : undefined;
    const vector = (0, json_js_1.text)(entry, 'vector');
    if (score === undefined && vector === undefined)
        return undefined;
    const version = (vector ? /^CVSS:(\d+\.\d+)\//.exec(vector)?.[1] : undefined) ??
        (0, json_js_1.text)(entry, 'version') ??
        fallbackVersion;
    return {
        ...(score !== undefined ? { score } : {}),
        ...(vector ? { vector } : {}),
        ...(version ? { version } : {}),
    };
}
/** A CVSS v3 score first (the primary, i.e. NVD, one before secondary sources), then v4, then v2. */
function readCvss(vuln) {
    const entries = records(vuln.cvss);
    if (entries.length > 0) {
        const rank = (e) => {
            const version = (0, json_js_1.text)(e, 'version') ?? '';
            const major = version.startsWith('3') ? 0 : version.startsWith('4') ? 2 : 4;
            return major + ((0, json_js_1.text)(e, 'type') === 'Secondary' ? 1 : 0);
        };
        const best = [...entries].sort((a, b) => rank(a) - rank(b));
        for (const e of best) {
            const cvss = cvssFrom(e);
            if (cvss)
                return cvss;
        }
    }
    if ((0, json_js_1.isRecord)(vuln.cvssV3))
        return cvssFrom(vuln.cvssV3, '3.0');
    if ((0, json_js_1.isRecord)(vuln.cvssV2))
        return cvssFrom(vuln.cvssV2, '2.0');
    return undefined;
}
function cwesOf(vuln) {
    const values = Array.isArray(vuln.cwes)
        ? vuln.cwes.map((c) => (typeof c === 'string' ? c : (0, json_js_1.isRecord)(c) ? (0, json_js_1.text)(c, 'cwe') : undefined))
        : [];
    return (0, json_js_1.unique)(values.map((c) => c?.trim()).map((c) => (c && /^\d+$/.test(c) ? `CWE-${c}` : c)));
}
function sourceScope(report, context) {
    const source = (0, json_js_1.isRecord)(report.source) ? report.source : {};
    const type = (0, json_js_1.text)(source, 'type');
    if (context.image)
        return { image: { ref: context.image.ref, digest: context.image.digest } };
    if (type === 'image') {
        const target = (0, json_js_1.isRecord)(source.target) ? source.target : {};
        const ref = (0, json_js_1.text)(target, 'userInput');
        const digest = (0, json_js_1.text)(target, 'manifestDigest');
        return ref ? { image: { ref, ...(digest ? { digest } : {}) } } : {};
    }
    if (type === 'directory') {
        const target = source.target;
        const dir = typeof target === 'string' ? target : (0, json_js_1.isRecord)(target) ? (0, json_js_1.text)(target, 'path') : undefined;
        return { directory: dir ?? '.' };
    }
    return {};
}
function fixOf(vuln) {
    if ((0, json_js_1.isRecord)(vuln.fix)) {
        return { versions: (0, json_js_1.strings)(vuln.fix.versions), state: (0, json_js_1.text)(vuln.fix, 'state') };
    }
    const legacy = (0, json_js_1.text)(vuln, 'fixedInVersion');
    return legacy ? { versions: [legacy], state: 'fixed' } : { versions: [] };
}
function remediationFor(name, fix) {
    if (fix.versions.length > 0)
        return `Upgrade ${name} to ${fix.versions.join(' or ')}.`;
    switch (fix.state) {
        case 'wont-fix':
            return `The maintainers of ${name} will not fix this vulnerability; replace the package or accept the risk with a waiver.`;
        case 'not-fixed':
            return `No fixed version of ${name} has been released yet.`;
        default:
            return `No fixed version of ${name} is known.`;
    }
}
function suppressionOf(match) {
    const rules = records(match.appliedIgnoreRules);
    const vex = rules.find((r) => (0, json_js_1.text)(r, 'vex-status'));
    if (vex) {
        const status = (0, json_js_1.text)(vex, 'vex-status');
        const why = (0, json_js_1.text)(vex, 'vex-justification');
        return {
            kind: 'vendor-status',
            justification: `VEX status ${status}${why ? `: ${why}` : ''}`,
            source: 'grype VEX document',
        };
    }
    const reason = rules.map((r) => (0, json_js_1.text)(r, 'reason')).find((r) => r !== undefined);
    return {
        kind: 'external',
        justification: reason ? `grype ignore rule: ${reason}` : 'grype ignore rule',
        source: 'grype ignore rule',
    };
}
function toFinding(match, where, scope, context, suppressed) {
    if (!(0, json_js_1.isRecord)(match))
        fail(`${where} is not an object`);
    const vuln = match.vulnerability;
    const artifact = match.artifact;
    if (!(0, json_js_1.isRecord)(vuln) || !(0, json_js_1.isRecord)(artifact))
        fail(`${where} has no vulnerability or artifact`);
    const id = (0, json_js_1.text)(vuln, 'id');
    const name = (0, json_js_1.text)(artifact, 'name');
    if (!id || !name)
        fail(`${where} has no vulnerability id or package name`);
    const version = (0, json_js_1.text)(artifact, 'version');
    const purl = (0, json_js_1.text)(artifact, 'purl');
    const ecosystem = purlType(purl) ?? (0, json_js_1.text)(artifact, 'type');
    const fix = fixOf(vuln);
    const pkg = {
        name,
        ...(version ? { version } : {}),
        ...(purl ? { purl } : {}),
        ...(fix.versions.length > 0 ? { fixedVersion: fix.versions.join(', ') } : {}),
        ...(ecosystem ? { ecosystem } : {}),
    };
    const locations = records(artifact.locations);
    const layer = locations.map((l) => (0, json_js_1.text)(l, 'layerID')).find((l) => l !== undefined);
    const image = scope.image ? { ...scope.image, ...(layer ? { layer } : {}) } : undefined;
    const firstPath = locations.map((l) => (0, json_js_1.text)(l, 'path')).find((p) => p !== undefined);
    const path = scope.directory !== undefined && firstPath !== undefined
        ? (0, core_1.toWorkspacePath)(`${scope.directory.replace(/\/+$/, '')}/${firstPath.replace(/^\/+/, '')}`, context.workspace)
        : undefined;
    const related = records(match.relatedVulnerabilities);
    const severityWord = (0, json_js_1.text)(vuln, 'severity');
    const cvss = readCvss(vuln) ?? related.map(readCvss).find((c) => c !== undefined);
    const cwe = cwesOf(vuln);
    const helpUri = (0, json_js_1.text)(vuln, 'dataSource');
    const epss = records(vuln.epss)[0];
    const summary = (0, json_js_1.text)(vuln, 'description') ?? related.map((r) => (0, json_js_1.text)(r, 'description')).find((d) => !!d);
    const epssLine = epss && typeof epss.epss === 'number'
        ? `EPSS ${epss.epss}${typeof epss.percentile === 'number' ? ` (percentile ${epss.percentile})` : ''}.`
        : undefined;
    const description = (0, json_js_1.unique)([summary, epssLine]).join('\n\n');
    const digest = context.image?.digest;
    return {
        fingerprint: digest
            ? (0, core_1.imageFingerprint)({ digest, advisory: id, name, version, ecosystem })
            : (0, core_1.packageFingerprint)({ advisory: id, name, version, ecosystem }),
        category: 'vulnerability',
        ruleId: id,
        title: `${id} in ${name}${version ? ` ${version}` : ''}`,
        ...(description ? { description } : {}),
        ...(0, core_1.ruleInfo)(undefined, summary),
        severity: (0, core_1.normalizeSeverity)(severityWord),
        ...(severityWord ? { scannerSeverity: severityWord } : {}),
        ...(cvss ? { cvss } : {}),
        ...(path ? { location: { path } } : {}),
        package: pkg,
        ...(image ? { image } : {}),
        references: (0, json_js_1.unique)([helpUri, ...(0, json_js_1.strings)(vuln.urls), ...(0, json_js_1.strings)(vuln.links)]),
        ...(cwe.length > 0 ? { cwe } : {}),
        advisories: (0, json_js_1.unique)([id, ...related.map((r) => (0, json_js_1.text)(r, 'id'))]),
        ...(helpUri ? { helpUri } : {}),
        remediation: remediationFor(name, fix),
        ...(suppressed ? { suppression: suppressionOf(match) } : {}),
        sources: [SOURCE],
    };
}
/** Parses a grype JSON report; `descriptor.version` is the scanner version unless grype withheld it. */
const parseGrype = (raw, context) => {
    const data = (0, json_js_1.parseJsonOutput)(raw, {
        empty: 'grype report is empty; grype always writes a JSON document, so the scan did not complete',
        invalid: (why) => `grype report is not valid JSON (${why}); the scan was interrupted or wrote another format`,
    });
    if (!(0, json_js_1.isRecord)(data))
        fail('is not a JSON object; check that grype ran with -o json');
    if (!Array.isArray(data.matches)) {
        fail('has no matches list; it is not a grype JSON report (check that grype ran with -o json)');
    }
    const ignored = data.ignoredMatches;
    if (ignored !== undefined && ignored !== null && !Array.isArray(ignored)) {
        fail('has an ignoredMatches member that is not a list');
    }
    const scope = sourceScope(data, context);
    const findings = [
        ...data.matches.map((m, i) => toFinding(m, `matches[${i}]`, scope, context, false)),
        ...(ignored ?? []).map((m, i) => toFinding(m, `ignoredMatches[${i}]`, scope, context, true)),
    ];
    const descriptor = (0, json_js_1.isRecord)(data.descriptor) ? data.descriptor : {};
    const version = (0, json_js_1.text)(descriptor, 'version');
    const notices = [];
    if (Array.isArray(ignored) && ignored.length > 0) {
        notices.push(`grype set aside ${ignored.length} match(es) by ignore rules or VEX; they are reported as suppressed findings.`);
    }
    return {
        findings,
        ...(version && version !== NO_VERSION ? { scannerVersion: version } : {}),
        notices,
    };
};
exports.parseGrype = parseGrype;


/***/ }),

/***/ 9466:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parse = void 0;
exports.parseHadolint = parseHadolint;
const core_1 = __webpack_require__(893);
const json_js_1 = __webpack_require__(8237);
/**
 * Parser for hadolint's JSON output (`hadolint --format json Dockerfile`,
 * https://github.com/hadolint/hadolint#formatters): a list of `{file, line, column, code, level,
 * message}`, one per rule violation. `code` is a DLxxxx rule or an SCxxxx shellcheck check; `level`
 * is error, warning, info or style. `file` is `-` when the Dockerfile came from stdin: such
 * findings carry no file location.
 */
const RULE_DOCS = 'https://github.com/hadolint/hadolint/wiki/';
const SHELLCHECK_DOCS = 'https://www.shellcheck.net/wiki/';
function parseHadolint(raw, context) {
    const data = (0, json_js_1.parseJsonOutput)(raw, {
        empty: 'hadolint wrote no JSON; the lint did not complete',
        invalid: (why) => `hadolint output is not JSON (${why}); was it run with --format json?`,
    });
    if (!Array.isArray(data)) {
        throw new core_1.ScanFailedError('hadolint output is not a list; expected the output of `hadolint --format json`');
    }
    const findings = [];
    const fileFingerprints = new core_1.FileFingerprints();
    let stdin = 0;
    data.forEach((entry, i) => {
        if (!(0, json_js_1.isRecord)(entry))
            throw new core_1.ScanFailedError(`hadolint output [${i}] is not an object`);
        const ruleId = (0, json_js_1.str)(entry.code);
        if (!ruleId)
            throw new core_1.ScanFailedError(`hadolint output [${i}] has no code`);
        const file = (0, json_js_1.str)(entry.file);
        const path = file && file !== '-' ? (0, core_1.toWorkspacePath)(file, context.workspace) : undefined;
        if (file === '-')
            stdin += 1;
        const line = typeof entry.line === 'number' && entry.line >= 1 ? entry.line : undefined;
        const column = typeof entry.column === 'number' && entry.column >= 1 ? entry.column : undefined;
        const message = (0, json_js_1.str)(entry.message)?.trim() ?? ruleId;
        const level = (0, json_js_1.str)(entry.level);
        const content = (path && line !== undefined ? context.readLines?.(path, line, line) : undefined) ?? message;
        const where = path ?? file ?? '-';
        const docs = `${ruleId.startsWith('SC') ? SHELLCHECK_DOCS : RULE_DOCS}${ruleId}`;
        findings.push({
            fingerprint: fileFingerprints.next(ruleId, where, content),
            category: 'misconfiguration',
            ruleId,
            title: message,
            // A DL rule's message is the rule's own fixed text; a shellcheck message may name the line's words.
            ...(ruleId.startsWith('DL') ? (0, core_1.ruleInfo)(message) : {}),
            severity: (0, core_1.normalizeSeverity)(level),
            ...(level ? { scannerSeverity: level } : {}),
            ...(path
                ? {
                    location: {
                        path,
                        ...(line !== undefined ? { startLine: line, endLine: line } : {}),
                        ...(line !== undefined && column !== undefined ? { startColumn: column } : {}),
                    },
                }
                : {}),
            helpUri: docs,
            references: [docs],
            sources: ['hadolint'],
        });
    });
    const notices = stdin > 0
        ? [
            `hadolint read the Dockerfile from stdin ('-'): ${stdin} finding(s) carry no file location.`,
        ]
        : [];
    return { findings, notices };
}
/** The `Parser` port for hadolint JSON. */
exports.parse = parseHadolint;


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UNSTATED_VERSION = exports.AUTO_FORMAT = exports.IMPORT_FORMATS = void 0;
exports.isImportFormat = isImportFormat;
exports.importScan = importScan;
exports.formatTool = formatTool;
exports.detectFormat = detectFormat;
const core_1 = __webpack_require__(893);
const sarif_1 = __webpack_require__(5089);
const parse_js_1 = __webpack_require__(8808);
const parse_js_2 = __webpack_require__(4973);
const parse_js_3 = __webpack_require__(7830);
const parse_js_4 = __webpack_require__(9466);
const parse_js_5 = __webpack_require__(7875);
const parse_js_6 = __webpack_require__(1142);
const parse_js_7 = __webpack_require__(762);
const json_js_1 = __webpack_require__(8237);
const parse_js_8 = __webpack_require__(194);
const parse_js_9 = __webpack_require__(5173);
/**
 * The formats the quality gate imports (`import: FORMAT:PATH`), one entry each: how the file is
 * read, which tool it names when the file itself does not, and how its own timestamp is found.
 */
exports.IMPORT_FORMATS = [
    'sarif',
    'trivy-json',
    'grype-json',
    'gitleaks-json',
    'checkov-json',
    'osv-json',
    'semgrep-json',
    'hadolint-json',
    'kics-json',
    'tfsec-json',
];
/** Asks the gate to tell the format from the file's content. */
exports.AUTO_FORMAT = 'auto';
function isImportFormat(value) {
    return exports.IMPORT_FORMATS.includes(value);
}
/** The version recorded when a file does not state its tool's version. */
exports.UNSTATED_VERSION = 'unstated';
function date(value) {
    if (typeof value !== 'string')
        return undefined;
    const t = Date.parse(value);
    return Number.isFinite(t) ? new Date(t) : undefined;
}
function json(raw) {
    try {
        return JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    }
    catch {
        return undefined;
    }
}
function simple(format, tool, parse, extra) {
    return {
        tool,
        read(raw, context) {
            const result = parse(raw, context);
            return {
                format,
                scanner: { name: tool, version: result.scannerVersion ?? exports.UNSTATED_VERSION },
                findings: result.findings,
                notices: result.notices,
                ...(extra ? extra(json(raw), result) : {}),
            };
        },
    };
}
/** A SARIF log: one report for the whole log, named after its tool(s) as the runs state them. */
function readSarifImport(raw, context) {
    const { log, imported } = (0, sarif_1.readSarifLog)(raw, {
        workspace: context.workspace,
        ...(context.readLines ? { readLines: context.readLines } : {}),
    });
    if (imported.failures.length > 0) {
        throw new core_1.ScanFailedError(`the SARIF log says the tool did not complete: ${imported.failures.slice(0, 3).join('; ')}`);
    }
    const names = [...new Set(imported.runs.map((r) => r.toolName))];
    const versions = [
        ...new Set(imported.runs.map((r) => r.toolVersion).filter((v) => v !== undefined)),
    ];
    let finishedAt;
    for (const run of Array.isArray(log.runs) ? log.runs : []) {
        if (!(0, json_js_1.isRecord)(run) || !Array.isArray(run.invocations))
            continue;
        for (const inv of run.invocations) {
            if (!(0, json_js_1.isRecord)(inv))
                continue;
            const end = date(inv.endTimeUtc) ?? date(inv.startTimeUtc);
            if (end && (!finishedAt || end > finishedAt))
                finishedAt = end;
        }
    }
    return {
        format: 'sarif',
        scanner: {
            name: names.length > 0 ? names.join(', ') : 'unknown tool',
            version: versions.length > 0 ? versions.join(', ') : exports.UNSTATED_VERSION,
        },
        findings: imported.findings,
        notices: names.length === 0
            ? ['The SARIF log has no runs: nothing was analysed.', ...imported.notices]
            : imported.notices,
        ...(finishedAt ? { finishedAt } : {}),
    };
}
function trivyExtra(data) {
    if (!(0, json_js_1.isRecord)(data))
        return {};
    const finishedAt = date(data.CreatedAt);
    const image = data.ArtifactType === 'container_image' ? (0, json_js_1.str)(data.ArtifactName) : undefined;
    return {
        ...(finishedAt ? { finishedAt } : {}),
        ...(image ? { target: { kind: 'image', name: image } } : {}),
    };
}
function grypeExtra(data) {
    if (!(0, json_js_1.isRecord)(data))
        return {};
    const descriptor = (0, json_js_1.isRecord)(data.descriptor) ? data.descriptor : {};
    const finishedAt = date(descriptor.timestamp);
    const source = (0, json_js_1.isRecord)(data.source) ? data.source : {};
    const target = (0, json_js_1.isRecord)(source.target) ? source.target : {};
    const image = source.type === 'image' ? ((0, json_js_1.str)(target.userInput) ?? (0, json_js_1.str)(target.imageID)) : undefined;
    return {
        ...(finishedAt ? { finishedAt } : {}),
        ...(image ? { target: { kind: 'image', name: image } } : {}),
    };
}
const READERS = {
    sarif: { tool: 'unknown tool', read: readSarifImport },
    'trivy-json': simple('trivy-json', 'trivy', parse_js_9.parseTrivy, trivyExtra),
    'grype-json': simple('grype-json', 'grype', parse_js_3.parseGrype, grypeExtra),
    'gitleaks-json': simple('gitleaks-json', 'gitleaks', parse_js_2.parseGitleaks),
    'checkov-json': simple('checkov-json', 'checkov', parse_js_1.parseCheckov),
    'osv-json': simple('osv-json', 'osv-scanner', parse_js_6.parseOsvScanner),
    'semgrep-json': simple('semgrep-json', 'semgrep', parse_js_7.parseSemgrep),
    'hadolint-json': simple('hadolint-json', 'hadolint', parse_js_4.parseHadolint),
    'kics-json': simple('kics-json', 'kics', parse_js_5.parseKics),
    'tfsec-json': simple('tfsec-json', 'tfsec', parse_js_8.parseTfsec),
};
/**
 * Reads one imported file as `format`. Throws ScanFailedError when the file is empty, is not what
 * the tool writes, or says the tool did not complete: an import that cannot be trusted is a failed
 * scan, never zero findings.
 */
function importScan(format, raw, context) {
    if (raw.trim() === '' || raw.trim() === '\ufeff') {
        throw new core_1.ScanFailedError('the file is empty: the tool crashed or wrote nothing, so there are no results to trust');
    }
    return READERS[format].read(raw, context);
}
/** The tool a format names when the file itself does not. */
function formatTool(format) {
    return READERS[format].tool;
}
function looksLike(data) {
    const isList = Array.isArray(data);
    const items = isList ? data.filter(json_js_1.isRecord) : [];
    if (isList) {
        if (items.length === 0)
            return ['trivy-json', 'gitleaks-json', 'hadolint-json', 'checkov-json'];
        const first = items[0];
        if ('Target' in first)
            return ['trivy-json'];
        if ('RuleID' in first || 'rule' in first || 'offender' in first)
            return ['gitleaks-json'];
        if ('code' in first && 'level' in first)
            return ['hadolint-json'];
        if ('check_type' in first)
            return ['checkov-json'];
        return [];
    }
    if (!(0, json_js_1.isRecord)(data))
        return [];
    if (data.version === '2.1.0' && Array.isArray(data.runs))
        return ['sarif'];
    if ('SchemaVersion' in data || 'ClusterName' in data || 'ArtifactName' in data)
        return ['trivy-json'];
    if ('matches' in data && ('descriptor' in data || 'source' in data))
        return ['grype-json'];
    if ('queries' in data && ('kics_version' in data || 'total_counter' in data))
        return ['kics-json'];
    if ('check_type' in data)
        return ['checkov-json'];
    if ('results' in data) {
        const results = Array.isArray(data.results) ? data.results.filter(json_js_1.isRecord) : [];
        const first = results[0];
        if ('errors' in data || 'paths' in data || 'version' in data)
            return ['semgrep-json'];
        if (first && 'check_id' in first)
            return ['semgrep-json'];
        if (first && ('packages' in first || 'source' in first))
            return ['osv-json'];
        if (first && ('rule_id' in first || 'long_id' in first))
            return ['tfsec-json'];
        return ['semgrep-json', 'osv-json', 'tfsec-json'];
    }
    return [];
}
/**
 * The format of a file, told from its content where only one format fits. Throws ScanFailedError
 * naming the candidates when more than one (or none) fits, so the user names the format.
 */
function detectFormat(raw) {
    const data = json(raw);
    if (data === undefined) {
        throw new core_1.ScanFailedError(`the format cannot be told: the file is not JSON; name its format (${exports.IMPORT_FORMATS.join(', ')})`);
    }
    const candidates = looksLike(data);
    if (candidates.length === 1)
        return candidates[0];
    if (candidates.length === 0) {
        throw new core_1.ScanFailedError(`the format cannot be told from the content; name it as FORMAT:PATH with one of ${exports.IMPORT_FORMATS.join(', ')}`);
    }
    throw new core_1.ScanFailedError(`the format cannot be told from the content (it could be ${candidates.join(' or ')}); name it as FORMAT:PATH, e.g. ${candidates[0]}:<path>`);
}


/***/ }),

/***/ 6552:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isImportFormat = exports.importScan = exports.formatTool = exports.detectFormat = exports.UNSTATED_VERSION = exports.IMPORT_FORMATS = exports.AUTO_FORMAT = void 0;
var formats_js_1 = __webpack_require__(3916);
Object.defineProperty(exports, "AUTO_FORMAT", ({ enumerable: true, get: function () { return formats_js_1.AUTO_FORMAT; } }));
Object.defineProperty(exports, "IMPORT_FORMATS", ({ enumerable: true, get: function () { return formats_js_1.IMPORT_FORMATS; } }));
Object.defineProperty(exports, "UNSTATED_VERSION", ({ enumerable: true, get: function () { return formats_js_1.UNSTATED_VERSION; } }));
Object.defineProperty(exports, "detectFormat", ({ enumerable: true, get: function () { return formats_js_1.detectFormat; } }));
Object.defineProperty(exports, "formatTool", ({ enumerable: true, get: function () { return formats_js_1.formatTool; } }));
Object.defineProperty(exports, "importScan", ({ enumerable: true, get: function () { return formats_js_1.importScan; } }));
Object.defineProperty(exports, "isImportFormat", ({ enumerable: true, get: function () { return formats_js_1.isImportFormat; } }));


/***/ }),

/***/ 7875:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parse = void 0;
exports.parseKics = parseKics;
const core_1 = __webpack_require__(893);
const json_js_1 = __webpack_require__(8237);
/**
 * Parser for KICS `results.json` (`kics scan --report-formats json`).
 *
 * Shape (https://docs.kics.io/latest/results/#json): `queries[]`, each a query that matched, with
 * `query_id` (UUID), `query_name`, `severity` (CRITICAL/HIGH/MEDIUM/LOW/INFO/TRACE), `category`,
 * `description`, `cwe`, `query_url`, and `files[]` — one entry per place it matched (`file_name`,
 * `line`, `search_key`, `expected_value`, `actual_value`, `similarity_id`). One finding is written per
 * file entry. `total_counter` is KICS's own count of those entries; a mismatch is reported in a notice.
 */
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
function parseKics(raw, context) {
    const data = (0, json_js_1.parseJsonOutput)(raw, {
        empty: 'KICS wrote no results file content',
        invalid: (why) => `KICS output is not JSON (${why}); was it run with --report-formats json?`,
    });
    if (!(0, json_js_1.isRecord)(data) || !('queries' in data)) {
        throw new core_1.ScanFailedError('KICS output has no "queries" list; expected results.json from --report-formats json');
    }
    const queries = (0, json_js_1.recordList)(data.queries, 'KICS', 'queries');
    const findings = [];
    const notices = [];
    const fileFingerprints = new core_1.FileFingerprints();
    let outside = 0;
    for (const query of queries) {
        const ruleId = (0, json_js_1.str)(query.query_id);
        if (!ruleId)
            throw new core_1.ScanFailedError('KICS output is not valid: a query has no query_id');
        const name = (0, json_js_1.str)(query.query_name) ?? ruleId;
        const rawSeverity = (0, json_js_1.str)(query.severity);
        const category = (0, json_js_1.str)(query.category);
        const queryDescription = (0, json_js_1.str)(query.description);
        const url = (0, json_js_1.str)(query.query_url);
        const cweRaw = query.cwe;
        const cwe = typeof cweRaw === 'string' && /^\d+$/.test(cweRaw)
            ? [`CWE-${cweRaw}`]
            : typeof cweRaw === 'string' && /^CWE-\d+$/i.test(cweRaw)
                ? [cweRaw.toUpperCase()]
                : [];
        for (const file of (0, json_js_1.recordList)(query.files, 'KICS', `queries[${ruleId}].files`)) {
            const fileName = (0, json_js_1.str)(file.file_name);
            const path = fileName ? (0, core_1.toWorkspacePath)(fileName, context.workspace) : undefined;
            if (fileName && !path)
                outside += 1;
            const line = typeof file.line === 'number' && file.line >= 1 ? file.line : undefined;
            const searchKey = (0, json_js_1.str)(file.search_key);
            const expected = (0, json_js_1.str)(file.expected_value);
            const actual = (0, json_js_1.str)(file.actual_value);
            // KICS's search_key names the resource attribute, which stays put when lines move.
            const content = (path && line !== undefined ? context.readLines?.(path, line, line) : undefined) ??
                searchKey ??
                name;
            const where = path ?? fileName;
            findings.push({
                fingerprint: where
                    ? fileFingerprints.next(ruleId, where, content)
                    : (0, core_1.ruleFingerprint)(ruleId, searchKey ?? name),
                category: category === 'Secret Management' ? 'secret' : 'misconfiguration',
                ruleId,
                title: category ? `${category}: ${name}` : name,
                ...(0, core_1.ruleInfo)(category ? `${category}: ${name}` : name, queryDescription),
                description: [
                    queryDescription,
                    searchKey ? `Where: ${searchKey}` : undefined,
                    expected ? `Expected: ${expected}` : undefined,
                    actual ? `Actual: ${actual}` : undefined,
                ]
                    .filter(Boolean)
                    .join('\n'),
                severity: (0, core_1.normalizeSeverity)(rawSeverity),
                ...(rawSeverity ? { scannerSeverity: rawSeverity } : {}),
                ...(path
                    ? {
                        location: { path, ...(line !== undefined ? { startLine: line, endLine: line } : {}) },
                    }
                    : {}),
                ...(url ? { helpUri: url, references: [url] } : {}),
                ...(cwe.length > 0 ? { cwe } : {}),
                ...(expected ? { remediation: expected } : {}),
            });
        }
    }
    if (typeof data.total_counter === 'number' && data.total_counter !== findings.length) {
        notices.push(`KICS counted ${data.total_counter} result(s) but listed ${findings.length}; the listed ones are reported.`);
    }
    const failedFiles = count(data.files_failed_to_scan);
    if (failedFiles > 0)
        notices.push(`KICS could not scan ${failedFiles} file(s); they were not checked.`);
    const failedQueries = count(data.queries_failed_to_execute);
    if (failedQueries > 0)
        notices.push(`KICS: ${failedQueries} queries failed to execute.`);
    if (outside > 0) {
        notices.push(`KICS reported ${outside} finding(s) in files outside the workspace; they carry no file location.`);
    }
    const version = (0, json_js_1.str)(data.kics_version);
    return { findings, notices, ...(version ? { scannerVersion: version } : {}) };
}
/** The `Parser` port for KICS JSON. */
exports.parse = parseKics;


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cvss3BaseScore = cvss3BaseScore;
/**
 * CVSS v3.0/v3.1 base score from a vector string, per the FIRST specification
 * (https://www.first.org/cvss/v3.1/specification-document, section 7.1 and Appendix A for Roundup).
 * osv-scanner v1 output carries only vectors (no score and no `max_severity`), so the score is
 * computed here to rank an advisory. Returns undefined for anything that is not a complete v3 vector.
 */
function cvss3BaseScore(vector) {
    const parts = vector.trim().split('/');
    if (!/^CVSS:3\.[01]$/.test(parts[0] ?? ''))
        return undefined;
    const m = new Map();
    for (const p of parts.slice(1)) {
        const [k, v] = p.split(':');
        if (k && v)
            m.set(k, v);
    }
    const scope = m.get('S');
    const av = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 }[m.get('AV') ?? ''];
    const ac = { L: 0.77, H: 0.44 }[m.get('AC') ?? ''];
    const pr = (scope === 'C'
        ? { N: 0.85, L: 0.68, H: 0.5 }
        : { N: 0.85, L: 0.62, H: 0.27 })[m.get('PR') ?? ''];
    const ui = { N: 0.85, R: 0.62 }[m.get('UI') ?? ''];
    const cia = { H: 0.56, L: 0.22, N: 0 };
    const c = cia[m.get('C') ?? ''];
    const i = cia[m.get('I') ?? ''];
    const a = cia[m.get('A') ?? ''];
    if ((scope !== 'U' && scope !== 'C') ||
        av === undefined ||
        ac === undefined ||
        pr === undefined ||
        ui === undefined ||
        c === undefined ||
        i === undefined ||
        a === undefined) {
        return undefined;
    }
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    const raw = scope === 'U' ? impact + exploitability : 1.08 * (impact + exploitability);
    return roundUp(Math.min(raw, 10));
}
/** CVSS v3.1 Appendix A Roundup: the smallest one-decimal number >= input, free of float noise. */
function roundUp(value) {
    const int = Math.round(value * 100000);
    return int % 10000 === 0 ? int / 100000 : (Math.floor(int / 10000) + 1) / 10;
}


/***/ }),

/***/ 1142:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parse = void 0;
exports.compareVersions = compareVersions;
exports.parseOsvScanner = parseOsvScanner;
const core_1 = __webpack_require__(893);
const core_2 = __webpack_require__(893);
const cvss_js_1 = __webpack_require__(8274);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function records(value, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every(isRecord)) {
        throw new core_2.ScanFailedError(`osv-scanner output is not valid: ${where} is not a list of objects`);
    }
    return value;
}
function unique(values) {
    return [...new Set(values)];
}
/** Orders version strings segment by segment (numbers numerically); good enough to pick among fixes. */
function compareVersions(a, b) {
    const pa = a.replace(/^v/i, '').split(/[.\-+_~:]/);
    const pb = b.replace(/^v/i, '').split(/[.\-+_~:]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const nx = /^\d+$/.test(x) ? Number(x) : NaN;
        const ny = /^\d+$/.test(y) ? Number(y) : NaN;
        if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
            if (nx !== ny)
                return nx - ny;
        }
        else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}
/** The `fixed` event of the affected range that contains the installed version. */
function fixedVersion(vuln, name, version) {
    const candidates = [];
    const containing = [];
    for (const affected of records(vuln.affected, 'vulnerabilities[].affected')) {
        const pkg = isRecord(affected.package) ? affected.package : {};
        if (str(pkg.name) !== undefined && str(pkg.name)?.toLowerCase() !== name.toLowerCase())
            continue;
        for (const range of records(affected.ranges, 'affected[].ranges')) {
            if (range.type === 'GIT')
                continue;
            let introduced;
            for (const event of records(range.events, 'ranges[].events')) {
                if (typeof event.introduced === 'string')
                    introduced = event.introduced;
                const fixed = str(event.fixed);
                if (!fixed)
                    continue;
                candidates.push(fixed);
                if (version !== undefined &&
                    (introduced === undefined ||
                        introduced === '0' ||
                        compareVersions(version, introduced) >= 0) &&
                    compareVersions(version, fixed) < 0) {
                    containing.push(fixed);
                }
            }
        }
    }
    const pool = containing.length > 0 ? containing : unique(candidates);
    if (containing.length === 0 && pool.length !== 1)
        return undefined;
    return pool.sort(compareVersions)[0];
}
function cvssOf(vuln) {
    const entries = records(vuln.severity, 'vulnerabilities[].severity');
    const pick = entries.find((e) => e.type === 'CVSS_V4') ??
        entries.find((e) => e.type === 'CVSS_V3') ??
        entries.find((e) => typeof e.score === 'string');
    const vector = pick ? str(pick.score) : undefined;
    if (!vector)
        return undefined;
    const version = /^CVSS:(\d\.\d)\//.exec(vector)?.[1] ?? (pick?.type === 'CVSS_V2' ? '2.0' : undefined);
    const score = (0, cvss_js_1.cvss3BaseScore)(vector);
    return {
        vector,
        ...(version ? { version } : {}),
        ...(score !== undefined ? { score } : {}),
    };
}
/** v1 fallback: highest CVSS v3 score of the members, else highest GitHub severity word. */
function derivedSeverity(vulns) {
    let best;
    const consider = (s) => {
        if (best === undefined || (0, core_2.severityRank)(s) < (0, core_2.severityRank)(best))
            best = s;
    };
    for (const v of vulns) {
        for (const e of records(v.severity, 'vulnerabilities[].severity')) {
            const score = typeof e.score === 'string' ? (0, cvss_js_1.cvss3BaseScore)(e.score) : undefined;
            if (score !== undefined)
                consider((0, core_2.severityFromScore)(score));
        }
    }
    if (best !== undefined)
        return best;
    for (const v of vulns) {
        const word = isRecord(v.database_specific) ? str(v.database_specific.severity) : undefined;
        if (word)
            consider((0, core_2.normalizeSeverity)(word));
    }
    return best;
}
function cwesOf(vuln) {
    const out = [];
    if (isRecord(vuln.database_specific))
        out.push(...strings(vuln.database_specific.cwe_ids));
    for (const affected of records(vuln.affected, 'vulnerabilities[].affected')) {
        if (!isRecord(affected.database_specific))
            continue;
        for (const cwe of records(affected.database_specific.cwes, 'database_specific.cwes')) {
            const id = str(cwe.cweId);
            if (id)
                out.push(id);
        }
    }
    return out;
}
/** The advisory id that names a group across runs and engines: a CVE alias when there is one. */
function canonicalAdvisory(ids, aliases) {
    const cve = [...aliases, ...ids].filter((a) => /^CVE-\d+-\d+$/i.test(a)).sort()[0];
    return cve ?? ids[0] ?? aliases[0] ?? 'unknown';
}
function firstLine(text) {
    return text
        ?.split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '' && !/^[-_=#*]+/.test(l));
}
function parseOsvScanner(raw, context) {
    if (raw.trim() === '') {
        throw new core_2.ScanFailedError('osv-scanner wrote no output (it writes nothing when it crashes); see its log above');
    }
    let data;
    try {
        data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    }
    catch (error) {
        throw new core_2.ScanFailedError(`osv-scanner output is not JSON (${(0, core_1.describeJsonError)(error)}); was it run with --format json?`, { cause: error });
    }
    if (!isRecord(data) || !('results' in data)) {
        throw new core_2.ScanFailedError('osv-scanner output has no "results" list; expected the output of --format json');
    }
    const results = records(data.results, 'results');
    const findings = [];
    const notices = [];
    let packages = 0;
    let vulnerabilities = 0;
    let groups = 0;
    let ungrouped = 0;
    let outside = 0;
    for (const result of results) {
        const source = isRecord(result.source) ? result.source : {};
        const sourcePath = str(source.path);
        const path = sourcePath ? (0, core_2.toWorkspacePath)(sourcePath, context.workspace) : undefined;
        if (sourcePath && !path)
            outside += 1;
        for (const entry of records(result.packages, 'results[].packages')) {
            packages += 1;
            const pkg = isRecord(entry.package) ? entry.package : undefined;
            // A vulnerable git checkout (source type "git") is named by its commit, with empty name/version.
            const commit = pkg ? str(pkg.commit) : undefined;
            const name = pkg
                ? (str(pkg.name) ?? (commit ? (path ?? sourcePath ?? 'git') : undefined))
                : undefined;
            if (!pkg || !name) {
                throw new core_2.ScanFailedError('osv-scanner output is not valid: a package has no name or commit');
            }
            const version = str(pkg.version) ?? commit;
            const ecosystem = str(pkg.ecosystem) ?? (commit ? 'git' : undefined);
            const vulns = records(entry.vulnerabilities, 'packages[].vulnerabilities');
            vulnerabilities += vulns.length;
            const byId = new Map();
            for (const v of vulns) {
                const id = str(v.id);
                if (!id)
                    throw new core_2.ScanFailedError('osv-scanner output is not valid: a vulnerability has no id');
                byId.set(id, v);
            }
            const grouped = new Set();
            const units = [];
            for (const g of records(entry.groups, 'packages[].groups')) {
                groups += 1;
                const ids = strings(g.ids);
                if (ids.length === 0) {
                    throw new core_2.ScanFailedError('osv-scanner output is not valid: a group lists no ids');
                }
                for (const id of ids)
                    grouped.add(id);
                units.push({ ids, aliases: strings(g.aliases), maxSeverity: g.max_severity });
            }
            for (const [id, v] of byId) {
                if (grouped.has(id))
                    continue;
                ungrouped += 1;
                units.push({ ids: [id], aliases: strings(v.aliases), maxSeverity: undefined });
            }
            for (const unit of units) {
                const members = unit.ids.map((id) => byId.get(id)).filter((v) => !!v);
                const primary = members[0];
                const primaryId = unit.ids[0];
                const malicious = unit.ids.some((id) => id.startsWith('MAL-'));
                const scored = typeof unit.maxSeverity === 'string'
                    ? unit.maxSeverity === ''
                        ? undefined
                        : (0, core_2.normalizeSeverity)(unit.maxSeverity)
                    : derivedSeverity(members);
                // OpenSSF malicious-packages records (MAL-…) carry no CVSS: the package is malware, so the
                // severity is critical, never the unknown default.
                const severity = scored ?? (malicious ? 'critical' : core_2.UNKNOWN_SEVERITY);
                const advisories = unique([
                    ...unit.ids,
                    ...unit.aliases,
                    ...members.flatMap((m) => strings(m.aliases)),
                ]);
                const fixes = members
                    .map((m) => fixedVersion(m, name, version))
                    .filter((f) => !!f)
                    .sort(compareVersions);
                const fixed = fixes[fixes.length - 1];
                const summary = primary
                    ? (str(primary.summary) ?? firstLine(str(primary.details)))
                    : undefined;
                const references = unique(members.flatMap((m) => records(m.references, 'vulnerabilities[].references')
                    .map((r) => str(r.url))
                    .filter((u) => !!u)));
                const cwe = unique(members.flatMap(cwesOf));
                const cvss = primary ? cvssOf(primary) : undefined;
                const details = primary ? str(primary.details)?.trim() : undefined;
                const label = `${name}${version ? `@${version}` : ''}`;
                findings.push({
                    fingerprint: (0, core_2.packageFingerprint)({
                        advisory: canonicalAdvisory(unit.ids, unit.aliases),
                        name,
                        version,
                        ecosystem,
                    }),
                    category: 'vulnerability',
                    ruleId: primaryId,
                    title: `${primaryId}: ${summary ?? 'vulnerability'} in ${label}`,
                    ...(details ? { description: details } : {}),
                    ...(0, core_2.ruleInfo)(summary ? `${primaryId}: ${summary}` : undefined, details),
                    severity,
                    ...(typeof unit.maxSeverity === 'string' && unit.maxSeverity !== ''
                        ? { scannerSeverity: unit.maxSeverity }
                        : {}),
                    ...(cvss ? { cvss } : {}),
                    ...(path ? { location: { path } } : {}),
                    package: {
                        name,
                        ...(version ? { version } : {}),
                        ...(ecosystem ? { ecosystem } : {}),
                        ...(fixed ? { fixedVersion: fixed } : {}),
                    },
                    ...(references.length > 0 ? { references } : {}),
                    ...(cwe.length > 0 ? { cwe } : {}),
                    advisories,
                    helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(primaryId)}`,
                    ...(fixed ? { remediation: `Upgrade ${name} to ${fixed} or later.` } : {}),
                });
            }
        }
    }
    if (outside > 0) {
        notices.push(`osv-scanner reported ${outside} source file(s) outside the workspace; their findings carry no file location.`);
    }
    if (vulnerabilities > 0) {
        notices.push(`osv-scanner listed ${vulnerabilities} package vulnerabilit${vulnerabilities === 1 ? 'y' : 'ies'}; aliases of one advisory are merged into ${findings.length} finding(s).`);
    }
    return {
        findings,
        notices,
        stats: { sources: results.length, packages, vulnerabilities, groups, ungrouped },
    };
}
/** The `Parser` port for osv-scanner JSON. */
const parse = (raw, context) => {
    const { findings, notices } = parseOsvScanner(raw, context);
    return { findings, notices };
};
exports.parse = parse;


/***/ }),

/***/ 762:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parse = void 0;
exports.parseSemgrep = parseSemgrep;
const core_1 = __webpack_require__(893);
const json_js_1 = __webpack_require__(8237);
/**
 * Parser for semgrep's JSON output (`semgrep scan --json`,
 * https://semgrep.dev/docs/cli-reference — the `cli_output` type of semgrep-interfaces).
 *
 * `results[]`: `check_id`, `path`, `start`/`end` `{line, col}`, and `extra` with `message`,
 * `severity` (ERROR/WARNING/INFO, or CRITICAL/HIGH/MEDIUM/LOW in newer rules), `metadata` (cwe,
 * references, source, shortlink), `lines` (the matched code, or "requires login"), `is_ignored`
 * (a `nosemgrep` comment, kept when run with --disable-nosem) and `fix`.
 *
 * `errors[]`: what semgrep could not do. An error of level `error` means the run is incomplete
 * (a rule failed to load, a fatal engine error): the scan failed. Level `warn` (a file that only
 * partly parsed, a timeout on one file) is a notice naming how many.
 */
/** What semgrep writes in `extra.lines` when the code is only shown to logged-in users. */
const HIDDEN_LINES = 'requires login';
function position(value) {
    if (!(0, json_js_1.isRecord)(value))
        return {};
    const line = typeof value.line === 'number' && value.line >= 1 ? value.line : undefined;
    const col = typeof value.col === 'number' && value.col >= 1 ? value.col : undefined;
    return { ...(line !== undefined ? { line } : {}), ...(col !== undefined ? { col } : {}) };
}
/** "CWE-319: Cleartext Transmission…" → "CWE-319". */
function cweIds(value) {
    const list = typeof value === 'string' ? [value] : (0, json_js_1.strings)(value);
    return (0, json_js_1.unique)(list
        .map((c) => /^CWE-(\d+)/i.exec(c.trim())?.[1])
        .map((n) => (n ? `CWE-${Number(n)}` : undefined)));
}
function describeError(error) {
    const type = Array.isArray(error.type) ? (0, json_js_1.str)(error.type[0]) : (0, json_js_1.str)(error.type);
    const message = (0, json_js_1.str)(error.message)?.split('\n')[0]?.trim();
    const path = (0, json_js_1.str)(error.path);
    return [type, path, message].filter(Boolean).join(': ');
}
function parseSemgrep(raw, context) {
    const data = (0, json_js_1.parseJsonOutput)(raw, {
        empty: 'semgrep wrote no JSON; the scan did not complete',
        invalid: (why) => `semgrep output is not JSON (${why}); was it run with --json?`,
    });
    if (!(0, json_js_1.isRecord)(data) || !Array.isArray(data.results)) {
        throw new core_1.ScanFailedError('semgrep output has no "results" list; expected the output of `semgrep scan --json`');
    }
    const errors = (0, json_js_1.recordList)(data.errors, 'semgrep', 'errors');
    const fatal = errors.filter((e) => (0, json_js_1.str)(e.level)?.toLowerCase() === 'error');
    if (fatal.length > 0) {
        throw new core_1.ScanFailedError(`semgrep reported ${fatal.length} error(s) of level error, so its results are incomplete: ${fatal
            .slice(0, 3)
            .map(describeError)
            .join('; ')}`);
    }
    const findings = [];
    const notices = [];
    const fileFingerprints = new core_1.FileFingerprints();
    let outside = 0;
    (0, json_js_1.recordList)(data.results, 'semgrep', 'results').forEach((result, i) => {
        const ruleId = (0, json_js_1.str)(result.check_id);
        if (!ruleId)
            throw new core_1.ScanFailedError(`semgrep output is not valid: results[${i}] has no check_id`);
        const extra = (0, json_js_1.isRecord)(result.extra) ? result.extra : {};
        const metadata = (0, json_js_1.isRecord)(extra.metadata) ? extra.metadata : {};
        const rawPath = (0, json_js_1.str)(result.path);
        const path = rawPath ? (0, core_1.toWorkspacePath)(rawPath, context.workspace) : undefined;
        if (rawPath && !path)
            outside += 1;
        const start = position(result.start);
        const end = position(result.end);
        const location = path
            ? {
                path,
                ...(start.line !== undefined ? { startLine: start.line } : {}),
                ...(start.line !== undefined && end.line !== undefined && end.line >= start.line
                    ? { endLine: end.line }
                    : {}),
                ...(start.line !== undefined && start.col !== undefined
                    ? { startColumn: start.col }
                    : {}),
                ...(start.line !== undefined && end.col !== undefined && end.line === start.line
                    ? { endColumn: end.col }
                    : {}),
            }
            : undefined;
        const message = (0, json_js_1.str)(extra.message)?.trim();
        const lines = (0, json_js_1.str)(extra.lines);
        const matched = lines !== undefined && lines.trim() !== HIDDEN_LINES ? lines : undefined;
        const content = (location?.startLine !== undefined
            ? context.readLines?.(location.path, location.startLine, location.endLine ?? location.startLine)
            : undefined) ??
            matched ??
            message ??
            ruleId;
        const severityWord = (0, json_js_1.str)(extra.severity);
        const source = (0, json_js_1.str)(metadata.source) ?? (0, json_js_1.str)(metadata.shortlink);
        const references = (0, json_js_1.unique)([source, ...(0, json_js_1.strings)(metadata.references)]);
        const cwe = cweIds(metadata.cwe);
        const fix = (0, json_js_1.str)(extra.fix);
        // The rule's last dotted segment is its name in the registry (python.lang…request-with-http).
        const shortName = ruleId.split('.').pop() ?? ruleId;
        const title = message ? (message.split(/(?<=\.)\s/)[0] ?? message).trim() : shortName;
        findings.push({
            fingerprint: path
                ? fileFingerprints.next(ruleId, path, content)
                : (0, core_1.ruleFingerprint)(ruleId, `${rawPath ?? ''}\u0000${content}`),
            category: /secret/i.test(ruleId) ? 'secret' : 'misconfiguration',
            ruleId,
            title,
            ...(message && message !== title ? { description: message } : {}),
            severity: (0, core_1.normalizeSeverity)(severityWord),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            ...(references.length > 0 ? { references } : {}),
            ...(cwe.length > 0 ? { cwe } : {}),
            ...(source ? { helpUri: source } : {}),
            ...(fix ? { remediation: `Suggested fix: ${fix}` } : {}),
            ...(extra.is_ignored === true
                ? {
                    suppression: {
                        kind: 'in-source',
                        justification: 'A nosemgrep comment ignores this result (reported with --disable-nosem).',
                        source: 'semgrep nosemgrep',
                    },
                }
                : {}),
            sources: ['semgrep'],
        });
    });
    if (errors.length > 0) {
        notices.push(`semgrep reported ${errors.length} warning(s) about files it could not fully analyse (e.g. ${describeError(errors[0])}); results in those files may be missing.`);
    }
    if (outside > 0) {
        notices.push(`semgrep reported ${outside} result(s) in files outside the workspace; they carry no file location.`);
    }
    const version = (0, json_js_1.str)(data.version);
    return { findings, notices, ...(version ? { scannerVersion: version } : {}) };
}
/** The `Parser` port for semgrep JSON. */
exports.parse = parseSemgrep;


/***/ }),

/***/ 8237:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseJsonOutput = parseJsonOutput;
exports.isRecord = isRecord;
exports.str = str;
exports.text = text;
exports.strings = strings;
exports.unique = unique;
exports.recordList = recordList;
const core_1 = __webpack_require__(893);
/**
 * A scanner's JSON output, parsed: a leading byte-order mark is dropped (it is valid JSON text);
 * empty or unparseable output is a failed scan, never zero findings.
 */
function parseJsonOutput(raw, messages) {
    const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (body.trim() === '')
        throw new core_1.ScanFailedError(messages.empty);
    try {
        return JSON.parse(body);
    }
    catch (error) {
        throw new core_1.ScanFailedError(messages.invalid((0, core_1.describeJsonError)(error)), { cause: error });
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a string that is not blank (kept as is), else undefined. */
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** `record[key]` trimmed when it is a string that is not blank, else undefined. */
function text(record, key) {
    const value = record[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** The strings of an array that are not blank, trimmed; anything else gives none. */
function strings(value) {
    return Array.isArray(value)
        ? value
            .filter((v) => typeof v === 'string' && v.trim() !== '')
            .map((v) => v.trim())
        : [];
}
/** The defined, non-empty values, each once, in first-seen order. */
function unique(values) {
    return [...new Set(values.filter((v) => v !== undefined && v !== ''))];
}
/**
 * An optional list of objects: absent or null is empty; anything else that is not a list of objects
 * is a failed scan naming the `tool` and `where` in its output.
 */
function recordList(value, tool, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every(isRecord)) {
        throw new core_1.ScanFailedError(`${tool} output is not valid: ${where} is not a list of objects`);
    }
    return value;
}


/***/ }),

/***/ 194:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parse = void 0;
exports.readTfsecResults = readTfsecResults;
exports.parseTfsec = parseTfsec;
const core_1 = __webpack_require__(893);
const json_js_1 = __webpack_require__(8237);
/**
 * Parser for `tfsec --format json`.
 *
 * Output is `{"results": [...]}`, where `results` is `null` when nothing was found
 * (https://aquasecurity.github.io/tfsec/latest/guides/usage/ — "json" format). Two generations:
 *
 * - current (1.x): `rule_id`, `long_id` (e.g. aws-vpc-no-excessive-port-access), `legacy_rule_id`,
 *   `severity` CRITICAL/HIGH/MEDIUM/LOW, `links[]`, `resolution`, `impact`, `status`
 *   ("failed" | "passed" | "ignored"; numeric 0/1/2 in some builds);
 * - legacy (0.x): `rule_id` such as GCP009, `severity` ERROR/WARNING/INFO, a `link` sentence and a
 *   `passed` boolean (true when the check passed and `--include-passed` listed it).
 *
 * Passed checks are counted in a notice, never reported as findings; ignored ones (tfsec:ignore
 * comments) are findings marked as suppressed in source.
 */
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}
function statusOf(result) {
    const s = result.status;
    if (s === 'passed' || s === 1)
        return 'passed';
    if (s === 'ignored' || s === 2)
        return 'ignored';
    if (s === undefined && result.passed === true)
        return 'passed';
    return 'failed';
}
/** Reads and validates tfsec JSON into its result entries (passed and ignored included). */
function readTfsecResults(raw) {
    const data = (0, json_js_1.parseJsonOutput)(raw, {
        empty: 'tfsec wrote no output; see its log above',
        invalid: (why) => `tfsec output is not JSON (${why}); was it run with --format json?`,
    });
    if (!(0, json_js_1.isRecord)(data) || !('results' in data)) {
        throw new core_1.ScanFailedError('tfsec output has no "results" key; expected the output of --format json');
    }
    if (data.results === null)
        return [];
    if (!Array.isArray(data.results) || !data.results.every(json_js_1.isRecord)) {
        throw new core_1.ScanFailedError('tfsec output is not valid: "results" is not a list of objects');
    }
    return data.results.map((r) => {
        const ruleId = (0, json_js_1.str)(r.long_id) ?? (0, json_js_1.str)(r.rule_id);
        if (!ruleId)
            throw new core_1.ScanFailedError('tfsec output is not valid: a result has no rule_id');
        if (!(0, json_js_1.isRecord)(r.location)) {
            throw new core_1.ScanFailedError(`tfsec output is not valid: result ${ruleId} has no location`);
        }
        return { ruleId, severity: (0, json_js_1.str)(r.severity), status: statusOf(r), raw: r };
    });
}
/** `link` in legacy output is a sentence: "See https://tfsec.dev/docs/google/GCP008/ for more information." */
function linksOf(result) {
    const out = [];
    if (Array.isArray(result.links)) {
        for (const l of result.links)
            if (typeof l === 'string' && l !== '')
                out.push(l);
    }
    const legacy = (0, json_js_1.str)(result.link);
    const url = legacy ? /https?:\/\/\S+?(?=[\s)]|$)/.exec(legacy)?.[0] : undefined;
    if (url)
        out.push(url);
    return [...new Set(out)];
}
function parseTfsec(raw, context) {
    const results = readTfsecResults(raw);
    const findings = [];
    const notices = [];
    const fileFingerprints = new core_1.FileFingerprints();
    let passed = 0;
    let outside = 0;
    for (const { ruleId, severity: rawSeverity, status, raw: r } of results) {
        if (status === 'passed') {
            passed += 1;
            continue;
        }
        const location = r.location;
        const filename = (0, json_js_1.str)(location.filename);
        const path = filename ? (0, core_1.toWorkspacePath)(filename, context.workspace) : undefined;
        if (filename && !path)
            outside += 1;
        const start = positive(location.start_line);
        const endRaw = positive(location.end_line);
        const end = start !== undefined && endRaw !== undefined && endRaw >= start ? endRaw : start;
        const description = (0, json_js_1.str)(r.description);
        const title = (0, json_js_1.str)(r.rule_description) ?? description ?? ruleId;
        const content = (path && start !== undefined ? context.readLines?.(path, start, end ?? start) : undefined) ??
            description ??
            title;
        const where = path ?? filename;
        const links = linksOf(r);
        const impact = (0, json_js_1.str)(r.impact);
        const resolution = (0, json_js_1.str)(r.resolution);
        const aliases = [(0, json_js_1.str)(r.rule_id), (0, json_js_1.str)(r.legacy_rule_id)].filter((a) => !!a && a !== ruleId);
        findings.push({
            fingerprint: where
                ? fileFingerprints.next(ruleId, where, content)
                : (0, core_1.ruleFingerprint)(ruleId, description ?? title),
            category: 'misconfiguration',
            ruleId,
            title,
            // rule_description is the check's; description names this finding's resource.
            ...(0, core_1.ruleInfo)((0, json_js_1.str)(r.rule_description), impact ? `Impact: ${impact}` : undefined),
            ...(description || impact || aliases.length > 0
                ? {
                    description: [
                        description,
                        impact ? `Impact: ${impact}` : undefined,
                        aliases.length > 0 ? `Also known as ${aliases.join(', ')}.` : undefined,
                    ]
                        .filter(Boolean)
                        .join('\n\n'),
                }
                : {}),
            severity: (0, core_1.normalizeSeverity)(rawSeverity),
            ...(rawSeverity ? { scannerSeverity: rawSeverity } : {}),
            ...(path
                ? {
                    location: {
                        path,
                        ...(start !== undefined ? { startLine: start, endLine: end ?? start } : {}),
                    },
                }
                : {}),
            ...(links.length > 0 ? { references: links, helpUri: links[0] } : {}),
            ...(resolution ? { remediation: resolution } : {}),
            ...(status === 'ignored'
                ? { suppression: { kind: 'in-source', source: 'tfsec:ignore comment' } }
                : {}),
        });
    }
    if (passed > 0)
        notices.push(`tfsec: ${passed} check(s) passed.`);
    if (outside > 0) {
        notices.push(`tfsec reported ${outside} finding(s) in files outside the workspace; they carry no file location.`);
    }
    return { findings, notices };
}
/** The `Parser` port for tfsec JSON. */
exports.parse = parseTfsec;


/***/ }),

/***/ 5173:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseTrivy = void 0;
const core_1 = __webpack_require__(893);
const json_js_1 = __webpack_require__(8237);
/**
 * trivy JSON report (`--format json`) in every shape trivy writes:
 *
 * - schema v2 (`SchemaVersion: 2`, `Results[]`, newer releases add `Trivy.Version`);
 * - the pre-0.20 top-level list of `{Target, Vulnerabilities}`;
 * - `trivy k8s` cluster reports (`ClusterName` with `Resources` / `Vulnerabilities` /
 *   `Misconfigurations`, each entry a workload carrying its own `Results`);
 * - any of these with nothing found (no Results, or Results without findings).
 *
 * Four classes become findings: Vulnerabilities, Misconfigurations (Status FAIL only; PASS and
 * EXCEPTION results are counted in a notice), Secrets and Licenses.
 *
 * Vulnerability `Status` follows https://trivy.dev/latest/docs/configuration/filtering/#by-status:
 * `fixed` means a fixed version exists (the installed one is still vulnerable), so it stays a plain
 * finding; only `not_affected` (the vendor says this package is not affected) is a vendor-status
 * suppression, kept in the report so the gate can show it.
 *
 * Secrets: trivy masks the secret in `Match`, but `Code.Lines` around it are not masked (another
 * secret on a nearby line is shown in full), so no secret text is copied and only the masked match
 * is hashed.
 */
const SOURCE = 'trivy';
/** trivy's vulnerability statuses that mean "not vulnerable here". */
const NOT_AFFECTED = 'not_affected';
/** The rule id of a vulnerability entry that names no VulnerabilityID (old trivy releases). */
const UNKNOWN_ID = 'unknown';
/** trivy sources to prefer for CVSS when the SeveritySource has none. */
const CVSS_SOURCE_ORDER = ['nvd', 'ghsa', 'redhat'];
function positive(record, key) {
    const value = record[key];
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function fail(reason) {
    throw new core_1.ScanFailedError(`trivy report ${reason}`);
}
/** Optional array member: absent or null is empty, anything else that is not an array is corrupt. */
function list(record, key, where) {
    const value = record[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        fail(`${where}.${key} is not an array`);
    return value;
}
function collectResults(data) {
    if (Array.isArray(data)) {
        // Before 0.20 the report was a bare list of results.
        return { results: data.map((r, i) => ({ result: asResult(r, `[${i}]`), where: `[${i}]` })) };
    }
    if (!(0, json_js_1.isRecord)(data))
        fail('is not a JSON object or list; check that trivy ran with --format json');
    if ('ClusterName' in data) {
        const results = [];
        for (const key of ['Resources', 'Vulnerabilities', 'Misconfigurations']) {
            list(data, key, 'the cluster report').forEach((entry, i) => {
                const where = `${key}[${i}]`;
                if (!(0, json_js_1.isRecord)(entry))
                    fail(`${where} is not an object`);
                const resource = {
                    namespace: (0, json_js_1.text)(entry, 'Namespace'),
                    kind: (0, json_js_1.text)(entry, 'Kind'),
                    name: (0, json_js_1.text)(entry, 'Name'),
                };
                list(entry, 'Results', where).forEach((r, j) => {
                    const w = `${where}.Results[${j}]`;
                    results.push({ result: asResult(r, w), where: w, resource });
                });
            });
        }
        return { results, report: data };
    }
    if (!('SchemaVersion' in data) && !('Results' in data)) {
        fail('has neither SchemaVersion, Results nor ClusterName; it is not a trivy JSON report');
    }
    if ('SchemaVersion' in data && typeof data.SchemaVersion !== 'number') {
        fail('has a SchemaVersion that is not a number');
    }
    const results = list(data, 'Results', 'the report').map((r, i) => ({
        result: asResult(r, `Results[${i}]`),
        where: `Results[${i}]`,
    }));
    return { results, report: data };
}
function asResult(value, where) {
    if (!(0, json_js_1.isRecord)(value))
        fail(`${where} is not an object`);
    if (typeof value.Target !== 'string')
        fail(`${where} has no Target`);
    return value;
}
/** OS package targets read "<image or dir> (<os> <version>)"; they are not files. */
const OS_TARGET = /^(.*) \([\w.-]+ [^()]+\)$/;
function reportScope(report, results, context) {
    const cluster = report !== undefined && 'ClusterName' in report;
    if (context.image) {
        const artifactName = report !== undefined ? (0, json_js_1.text)(report, 'ArtifactName') : undefined;
        return {
            imageScan: true,
            image: { ref: context.image.ref, digest: context.image.digest },
            cluster,
            ...(artifactName ? { artifactName } : {}),
        };
    }
    if (report === undefined || report.ArtifactType !== 'container_image') {
        return { imageScan: false, cluster };
    }
    const metadata = (0, json_js_1.isRecord)(report.Metadata) ? report.Metadata : {};
    const repoDigest = (0, json_js_1.strings)(metadata.RepoDigests).find((d) => d.includes('@'));
    const digest = repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : undefined;
    // Some reports leave ArtifactName empty; the OS result's Target still names the image.
    const ref = (0, json_js_1.text)(report, 'ArtifactName') ??
        results.map((r) => OS_TARGET.exec(r.result.Target)?.[1]).find((t) => !!t);
    return {
        imageScan: true,
        ...(ref ? { image: { ref, ...(digest ? { digest } : {}) } } : {}),
        cluster,
    };
}
function purlType(purl) {
    const m = purl ? /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(purl) : null;
    return m?.[1]?.toLowerCase();
}
/** The version a CVSS vector names (`CVSS:3.1/…`), else `fallback`. */
function cvssVersion(vector, fallback) {
    if (vector === undefined || !vector.startsWith('CVSS:'))
        return fallback;
    const slash = vector.indexOf('/', 5);
    const version = slash > 0 ? vector.slice(5, slash) : '';
    return CVSS_VERSION.test(version) ? version : fallback;
}
const CVSS_VERSION = /^\d+\.\d+$/;
const V40 = ['V40Score', 'V40Vector', '4.0'];
const V3 = ['V3Score', 'V3Vector', '3.0'];
const V2 = ['V2Score', 'V2Vector', '2.0'];
/** Newest first: the order a source's own versions are read in. */
const NEWEST_FIRST = [V40, V3, V2];
/** Across sources: v3 is the most widely given, then v4, then v2. */
const FALLBACK_ORDER = [V3, V40, V2];
/** The score and vector of one CVSS version in one source, or undefined when it has neither. */
function cvssAt(source, [score, vector, fallback]) {
    const value = typeof source[score] === 'number' ? source[score] : undefined;
    const v = (0, json_js_1.text)(source, vector);
    if (value === undefined && v === undefined)
        return undefined;
    const cvss = {};
    if (value !== undefined)
        cvss.score = value;
    if (v)
        cvss.vector = v;
    cvss.version = cvssVersion(v, fallback);
    return cvss;
}
/**
 * CVSS from `CVSS.<source>`: the source trivy took the severity from (`SeveritySource`) first, its
 * newest CVSS version first (a GHSA advisory may carry only a v4 score while Red Hat has a v3 one:
 * the score shown must be the one behind the severity). Without it, v3 of nvd, ghsa, redhat or any
 * other source, then v4, then v2.
 */
function readCvss(vuln) {
    const all = vuln.CVSS;
    if (!(0, json_js_1.isRecord)(all))
        return undefined;
    const own = (0, json_js_1.text)(vuln, 'SeveritySource');
    const ownEntry = own !== undefined && Object.hasOwn(all, own) ? all[own] : undefined;
    if ((0, json_js_1.isRecord)(ownEntry)) {
        for (const version of NEWEST_FIRST) {
            const cvss = cvssAt(ownEntry, version);
            if (cvss)
                return cvss;
        }
    }
    // Runs once per vulnerability: the sources are walked in place, without building their list.
    for (const version of FALLBACK_ORDER) {
        for (const name of CVSS_SOURCE_ORDER) {
            const entry = Object.hasOwn(all, name) ? all[name] : undefined;
            const cvss = (0, json_js_1.isRecord)(entry) ? cvssAt(entry, version) : undefined;
            if (cvss)
                return cvss;
        }
        for (const name in all) {
            if (name === '' || CVSS_SOURCE_ORDER.includes(name) || !Object.hasOwn(all, name))
                continue;
            const entry = all[name];
            const cvss = (0, json_js_1.isRecord)(entry) ? cvssAt(entry, version) : undefined;
            if (cvss)
                return cvss;
        }
    }
    return undefined;
}
function layerOf(entry) {
    const layer = (0, json_js_1.isRecord)(entry.Layer) ? entry.Layer : undefined;
    return layer ? ((0, json_js_1.text)(layer, 'Digest') ?? (0, json_js_1.text)(layer, 'DiffID')) : undefined;
}
/** The package of a vulnerability: one literal when trivy named everything, as it usually does. */
function packageRef(name, version, purl, fixedVersion, ecosystem) {
    if (version && purl && fixedVersion && ecosystem) {
        return { name, version, purl, fixedVersion, ecosystem };
    }
    const pkg = { name };
    if (version)
        pkg.version = version;
    if (purl)
        pkg.purl = purl;
    if (fixedVersion)
        pkg.fixedVersion = fixedVersion;
    if (ecosystem)
        pkg.ecosystem = ecosystem;
    return pkg;
}
/** `list[index]`, or `list` when no index: an entry's place in the report, for messages. */
function place(list, index) {
    return index === undefined ? list : `${list}[${index}]`;
}
/**
 * Whether `values` is already what `strings` and `unique` make of a list: strings, trimmed, none
 * blank, none twice and none equal to `first`. Then the parsed list serves as it is (the report's
 * data is this parse's own): no copy per finding to allocate, and none for the GC to move.
 */
function isClean(values, first) {
    // Long lists go the general way, whose repeat check is linear.
    if (values.length > 64)
        return false;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (typeof value !== 'string' || value === '' || value.trim() !== value || value === first) {
            return false;
        }
        for (let j = 0; j < i; j++)
            if (values[j] === value)
                return false;
    }
    return true;
}
/** `strings(values)`: the list itself when it is clean. */
function trimmedStrings(values) {
    return Array.isArray(values) && isClean(values, undefined) ? values : (0, json_js_1.strings)(values);
}
/** `unique([first, ...strings(values)])`, the list itself (after `first`) when it is clean. */
function withFirst(first, values) {
    if (!Array.isArray(values))
        return first !== undefined ? [first] : [];
    if (!isClean(values, first))
        return (0, json_js_1.unique)([first, ...(0, json_js_1.strings)(values)]);
    return first !== undefined ? [first].concat(values) : values;
}
function resourceLabel(resource) {
    return [resource.namespace, resource.kind, resource.name].filter((p) => p !== undefined).join('/');
}
class Builder {
    context;
    scope;
    findings = [];
    skippedMisconfigs = new Map();
    /** Vulnerability entries without a VulnerabilityID, for the notice. */
    unidentified = [];
    /** ExperimentalModifiedFindings entries that carry no finding of a known type. */
    unreadableModified = [];
    /** File fingerprints of misconfigurations, secrets and license files, occurrences counted. */
    #files = new core_1.FileFingerprints();
    /** Every finding's `sources`: findings are readonly, so one list serves them all. */
    #sources = [SOURCE];
    #severities = new Map();
    #lastPurlType;
    constructor(context, scope) {
        this.context = context;
        this.scope = scope;
    }
    /** A result's Target, with the image's given name read as its digest ({@link ReportScope}). */
    #target(target) {
        const name = this.scope.artifactName;
        const digest = this.scope.image?.digest;
        if (name === undefined || digest === undefined)
            return target;
        if (target === name)
            return digest;
        return target.startsWith(`${name} (`) ? `${digest}${target.slice(name.length)}` : target;
    }
    result({ result, where, resource }) {
        const target = this.#target(result.Target);
        const klass = (0, json_js_1.text)(result, 'Class');
        const type = (0, json_js_1.text)(result, 'Type');
        // Files are workspace files only for filesystem / repository / config scans; in images and
        // clusters a Target is a path inside the image or a workload, never a workspace file.
        const filesAreLocal = !this.scope.imageScan && resource === undefined;
        const osTarget = OS_TARGET.exec(target);
        const targetPath = filesAreLocal && klass !== 'os-pkgs' && !osTarget
            ? (0, core_1.toWorkspacePath)(target, this.context.workspace)
            : undefined;
        // In a cluster report each workload names its image in the Target of its OS result.
        const image = this.scope.image
            ? this.scope.image
            : resource !== undefined && osTarget?.[1]
                ? { ref: osTarget[1] }
                : undefined;
        const subject = resource ? `k8s:${resourceLabel(resource)}` : (targetPath ?? target);
        const vulnerabilities = {
            type,
            targetPath,
            packageLines: targetPath !== undefined ? lockfileLines(result, where) : undefined,
            image,
            // A cluster report knows a workload's image only by its reference, which still tells two
            // images with the same package apart.
            digest: this.context.image?.digest ?? (resource !== undefined ? image?.ref : undefined),
            layers: new Map(),
        };
        const entries = list(result, 'Vulnerabilities', where);
        const listed = `${where}.Vulnerabilities`;
        for (let i = 0; i < entries.length; i++)
            this.vulnerability(entries[i], vulnerabilities, listed, i);
        list(result, 'Misconfigurations', where).forEach((m, i) => this.misconfiguration(m, `${where}.Misconfigurations[${i}]`, {
            targetPath,
            subject,
            resource,
        }));
        list(result, 'Secrets', where).forEach((s, i) => this.secret(s, `${where}.Secrets[${i}]`, { targetPath, subject, image }));
        list(result, 'Licenses', where).forEach((l, i) => this.license(l, `${where}.Licenses[${i}]`, { type, image, filesAreLocal, subject }));
        // trivy --show-suppressed: what a VEX document, .trivyignore or an ignore policy set aside.
        // Each is the finding it would have been, marked suppressed with where the suppression came from.
        list(result, 'ExperimentalModifiedFindings', where).forEach((m, i) => {
            const at = `${where}.ExperimentalModifiedFindings[${i}]`;
            if (!(0, json_js_1.isRecord)(m) || !(0, json_js_1.isRecord)(m.Finding)) {
                this.unreadableModified.push(at);
                return;
            }
            const before = this.findings.length;
            const kind = (0, json_js_1.text)(m, 'Type');
            const finding = m.Finding;
            if (kind === 'vulnerability')
                this.vulnerability(finding, vulnerabilities, `${at}.Finding`);
            else if (kind === 'misconfiguration')
                this.misconfiguration({ ...finding, Status: 'FAIL' }, `${at}.Finding`, {
                    targetPath,
                    subject,
                    resource,
                });
            else if (kind === 'secret')
                this.secret(finding, `${at}.Finding`, { targetPath, subject, image });
            else if (kind === 'license')
                this.license(finding, `${at}.Finding`, { type, image, filesAreLocal, subject });
            if (this.findings.length === before + 1) {
                this.findings[before] = {
                    ...this.findings[before],
                    suppression: modifiedSuppression(m),
                };
            }
            else
                this.unreadableModified.push(at);
        });
    }
    vulnerability(value, at, list, index) {
        if (!(0, json_js_1.isRecord)(value))
            fail(`${place(list, index)} is not an object`);
        const name = (0, json_js_1.text)(value, 'PkgName');
        if (!name)
            fail(`${place(list, index)} has no PkgName`);
        // Old trivy releases wrote entries with only a PkgName; they are still a vulnerable package.
        const stated = (0, json_js_1.text)(value, 'VulnerabilityID');
        if (!stated)
            this.unidentified.push(`${name} (${place(list, index)})`);
        const id = stated ?? UNKNOWN_ID;
        const version = (0, json_js_1.text)(value, 'InstalledVersion');
        const identifier = value.PkgIdentifier;
        const purl = (0, json_js_1.isRecord)(identifier) ? (0, json_js_1.text)(identifier, 'PURL') : undefined;
        const ecosystem = this.#purlType(purl) ?? at.type;
        const fixedVersion = (0, json_js_1.text)(value, 'FixedVersion');
        const pkg = packageRef(name, version, purl, fixedVersion, ecosystem);
        const fingerprint = at.digest
            ? (0, core_1.imageFingerprint)({ digest: at.digest, advisory: id, name, version, ecosystem })
            : (0, core_1.packageFingerprint)({ advisory: id, name, version, ecosystem });
        const pkgPath = (0, json_js_1.text)(value, 'PkgPath');
        const path = at.targetPath !== undefined && pkgPath !== undefined
            ? ((0, core_1.toWorkspacePath)(pkgPath, this.context.workspace) ?? at.targetPath)
            : at.targetPath;
        // The package's lines in the lockfile (trivy's own SARIF points there too); a package found
        // inside another file (PkgPath) has no lines of its own.
        const lines = pkgPath === undefined
            ? (at.packageLines?.get((0, json_js_1.text)(value, 'PkgID') ?? `${name}@${version ?? ''}`) ??
                at.packageLines?.get(`${name}@${version ?? ''}`))
            : undefined;
        const status = (0, json_js_1.text)(value, 'Status');
        const primaryUrl = (0, json_js_1.text)(value, 'PrimaryURL');
        const cvss = readCvss(value);
        const cwe = trimmedStrings(value.CweIDs);
        const severityWord = (0, json_js_1.text)(value, 'Severity');
        const advisoryTitle = (0, json_js_1.text)(value, 'Title');
        const details = (0, json_js_1.text)(value, 'Description');
        const severity = this.#severity(severityWord);
        const image = at.image ? this.#imageIn(at, value) : undefined;
        const references = withFirst(primaryUrl, value.References);
        const advisories = withFirst(stated, value.VendorIDs);
        const remediation = remediationFor(name, fixedVersion, status);
        // Findings are built in one literal where they can be, member by member where not, never
        // through spreads: a report of 100,000 vulnerabilities made several throwaway objects per
        // finding, and growing an object member by member reallocates its backing store; their GC was
        // most of the normalising time. The usual entry of an image scan has every member but a
        // location and a suppression, so it is one literal, in the order the general case gives.
        if (image &&
            !path &&
            advisoryTitle &&
            details &&
            severityWord &&
            cvss &&
            cwe.length > 0 &&
            primaryUrl &&
            status !== NOT_AFFECTED) {
            this.findings.push({
                fingerprint,
                category: 'vulnerability',
                ruleId: id,
                title: advisoryTitle,
                description: details,
                rule: { title: advisoryTitle, description: details },
                severity,
                scannerSeverity: severityWord,
                cvss,
                package: pkg,
                image,
                references,
                cwe,
                advisories,
                helpUri: primaryUrl,
                remediation,
                sources: this.#sources,
            });
            return;
        }
        // Its required members are all set before it is pushed.
        const finding = {
            fingerprint,
            category: 'vulnerability',
            ruleId: id,
            // The advisory's own title says what is wrong; an advisory without one (trivy leaves Title
            // out for some sources) is named by its id and the package.
            title: advisoryTitle ??
                `${stated ? id : 'Unidentified vulnerability'} in ${name}${version ? ` ${version}` : ''}`,
        };
        if (details)
            finding.description = details;
        if (advisoryTitle || details) {
            const rule = {};
            if (advisoryTitle)
                rule.title = advisoryTitle;
            if (details)
                rule.description = details;
            finding.rule = rule;
        }
        finding.severity = severity;
        if (severityWord)
            finding.scannerSeverity = severityWord;
        if (cvss)
            finding.cvss = cvss;
        if (path) {
            const location = { path };
            if (lines) {
                location.startLine = lines.startLine;
                if (lines.endLine !== undefined)
                    location.endLine = lines.endLine;
            }
            finding.location = location;
        }
        finding.package = pkg;
        if (image)
            finding.image = image;
        finding.references = references;
        if (cwe.length > 0)
            finding.cwe = cwe;
        finding.advisories = advisories;
        if (primaryUrl)
            finding.helpUri = primaryUrl;
        finding.remediation = remediation;
        if (status === NOT_AFFECTED) {
            finding.suppression = {
                kind: 'vendor-status',
                justification: 'The vendor states this package is not affected (trivy status not_affected).',
            };
        }
        finding.sources = this.#sources;
        this.findings.push(finding);
    }
    /** The result's image, with the layer the entry names; one object per layer and result. */
    #imageIn(at, entry) {
        const image = at.image;
        const layer = layerOf(entry);
        if (image === undefined || !layer)
            return image;
        let layered = at.layers.get(layer);
        if (layered === undefined) {
            layered = { ...image, layer };
            at.layers.set(layer, layered);
        }
        return layered;
    }
    /** purlType, without a regex when the type is the one of the purl before (a result's usually are). */
    #purlType(purl) {
        const last = this.#lastPurlType;
        if (purl !== undefined &&
            last !== undefined &&
            purl.startsWith('pkg:') &&
            purl.startsWith(last, 4) &&
            purl.charCodeAt(4 + last.length) === 0x2f // '/'
        ) {
            return last;
        }
        const type = purlType(purl);
        if (type !== undefined)
            this.#lastPurlType = type;
        return type;
    }
    /** normalizeSeverity of a word, once per distinct word of the report. */
    #severity(word) {
        if (word === undefined)
            return (0, core_1.normalizeSeverity)(word);
        let severity = this.#severities.get(word);
        if (severity === undefined) {
            severity = (0, core_1.normalizeSeverity)(word);
            this.#severities.set(word, severity);
        }
        return severity;
    }
    misconfiguration(value, where, at) {
        if (!(0, json_js_1.isRecord)(value))
            fail(`${where} is not an object`);
        // trivy 0.44 writes ID "N/A" for checks that only have an AVD id (e.g. AVD-AWS-0321).
        const shortId = (0, json_js_1.text)(value, 'ID');
        const ruleId = (shortId !== 'N/A' ? shortId : undefined) ?? (0, json_js_1.text)(value, 'AVDID');
        if (!ruleId)
            fail(`${where} has no ID`);
        const status = (0, json_js_1.text)(value, 'Status') ?? 'FAIL';
        if (status !== 'FAIL' && status !== EXCEPTION) {
            this.skippedMisconfigs.set(status, (this.skippedMisconfigs.get(status) ?? 0) + 1);
            return;
        }
        const cause = (0, json_js_1.isRecord)(value.CauseMetadata) ? value.CauseMetadata : {};
        const startLine = positive(cause, 'StartLine');
        const endLine = positive(cause, 'EndLine');
        const location = at.targetPath
            ? {
                path: at.targetPath,
                ...(startLine ? { startLine } : {}),
                ...(startLine && endLine && endLine >= startLine ? { endLine } : {}),
            }
            : undefined;
        const message = (0, json_js_1.text)(value, 'Message');
        const title = (0, json_js_1.text)(value, 'Title');
        const content = (location && startLine
            ? this.context.readLines?.(location.path, startLine, endLine ?? startLine)
            : undefined) ??
            causeLines(cause) ??
            (0, json_js_1.text)(cause, 'Resource') ??
            message ??
            title ??
            ruleId;
        const primaryUrl = (0, json_js_1.text)(value, 'PrimaryURL');
        const resolution = (0, json_js_1.text)(value, 'Resolution');
        const severityWord = (0, json_js_1.text)(value, 'Severity');
        const subjectLabel = at.resource ? ` (${resourceLabel(at.resource)})` : '';
        this.findings.push({
            fingerprint: this.#files.next(ruleId, at.subject, content),
            category: 'misconfiguration',
            ruleId,
            title: `${title ?? ruleId}${subjectLabel}`,
            ...(message || title
                ? { description: (0, json_js_1.unique)([message, (0, json_js_1.text)(value, 'Description')]).join('\n\n') }
                : {}),
            // The check's title and description; its Message is about this finding.
            ...(0, core_1.ruleInfo)(title, (0, json_js_1.text)(value, 'Description')),
            severity: (0, core_1.normalizeSeverity)(severityWord),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            references: (0, json_js_1.unique)([primaryUrl, ...(0, json_js_1.strings)(value.References)]),
            ...(primaryUrl ? { helpUri: primaryUrl } : {}),
            ...(resolution ? { remediation: resolution } : {}),
            ...(status === EXCEPTION
                ? {
                    suppression: {
                        kind: 'external',
                        justification: 'An exception policy excludes this check here (trivy status EXCEPTION).',
                        source: 'trivy exception policy',
                    },
                }
                : {}),
            sources: [SOURCE],
        });
    }
    secret(value, where, at) {
        if (!(0, json_js_1.isRecord)(value))
            fail(`${where} is not an object`);
        const ruleId = (0, json_js_1.text)(value, 'RuleID');
        if (!ruleId)
            fail(`${where} has no RuleID`);
        const startLine = positive(value, 'StartLine');
        const endLine = positive(value, 'EndLine');
        const title = (0, json_js_1.text)(value, 'Title') ?? ruleId;
        const category = (0, json_js_1.text)(value, 'Category');
        const match = typeof value.Match === 'string' ? value.Match : undefined;
        // Only a match trivy visibly masked is hashed; the file's own lines would hash the secret.
        const content = match !== undefined && /\*{3,}/.test(match) ? match : title;
        const severityWord = (0, json_js_1.text)(value, 'Severity');
        const location = at.targetPath
            ? {
                path: at.targetPath,
                ...(startLine ? { startLine } : {}),
                ...(startLine && endLine && endLine >= startLine ? { endLine } : {}),
            }
            : undefined;
        // In an image, the layer the secret was found in.
        const layer = at.image ? layerOf(value) : undefined;
        const image = at.image ? { ...at.image, ...(layer ? { layer } : {}) } : undefined;
        const place = at.targetPath ?? (at.image ? `${at.subject} in the image` : at.subject);
        this.findings.push({
            fingerprint: this.#files.next(ruleId, at.subject, content),
            category: 'secret',
            ruleId,
            title: `${title} in ${place}`,
            description: `trivy secret rule '${ruleId}'${category ? ` (${category})` : ''} matched${startLine ? ` at line ${startLine}` : ''}. The secret value is not reproduced here.`,
            ...(0, core_1.ruleInfo)(title, `trivy secret rule '${ruleId}'${category ? ` (${category})` : ''}: ${title}. Each finding names the file and line it matched.`),
            severity: severityWord
                ? (0, core_1.normalizeSeverity)(severityWord)
                : (this.context.defaultSeverity ?? 'high'),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            ...(image ? { image } : {}),
            remediation: 'Revoke and rotate this credential, then remove it from the code (or image layer) it was found in.',
            sources: [SOURCE],
        });
    }
    license(value, where, at) {
        if (!(0, json_js_1.isRecord)(value))
            fail(`${where} is not an object`);
        const name = (0, json_js_1.text)(value, 'Name');
        if (!name)
            fail(`${where} has no Name`);
        const pkgName = (0, json_js_1.text)(value, 'PkgName');
        const filePath = (0, json_js_1.text)(value, 'FilePath');
        const path = at.filesAreLocal && filePath ? (0, core_1.toWorkspacePath)(filePath, this.context.workspace) : undefined;
        const category = (0, json_js_1.text)(value, 'Category');
        const link = (0, json_js_1.text)(value, 'Link');
        const severityWord = (0, json_js_1.text)(value, 'Severity');
        const advisory = `license:${name}`;
        const digest = this.context.image?.digest;
        let fingerprint;
        if (pkgName) {
            fingerprint = digest
                ? (0, core_1.imageFingerprint)({ digest, advisory, name: pkgName, ecosystem: at.type })
                : (0, core_1.packageFingerprint)({ advisory, name: pkgName, ecosystem: at.type });
        }
        else if (filePath) {
            const key = path ?? filePath;
            fingerprint = this.#files.next(name, key, advisory);
        }
        else {
            fingerprint = (0, core_1.ruleFingerprint)(advisory, at.subject);
        }
        const severity = (0, core_1.normalizeSeverity)(severityWord);
        this.findings.push({
            fingerprint,
            category: 'license',
            ruleId: name,
            title: `License ${name} in ${pkgName ?? path ?? filePath ?? at.subject}`,
            description: `trivy classifies ${name} as ${category ?? 'an unclassified license'}${typeof value.Confidence === 'number' ? ` (confidence ${value.Confidence})` : ''}.`,
            ...(0, core_1.ruleInfo)(`License ${name}`, `trivy classifies ${name} as ${category ?? 'an unclassified license'}.`),
            severity,
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(path ? { location: { path } } : {}),
            ...(pkgName
                ? { package: { name: pkgName, ...(at.type ? { ecosystem: at.type } : {}) } }
                : {}),
            ...(at.image ? { image: at.image } : {}),
            ...(link ? { helpUri: link, references: [link] } : {}),
            sources: [SOURCE],
        });
    }
}
/**
 * `Packages[].Locations` of a lockfile result (written with `--list-all-pkgs` by lockfile parsers
 * that know lines, e.g. npm's): the first location of each package, keyed by its `ID` (what a
 * vulnerability names as `PkgID`) and by `Name@Version`. Undefined when trivy gave no lines.
 */
function lockfileLines(result, where) {
    const lines = new Map();
    for (const entry of list(result, 'Packages', where)) {
        if (!(0, json_js_1.isRecord)(entry) || !Array.isArray(entry.Locations))
            continue;
        const first = entry.Locations.find(json_js_1.isRecord);
        const startLine = first ? positive(first, 'StartLine') : undefined;
        if (startLine === undefined)
            continue;
        const endLine = positive(first, 'EndLine');
        const at = { startLine, ...(endLine !== undefined && endLine >= startLine ? { endLine } : {}) };
        const id = (0, json_js_1.text)(entry, 'ID');
        const name = (0, json_js_1.text)(entry, 'Name');
        if (id !== undefined && !lines.has(id))
            lines.set(id, at);
        const key = name !== undefined ? `${name}@${(0, json_js_1.text)(entry, 'Version') ?? ''}` : undefined;
        if (key !== undefined && !lines.has(key))
            lines.set(key, at);
    }
    return lines.size > 0 ? lines : undefined;
}
/** trivy's misconfiguration status for a check an exception policy set aside. */
const EXCEPTION = 'EXCEPTION';
/**
 * The suppression of an ExperimentalModifiedFindings entry: a VEX statement (not_affected, fixed,
 * under_investigation) is the vendor's word; an `ignored` entry comes from .trivyignore or an
 * ignore policy, a file outside the scanner.
 */
function modifiedSuppression(entry) {
    const status = (0, json_js_1.text)(entry, 'Status');
    const statement = (0, json_js_1.text)(entry, 'Statement');
    const source = (0, json_js_1.text)(entry, 'Source');
    return {
        kind: status === 'ignored' ? 'external' : 'vendor-status',
        justification: `trivy status ${status ?? 'unknown'}${statement ? `: ${statement}` : ''}`,
        source: `trivy${source ? ` ${source}` : ''}`,
    };
}
function remediationFor(name, fixedVersion, status) {
    if (fixedVersion)
        return `Upgrade ${name} to ${fixedVersion}.`;
    if (status === 'fixed') {
        return `A fix for ${name} exists (trivy status: fixed) but the report names no version; upgrade ${name} to the latest version available.`;
    }
    return `No fixed version of ${name} is known${status ? ` (trivy status: ${status})` : ''}.`;
}
/** The lines trivy marked as the cause, joined; undefined when trivy gave none. */
function causeLines(cause) {
    const code = (0, json_js_1.isRecord)(cause.Code) ? cause.Code : undefined;
    const lines = code && Array.isArray(code.Lines) ? code.Lines : [];
    const picked = lines
        .filter(json_js_1.isRecord)
        .filter((l) => l.IsCause === true && typeof l.Content === 'string')
        .map((l) => l.Content);
    return picked.length > 0 && picked.some((l) => l.trim() !== '') ? picked.join('\n') : undefined;
}
/** Parses a trivy JSON report (image, filesystem, repository, config or k8s). */
const parseTrivy = (raw, context) => {
    const data = (0, json_js_1.parseJsonOutput)(raw, {
        empty: 'trivy report is empty; trivy always writes a JSON document, so the scan did not complete',
        invalid: (why) => `trivy report is not valid JSON (${why}); the scan was interrupted or wrote another format`,
    });
    const { results, report } = collectResults(data);
    const builder = new Builder(context, reportScope(report, results, context));
    for (const r of results)
        builder.result(r);
    const notices = [];
    if (builder.skippedMisconfigs.size > 0) {
        const parts = [...builder.skippedMisconfigs].map(([status, n]) => `${n} ${status}`);
        notices.push(`trivy reported misconfiguration checks that did not fail (${parts.join(', ')}); only FAIL results are findings.`);
    }
    if (builder.unidentified.length > 0) {
        notices.push(`trivy reported ${builder.unidentified.length} vulnerability entr${builder.unidentified.length === 1 ? 'y' : 'ies'} with no VulnerabilityID (${builder.unidentified.slice(0, 3).join(', ')}); each is a finding with the id '${UNKNOWN_ID}'.`);
    }
    if (builder.unreadableModified.length > 0) {
        notices.push(`trivy listed ${builder.unreadableModified.length} suppressed entr${builder.unreadableModified.length === 1 ? 'y' : 'ies'} of no known type (${builder.unreadableModified.slice(0, 3).join(', ')}); they are not findings.`);
    }
    const trivy = report && (0, json_js_1.isRecord)(report.Trivy) ? report.Trivy : undefined;
    const version = trivy ? (0, json_js_1.text)(trivy, 'Version') : undefined;
    return { findings: builder.findings, ...(version ? { scannerVersion: version } : {}), notices };
};
exports.parseTrivy = parseTrivy;


/***/ })

};
