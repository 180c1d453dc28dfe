#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7638:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ScanFailedError = exports.ReportError = exports.InputError = exports.UserError = void 0;
exports.describeJsonError = describeJsonError;
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
exports.UserError = UserError;
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
exports.InputError = InputError;
/** A findings report that cannot be read or does not match the schema. */
class ReportError extends UserError {
    source;
    name = 'ReportError';
    constructor(source, message, options) {
        super('bad-report', `Findings report ${source}: ${message}`, options);
        this.source = source;
    }
}
exports.ReportError = ReportError;
/** A scanner that crashed, timed out or wrote output we cannot parse: the scan fails, never "0 findings". */
class ScanFailedError extends Error {
    reason;
    name = 'ScanFailedError';
    constructor(reason, options) {
        super(reason, options);
        this.reason = reason;
    }
}
exports.ScanFailedError = ScanFailedError;
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

/***/ 2260:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


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
/**
 * Everything in core except report validation (which loads the JSON Schema validator): what an
 * action needs before its inputs are read, so a step's start-up stays lean.
 */
__exportStar(__nccwpck_require__(6388), exports);
__exportStar(__nccwpck_require__(3262), exports);
__exportStar(__nccwpck_require__(613), exports);
__exportStar(__nccwpck_require__(7638), exports);
__exportStar(__nccwpck_require__(2109), exports);
__exportStar(__nccwpck_require__(2712), exports);


/***/ }),

/***/ 613:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FileFingerprints = exports.OccurrenceCounter = void 0;
exports.normalizeContent = normalizeContent;
exports.fileFingerprint = fileFingerprint;
exports.packageFingerprint = packageFingerprint;
exports.imageFingerprint = imageFingerprint;
exports.ruleFingerprint = ruleFingerprint;
exports.secretDigest = secretDigest;
const node_crypto_1 = __nccwpck_require__(7598);
/**
 * Fingerprints identify "the same finding" across runs, line shifts and engines. They feed waivers,
 * baselines (`mode: new`) and cross-engine deduplication, so each kind hashes only what is stable:
 *
 * - file findings: rule + path + the trimmed, whitespace-collapsed text of the flagged lines
 *   (+ an occurrence index when the same text repeats in one file) — never the line number;
 * - dependencies: ecosystem + package + version + advisory;
 * - images: digest + package + version + advisory;
 * - anything else (host compliance, signatures): rule + target.
 *
 * The digest is versioned ("v1:") so a future change of recipe never silently matches old ones.
 */
const VERSION = 'v1';
function digest(kind, parts) {
    // One joined string through the one-shot hash: the same bytes as feeding the parts one by one
    // (every part starts with NUL, so no UTF-8 sequence spans two parts), without a Hash object each.
    let input = `${VERSION}\u0000${kind}`;
    for (const p of parts)
        input += `\u0000${p ?? ''}`;
    return fingerprintOf(input);
}
function fingerprintOf(input) {
    return `${VERSION}:${(0, node_crypto_1.hash)('sha256', input, 'hex').slice(0, 40)}`;
}
/** Whitespace-insensitive form of source text, so re-indentation keeps the fingerprint. */
function normalizeContent(text) {
    // Most flagged lines only need their indentation cut: find that without a regex and a copy.
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start)))
        start++;
    while (end > start && isSpace(text.charCodeAt(end - 1)))
        end--;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (isSpace(c) && (c !== 0x20 || isSpace(text.charCodeAt(i + 1)))) {
            return text.replace(/\s+/g, ' ').trim();
        }
    }
    return start === 0 && end === text.length ? text : text.slice(start, end);
}
/** What `\s` matches (and `trim` removes): ECMAScript's WhiteSpace and LineTerminator. */
function isSpace(c) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d))
        return true;
    if (c < 0xa0)
        return false;
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
function fileFingerprint(input) {
    return fileDigest(input.ruleId, input.path, normalizeContent(input.content), input.occurrence ?? 0);
}
function fileDigest(ruleId, path, normalized, occurrence) {
    return fingerprintOf(fileInput(ruleId, path, normalized, occurrence));
}
function fileInput(ruleId, path, normalized, occurrence) {
    return `${VERSION}\u0000file\u0000${ruleId}\u0000${path}\u0000${normalized}\u0000${occurrence}`;
}
function packageFingerprint(input) {
    return digest('package', [
        (input.ecosystem ?? '').toLowerCase(),
        input.name,
        input.version,
        input.advisory.toUpperCase(),
    ]);
}
function imageFingerprint(input) {
    return digest('image', [
        input.digest,
        (input.ecosystem ?? '').toLowerCase(),
        input.name,
        input.version,
        input.advisory.toUpperCase(),
    ]);
}
function ruleFingerprint(ruleId, target) {
    return digest('rule', [ruleId, target]);
}
/**
 * The keyed digest of a secret's value that secret fingerprints hold, so a fingerprint (and a waiver
 * or baseline naming it) covers one secret and no other in the same place. HMAC-SHA-256 under a
 * per-repository key: a plain hash of a short secret would let anyone who reads a report test
 * guesses against it; without the key a guess cannot be checked.
 */
function secretDigest(key, value) {
    return (0, node_crypto_1.createHmac)('sha256', `${VERSION}\u0000secret\u0000${key}`)
        .update(value)
        .digest('hex')
        .slice(0, 32);
}
/**
 * Assigns occurrence indexes so identical (rule, path, content) triples stay distinct and stable.
 * Call with findings in file order.
 */
class OccurrenceCounter {
    #seen = new Map();
    next(ruleId, path, content) {
        const key = `${ruleId}\u0000${path}\u0000${normalizeContent(content)}`;
        const n = this.#seen.get(key) ?? 0;
        this.#seen.set(key, n + 1);
        return n;
    }
}
exports.OccurrenceCounter = OccurrenceCounter;
/**
 * File fingerprints of findings given in file order, occurrence indexes included: the values of
 * {@link fileFingerprint} with {@link OccurrenceCounter}'s indexes, with the content normalised
 * once. A triple is known by its first occurrence's fingerprint, looked up by the digest's first 28
 * bits (a small integer: no string hashing, nothing kept but the fingerprint the finding holds
 * anyway); fingerprints that share those bits with another, and repeated ones, are counted by the
 * whole string.
 */
class FileFingerprints {
    #first = new Map();
    #counts = new Map();
    next(ruleId, path, content) {
        const normalized = normalizeContent(content);
        const hex = (0, node_crypto_1.hash)('sha256', fileInput(ruleId, path, normalized, 0), 'hex');
        const fingerprint = `${VERSION}:${hex.slice(0, 40)}`;
        const key = Number.parseInt(hex.slice(0, 7), 16);
        const first = this.#first.get(key);
        if (first === undefined) {
            this.#first.set(key, fingerprint);
            return fingerprint;
        }
        // Occurrences before this one: the first (held in #first) and those counted since.
        const n = this.#counts.get(fingerprint) ?? (first === fingerprint ? 1 : 0);
        this.#counts.set(fingerprint, n + 1);
        return n === 0 ? fingerprint : fileDigest(ruleId, path, normalized, n);
    }
}
exports.FileFingerprints = FileFingerprints;


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.camelCase = camelCase;
exports.parseList = parseList;
exports.readInputs = readInputs;
exports.nonEmpty = nonEmpty;
const errors_js_1 = __nccwpck_require__(7638);
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
            throw new errors_js_1.InputError(name, `is required${values}; ${hint}`);
        }
        switch (spec.kind) {
            case 'list':
                return [];
            case 'boolean':
                throw new errors_js_1.InputError(name, 'is empty; use true or false');
            case 'enum':
                throw new errors_js_1.InputError(name, `is empty; use one of: ${spec.values.join(', ')}`);
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
            throw new errors_js_1.InputError(name, `must be true or false, got ${JSON.stringify(value)}`);
        case 'enum':
            if (!spec.values.includes(value)) {
                throw new errors_js_1.InputError(name, `must be one of ${spec.values.join(', ')}; got ${JSON.stringify(value)}`);
            }
            return value;
        case 'integer': {
            if (!/^-?\d+$/.test(value))
                throw new errors_js_1.InputError(name, `must be a whole number, got ${JSON.stringify(value)}`);
            const n = Number(value);
            if (n < spec.min || n > spec.max) {
                throw new errors_js_1.InputError(name, `must be between ${spec.min} and ${spec.max}, got ${n}`);
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
                throw new errors_js_1.InputError(name, 'takes one value');
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
/***/ ((__unused_webpack_module, exports) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeMarkdown = escapeMarkdown;
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
/***/ ((__unused_webpack_module, exports) => {


/**
 * The finding model, version 1: what every scan action writes and what the quality gate reads.
 * The JSON Schema in ../schema/findings-report.schema.json is the published form of these types;
 * a test holds the two together.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCOPE_KINDS = exports.TARGET_KINDS = exports.REPORT_STATUSES = exports.FULL_COMMIT_SHA = exports.IMPORT_ACTION = exports.ACTION_NAMES = exports.CATEGORIES = exports.SEVERITIES = exports.REPORT_SCHEMA_VERSION = exports.REPORT_SCHEMA_ID = void 0;
exports.signatureModeNotice = signatureModeNotice;
exports.ruleInfo = ruleInfo;
exports.scopeOf = scopeOf;
exports.isSeverity = isSeverity;
exports.severityRank = severityRank;
exports.compareSeverity = compareSeverity;
exports.emptySeverityCounts = emptySeverityCounts;
exports.countBySeverity = countBySeverity;
exports.suppressionGroup = suppressionGroup;
exports.describeSuppressed = describeSuppressed;
exports.countSuppression = countSuppression;
exports.describeSuppressionGroups = describeSuppressionGroups;
exports.describePackageFix = describePackageFix;
exports.titleWithoutPackage = titleWithoutPackage;
exports.REPORT_SCHEMA_ID = 'urn:portcullis:findings-report';
exports.REPORT_SCHEMA_VERSION = 1;
exports.SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
exports.CATEGORIES = [
    'secret',
    'vulnerability',
    'misconfiguration',
    'compliance',
    'signature',
    'license',
];
exports.ACTION_NAMES = [
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
exports.IMPORT_ACTION = 'import';
/** A full commit SHA (SHA-1 or SHA-256 object name), as a report's `commitSha` must be. */
exports.FULL_COMMIT_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * The notice every sign-image report opens with, a failed one included: `mode: sign` or
 * `mode: verify`. The quality gate's final stage accepts only verifications, told apart by it.
 */
function signatureModeNotice(mode) {
    return `mode: ${mode}`;
}
exports.REPORT_STATUSES = ['complete', 'failed'];
exports.TARGET_KINDS = ['repository', 'path', 'git-range', 'image', 'host'];
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
exports.SCOPE_KINDS = ['commits', 'tree'];
/**
 * The scope a finding of a report with several belongs to: a finding in a commit was found in the
 * history, any other in the working tree.
 */
function scopeOf(finding) {
    return finding.git?.commit ? 'commits' : 'tree';
}
function isSeverity(value) {
    return typeof value === 'string' && exports.SEVERITIES.includes(value);
}
/** Rank for sorting: critical first. */
function severityRank(severity) {
    return exports.SEVERITIES.indexOf(severity);
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

/***/ 2109:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toWorkspacePath = toWorkspacePath;
const node_path_1 = __nccwpck_require__(6760);
/**
 * Turns a scanner's path (absolute, `./`-prefixed, Windows-separated or `file://`) into a
 * workspace-relative POSIX path, or undefined when it points outside the workspace: findings never
 * carry absolute paths or `..`, so nothing outside the checkout is reported or uploaded.
 */
function toWorkspacePath(raw, workspace) {
    let p = raw.trim();
    if (p === '')
        return undefined;
    if (p.startsWith('file://')) {
        try {
            p = decodeURIComponent(new URL(p).pathname);
        }
        catch {
            return undefined;
        }
    }
    p = p.replace(/\\/g, '/');
    if ((0, node_path_1.isAbsolute)(p) || /^[A-Za-z]:\//.test(p)) {
        const rel = (0, node_path_1.relative)(workspace, p).split(node_path_1.sep).join('/');
        if (rel === '' || rel.startsWith('../') || rel === '..' || (0, node_path_1.isAbsolute)(rel))
            return undefined;
        return rel;
    }
    const parts = [];
    for (const segment of p.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
            continue;
        }
        parts.push(segment);
    }
    return parts.length === 0 ? undefined : parts.join('/');
}


/***/ }),

/***/ 3262:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UNKNOWN_SEVERITY = exports.SEVERITY_WORDS = void 0;
exports.severityFromScore = severityFromScore;
exports.normalizeSeverity = normalizeSeverity;
exports.severityFromSarifLevel = severityFromSarifLevel;
exports.sarifLevelForSeverity = sarifLevelForSeverity;
exports.scoreForSeverity = scoreForSeverity;
/**
 * One table for every severity vocabulary the suite reads. Words are matched case-insensitively.
 *
 * | scanner vocabulary                                   | word(s)                         | severity |
 * |------------------------------------------------------|---------------------------------|----------|
 * | trivy, grype, checkov, kics, osv, XCCDF, generic     | critical, very-high             | critical |
 * | trivy, grype, kics, semgrep (new), XCCDF             | high                            | high     |
 * | tfsec, semgrep (legacy)                              | error                           | high     |
 * | trivy, grype, kics, semgrep (new), XCCDF, GHSA       | medium, moderate                | medium   |
 * | tfsec, semgrep (legacy), hadolint                    | warning                         | medium   |
 * | trivy, grype, kics, semgrep (new), XCCDF             | low                             | low      |
 * | grype                                                | negligible                      | info     |
 * | kics TRACE, semgrep INFO, hadolint info/style, SARIF | info, informational, trace, style, note*, none | info     |
 * | trivy UNKNOWN, grype Unknown, checkov null, osv ""   | unknown, null, "", missing      | medium   |
 *
 * *SARIF `level` is read through {@link severityFromSarifLevel}, where `note` is low (trivy and
 * GitHub both write LOW as note); the word `note` elsewhere is informational.
 *
 * A missing or unknown severity is medium, never info: a gate must not treat "the scanner did not
 * say" as "harmless". checkov's open-source edition writes `null` for every check
 * (https://www.checkov.io/2.Basics/Suppressing%20and%20Skipping%20Policies.html — severities are a
 * platform feature), and osv-scanner writes `max_severity: ""` when no CVSS is known.
 *
 * Numbers (CVSS base scores, SARIF `security-severity`, osv `max_severity` strings) follow the
 * CVSS v3 qualitative scale that GitHub code scanning also uses: 9.0+ critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low, 0 info.
 */
exports.SEVERITY_WORDS = {
    critical: 'critical',
    'very-high': 'critical',
    'very high': 'critical',
    high: 'high',
    error: 'high',
    medium: 'medium',
    moderate: 'medium',
    warning: 'medium',
    low: 'low',
    negligible: 'info',
    info: 'info',
    informational: 'info',
    information: 'info',
    trace: 'info',
    style: 'info',
    note: 'info',
    none: 'info',
    unknown: 'medium',
};
/** Severity used when a scanner gives none; see the table above for why it is not info. */
exports.UNKNOWN_SEVERITY = 'medium';
/** CVSS-style score (0–10) to severity, as GitHub maps `security-severity`. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0)
        return exports.UNKNOWN_SEVERITY;
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
}
/**
 * Normalise any scanner's severity (word, numeric string or number; null, undefined and "" included)
 * to the suite's five levels. Never throws and never drops: unrecognised values are {@link UNKNOWN_SEVERITY}.
 */
function normalizeSeverity(value) {
    if (typeof value === 'number')
        return severityFromScore(value);
    if (typeof value !== 'string')
        return exports.UNKNOWN_SEVERITY;
    const word = value.trim().toLowerCase();
    if (word === '')
        return exports.UNKNOWN_SEVERITY;
    // Own properties only: a scanner's "__proto__" or "constructor" must not reach Object.prototype.
    const mapped = Object.hasOwn(exports.SEVERITY_WORDS, word) ? exports.SEVERITY_WORDS[word] : undefined;
    if (mapped)
        return mapped;
    if (/^\d+(\.\d+)?$/.test(word))
        return severityFromScore(Number(word));
    return exports.UNKNOWN_SEVERITY;
}
/** SARIF `level` (result's, else the rule's defaultConfiguration, else SARIF's default `warning`). */
function severityFromSarifLevel(level) {
    switch (level) {
        case 'error':
            return 'high';
        case 'note':
            return 'low';
        case 'none':
            return 'info';
        case 'warning':
        case undefined:
        case null:
            return 'medium';
        default:
            return exports.UNKNOWN_SEVERITY;
    }
}
/** The SARIF level GitHub shows for a severity (trivy's own mapping: HIGH/CRITICAL error, MEDIUM warning, LOW note). */
function sarifLevelForSeverity(severity) {
    switch (severity) {
        case 'critical':
        case 'high':
            return 'error';
        case 'medium':
            return 'warning';
        case 'low':
            return 'note';
        case 'info':
            return 'note';
    }
}
/** A representative `security-severity` score for a severity when no CVSS score is known. */
function scoreForSeverity(severity) {
    switch (severity) {
        case 'critical':
            return 9.5;
        case 'high':
            return 8.0;
        case 'medium':
            return 5.5;
        case 'low':
            return 2.0;
        case 'info':
            return 0.0;
    }
}


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLI_USAGE = exports.EXIT = void 0;
exports.parseCliArgs = parseCliArgs;
exports.readCliInputs = readCliInputs;
exports.configFromCli = configFromCli;
exports.runCli = runCli;
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const essentials_1 = __nccwpck_require__(2260);
const inputs_1 = __nccwpck_require__(7276);
const config_js_1 = __nccwpck_require__(8899);
const inputs_js_1 = __nccwpck_require__(8032);
/** Exit codes of `portcullis gate`. */
exports.EXIT = { pass: 0, fail: 1, badInput: 2 };
exports.CLI_USAGE = `Usage: portcullis gate --findings <file|folder|glob>... [--import <FORMAT:PATH>...] --stage <code|container|final> [options]

Runs the quality gate over findings reports and prints the summary (markdown).

  --findings <paths...>     findings reports: files, folders (every *.json below) or globs
  --import <FORMAT:PATH...> other tools' outputs gated as scans, FORMAT one of sarif, trivy-json,
                            grype-json, gitleaks-json, checkov-json, osv-json, semgrep-json,
                            hadolint-json, kics-json, tfsec-json or auto (PATH may be a glob)
  --stage <stage>           code | container | final
  --system-level <1-4>      severity matrix level (default 3)
  --policy <file>           policy YAML (default: built-in policy)
  --waivers <file>          waivers YAML (default: .portcullis/waivers.yml when present)
  --risk-threshold <0-100>  minimum risk score (default: the policy's, else 75)
  --fail-on <severity>      preset: any finding this severe or worse fails (e.g. high)
  --fail <true|false>       false: report only, exit 0 whatever the verdict (default true)
  --mode <all|new>          new: count only findings absent from --baseline (default all)
  --baseline <paths...>     the base branch's findings reports (for --mode new)
  --sha <commit>            the commit being gated (default: $GITHUB_SHA, else the reports' own)
  --base <commit>           a change under review: read policy, waivers and baselines in the
                            repository from this base commit (git in --cwd); --mode new baselines
                            must be scans of it or of its merge base with --head
  --head <commit>           the change's head, for the merge base (default: HEAD)
  --image <digest|ref>      the image being promoted (final stage; default: the scanned images)
  --summary-file <file>     also write the summary to this file
  --cwd <folder>            resolve relative paths here (default: the current folder)

Exit codes: 0 pass (or report only), 1 fail, 2 bad input.`;
const isOption = (name) => Object.hasOwn(inputs_js_1.CLI_INPUT_SPECS, name);
/** An option as the user typed it, for messages. */
const optionName = (name) => `--${name}`;
/**
 * `--findings a b c` takes every following argument up to the next option (so shell globs that the
 * shell expanded work), as does every list option of the spec, and repeating one adds to it; other
 * options take one value; `--name=value` works for all.
 */
function parseCliArgs(argv) {
    const args = argv[0] === 'gate' ? argv.slice(1) : [...argv];
    const options = {};
    let help = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            throw new essentials_1.InputError('arguments', `unexpected '${arg}'; see --help`);
        }
        const eq = arg.indexOf('=');
        const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        const inline = eq === -1 ? undefined : arg.slice(eq + 1);
        if (!isOption(name)) {
            throw new essentials_1.InputError(optionName(name), 'is not an option of portcullis gate; see --help');
        }
        if (inputs_js_1.CLI_INPUT_SPECS[name].kind === 'list') {
            const given = options[name];
            const list = Array.isArray(given) ? given : [];
            if (inline !== undefined)
                list.push(inline);
            while (i + 1 < args.length && !args[i + 1].startsWith('--'))
                list.push(args[++i]);
            if (list.length === 0)
                throw new essentials_1.InputError(optionName(name), 'needs at least one path');
            options[name] = list;
        }
        else {
            const value = inline ?? args[++i];
            if (value === undefined || (inline === undefined && value.startsWith('--'))) {
                throw new essentials_1.InputError(optionName(name), 'needs a value');
            }
            options[name] = value;
        }
    }
    return { options, help };
}
/** Reads the options through the gate's input spec, as the action reads its inputs. */
function readCliInputs(args) {
    return (0, inputs_1.readInputs)(inputs_js_1.CLI_INPUT_SPECS, (name) => args.options[name], {
        requiredHint: 'see --help',
    });
}
function configFromCli(inputs, env) {
    const typed = (0, inputs_1.nonEmpty)(inputs.sha);
    const fromEnv = typed === undefined ? (0, inputs_1.nonEmpty)(env.GITHUB_SHA) : undefined;
    // A commit from the environment is named as such: the user typed no --sha.
    if (fromEnv !== undefined && !essentials_1.FULL_COMMIT_SHA.test(fromEnv)) {
        throw new essentials_1.UserError('bad-github-sha', `GITHUB_SHA is not a full commit SHA (got '${fromEnv}'); unset it or give --sha <commit>`);
    }
    const sha = typed ?? fromEnv;
    const base = (0, inputs_1.nonEmpty)(inputs.base);
    const head = (0, inputs_1.nonEmpty)(inputs.head);
    if (head !== undefined && base === undefined)
        throw new essentials_1.InputError(config_js_1.GATE_INPUTS.head, 'only means something with --base (the base commit)');
    return {
        ...(0, config_js_1.configFromInputs)(inputs),
        ...(sha !== undefined ? { commitSha: sha } : {}),
        ...(base !== undefined
            ? { base: { sha: base, ...(head !== undefined ? { head } : {}), what: 'change' } }
            : {}),
    };
}
/**
 * Runs `portcullis gate …` and returns the exit code; all IO goes through `io`. The gate, its
 * policy and report loading load only once the arguments are read and valid.
 */
async function runCli(argv, io) {
    try {
        const args = parseCliArgs(argv);
        if (args.help) {
            io.stdout(`${exports.CLI_USAGE}\n`);
            return exports.EXIT.pass;
        }
        const inputs = readCliInputs(args);
        const config = configFromCli(inputs, io.env);
        const cwd = (0, inputs_1.nonEmpty)(inputs.cwd) ?? io.cwd ?? process.cwd();
        const [{ runGate }, { renderGateSummary }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(278), __nccwpck_require__.e(78), __nccwpck_require__.e(50)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4050)),
            Promise.all(/* import() */[__nccwpck_require__.e(278), __nccwpck_require__.e(78), __nccwpck_require__.e(509)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7509)),
        ]);
        const result = runGate(config, { ...io, cwd });
        const summary = renderGateSummary(result);
        io.stdout(`${summary}\n`);
        const file = (0, inputs_1.nonEmpty)(inputs.summaryFile);
        if (file !== undefined) {
            const write = io.writeFile ?? ((p, t) => (0, node_fs_1.writeFileSync)(p, t));
            write((0, node_path_1.isAbsolute)(file) ? file : (0, node_path_1.join)(cwd, file), `${summary}\n`);
        }
        return result.failStep ? exports.EXIT.fail : exports.EXIT.pass;
    }
    catch (error) {
        // The gate names its inputs as the action has them; here the user typed them as options.
        if (error instanceof essentials_1.InputError && isOption(error.input)) {
            io.stderr(`portcullis gate: ${new essentials_1.InputError(optionName(error.input), error.detail).message}\n`);
            return exports.EXIT.badInput;
        }
        if (error instanceof essentials_1.UserError) {
            io.stderr(`portcullis gate: ${error.message}\n`);
            return exports.EXIT.badInput;
        }
        // A bug: never a verdict, and never a pass.
        io.stderr(`portcullis gate: internal error: ${error.stack ?? String(error)}\n`);
        return exports.EXIT.badInput;
    }
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_SYSTEM_LEVEL = exports.DEFAULT_WAIVERS_FILE = exports.GATE_INPUTS = void 0;
exports.checkGateConfig = checkGateConfig;
exports.configFromInputs = configFromInputs;
const essentials_1 = __nccwpck_require__(2260);
const inputs_1 = __nccwpck_require__(7276);
const matrix_js_1 = __nccwpck_require__(6316);
/**
 * The gate's input names for its own messages, each one of the spec's (actions/quality-gate and the
 * CLI's `--<name>` options read the same spec; the CLI words them as options).
 */
exports.GATE_INPUTS = {
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
    head: 'head',
    sha: 'sha',
    import: 'import',
};
/** The waivers file read when the `waivers` input is not set and this file exists. */
exports.DEFAULT_WAIVERS_FILE = '.portcullis/waivers.yml';
exports.DEFAULT_SYSTEM_LEVEL = 3;
/** The spec reads `system-level` as an integer; this holds it to the matrix's levels. */
function systemLevel(value) {
    const n = value ?? exports.DEFAULT_SYSTEM_LEVEL;
    if (!(0, matrix_js_1.isSystemLevel)(n)) {
        throw new essentials_1.InputError(exports.GATE_INPUTS.systemLevel, `must be one of ${matrix_js_1.SYSTEM_LEVELS.join(', ')} (got '${n}')`);
    }
    return n;
}
/** '' means "not set" (the policy's matrix as it is). */
function parseFailOn(value) {
    const v = value.trim();
    if (v === '')
        return undefined;
    if (!(0, essentials_1.isSeverity)(v)) {
        throw new essentials_1.InputError(exports.GATE_INPUTS.failOn, `must be one of ${essentials_1.SEVERITIES.join(', ')}, or empty (got '${value}'); e.g. 'high' fails on any critical or high finding`);
    }
    return v;
}
/** Checks the combination of inputs: `new` needs a baseline, and something must be gated. */
function checkGateConfig(config) {
    if (config.findings.length === 0 && (config.imports ?? []).length === 0) {
        throw new essentials_1.InputError(exports.GATE_INPUTS.findings, 'name at least one findings report, folder or glob (or an import)');
    }
    if (config.mode === 'new' && config.baseline.length === 0) {
        throw new essentials_1.InputError(exports.GATE_INPUTS.baseline, "mode 'new' compares against the base branch's findings reports; set baseline to them (or use mode 'all')");
    }
    if (config.commitSha !== undefined && !essentials_1.FULL_COMMIT_SHA.test(config.commitSha)) {
        throw new essentials_1.InputError(exports.GATE_INPUTS.sha, `must be a full commit SHA (got '${config.commitSha}')`);
    }
}
/**
 * The part of the configuration both surfaces read the same way from the spec's inputs; each adds
 * what only it knows (the runner's findings folder and event, or the CLI's commits).
 */
function configFromInputs(inputs) {
    const failOn = parseFailOn(inputs.failOn ?? '');
    const policy = (0, inputs_1.nonEmpty)(inputs.policy);
    const waivers = (0, inputs_1.nonEmpty)(inputs.waivers);
    const image = (0, inputs_1.nonEmpty)(inputs.image);
    return {
        findings: inputs.findings,
        systemLevel: systemLevel(inputs.systemLevel),
        stage: inputs.stage,
        fail: inputs.fail,
        mode: inputs.mode,
        baseline: inputs.baseline,
        ...(inputs.import.length > 0 ? { imports: inputs.import } : {}),
        ...(inputs.riskThreshold !== undefined ? { riskThreshold: inputs.riskThreshold } : {}),
        ...(failOn !== undefined ? { failOn } : {}),
        ...(policy !== undefined ? { policy } : {}),
        ...(waivers !== undefined ? { waivers } : {}),
        ...(image !== undefined ? { image } : {}),
    };
}


/***/ }),

/***/ 8032:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLI_INPUT_SPECS = exports.CLI_ONLY_INPUT_SPECS = exports.GATE_INPUT_SPECS = void 0;
const stages_js_1 = __nccwpck_require__(34);
/**
 * The gate's inputs, read by one spec-driven reader on both surfaces: the quality-gate action (its
 * action.yml, which adds the pull request comment) and `portcullis gate` (options `--<name>`, which
 * add {@link CLI_ONLY_INPUT_SPECS}). A test holds the action's spec against action.yml.
 */
exports.GATE_INPUT_SPECS = {
    findings: { kind: 'list', default: '' },
    'system-level': { kind: 'integer', min: 1, max: 4, default: '3' },
    stage: { kind: 'enum', values: stages_js_1.STAGES, default: 'code' },
    policy: { kind: 'string', default: '' },
    waivers: { kind: 'string', default: '' },
    'risk-threshold': { kind: 'integer', min: 0, max: 100, default: '75' },
    'fail-on': { kind: 'string', default: '' },
    fail: { kind: 'boolean', default: 'true' },
    mode: { kind: 'enum', values: stages_js_1.GATE_MODES, default: 'all' },
    baseline: { kind: 'list', default: '' },
    import: { kind: 'list', default: '' },
    image: { kind: 'string', default: '' },
};
/**
 * What the command line changes or adds: on a laptop the stage is said explicitly and the threshold
 * defaults to the policy's, and the commits, the summary file and the folder come from options
 * where a runner has its context.
 */
exports.CLI_ONLY_INPUT_SPECS = {
    stage: { kind: 'enum', values: stages_js_1.STAGES, required: true },
    'risk-threshold': { kind: 'integer', min: 0, max: 100 },
    sha: { kind: 'string' },
    base: { kind: 'string' },
    head: { kind: 'string' },
    'summary-file': { kind: 'string' },
    cwd: { kind: 'string' },
};
/** The options of `portcullis gate`. */
exports.CLI_INPUT_SPECS = { ...exports.GATE_INPUT_SPECS, ...exports.CLI_ONLY_INPUT_SPECS };


/***/ }),

/***/ 6316:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MATRIX = exports.SYSTEM_LEVELS = void 0;
exports.isSystemLevel = isSystemLevel;
exports.applyFailOn = applyFailOn;
exports.isCounted = isCounted;
exports.allowance = allowance;
exports.evaluateMatrix = evaluateMatrix;
exports.renderMatrixTable = renderMatrixTable;
const essentials_1 = __nccwpck_require__(2260);
exports.SYSTEM_LEVELS = [1, 2, 3, 4];
/**
 * The default matrix of the pipeline this suite implements: each level counts from a minimum
 * severity upward and allows at most N of each severity; level 4 allows no finding at all.
 */
exports.DEFAULT_MATRIX = {
    1: { countsFrom: 'high', allow: { critical: 0, high: 1 }, requireVerifiedTools: false },
    2: {
        countsFrom: 'medium',
        allow: { critical: 0, high: 1, medium: 2 },
        requireVerifiedTools: false,
    },
    3: {
        countsFrom: 'low',
        allow: { critical: 0, high: 1, medium: 2, low: 3 },
        requireVerifiedTools: true,
    },
    4: {
        countsFrom: 'info',
        allow: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
        requireVerifiedTools: true,
    },
};
function isSystemLevel(value) {
    return typeof value === 'number' && exports.SYSTEM_LEVELS.includes(value);
}
/**
 * The `fail-on` preset: at every level, any finding of `severity` or above fails the gate (its
 * allowance and every more severe one become 0, and the level counts from `severity` at least).
 * Less severe findings keep the level's rule. `fail-on: high` at level 3 gives critical 0, high 0,
 * medium 2, low 3; at level 1 it gives critical 0, high 0.
 */
function applyFailOn(matrix, severity) {
    const rank = (0, essentials_1.severityRank)(severity);
    const tightened = (rule) => {
        const allow = { ...rule.allow };
        for (const s of essentials_1.SEVERITIES)
            if ((0, essentials_1.severityRank)(s) <= rank)
                allow[s] = 0;
        return {
            countsFrom: (0, essentials_1.severityRank)(rule.countsFrom) < rank ? severity : rule.countsFrom,
            allow,
            requireVerifiedTools: rule.requireVerifiedTools,
        };
    };
    return {
        1: tightened(matrix[1]),
        2: tightened(matrix[2]),
        3: tightened(matrix[3]),
        4: tightened(matrix[4]),
    };
}
/** Whether a level counts a severity at all. */
function isCounted(rule, severity) {
    return (0, essentials_1.severityRank)(severity) <= (0, essentials_1.severityRank)(rule.countsFrom);
}
/** How many findings of a severity a level allows; undefined when the level does not count it. */
function allowance(rule, severity) {
    return isCounted(rule, severity) ? (rule.allow[severity] ?? 0) : undefined;
}
/** Holds the counts (after waivers) against one level's allowances. */
function evaluateMatrix(matrix, level, counts) {
    const rule = matrix[level];
    const rows = essentials_1.SEVERITIES.map((severity) => {
        const allowed = allowance(rule, severity);
        const found = counts[severity];
        return { severity, allowed, found, ok: allowed === undefined || found <= allowed };
    });
    return { level, countsFrom: rule.countsFrom, rows, passed: rows.every((r) => r.ok) };
}
/**
 * The matrix as a GitHub-flavoured markdown table (levels as rows, severities as columns; `–` means
 * not counted at that level), so docs and summaries render the matrix actually in force.
 */
function renderMatrixTable(matrix = exports.DEFAULT_MATRIX) {
    const header = `| system level | counts from | ${essentials_1.SEVERITIES.join(' | ')} |`;
    const rule = `|---|---|${essentials_1.SEVERITIES.map(() => '---:').join('|')}|`;
    const rows = exports.SYSTEM_LEVELS.map((level) => {
        const r = matrix[level];
        const cells = essentials_1.SEVERITIES.map((s) => {
            const a = allowance(r, s);
            return a === undefined ? '–' : String(a);
        });
        return `| ${level} | ${r.countsFrom} | ${cells.join(' | ')} |`;
    });
    return [header, rule, ...rows].join('\n');
}


/***/ }),

/***/ 34:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SIGNATURE_VERIFY_NOTICE = exports.DEFAULT_STAGES = exports.DEFAULT_IMPORT_KINDS = exports.SCAN_ACTIONS = exports.SCAN_KINDS = exports.GATE_MODES = exports.STAGES = void 0;
exports.scanAction = scanAction;
exports.importedKinds = importedKinds;
exports.isStage = isStage;
exports.isScanKind = isScanKind;
const essentials_1 = __nccwpck_require__(2260);
exports.STAGES = ['code', 'container', 'final'];
/** `all`: every finding counts; `new`: findings the baseline reports hold are not counted. */
exports.GATE_MODES = ['all', 'new'];
/**
 * The scans a stage can require. Each but `sast` is the report of one scan action; any of them can
 * also be satisfied by an imported tool's output that the policy maps to it (see
 * {@link importedKinds}); `sast` (static analysis of the code: CodeQL, semgrep) only by an import.
 */
exports.SCAN_KINDS = [
    'secrets',
    'deps',
    'iac',
    'image',
    'signature',
    'compliance',
    'sast',
];
exports.SCAN_ACTIONS = {
    secrets: 'scan-secrets',
    deps: 'scan-deps',
    iac: 'scan-iac',
    image: 'scan-image',
    signature: 'sign-image',
    compliance: 'compliance',
};
/** The Portcullis action whose report satisfies a scan kind (none for `sast`). */
function scanAction(kind) {
    return kind === 'sast' ? undefined : exports.SCAN_ACTIONS[kind];
}
/**
 * Which scans an imported tool's report satisfies unless the policy's `imports` says otherwise,
 * by the tool's name as its file states it (case-insensitive). trivy and grype scan images and
 * lockfiles alike: their image reports satisfy `image`; any other use is the policy's to map.
 */
exports.DEFAULT_IMPORT_KINDS = {
    codeql: ['sast'],
    semgrep: ['sast'],
    'semgrep oss': ['sast'],
    gitleaks: ['secrets'],
    hadolint: ['iac'],
    checkov: ['iac'],
    kics: ['iac'],
    tfsec: ['iac'],
    'osv-scanner': ['deps'],
};
/** The scans an imported report satisfies: the policy's mapping of its tool name, else the default. */
function importedKinds(report, mapping) {
    const name = report.scanner.name.trim().toLowerCase();
    if (Object.hasOwn(mapping, name))
        return mapping[name];
    if (Object.hasOwn(exports.DEFAULT_IMPORT_KINDS, name))
        return exports.DEFAULT_IMPORT_KINDS[name];
    if ((name === 'trivy' || name === 'grype') && report.target.kind === 'image')
        return ['image'];
    return [];
}
/**
 * Which scans must be present, unless the policy says otherwise. `final` needs every security scan,
 * compliance and a verified signature of the image being promoted; `container` asks for a signature
 * only when the policy adds `signature` to it.
 */
exports.DEFAULT_STAGES = {
    code: ['secrets', 'deps', 'iac'],
    container: ['image'],
    final: ['secrets', 'deps', 'iac', 'image', 'compliance', 'signature'],
};
/**
 * A sign-image report is a verification (not a signing) when its notices contain this exact line.
 * The final stage accepts only verifications: a signature that was made is not one that was checked.
 */
exports.SIGNATURE_VERIFY_NOTICE = (0, essentials_1.signatureModeNotice)('verify');
function isStage(value) {
    return typeof value === 'string' && exports.STAGES.includes(value);
}
function isScanKind(value) {
    return typeof value === 'string' && exports.SCAN_KINDS.includes(value);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
// The `portcullis` command: the same gate as the quality-gate action, over report files on a laptop.
// This file is the only entry point (cli.ts has no "am I the main module" check: inside the bundle
// that check is true for every module, which ran the gate twice).
const cli_js_1 = __nccwpck_require__(6663);
// A reader that stops early (`portcullis gate … | head`) closes the pipe; the rest of the summary
// has nowhere to go, which is not the gate's failure: the exit code still says pass, fail or bad input.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
void (0, cli_js_1.runCli)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
}).then((code) => {
    process.exitCode = code;
});

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
