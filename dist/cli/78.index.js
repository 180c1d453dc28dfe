export const id = 78;
export const ids = [78];
export const modules = {

/***/ 893:
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
__exportStar(__webpack_require__(2260), exports);
__exportStar(__webpack_require__(2019), exports);


/***/ }),

/***/ 2019:
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
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FINDINGS_REPORT_JSON_SCHEMA = void 0;
exports.validateFinding = validateFinding;
exports.validateReport = validateReport;
exports.parseReport = parseReport;
exports.completeReport = completeReport;
exports.failedReport = failedReport;
const ajv_1 = __webpack_require__(2463);
const ajvFormats = __importStar(__webpack_require__(2815));
const findings_report_schema_json_1 = __importDefault(__webpack_require__(5332));
exports.FINDINGS_REPORT_JSON_SCHEMA = findings_report_schema_json_1.default;
const errors_js_1 = __webpack_require__(7638);
const model_js_1 = __webpack_require__(6388);
// ajv-formats is CommonJS with `exports.default`; under NodeNext the callable sits on `.default`.
const addFormats = ajvFormats.default.default;
let validator;
let findingValidator;
function getValidator() {
    if (!validator) {
        const ajv = new ajv_1.Ajv({
            allErrors: false,
            strict: true,
            strictRequired: false,
            allowUnionTypes: true,
        });
        addFormats(ajv, ['date-time']);
        validator = ajv.compile(findings_report_schema_json_1.default);
        findingValidator = ajv.getSchema(`${findings_report_schema_json_1.default.$id}#/definitions/finding`);
    }
    return validator;
}
/**
 * Validates one element of a report's `findings` against the schema's finding definition, for a
 * reader that takes a report's findings one at a time (the rest of the report goes through
 * validateReport with an empty list). Throws ReportError naming `/findings/<index>`.
 */
function validateFinding(data, source, index) {
    getValidator();
    const validate = findingValidator;
    if (!validate)
        throw new Error('the findings-report schema has no finding definition');
    if (!validate(data)) {
        const first = validate.errors?.[0];
        throw new errors_js_1.ReportError(source, `does not match the schema: ${first ? describe({ ...first, instancePath: `/findings/${index}${first.instancePath}` }) : 'unknown error'}`);
    }
    return data;
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
        throw new errors_js_1.ReportError(source, 'is not a JSON object; expected a Portcullis findings report');
    }
    const record = data;
    if (record.schema !== model_js_1.REPORT_SCHEMA_ID) {
        throw new errors_js_1.ReportError(source, `is not a Portcullis findings report (schema is ${JSON.stringify(record.schema)}, expected "${model_js_1.REPORT_SCHEMA_ID}")`);
    }
    if (record.schemaVersion !== model_js_1.REPORT_SCHEMA_VERSION) {
        throw new errors_js_1.ReportError(source, `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this version of the suite reads version ${model_js_1.REPORT_SCHEMA_VERSION}`);
    }
    const validate = getValidator();
    if (!validate(data)) {
        const first = validate.errors?.[0];
        throw new errors_js_1.ReportError(source, `does not match the schema: ${first ? describe(first) : 'unknown error'}`);
    }
    const report = data;
    // The schema's date-time format accepts a leap second (…T23:59:60Z), which Date.parse cannot
    // read; a NaN date would make every age comparison false and skip the stale check.
    for (const field of ['startedAt', 'finishedAt']) {
        if (Number.isNaN(Date.parse(report[field]))) {
            throw new errors_js_1.ReportError(source, `has ${field} ${JSON.stringify(report[field])}, which is not a date that can be compared; write it as an ISO 8601 UTC time such as 2026-01-31T12:00:00Z`);
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
        throw new errors_js_1.ReportError(source, `is not valid JSON (${(0, errors_js_1.describeJsonError)(error)})`, {
            cause: error,
        });
    }
    return validateReport(data, source);
}
/** The fields every report carries, whatever its status. */
function envelope(init) {
    return {
        schema: model_js_1.REPORT_SCHEMA_ID,
        schemaVersion: model_js_1.REPORT_SCHEMA_VERSION,
        action: init.action,
        scanner: init.scanner,
        target: init.target,
        commitSha: init.commitSha,
        startedAt: init.startedAt.toISOString(),
        finishedAt: (init.finishedAt ?? new Date()).toISOString(),
        ...(init.tool ? { tool: init.tool } : {}),
        ...(init.imported ? { imported: init.imported } : {}),
        ...(init.scopes && init.scopes.length > 0 ? { scopes: init.scopes } : {}),
        ...(init.notices && init.notices.length > 0 ? { notices: init.notices } : {}),
    };
}
function completeReport(init, findings) {
    return { ...envelope(init), status: 'complete', findings };
}
function failedReport(init, reason) {
    return { ...envelope(init), status: 'failed', reason, findings: [] };
}


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dedupeKeys = dedupeKeys;
/**
 * Keys under which two findings are the same thing, besides the fingerprint (which always is
 * one): a dependency or image vulnerability also by advisory + package + version (engines
 * fingerprint differently, and GHSA/CVE aliases are both carried in `advisories`); a secret also by
 * its location (path + line), since two engines name the same leaked key with different rules.
 * `id` numbers each part (equal parts, equal numbers), so a key is a short string of numbers: the
 * gate holds one per finding over millions of findings.
 */
function dedupeKeys(finding, id) {
    const keys = [];
    const pkg = finding.package;
    if (pkg && finding.advisories) {
        const name = id('package', pkg.name.toLowerCase());
        const version = id('version', pkg.version ?? '');
        for (const advisory of finding.advisories) {
            keys.push(`a${id('advisory', advisory.trim().toUpperCase())}:${name}:${version}`);
        }
    }
    if (finding.category === 'secret' && finding.location?.startLine !== undefined) {
        keys.push(`s${id('path', finding.location.path)}:${finding.location.startLine}`);
    }
    return keys;
}


/***/ }),

/***/ 5078:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GateEvaluation = exports.LISTED_FINDINGS = exports.MAX_WAIVED_ROWS = exports.GATE_MODES = void 0;
exports.evaluateGate = evaluateGate;
const core_1 = __webpack_require__(893);
const matrix_js_1 = __webpack_require__(6316);
const policy_js_1 = __webpack_require__(2575);
const reasons_js_1 = __webpack_require__(6192);
const score_js_1 = __webpack_require__(1599);
const stages_js_1 = __webpack_require__(34);
const tally_js_1 = __webpack_require__(5215);
const waivers_js_1 = __webpack_require__(9572);
var stages_js_2 = __webpack_require__(34);
Object.defineProperty(exports, "GATE_MODES", ({ enumerable: true, get: function () { return stages_js_2.GATE_MODES; } }));
// Runner clocks drift a little; a report dated further ahead than this was not made by this run.
const CLOCK_SKEW_MS = 10 * 60 * 1000;
function describeTarget(report) {
    const t = report.target;
    const target = t.digest ? `${t.kind} ${t.name}@${t.digest}` : `${t.kind} ${t.name}`;
    const scopes = report.scopes?.map((s) => s.description).join('; ');
    return scopes ? `${target}: ${scopes}` : target;
}
function scanKey(report) {
    const t = report.target;
    // sign-image writes a report when it signs and another when it verifies; they answer different
    // questions about the same digest and never contradict each other.
    const mode = report.action === 'sign-image'
        ? String(report.notices?.includes(stages_js_1.SIGNATURE_VERIFY_NOTICE) ?? false)
        : '';
    return [report.action, report.scanner.name, t.kind, t.name, t.digest ?? '', mode].join('\u0000');
}
/** Whether two complete reports hold the same findings (fingerprint and severity, as sets). */
function sameFindings(a, b, tally) {
    const set = (r) => {
        const [first, end] = r.occurrences ?? [0, 0];
        const out = new Set();
        for (let i = first; i < end; i++)
            out.add(`${tally.fingerprint(i)}\u0000${tally.severity(i)}`);
        return [...out].sort();
    };
    const fa = set(a);
    const fb = set(b);
    return fa.length === fb.length && fa.every((v, i) => v === fb[i]);
}
function checkReports(reports, options, policy, tally) {
    const reasons = [];
    const notices = [];
    for (const { file, report } of reports) {
        if (report.status === 'failed') {
            reasons.push({
                code: reasons_js_1.REASON_CODES.scanFailed,
                message: `${report.action} (${report.scanner.name}) failed in ${file}: ${report.reason ?? 'no reason given'}`,
            });
        }
    }
    let commitSha = options.commitSha;
    if (commitSha !== undefined) {
        for (const { file, report } of reports) {
            if (report.commitSha !== commitSha) {
                reasons.push({
                    code: reasons_js_1.REASON_CODES.commitMismatch,
                    message: `${file} is for commit ${report.commitSha}, not the gated commit ${commitSha}`,
                });
            }
        }
    }
    else {
        const commits = [...new Set(reports.map((r) => r.report.commitSha))];
        if (commits.length === 1) {
            commitSha = commits[0];
            notices.push(`No commit was given; gating commit ${commitSha}, the one every report names.`);
        }
        else if (commits.length > 1) {
            const list = commits
                .map((c) => `${c} (${reports
                .filter((r) => r.report.commitSha === c)
                .map((r) => r.file)
                .join(', ')})`)
                .join('; ');
            reasons.push({
                code: reasons_js_1.REASON_CODES.commitMismatch,
                message: `the reports are for different commits and no commit was given to gate: ${list}`,
            });
        }
    }
    const now = options.now.getTime();
    const maxAgeMs = policy.maxReportAgeHours * 60 * 60 * 1000;
    for (const { file, report } of reports) {
        const finished = Date.parse(report.finishedAt);
        if (Number.isNaN(finished) || Number.isNaN(Date.parse(report.startedAt))) {
            // parseReport refuses these; a report built in memory gets the same answer.
            reasons.push({
                code: reasons_js_1.REASON_CODES.invalidReport,
                message: `${file} has a date that cannot be compared (startedAt ${report.startedAt}, finishedAt ${report.finishedAt}); its age is unknown`,
            });
        }
        else if (now - finished > maxAgeMs) {
            const hours = Math.floor((now - finished) / 3_600_000);
            reasons.push({
                code: reasons_js_1.REASON_CODES.staleReport,
                message: `${file} finished ${report.finishedAt}, ${hours} hours ago; reports older than ${policy.maxReportAgeHours} hours are not trusted`,
            });
        }
        else if (finished - now > CLOCK_SKEW_MS) {
            reasons.push({
                code: reasons_js_1.REASON_CODES.staleReport,
                message: `${file} is dated ${report.finishedAt}, in the future (now ${options.now.toISOString()})`,
            });
        }
    }
    if (policy.matrix[options.systemLevel].requireVerifiedTools) {
        for (const { file, report } of reports) {
            const why = unverifiedTool(report, policy);
            if (why !== undefined) {
                reasons.push({
                    code: reasons_js_1.REASON_CODES.unverifiedTool,
                    message: `${file}: ${why}; system level ${options.systemLevel} requires verified scanner binaries (a manifest build, or a digest the policy lists under verified-tools)`,
                });
            }
        }
    }
    const groups = new Map();
    for (const loaded of reports) {
        if (loaded.report.status !== 'complete')
            continue;
        const key = scanKey(loaded.report);
        const group = groups.get(key);
        if (group)
            group.push(loaded);
        else
            groups.set(key, [loaded]);
    }
    for (const group of groups.values()) {
        const [first, ...rest] = group;
        if (!first)
            continue;
        for (const other of rest) {
            if (!sameFindings(first, other, tally)) {
                const r = first.report;
                reasons.push({
                    code: reasons_js_1.REASON_CODES.contradictingReports,
                    message: `${first.file} (${first.findings} findings) and ${other.file} (${other.findings} findings) are both ${r.action} by ${r.scanner.name} of ${describeTarget(r)} but disagree; neither can be trusted over the other`,
                });
            }
        }
    }
    return { reasons, notices, ...(commitSha !== undefined ? { commitSha } : {}) };
}
function sameImage(a, image) {
    return a.digest === image || a.name === image || `${a.name}@${a.digest ?? ''}` === image;
}
function checkStage(reports, options, policy) {
    const reasons = [];
    const required = policy.stages[options.stage];
    const requiredScans = required.map((kind) => {
        const action = (0, stages_js_1.scanAction)(kind);
        const matching = reports.filter((r) => r.report.action === core_1.IMPORT_ACTION
            ? (0, stages_js_1.importedKinds)(r.report, policy.imports).includes(kind)
            : r.report.action === action);
        const files = matching.map((r) => r.file);
        const scopes = matching.flatMap((r) => r.report.scopes ?? []);
        if (files.length === 0) {
            const what = action !== undefined
                ? `${action} report`
                : `an import the policy maps to ${kind}, e.g. a CodeQL SARIF or semgrep JSON`;
            reasons.push({
                code: reasons_js_1.REASON_CODES.missingScan,
                message: `stage '${options.stage}' requires the ${kind} scan (${what}) and none was found`,
            });
        }
        return {
            kind,
            action: action ?? core_1.IMPORT_ACTION,
            files,
            ...(scopes.length > 0 ? { scopes } : {}),
        };
    });
    const signs = reports.filter((r) => r.report.action === stages_js_1.SCAN_ACTIONS.signature && r.report.status === 'complete');
    if (!required.includes('signature') || signs.length === 0)
        return { reasons, requiredScans };
    const withFinding = signs.filter((s) => s.signatures.length > 0);
    for (const s of withFinding) {
        const titles = s.signatures.map((f) => f.title);
        reasons.push({
            code: reasons_js_1.REASON_CODES.signatureNotVerified,
            message: `${s.file} reports a signature problem for ${describeTarget(s.report)}: ${titles.join('; ')}`,
        });
    }
    if (options.stage !== 'final')
        return { reasons, requiredScans };
    const verified = signs.filter((s) => s.report.notices?.includes(stages_js_1.SIGNATURE_VERIFY_NOTICE) === true && s.signatures.length === 0);
    const promoted = options.image !== undefined
        ? [options.image]
        : [
            ...new Set(reports
                .filter((r) => r.report.action === stages_js_1.SCAN_ACTIONS.image && r.report.status === 'complete')
                .map((r) => r.report.target.digest ?? r.report.target.name)),
        ];
    if (promoted.length === 0) {
        if (verified.length === 0) {
            reasons.push({
                code: reasons_js_1.REASON_CODES.signatureNotVerified,
                message: `stage 'final' needs a signature verification (a sign-image report in verify mode) and ${signs.map((s) => s.file).join(', ')} only signed`,
            });
        }
        return { reasons, requiredScans };
    }
    for (const image of promoted) {
        if (verified.some((s) => sameImage(s.report.target, image)))
            continue;
        const signedOnly = signs.filter((s) => sameImage(s.report.target, image) && !s.report.notices?.includes(stages_js_1.SIGNATURE_VERIFY_NOTICE));
        const why = signedOnly.length > 0
            ? `${signedOnly.map((s) => s.file).join(', ')} signed it but no report verified the signature`
            : 'no sign-image report in verify mode names this image';
        reasons.push({
            code: reasons_js_1.REASON_CODES.signatureNotVerified,
            message: `stage 'final' promotes ${image} without a verified signature: ${why}`,
        });
    }
    return { reasons, requiredScans };
}
const DIGEST = /sha256:[0-9a-f]{64}/;
/** The digest a report's image target names: its `digest`, else one in its reference. */
function targetDigest(target) {
    return target.digest ?? DIGEST.exec(target.name)?.[0];
}
/**
 * Stage `final`: the image scanned, the image whose signature was verified and the image promoted
 * must be one digest. A clean scan of one image and a verified signature of another say nothing
 * about either.
 */
function checkImageIdentity(reports, options) {
    const reasons = [];
    const mismatch = (message) => reasons.push({ code: reasons_js_1.REASON_CODES.imageMismatch, message });
    const complete = reports.filter((r) => r.report.status === 'complete');
    const scans = complete.filter((r) => r.report.action === stages_js_1.SCAN_ACTIONS.image);
    const verifications = complete.filter((r) => r.report.action === stages_js_1.SCAN_ACTIONS.signature &&
        r.report.notices?.includes(stages_js_1.SIGNATURE_VERIFY_NOTICE) === true);
    for (const r of [...scans, ...verifications]) {
        if (targetDigest(r.report.target) === undefined) {
            mismatch(`${r.file} (${r.report.action}) names ${r.report.target.name} without a digest; stage 'final' needs every image report to name the digest it checked`);
        }
    }
    let promoted;
    if (options.image !== undefined) {
        promoted =
            DIGEST.exec(options.image)?.[0] ??
                scans.find((r) => r.report.target.name === options.image)?.report.target.digest;
        if (promoted === undefined) {
            mismatch(`the promoted image ${options.image} names no digest and no image scan resolved it to one; promote by digest (repo@sha256:…)`);
            return reasons;
        }
    }
    else {
        const digests = [
            ...new Set(scans.map((r) => targetDigest(r.report.target)).filter((d) => d !== undefined)),
        ];
        if (digests.length > 1) {
            mismatch(`the image scans name ${digests.length} different digests (${digests.join(', ')}); set image to the one being promoted`);
            return reasons;
        }
        promoted = digests[0];
    }
    if (promoted === undefined)
        return reasons;
    for (const r of scans) {
        const d = targetDigest(r.report.target);
        if (d !== undefined && d !== promoted) {
            mismatch(`${r.file} scanned ${d}, but the promoted image is ${promoted}`);
        }
    }
    for (const r of verifications) {
        const d = targetDigest(r.report.target);
        if (d !== undefined && d !== promoted) {
            mismatch(`${r.file} verified the signature of ${d}, but the promoted image is ${promoted}`);
        }
    }
    return reasons;
}
function scannerRow({ file, report, findings, bySeverity }) {
    return {
        file,
        action: report.action,
        scanner: report.scanner.name,
        version: report.scanner.version,
        target: describeTarget(report),
        status: report.status,
        ...(report.reason !== undefined ? { reason: report.reason } : {}),
        findings,
        bySeverity,
    };
}
const KIND_LABELS = {
    'in-source': 'inline marker',
    external: 'ignore file',
    'vendor-status': 'vendor status',
};
/** `.trivyignore:3` → `.trivyignore`: the summary counts by file or marker, not by line. */
function suppressionLabel(s) {
    const source = s.source?.trim();
    if (source === undefined || source === '')
        return KIND_LABELS[s.kind];
    return source.replace(/:\d+(?:[-:]\d+)?$/, '');
}
/**
 * A merged finding is suppressed only when every engine that reported it suppressed it. It is
 * repository-controlled when any of those suppressions is: an inline marker or an ignore file, or a
 * vendor statement that came from a file of the repository (its `source` is set); a vendor statement
 * of the vulnerability database is not.
 */
function gateSuppression(members, suppressions) {
    const list = [];
    for (const m of members) {
        const s = suppressions.get(m);
        if (!s)
            return undefined;
        list.push(s);
    }
    if (list.length === 0)
        return undefined;
    return {
        repo: list.some((s) => s.kind !== 'vendor-status' || (s.source ?? '').trim() !== ''),
        by: [...new Set(list.map(suppressionLabel))],
    };
}
const HOUR_MS = 3_600_000;
/** Why a baseline report cannot say what the base commit holds, or undefined when it can. */
function baselineDistrust(report, options, policy) {
    const commits = options.baselineCommits ?? [];
    if (commits.length === 0) {
        return `cannot be checked: no base commit is known (mode new needs a pull_request event, or the CLI's --base), so no baseline is trusted`;
    }
    if (!commits.includes(report.commitSha)) {
        return `is for commit ${report.commitSha}, not the base commit ${commits.join(' or its merge base ')}; a baseline must be a scan of the base`;
    }
    const finished = Date.parse(report.finishedAt);
    const age = options.now.getTime() - finished;
    if (Number.isNaN(finished) || age > policy.baselineMaxAgeHours * HOUR_MS) {
        const days = Math.floor(age / (24 * HOUR_MS));
        return `finished ${report.finishedAt}${Number.isNaN(days) ? '' : `, ${days} day(s) ago`}; baselines older than baseline-max-age (${policy.baselineMaxAgeHours} hours) are not trusted`;
    }
    if (-age > CLOCK_SKEW_MS) {
        return `is dated ${report.finishedAt}, in the future (now ${options.now.toISOString()})`;
    }
    return undefined;
}
/**
 * Waived findings the result lists (and the summary shows); the rest are counted in one line (the
 * job summary is capped at 1 MiB).
 */
exports.MAX_WAIVED_ROWS = 50;
/**
 * The findings `GateResult.findings` lists, in the summary's order: this many of every status,
 * and besides them the top counted ones and the first MAX_WAIVED_ROWS waived ones.
 */
exports.LISTED_FINDINGS = 1000;
/** Findings the evaluation keeps whole while reading, so the listed ones rarely need a second read. */
const KEPT_FINDINGS = 4 * exports.LISTED_FINDINGS;
/** One report's findings as they arrive, staged in the tally, with its counts. */
class PendingFindings {
    tally;
    count = 0;
    bySeverity = (0, core_1.emptySeverityCounts)();
    /** Its signature findings, which the stage checks read. */
    signatures = [];
    constructor(tally) {
        this.tally = tally;
    }
    add(finding) {
        this.tally.stage(finding);
        this.count++;
        this.bySeverity[finding.severity] += 1;
        if (finding.category === 'signature')
            this.signatures.push(finding);
    }
}
/**
 * The gate over reports handed to it one at a time: it keeps each report's header and counts, and
 * of each finding only what the tally needs (see FindingTally), so its memory grows with the number
 * of findings by a few dozen bytes each, never with their size. `finish` gives the same result as
 * holding every report and finding would.
 */
class GateEvaluation {
    #options;
    #policy;
    #waivers;
    #mode;
    #reports = [];
    #problems = [];
    #notices = [];
    #tally;
    #baseline;
    constructor(options) {
        this.#options = options;
        this.#policy = options.policy ?? policy_js_1.DEFAULT_POLICY;
        this.#waivers = options.waivers ?? waivers_js_1.EMPTY_WAIVERS;
        this.#mode = options.mode ?? 'all';
        this.#tally = new tally_js_1.FindingTally([...this.#waivers.active, ...this.#waivers.expired], KEPT_FINDINGS);
        if (this.#mode === 'new')
            this.#baseline = { problems: [], notices: [], reports: [] };
    }
    /** The commits the reports read so far are for, each once. */
    commits() {
        return [...new Set(this.#reports.map((r) => r.report.commitSha))];
    }
    /** What reading the findings reports found besides the reports (in the order it was read). */
    addProblems(load) {
        this.#problems.push(...load.problems);
        this.#notices.push(...load.notices);
    }
    /** One findings report held whole: handed to the findings sink, re-read from memory. */
    addReport({ file, report }) {
        const sink = this.findingsSink(() => (indexes) => {
            const found = new Map();
            for (const i of indexes) {
                const f = report.findings[i];
                if (f)
                    found.set(i, f);
            }
            return found;
        });
        for (const f of report.findings)
            sink.finding(f);
        sink.report({ file, report }, file);
    }
    /**
     * Where readReports hands the findings reports: findings arrive one at a time and are staged in
     * the tally until their report is known to be valid; `reread` reads a file's findings again.
     */
    findingsSink(reread) {
        let pending = new PendingFindings(this.#tally);
        return {
            finding: (f) => pending.add(f),
            discard: () => {
                this.#tally.discard();
                pending = new PendingFindings(this.#tally);
            },
            report: (loaded, path) => {
                this.#add(loaded, pending, reread(path, loaded.file));
                pending = new PendingFindings(this.#tally);
            },
        };
    }
    #add({ file, report }, pending, reread) {
        let occurrences;
        if (report.status === 'complete' && report.action !== 'quality-gate') {
            occurrences = this.#tally.commit(this.#reports.length);
        }
        else
            this.#tally.discard();
        this.#reports.push({
            file,
            report: { ...report, findings: [] },
            findings: pending.count,
            signatures: pending.signatures,
            bySeverity: pending.bySeverity,
            ...(occurrences ? { occurrences } : {}),
            reread,
        });
    }
    /** What reading the baseline reports found besides the reports (mode `new`). */
    addBaselineProblems(load) {
        const baseline = this.#requireBaseline();
        baseline.problems.push(...load.problems);
        baseline.notices.push(...load.notices);
    }
    /** One baseline report (mode `new`) held whole: handed to the baseline sink. */
    addBaselineReport({ file, report }) {
        const sink = this.baselineSink();
        for (const f of report.findings)
            sink.finding(f);
        sink.report({ file, report }, file);
    }
    /** Where readReports hands the baseline reports (mode `new`): only fingerprints are kept. */
    baselineSink() {
        const baseline = this.#requireBaseline();
        let fingerprints = [];
        return {
            finding: (f) => fingerprints.push(f.fingerprint),
            discard: () => {
                fingerprints = [];
            },
            report: ({ file, report }) => {
                baseline.reports.push({ file, report: { ...report, findings: [] }, fingerprints });
                fingerprints = [];
            },
        };
    }
    #requireBaseline() {
        if (!this.#baseline)
            throw new TypeError("baseline reports are read in mode 'new' only");
        return this.#baseline;
    }
    /**
     * The verdict. Load problems, failed scans, missing scans, other commits, stale or contradicting
     * reports each add a reason, and any reason fails it; findings are deduplicated, baseline findings
     * (mode `new`) and waived ones set aside, and the rest held against the matrix and the score.
     */
    finish() {
        const options = this.#options;
        const policy = this.#policy;
        const waivers = this.#waivers;
        const mode = this.#mode;
        const tally = this.#tally;
        const fail = options.fail ?? true;
        const notices = [...this.#notices];
        const reports = this.#reports.filter((r) => r.report.action !== 'quality-gate');
        for (const r of this.#reports) {
            if (r.report.action === 'quality-gate')
                notices.push(`${r.file} is a quality-gate report; not read as a scan`);
        }
        const reasons = [...this.#problems];
        const checked = checkReports(reports, options, policy, tally);
        reasons.push(...checked.reasons);
        notices.push(...checked.notices);
        const stage = checkStage(reports, options, policy);
        reasons.push(...stage.reasons);
        if (options.stage === 'final')
            reasons.push(...checkImageIdentity(reports, options));
        const known = new Set();
        if (this.#baseline) {
            const baseline = this.#baseline;
            notices.push(...baseline.notices);
            for (const p of baseline.problems) {
                reasons.push({ code: p.code, message: `baseline: ${p.message}` });
            }
            for (const { file, report, fingerprints } of baseline.reports) {
                if (report.status !== 'complete') {
                    notices.push(`baseline ${file} is a failed scan; its findings cannot be recognised as existing`);
                    continue;
                }
                const distrust = baselineDistrust(report, options, policy);
                if (distrust !== undefined) {
                    reasons.push({
                        code: reasons_js_1.REASON_CODES.untrustedBaseline,
                        message: `baseline ${file} ${distrust}`,
                    });
                    continue;
                }
                for (const fp of fingerprints)
                    known.add(fp);
            }
        }
        const groups = tally.groups();
        const active = waivers.active.length;
        const required = [...waivers.active, ...waivers.expired].map(waivers_js_1.waiverFields);
        const matches = (members, w) => (tally.waiverBits(w, members) & required[w]) === required[w];
        const status = new Uint8Array(groups.count);
        const waiverOf = new Int32Array(groups.count).fill(-1);
        const suppressionOf = new Map();
        const statusCounts = {
            counted: 0,
            waived: 0,
            baseline: 0,
            suppressed: 0,
        };
        const counts = (0, core_1.emptySeverityCounts)();
        const waivedByLabel = new Map();
        const expiredCounts = waivers.expired.map(() => 0);
        const suppressedBy = new Map();
        let suppressedTotal = 0;
        let suppressedRepo = 0;
        for (let gi = 0; gi < groups.count; gi++) {
            const members = groups.members(gi);
            let st;
            if (mode === 'new' && members.some((m) => known.has(tally.fingerprint(m)))) {
                st = 'baseline';
            }
            else {
                const suppression = gateSuppression(members, tally.suppressions);
                if (suppression) {
                    suppressionOf.set(gi, suppression);
                    suppressedTotal++;
                    if (suppression.repo)
                        suppressedRepo++;
                    for (const label of suppression.by) {
                        suppressedBy.set(label, (suppressedBy.get(label) ?? 0) + 1);
                    }
                }
                let waiver = -1;
                if (suppression && (!suppression.repo || policy.repoSuppressions === 'honour')) {
                    st = 'suppressed';
                }
                else {
                    for (let w = 0; w < active && waiver < 0; w++)
                        if (matches(members, w))
                            waiver = w;
                    st = waiver >= 0 ? 'waived' : 'counted';
                }
                if (waiver >= 0) {
                    waiverOf[gi] = waiver;
                    const label = waivers.active[waiver].label;
                    waivedByLabel.set(label, (waivedByLabel.get(label) ?? 0) + 1);
                }
                for (let e = 0; e < expiredCounts.length; e++) {
                    if (matches(members, active + e))
                        expiredCounts[e] += 1;
                }
            }
            status[gi] = STATUS_CODES.indexOf(st);
            statusCounts[st] += 1;
            if (st === 'counted')
                counts[tally.severity(groups.shown(gi))] += 1;
        }
        const suppressed = {
            total: suppressedTotal,
            repo: suppressedRepo,
            policy: policy.repoSuppressions,
            by: [...suppressedBy]
                .map(([source, count]) => ({ source, count }))
                .sort((a, b) => b.count - a.count || (a.source < b.source ? -1 : 1)),
        };
        if (policy.repoSuppressions === 'fail' && suppressed.repo > 0) {
            reasons.push({
                code: reasons_js_1.REASON_CODES.repoSuppression,
                message: `the repository suppresses ${suppressed.repo} finding(s) itself (${suppressed.by.map((b) => `${b.source}: ${b.count}`).join(', ')}); the policy (repo-suppressions: fail) allows none — remove the suppressions and waive what must stay in the waivers file`,
            });
        }
        // Which findings are listed: the first of every status, the top counted, the first waived.
        const top = options.topFindings ?? 10;
        const order = tally.order(groups);
        const listed = [];
        let countedSeen = 0;
        let waivedSeen = 0;
        for (let k = 0; k < order.length; k++) {
            const gi = order[k];
            const st = STATUS_CODES[status[gi]];
            const take = k < exports.LISTED_FINDINGS ||
                (st === 'counted' && countedSeen < top) ||
                (st === 'waived' && waivedSeen < exports.MAX_WAIVED_ROWS);
            if (st === 'counted')
                countedSeen++;
            if (st === 'waived')
                waivedSeen++;
            if (take)
                listed.push(gi);
            else if (countedSeen >= top && waivedSeen >= exports.MAX_WAIVED_ROWS)
                break;
        }
        const findings = this.#materialise(listed.map((gi) => ({ members: groups.members(gi), shown: groups.shown(gi) })), (i) => {
            const gi = listed[i];
            const waiver = waiverOf[gi];
            const suppression = suppressionOf.get(gi);
            return {
                status: STATUS_CODES[status[gi]],
                ...(waiver >= 0 ? { waiver: waivers.active[waiver].label } : {}),
                ...(suppression ? { suppression } : {}),
            };
        });
        const matrix = (0, matrix_js_1.evaluateMatrix)(policy.matrix, options.systemLevel, counts);
        const score = (0, score_js_1.computeScore)(counts, policy.weights, options.riskThreshold ?? policy.riskThreshold);
        for (const row of matrix.rows) {
            if (!row.ok) {
                reasons.push({
                    code: reasons_js_1.REASON_CODES.matrixExceeded,
                    message: `${row.found} ${row.severity} finding${row.found === 1 ? '' : 's'}; system level ${options.systemLevel} allows ${row.allowed}`,
                });
            }
        }
        if (!score.passed) {
            reasons.push({
                code: reasons_js_1.REASON_CODES.scoreBelowThreshold,
                message: `risk score ${score.score} is below the threshold ${score.threshold}`,
            });
        }
        const used = waivers.active
            .map((waiver) => ({ waiver, findings: waivedByLabel.get(waiver.label) ?? 0 }))
            .filter((u) => u.findings > 0);
        const unused = waivers.active.filter((w) => !used.some((u) => u.waiver === w));
        const expired = waivers.expired.map((waiver, e) => ({
            waiver,
            findings: expiredCounts[e],
        }));
        const expiring = waivers.expiring.map((waiver) => ({
            waiver,
            daysLeft: (0, waivers_js_1.daysLeft)(waiver, options.now),
        }));
        const verdict = reasons.length === 0 ? 'pass' : 'fail';
        const commitSha = checked.commitSha;
        return {
            verdict,
            failStep: verdict === 'fail' && fail,
            fail,
            stage: options.stage,
            systemLevel: options.systemLevel,
            mode,
            ...(commitSha !== undefined ? { commitSha } : {}),
            counts,
            matrix,
            score,
            reasons,
            requiredScans: stage.requiredScans,
            scanners: this.#reports.map(scannerRow),
            findings,
            statusCounts,
            topFindings: findings.filter((f) => f.status === 'counted').slice(0, top),
            waivers: { used, unused, expiring, expired },
            ...(this.#baseline
                ? {
                    baseline: {
                        reports: this.#baseline.reports.length,
                        existing: statusCounts.baseline,
                    },
                }
                : {}),
            suppressed,
            notices,
        };
    }
    /**
     * The listed groups as GateFindings: their occurrences' findings from those kept whole, the
     * rest read again from their reports (each report once).
     */
    #materialise(groups, state) {
        const tally = this.#tally;
        const found = new Map();
        const missing = new Map();
        for (const g of groups) {
            for (const m of g.members) {
                const kept = tally.kept(m);
                if (kept)
                    found.set(m, kept);
                else {
                    const { report } = tally.ref(m);
                    const list = missing.get(report);
                    if (list)
                        list.push(m);
                    else
                        missing.set(report, [m]);
                }
            }
        }
        for (const [index, members] of missing) {
            const r = this.#reports[index];
            const findings = r.reread(new Set(members.map((m) => tally.ref(m).index)));
            for (const m of members) {
                const f = findings.get(tally.ref(m).index);
                if (f === undefined || f.fingerprint !== tally.fingerprint(m)) {
                    throw new Error(`${r.file} changed while the gate read it; run the gate again`);
                }
                found.set(m, f);
            }
        }
        const scanner = (report) => this.#reports[report].report.scanner.name;
        return groups.map((g, i) => {
            const occurrences = g.members.map((m) => ({
                finding: found.get(m),
                sources: tally.sources(m, scanner),
                file: this.#reports[tally.ref(m).report].file,
            }));
            const shown = found.get(g.shown);
            return {
                finding: shown,
                severity: shown.severity,
                sources: [...new Set(occurrences.flatMap((o) => o.sources))],
                occurrences,
                ...(0, tally_js_1.waivable)(occurrences.map((o) => o.finding)),
                ...state(i),
            };
        });
    }
}
exports.GateEvaluation = GateEvaluation;
const STATUS_CODES = ['counted', 'waived', 'baseline', 'suppressed'];
/**
 * The gate itself over reports already in memory (tests, callers that hold them): the same
 * evaluation runGate feeds one report at a time.
 */
function evaluateGate(loaded, options, baseline) {
    const mode = options.mode ?? 'all';
    if (mode === 'new' && !baseline)
        throw new TypeError("mode 'new' needs baseline reports");
    const evaluation = new GateEvaluation(options);
    evaluation.addProblems(loaded);
    for (const r of loaded.reports)
        evaluation.addReport(r);
    if (mode === 'new' && baseline) {
        evaluation.addBaselineProblems(baseline);
        for (const r of baseline.reports)
            evaluation.addBaselineReport(r);
    }
    return evaluation.finish();
}
/**
 * Why a scan report's scanner binary does not count as verified, or undefined when it does.
 * Imported reports name no binary the suite ran, and are judged by the import rules instead.
 */
function unverifiedTool(report, policy) {
    if (report.imported)
        return undefined;
    const tool = report.tool;
    if (!tool) {
        return report.status === 'complete'
            ? `the report names no scanner binary, so what ran is unknown`
            : undefined;
    }
    if (tool.verified === true)
        return undefined;
    const vouched = tool.sha256 && policy.verifiedTools[tool.name.toLowerCase()]?.includes(tool.sha256);
    if (vouched)
        return undefined;
    return `${tool.name} ${tool.version} ran as an UNVERIFIED binary (sha256 ${tool.sha256 ?? 'unknown'}, from ${tool.origin ?? tool.path})`;
}


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_POLICY = exports.DEFAULT_BASELINE_MAX_AGE_HOURS = exports.DEFAULT_MAX_REPORT_AGE_HOURS = exports.DEFAULT_WAIVER_WARN_DAYS = exports.DEFAULT_MAX_WAIVER_DAYS = exports.REPO_SUPPRESSIONS = void 0;
exports.parseAge = parseAge;
exports.parsePolicy = parsePolicy;
const core_1 = __webpack_require__(893);
const matrix_js_1 = __webpack_require__(6316);
const score_js_1 = __webpack_require__(1599);
const stages_js_1 = __webpack_require__(34);
const yaml_input_js_1 = __webpack_require__(2351);
/**
 * `show`: repository-held suppressions count as findings until a waiver covers them; `honour`: they
 * stay suppressed (and are shown); `fail`: any of them fails the gate.
 */
exports.REPO_SUPPRESSIONS = ['show', 'honour', 'fail'];
exports.DEFAULT_MAX_WAIVER_DAYS = 90;
exports.DEFAULT_WAIVER_WARN_DAYS = 14;
/** A week: long enough for re-runs of a workflow, short enough that old artifacts are not trusted. */
exports.DEFAULT_MAX_REPORT_AGE_HOURS = 168;
/** Seven days: the base branch's scan must be recent enough to know today's advisories. */
exports.DEFAULT_BASELINE_MAX_AGE_HOURS = 168;
exports.DEFAULT_POLICY = {
    matrix: matrix_js_1.DEFAULT_MATRIX,
    weights: score_js_1.DEFAULT_WEIGHTS,
    riskThreshold: score_js_1.DEFAULT_RISK_THRESHOLD,
    stages: stages_js_1.DEFAULT_STAGES,
    maxWaiverDays: exports.DEFAULT_MAX_WAIVER_DAYS,
    waiverWarnDays: exports.DEFAULT_WAIVER_WARN_DAYS,
    maxReportAgeHours: exports.DEFAULT_MAX_REPORT_AGE_HOURS,
    imports: {},
    repoSuppressions: 'show',
    baselineMaxAgeHours: exports.DEFAULT_BASELINE_MAX_AGE_HOURS,
    verifiedTools: {},
};
const TOP_KEYS = [
    'version',
    'fail-on',
    'levels',
    'score',
    'stages',
    'waivers',
    'reports',
    'repo-suppressions',
    'baseline-max-age',
    'imports',
    'verified-tools',
];
/** `7d`, `36h` or a bare number of days; undefined when unreadable. */
function parseAge(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value > 0 ? value * 24 : undefined;
    if (typeof value !== 'string')
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([dh]?)\s*$/.exec(value);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    if (!(n > 0))
        return undefined;
    return m[2] === 'h' ? n : n * 24;
}
/**
 * Reads a policy file (YAML) over the defaults. Every key is checked; an unknown key, a wrong type or
 * an out-of-range value is an InputError on the `policy` input naming the key, e.g.
 * `levels.3.allow.high must be a whole number ≥ 0`.
 *
 * ```yaml
 * version: 1
 * fail-on: high          # preset: any critical or high finding fails, at every level
 * levels:                # any of 1–4; unnamed levels keep the default
 *   3:
 *     counts-from: low   # count findings of this severity and above
 *     allow: { high: 2 } # merged over the level's default allowances
 *     require-verified-tools: true  # default true at 3 and 4: unverified scanner binaries fail
 * score:
 *   weights: { critical: 40, high: 10, medium: 4, low: 1, info: 0 }
 *   threshold: 75
 * stages:                # replaces the stage's list of required scans
 *   container: [image, signature]
 * waivers:
 *   max-span-days: 90
 *   warn-days: 14
 * reports:
 *   max-age-hours: 168
 * imports:               # an imported tool (by the name its file states) satisfies these scans
 *   CodeQL: sast
 *   trivy: [deps, iac]
 * repo-suppressions: show  # show | honour | fail
 * baseline-max-age: 7d     # mode new: baseline reports younger than this (d or h)
 * verified-tools:          # digests of scanner binaries the organisation vouches for
 *   oscap: [361f7d45…]     # (64 hex characters each)
 * ```
 */
function parsePolicy(text, source) {
    const data = (0, yaml_input_js_1.parseYamlInput)(text, 'policy', source);
    const p = new yaml_input_js_1.Problems();
    if (data === null || data === undefined)
        return exports.DEFAULT_POLICY;
    if (!(0, yaml_input_js_1.isRecord)(data)) {
        p.add('the file must be a mapping of policy keys');
        p.throwIfAny('policy', source);
        return exports.DEFAULT_POLICY;
    }
    p.unknownKeys(data, '', TOP_KEYS);
    if (data.version !== undefined && data.version !== 1) {
        p.add(`version must be 1 (got ${JSON.stringify(data.version)})`);
    }
    const matrix = { ...matrix_js_1.DEFAULT_MATRIX };
    if (data.levels !== undefined) {
        if (!(0, yaml_input_js_1.isRecord)(data.levels))
            p.add('levels must be a mapping of system level (1–4) to a rule');
        else {
            for (const [key, value] of Object.entries(data.levels)) {
                const level = Number(key);
                if (!matrix_js_1.SYSTEM_LEVELS.includes(level)) {
                    p.add(`levels.${key} is not a system level (use 1, 2, 3 or 4)`);
                    continue;
                }
                const rule = parseLevel(value, `levels.${key}.`, matrix[level], p);
                if (rule)
                    matrix[level] = rule;
            }
        }
    }
    const failOn = data['fail-on'];
    if (failOn !== undefined && !(0, core_1.isSeverity)(failOn)) {
        p.add(`fail-on must be one of ${core_1.SEVERITIES.join(', ')} (got ${JSON.stringify(failOn)})`);
    }
    let weights = score_js_1.DEFAULT_WEIGHTS;
    let riskThreshold = score_js_1.DEFAULT_RISK_THRESHOLD;
    if (data.score !== undefined) {
        if (!(0, yaml_input_js_1.isRecord)(data.score))
            p.add('score must be a mapping with weights and/or threshold');
        else {
            p.unknownKeys(data.score, 'score.', ['weights', 'threshold']);
            if (data.score.weights !== undefined) {
                weights = parseWeights(data.score.weights, p);
            }
            const t = data.score.threshold;
            if (t !== undefined) {
                if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > 100) {
                    p.add(`score.threshold must be a number from 0 to 100 (got ${JSON.stringify(t)})`);
                }
                else
                    riskThreshold = t;
            }
        }
    }
    const stages = { ...stages_js_1.DEFAULT_STAGES };
    if (data.stages !== undefined) {
        if (!(0, yaml_input_js_1.isRecord)(data.stages))
            p.add(`stages must be a mapping of stage (${stages_js_1.STAGES.join(', ')}) to a list of scans`);
        else {
            p.unknownKeys(data.stages, 'stages.', stages_js_1.STAGES);
            for (const stage of stages_js_1.STAGES) {
                const list = data.stages[stage];
                if (list === undefined)
                    continue;
                if (!Array.isArray(list)) {
                    p.add(`stages.${stage} must be a list of scans (${stages_js_1.SCAN_KINDS.join(', ')})`);
                    continue;
                }
                const kinds = [];
                for (const item of list) {
                    if ((0, stages_js_1.isScanKind)(item)) {
                        if (!kinds.includes(item))
                            kinds.push(item);
                    }
                    else {
                        p.add(`stages.${stage} lists ${JSON.stringify(item)}, which is not a scan (use ${stages_js_1.SCAN_KINDS.join(', ')})`);
                    }
                }
                stages[stage] = kinds;
            }
        }
    }
    let maxWaiverDays = exports.DEFAULT_MAX_WAIVER_DAYS;
    let waiverWarnDays = exports.DEFAULT_WAIVER_WARN_DAYS;
    if (data.waivers !== undefined) {
        if (!(0, yaml_input_js_1.isRecord)(data.waivers))
            p.add('waivers must be a mapping with max-span-days and/or warn-days');
        else {
            p.unknownKeys(data.waivers, 'waivers.', ['max-span-days', 'warn-days']);
            const span = data.waivers['max-span-days'];
            if (span !== undefined) {
                if (!(0, yaml_input_js_1.isNonNegativeInteger)(span) || span < 1)
                    p.add(`waivers.max-span-days must be a whole number ≥ 1 (got ${JSON.stringify(span)})`);
                else
                    maxWaiverDays = span;
            }
            const warn = data.waivers['warn-days'];
            if (warn !== undefined) {
                if (!(0, yaml_input_js_1.isNonNegativeInteger)(warn))
                    p.add(`waivers.warn-days must be a whole number ≥ 0 (got ${JSON.stringify(warn)})`);
                else
                    waiverWarnDays = warn;
            }
        }
    }
    let maxReportAgeHours = exports.DEFAULT_MAX_REPORT_AGE_HOURS;
    if (data.reports !== undefined) {
        if (!(0, yaml_input_js_1.isRecord)(data.reports))
            p.add('reports must be a mapping with max-age-hours');
        else {
            p.unknownKeys(data.reports, 'reports.', ['max-age-hours']);
            const age = data.reports['max-age-hours'];
            if (age !== undefined) {
                if (typeof age !== 'number' || !Number.isFinite(age) || age <= 0)
                    p.add(`reports.max-age-hours must be a number > 0 (got ${JSON.stringify(age)})`);
                else
                    maxReportAgeHours = age;
            }
        }
    }
    const imports = {};
    if (data.imports !== undefined) {
        if (!(0, yaml_input_js_1.isRecord)(data.imports))
            p.add('imports must be a mapping of tool name to a scan or a list of scans');
        else {
            for (const [tool, value] of Object.entries(data.imports)) {
                const list = Array.isArray(value) ? value : [value];
                const kinds = [];
                for (const item of list) {
                    if ((0, stages_js_1.isScanKind)(item)) {
                        if (!kinds.includes(item))
                            kinds.push(item);
                    }
                    else {
                        p.add(`imports.${tool} names ${JSON.stringify(item)}, which is not a scan (use ${stages_js_1.SCAN_KINDS.join(', ')})`);
                    }
                }
                imports[tool.trim().toLowerCase()] = kinds;
            }
        }
    }
    let repoSuppressions = 'show';
    const rs = data['repo-suppressions'];
    if (rs !== undefined) {
        if (typeof rs === 'string' && exports.REPO_SUPPRESSIONS.includes(rs))
            repoSuppressions = rs;
        else
            p.add(`repo-suppressions must be one of ${exports.REPO_SUPPRESSIONS.join(', ')} (got ${JSON.stringify(rs)})`);
    }
    let baselineMaxAgeHours = exports.DEFAULT_BASELINE_MAX_AGE_HOURS;
    const ba = data['baseline-max-age'];
    if (ba !== undefined) {
        const hours = parseAge(ba);
        if (hours === undefined)
            p.add(`baseline-max-age must be an age such as 7d or 36h (got ${JSON.stringify(ba)})`);
        else
            baselineMaxAgeHours = hours;
    }
    const verifiedTools = data['verified-tools'] === undefined ? {} : parseVerifiedTools(data['verified-tools'], p);
    p.throwIfAny('policy', source);
    return {
        repoSuppressions,
        baselineMaxAgeHours,
        verifiedTools,
        // The preset is applied over the levels the file sets, so it always holds.
        matrix: (0, core_1.isSeverity)(failOn) ? (0, matrix_js_1.applyFailOn)(matrix, failOn) : matrix,
        weights,
        riskThreshold,
        stages,
        maxWaiverDays,
        waiverWarnDays,
        maxReportAgeHours,
        imports,
    };
}
function parseLevel(value, where, base, p) {
    if (!(0, yaml_input_js_1.isRecord)(value)) {
        p.add(`${where.slice(0, -1)} must be a mapping with counts-from and/or allow`);
        return undefined;
    }
    p.unknownKeys(value, where, ['counts-from', 'allow', 'require-verified-tools']);
    let countsFrom = base.countsFrom;
    const from = value['counts-from'];
    if (from !== undefined) {
        if ((0, core_1.isSeverity)(from))
            countsFrom = from;
        else
            p.add(`${where}counts-from must be one of ${core_1.SEVERITIES.join(', ')} (got ${JSON.stringify(from)})`);
    }
    const allow = { ...base.allow };
    const a = value.allow;
    if (a !== undefined) {
        if (!(0, yaml_input_js_1.isRecord)(a))
            p.add(`${where}allow must be a mapping of severity to a whole number`);
        else {
            p.unknownKeys(a, `${where}allow.`, core_1.SEVERITIES);
            for (const s of core_1.SEVERITIES) {
                const n = a[s];
                if (n === undefined)
                    continue;
                if (!(0, yaml_input_js_1.isNonNegativeInteger)(n))
                    p.add(`${where}allow.${s} must be a whole number ≥ 0 (got ${JSON.stringify(n)})`);
                else
                    allow[s] = n;
            }
        }
    }
    let requireVerifiedTools = base.requireVerifiedTools;
    const rv = value['require-verified-tools'];
    if (rv !== undefined) {
        if (typeof rv === 'boolean')
            requireVerifiedTools = rv;
        else
            p.add(`${where}require-verified-tools must be true or false (got ${JSON.stringify(rv)})`);
    }
    return { countsFrom, allow, requireVerifiedTools };
}
function parseVerifiedTools(value, p) {
    const out = {};
    if (!(0, yaml_input_js_1.isRecord)(value)) {
        p.add('verified-tools must be a mapping of tool name to a list of SHA-256 digests');
        return out;
    }
    for (const [tool, list] of Object.entries(value)) {
        if (!Array.isArray(list)) {
            p.add(`verified-tools.${tool} must be a list of SHA-256 digests`);
            continue;
        }
        const digests = [];
        for (const item of list) {
            if (typeof item === 'string' && /^[0-9a-fA-F]{64}$/.test(item))
                digests.push(item.toLowerCase());
            else
                p.add(`verified-tools.${tool} lists ${JSON.stringify(item)}, which is not a SHA-256 digest (64 hexadecimal characters)`);
        }
        out[tool.toLowerCase()] = digests;
    }
    return out;
}
function parseWeights(value, p) {
    if (!(0, yaml_input_js_1.isRecord)(value)) {
        p.add('score.weights must be a mapping of severity to points');
        return score_js_1.DEFAULT_WEIGHTS;
    }
    p.unknownKeys(value, 'score.weights.', core_1.SEVERITIES);
    const weights = { ...score_js_1.DEFAULT_WEIGHTS };
    for (const s of core_1.SEVERITIES) {
        const w = value[s];
        if (w === undefined)
            continue;
        if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
            p.add(`score.weights.${s} must be a number ≥ 0 (got ${JSON.stringify(w)})`);
        else
            weights[s] = w;
    }
    return weights;
}


/***/ }),

/***/ 6192:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REASON_CODES = void 0;
/**
 * Why a gate fails. Every reason is a stable code plus a sentence naming the file, scan or limit
 * involved. Any reason at all makes the verdict `fail`: there is no reason that can be outweighed.
 */
exports.REASON_CODES = {
    /** A scan the stage requires has no report. */
    missingScan: 'missing-scan',
    /** A report says its scan failed (status `failed`), with the scan's own reason. */
    scanFailed: 'scan-failed',
    /** An `import` line matched no file: the imported tool's results are missing. */
    missingImport: 'missing-import',
    /** A report file cannot be read or is not JSON. */
    unreadableReport: 'unreadable-report',
    /** A report is JSON but not a valid findings report. */
    invalidReport: 'invalid-report',
    /** A report was made for another commit than the one being gated. */
    commitMismatch: 'commit-mismatch',
    /** Two reports of the same scan of the same target disagree about the findings. */
    contradictingReports: 'contradicting-reports',
    /** A report is older than the policy's maximum report age, or dated in the future. */
    staleReport: 'stale-report',
    /** The final stage needs a verified signature of the promoted image and has none. */
    signatureNotVerified: 'signature-not-verified',
    /** Stage final: the image scanned, the signature verified and the image promoted are not one digest. */
    imageMismatch: 'image-mismatch',
    /** Mode new: a baseline report is not for the base commit, or too old to say what the base holds. */
    untrustedBaseline: 'untrusted-baseline',
    /** Policy `repo-suppressions: fail`: the repository suppresses findings itself. */
    repoSuppression: 'repo-suppression',
    /** System level 3 or 4: a report names a scanner binary whose digest no manifest entry knows. */
    unverifiedTool: 'unverified-tool',
    /** More findings of a severity than the system level allows. */
    matrixExceeded: 'matrix-exceeded',
    /** The risk score is below the threshold. */
    scoreBelowThreshold: 'score-below-threshold',
};


/***/ }),

/***/ 1599:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RISK_THRESHOLD = exports.DEFAULT_WEIGHTS = void 0;
exports.computeScore = computeScore;
exports.renderScoreArithmetic = renderScoreArithmetic;
const core_1 = __webpack_require__(893);
/** Points each finding takes off a perfect 100 (info findings cost nothing by default). */
exports.DEFAULT_WEIGHTS = { critical: 40, high: 10, medium: 4, low: 1, info: 0 };
exports.DEFAULT_RISK_THRESHOLD = 75;
function computeScore(counts, weights = exports.DEFAULT_WEIGHTS, threshold = exports.DEFAULT_RISK_THRESHOLD) {
    const terms = core_1.SEVERITIES.map((severity) => {
        const weight = weights[severity];
        const count = counts[severity];
        return { severity, weight, count, points: weight * count };
    });
    const deducted = terms.reduce((sum, t) => sum + t.points, 0);
    const raw = 100 - deducted;
    const score = Math.max(0, raw);
    return { score, threshold, passed: score >= threshold, terms, deducted, clamped: raw < 0 };
}
/** e.g. `100 − (1×40 + 2×10) = 40`; terms with no findings are left out. */
function renderScoreArithmetic(result) {
    const used = result.terms.filter((t) => t.count > 0 && t.weight !== 0);
    const sum = used.map((t) => `${t.count}×${t.weight} ${t.severity}`).join(' + ');
    const expr = used.length === 0 ? '100 − 0' : `100 − (${sum})`;
    const clamp = result.clamped ? ` = ${100 - result.deducted}, clamped to 0` : ` = ${result.score}`;
    return `${expr}${clamp}`;
}


/***/ }),

/***/ 5215:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FindingTally = exports.TallyGroups = void 0;
exports.waivable = waivable;
const core_1 = __webpack_require__(893);
const dedupe_js_1 = __webpack_require__(9154);
const waivers_js_1 = __webpack_require__(9572);
/** Values per chunk of a column: columns grow by whole chunks, never by copying. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;
/**
 * A column of integers that grows as values are appended, in chunks of CHUNK values: a million
 * occurrences are 16 chunks, and growing leaves no outgrown arrays for the collector.
 */
class IntColumn {
    #chunks = [];
    length = 0;
    push(value) {
        const i = this.length++;
        if ((i & IN_CHUNK) === 0 && i >> CHUNK_BITS === this.#chunks.length) {
            this.#chunks.push(new Int32Array(CHUNK));
        }
        this.#chunks[i >> CHUNK_BITS][i & IN_CHUNK] = value;
    }
    get(i) {
        return this.#chunks[i >> CHUNK_BITS][i & IN_CHUNK];
    }
    set(i, value) {
        this.#chunks[i >> CHUNK_BITS][i & IN_CHUNK] = value;
    }
    truncate(length) {
        this.length = Math.min(this.length, length);
    }
}
const FINGERPRINT_BYTES = 20;
const V1_PREFIX = 'v1:';
/** A hex digit's value (lowercase only: `v1:` fingerprints are written so), or -1. */
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x57;
    return -1;
}
/**
 * The occurrences' fingerprints, and for each fingerprint its first occurrence. A `v1:` fingerprint
 * (all but a few) is held as its 20 bytes in one arena and found through an open-addressing table
 * of occurrence numbers, so a million of them are ~28 MB instead of a million strings in a Map.
 * Anything else is held as the string itself.
 */
class FingerprintColumn {
    /** CHUNK fingerprints' bytes per chunk. */
    #chunks = [];
    /** Occurrence + 1 of the first occurrence of each v1 fingerprint; 0 marks a free slot. */
    #slots = new Int32Array(2048);
    #used = 0;
    /** Fingerprints not in v1 form, by occurrence, and their first occurrences. */
    #other = new Map();
    #otherFirst = new Map();
    #scratch = new Uint8Array(FINGERPRINT_BYTES);
    length = 0;
    /** Appends the next occurrence's fingerprint; gives the first earlier one with it, or -1. */
    push(fingerprint) {
        const i = this.length++;
        if ((i & IN_CHUNK) === 0 && i >> CHUNK_BITS === this.#chunks.length) {
            this.#chunks.push(new Uint8Array(CHUNK * FINGERPRINT_BYTES));
        }
        const hash = this.#decode(fingerprint, this.#scratch);
        if (hash === undefined) {
            this.#other.set(i, fingerprint);
            const first = this.#otherFirst.get(fingerprint);
            if (first !== undefined)
                return first;
            this.#otherFirst.set(fingerprint, i);
            return -1;
        }
        this.#chunks[i >> CHUNK_BITS].set(this.#scratch, (i & IN_CHUNK) * FINGERPRINT_BYTES);
        return this.#findOrAdd(i, hash);
    }
    get(i) {
        const other = this.#other.get(i);
        if (other !== undefined)
            return other;
        const chunk = this.#chunks[i >> CHUNK_BITS];
        const at = (i & IN_CHUNK) * FINGERPRINT_BYTES;
        return `${V1_PREFIX}${Buffer.from(chunk.buffer, chunk.byteOffset + at, FINGERPRINT_BYTES).toString('hex')}`;
    }
    /** Forgets the occurrences from `length` on. */
    truncate(length) {
        if (length >= this.length)
            return;
        for (const [i, fingerprint] of this.#other) {
            if (i < length)
                continue;
            this.#other.delete(i);
            if (this.#otherFirst.get(fingerprint) === i)
                this.#otherFirst.delete(fingerprint);
        }
        this.length = length;
        this.#slots = new Int32Array(this.#slots.length);
        this.#used = 0;
        for (let i = 0; i < length; i++) {
            if (this.#other.has(i))
                continue;
            this.#findOrAdd(i, this.#hashOf(i));
        }
    }
    /** The bytes of a v1 fingerprint into `out` and their hash, or undefined for any other string. */
    #decode(fingerprint, out) {
        if (fingerprint.length !== V1_PREFIX.length + 2 * FINGERPRINT_BYTES)
            return undefined;
        if (!fingerprint.startsWith(V1_PREFIX))
            return undefined;
        let hash = 0x811c9dc5;
        for (let k = 0; k < FINGERPRINT_BYTES; k++) {
            const hi = hexValue(fingerprint.charCodeAt(V1_PREFIX.length + 2 * k));
            const lo = hexValue(fingerprint.charCodeAt(V1_PREFIX.length + 2 * k + 1));
            if (hi < 0 || lo < 0)
                return undefined;
            const byte = (hi << 4) | lo;
            out[k] = byte;
            hash = Math.imul(hash ^ byte, 0x01000193);
        }
        return hash;
    }
    /** The hash #decode gave occurrence i's fingerprint. */
    #hashOf(i) {
        const bytes = this.#chunks[i >> CHUNK_BITS];
        const at = (i & IN_CHUNK) * FINGERPRINT_BYTES;
        let hash = 0x811c9dc5;
        for (let k = 0; k < FINGERPRINT_BYTES; k++) {
            hash = Math.imul(hash ^ bytes[at + k], 0x01000193);
        }
        return hash;
    }
    #same(i, j) {
        const a = this.#chunks[i >> CHUNK_BITS];
        const b = this.#chunks[j >> CHUNK_BITS];
        const ai = (i & IN_CHUNK) * FINGERPRINT_BYTES;
        const bj = (j & IN_CHUNK) * FINGERPRINT_BYTES;
        for (let k = 0; k < FINGERPRINT_BYTES; k++)
            if (a[ai + k] !== b[bj + k])
                return false;
        return true;
    }
    /** The first occurrence with occurrence i's v1 fingerprint, or -1 after making i that one. */
    #findOrAdd(i, hash) {
        if (2 * (this.#used + 1) > this.#slots.length)
            this.#grow();
        const mask = this.#slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const held = this.#slots[slot];
            if (held === 0) {
                this.#slots[slot] = i + 1;
                this.#used++;
                return -1;
            }
            if (this.#same(held - 1, i))
                return held - 1;
        }
    }
    #grow() {
        const old = this.#slots;
        this.#slots = new Int32Array(old.length * 2);
        const mask = this.#slots.length - 1;
        for (const held of old) {
            if (held === 0)
                continue;
            let slot = this.#hashOf(held - 1) & mask;
            while (this.#slots[slot] !== 0)
                slot = (slot + 1) & mask;
            this.#slots[slot] = held;
        }
    }
}
/** Strings numbered in the order first seen; equal strings share a number. */
class Interned {
    values = [];
    #ids = new Map();
    id(value) {
        let id = this.#ids.get(value);
        if (id === undefined) {
            id = this.values.length;
            this.values.push(value);
            this.#ids.set(value, id);
        }
        return id;
    }
}
/** Bytes per chunk of a StringTable's arena; a longer string is held as a string. */
const ARENA_CHUNK = 1 << 20;
/**
 * Strings numbered in the order first seen, for the hundreds of thousands of paths, package names
 * and dedupe keys a million findings bring: Latin-1 strings (nearly all) are held as bytes in 1 MB
 * chunks and found through an open-addressing table, about half of what a Map of strings takes;
 * any other string is held as itself.
 */
class StringTable {
    #chunks = [];
    #free = 0;
    /** Per string: where its bytes start (chunk * ARENA_CHUNK + offset), or -1 when held whole. */
    #start = new IntColumn();
    #length = new IntColumn();
    #hash = new IntColumn();
    #whole = new Map();
    /** Number + 1 of the string in each slot; 0 marks a free slot. */
    #slots = new Int32Array(1024);
    get size() {
        return this.#start.length;
    }
    /** The number of `value`, or -1 when it has none yet. */
    find(value) {
        return this.#probe(value, StringTable.#hashOf(value), false);
    }
    /** The number of `value`, numbering it when it has none yet. */
    id(value) {
        return this.#probe(value, StringTable.#hashOf(value), true);
    }
    value(id) {
        const start = this.#start.get(id);
        if (start < 0)
            return this.#whole.get(id);
        const chunk = this.#chunks[Math.floor(start / ARENA_CHUNK)];
        const at = start % ARENA_CHUNK;
        return Buffer.from(chunk.buffer, chunk.byteOffset + at, this.#length.get(id)).toString('latin1');
    }
    /** Forgets the strings numbered from `size` on (the arena's bytes are reused from there). */
    truncate(size) {
        if (size >= this.size)
            return;
        for (const id of this.#whole.keys())
            if (id >= size)
                this.#whole.delete(id);
        let free = 0;
        for (let id = size - 1; id >= 0 && free === 0; id--) {
            const start = this.#start.get(id);
            if (start >= 0)
                free = start + this.#length.get(id);
        }
        this.#free = free;
        for (const column of [this.#start, this.#length, this.#hash])
            column.truncate(size);
        this.#slots = new Int32Array(this.#slots.length);
        for (let id = 0; id < size; id++)
            this.#place(id);
    }
    static #hashOf(value) {
        let hash = 0x811c9dc5;
        for (let k = 0; k < value.length; k++)
            hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
        return hash;
    }
    #equals(id, value) {
        const start = this.#start.get(id);
        if (start < 0)
            return this.#whole.get(id) === value;
        if (this.#length.get(id) !== value.length)
            return false;
        const chunk = this.#chunks[Math.floor(start / ARENA_CHUNK)];
        const at = start % ARENA_CHUNK;
        for (let k = 0; k < value.length; k++)
            if (chunk[at + k] !== value.charCodeAt(k))
                return false;
        return true;
    }
    #probe(value, hash, add) {
        const mask = this.#slots.length - 1;
        let slot = hash & mask;
        for (let held = this.#slots[slot]; held !== 0; held = this.#slots[slot]) {
            if (this.#hash.get(held - 1) === hash && this.#equals(held - 1, value))
                return held - 1;
            slot = (slot + 1) & mask;
        }
        if (!add)
            return -1;
        const id = this.size;
        this.#hash.push(hash);
        this.#length.push(value.length);
        this.#start.push(this.#store(value));
        if (this.#start.get(id) < 0)
            this.#whole.set(id, value);
        this.#slots[slot] = id + 1;
        if (2 * this.size > this.#slots.length)
            this.#grow();
        return id;
    }
    /** Copies a Latin-1 string into the arena; gives where, or -1 for a string held whole. */
    #store(value) {
        const n = value.length;
        if (n > ARENA_CHUNK / 16)
            return -1;
        let chunk = Math.floor(this.#free / ARENA_CHUNK);
        let at = this.#free % ARENA_CHUNK;
        if (at + n > ARENA_CHUNK) {
            chunk++;
            at = 0;
        }
        if (chunk === this.#chunks.length)
            this.#chunks.push(new Uint8Array(ARENA_CHUNK));
        const bytes = this.#chunks[chunk];
        for (let k = 0; k < n; k++) {
            const c = value.charCodeAt(k);
            if (c > 0xff)
                return -1;
            bytes[at + k] = c;
        }
        this.#free = chunk * ARENA_CHUNK + at + n;
        return chunk * ARENA_CHUNK + at;
    }
    #place(id) {
        const mask = this.#slots.length - 1;
        let slot = this.#hash.get(id) & mask;
        while (this.#slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.#slots[slot] = id + 1;
    }
    #grow() {
        this.#slots = new Int32Array(this.#slots.length * 2);
        for (let id = 0; id < this.size; id++)
            this.#place(id);
    }
}
/** Where a finding sits in the summary's order after its severity and rule: its path or package. */
function placeOf(finding) {
    return finding.location?.path ?? finding.package?.name ?? '';
}
/** The collation `String.prototype.localeCompare` uses when given no locale or options. */
const COLLATOR = new Intl.Collator();
/** Each value's position in collation order; values the collator finds equal share one. */
function collationRanks(values) {
    const order = values.map((_, i) => i).sort((a, b) => COLLATOR.compare(values[a], values[b]));
    const ranks = new Int32Array(values.length);
    let rank = 0;
    for (let i = 0; i < order.length; i++) {
        if (i > 0 && COLLATOR.compare(values[order[i - 1]], values[order[i]]) !== 0)
            rank++;
        ranks[order[i]] = rank;
    }
    return ranks;
}
/** The groups of occurrences after deduplication, in columns. */
class TallyGroups {
    firsts;
    shownOccurrences;
    next;
    constructor(firsts, shownOccurrences, 
    /** Per occurrence, the next one of its group, or -1. */
    next) {
        this.firsts = firsts;
        this.shownOccurrences = shownOccurrences;
        this.next = next;
    }
    get count() {
        return this.firsts.length;
    }
    /** The occurrence group g shows: the first of its most severe. */
    shown(g) {
        return this.shownOccurrences[g];
    }
    /** Group g's occurrences, in the order they were added. */
    members(g) {
        const out = [];
        for (let i = this.firsts[g]; i !== -1; i = this.next[i])
            out.push(i);
        return out;
    }
}
exports.TallyGroups = TallyGroups;
/**
 * What the gate keeps of every finding it reads: the fingerprint, severity, rule, place, the
 * suppression when there is one, which fields of each waiver it matches and where it came from,
 * in columns, never the finding itself. Occurrences that share a dedupe key are merged with a
 * union-find as they arrive, so the deduplicated findings are known once the last report is read
 * while only a few bytes per finding are held. The full findings the summary shows are kept on the
 * way (the best few by the summary's order) or read again from their report.
 *
 * A report's findings arrive before the report says whether they count (a report read in blocks
 * hands them over first), so they are staged: written to the columns at once, their merges held
 * back, and then committed (merged) or discarded (the columns cut back).
 */
class FindingTally {
    keep;
    #fingerprints = new FingerprintColumn();
    #severity = new IntColumn();
    #rule = new IntColumn();
    #place = new IntColumn();
    /** Per committed report, its first occurrence and its number (occurrences are in report order). */
    #reportStarts = [];
    #reportNumbers = [];
    #parent = new IntColumn();
    /** Per occurrence, 1 + the number of its interned sources, or 0 when the finding names none. */
    #sourceOf = new IntColumn();
    #rules = new Interned();
    #places = new StringTable();
    /** Dedupe keys, and per key the first occurrence that has it. */
    #keys = new StringTable();
    #keyFirst = new IntColumn();
    /** Keys numbered before this one belong to committed occurrences. */
    #committedKeys = 0;
    #keyParts = new Map();
    /** Numbers the parts of dedupe keys, per kind. */
    #keyPart = (kind, part) => {
        let table = this.#keyParts.get(kind);
        if (!table)
            this.#keyParts.set(kind, (table = new StringTable()));
        return table.id(part);
    };
    /** Distinct `sources` lists: one engine's by its name, several by their JSON. */
    #sources = [];
    #sourceIds = new Map();
    #sourceListIds = new Map();
    suppressions = new Map();
    /** Per waiver: occurrence → bits of the waiver's fields it matches (only non-zero). */
    #waiverBits;
    #waivers;
    /** Findings kept whole because they may be shown; pruned to the best KEEP by the summary's order. */
    #kept = new Map();
    #worst;
    /** Occurrences before this one are committed; from it on they are staged. */
    #committed = 0;
    /** Staged merges, as pairs of occurrences. */
    #merges = [];
    constructor(waivers, keep) {
        this.keep = keep;
        this.#waivers = waivers;
        this.#waiverBits = waivers.map(() => new Map());
    }
    /** Committed occurrences. */
    get size() {
        return this.#committed;
    }
    /** Staged occurrences (the findings of the report being read). */
    get staged() {
        return this.#fingerprints.length - this.#committed;
    }
    fingerprint(i) {
        return this.#fingerprints.get(i);
    }
    #find(i) {
        let root = i;
        while (this.#parent.get(root) !== root)
            root = this.#parent.get(root);
        while (this.#parent.get(i) !== root) {
            const next = this.#parent.get(i);
            this.#parent.set(i, root);
            i = next;
        }
        return root;
    }
    #union(a, b) {
        const ra = this.#find(a);
        const rb = this.#find(b);
        // The smaller index is the root, so a group's root is its first occurrence.
        if (ra !== rb)
            this.#parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }
    #sourceId(sources) {
        if (sources === undefined || sources.length === 0)
            return 0;
        const one = sources.length === 1;
        const key = one ? sources[0] : JSON.stringify(sources);
        const ids = one ? this.#sourceIds : this.#sourceListIds;
        let id = ids.get(key);
        if (id === undefined) {
            id = this.#sources.length;
            this.#sources.push(sources);
            ids.set(key, id);
        }
        return id + 1;
    }
    /** Stages a finding as the next occurrence (see the class comment). */
    stage(finding) {
        const i = this.#fingerprints.length;
        const severity = (0, core_1.severityRank)(finding.severity);
        const rule = finding.ruleId;
        const place = placeOf(finding);
        const same = this.#fingerprints.push(finding.fingerprint);
        if (same !== -1)
            this.#merges.push(same, i);
        this.#severity.push(severity);
        this.#rule.push(this.#rules.id(rule));
        this.#place.push(this.#places.id(place));
        this.#parent.push(i);
        this.#sourceOf.push(this.#sourceId(finding.sources));
        if (finding.suppression)
            this.suppressions.set(i, finding.suppression);
        for (const key of (0, dedupe_js_1.dedupeKeys)(finding, this.#keyPart)) {
            const id = this.#keys.id(key);
            if (id < this.#keyFirst.length)
                this.#merges.push(this.#keyFirst.get(id), i);
            else
                this.#keyFirst.push(i);
        }
        for (let w = 0; w < this.#waivers.length; w++) {
            const bits = (0, waivers_js_1.waiverFieldMatches)(this.#waivers[w], finding);
            if (bits !== 0)
                this.#waiverBits[w].set(i, bits);
        }
        this.#consider(finding, i, severity, rule, place);
    }
    /** Makes the staged occurrences the findings of report `report`; gives their range. */
    commit(report) {
        const first = this.#committed;
        const end = this.#fingerprints.length;
        this.#reportStarts.push(first);
        this.#reportNumbers.push(report);
        const merges = this.#merges;
        for (let k = 0; k < merges.length; k += 2)
            this.#union(merges[k], merges[k + 1]);
        this.#committed = end;
        this.#committedKeys = this.#keys.size;
        this.#merges = [];
        return [first, end];
    }
    /** Forgets the staged occurrences: their report does not count. */
    discard() {
        const n = this.#committed;
        if (this.#fingerprints.length === n)
            return;
        this.#fingerprints.truncate(n);
        for (const column of [this.#severity, this.#rule, this.#place, this.#parent, this.#sourceOf]) {
            column.truncate(n);
        }
        this.#keys.truncate(this.#committedKeys);
        this.#keyFirst.truncate(this.#committedKeys);
        const forget = (map) => {
            for (const i of map.keys())
                if (i >= n)
                    map.delete(i);
        };
        forget(this.suppressions);
        this.#waiverBits.forEach(forget);
        forget(this.#kept);
        if (this.#worst !== undefined && this.#worst.index >= n)
            this.#worst = undefined;
        this.#merges = [];
    }
    /** Whether an occurrence would sort before the worst one kept whole (or none is kept yet). */
    #better(severity, rule, place, i) {
        const w = this.#worst;
        if (w === undefined)
            return true;
        const c = severity - w.severity || COLLATOR.compare(rule, w.rule) || COLLATOR.compare(place, w.place);
        return c < 0 || (c === 0 && i < w.index);
    }
    /** Keeps the finding whole while it is among the best `keep` seen so far in the summary's order. */
    #consider(finding, i, severity, rule, place) {
        if (!this.#better(severity, rule, place, i))
            return;
        this.#kept.set(i, finding);
        if (this.#kept.size < 2 * this.keep)
            return;
        // Ordered by what the summary orders by, read from the findings kept (they are whole).
        const order = [...this.#kept].map(([index, f]) => ({
            severity: (0, core_1.severityRank)(f.severity),
            rule: f.ruleId,
            place: placeOf(f),
            index,
            finding: f,
        }));
        order.sort((a, b) => a.severity - b.severity ||
            COLLATOR.compare(a.rule, b.rule) ||
            COLLATOR.compare(a.place, b.place) ||
            a.index - b.index);
        const kept = new Map();
        for (const o of order.slice(0, this.keep))
            kept.set(o.index, o.finding);
        this.#kept = kept;
        const { severity: worstSeverity, rule: worstRule, place: worstPlace, index, } = order[this.keep - 1];
        this.#worst = { severity: worstSeverity, rule: worstRule, place: worstPlace, index };
    }
    severity(i) {
        return core_1.SEVERITIES[this.#severity.get(i)];
    }
    severityRank(i) {
        return this.#severity.get(i);
    }
    ref(i) {
        // The last report starting at or before i (an empty report starts where the next one does).
        const starts = this.#reportStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= i)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { report: this.#reportNumbers[lo], index: i - starts[lo] };
    }
    /** The finding itself when it was kept whole, else undefined (read it again from its report). */
    kept(i) {
        return this.#kept.get(i);
    }
    /** The engines that reported occurrence i, given its report's scanner for findings that name none. */
    sources(i, scanner) {
        const id = this.#sourceOf.get(i);
        return id === 0 ? [scanner(this.ref(i).report)] : this.#sources[id - 1];
    }
    /** The bits of waiver w's fields that a group's occurrences match together. */
    waiverBits(w, members) {
        const bits = this.#waiverBits[w];
        let out = 0;
        for (const m of members)
            out |= bits.get(m) ?? 0;
        return out;
    }
    /** Groups of occurrences that are one finding, ordered by their first occurrence. */
    groups() {
        // Dedupe keys are only needed while reports arrive.
        this.#keys = new StringTable();
        this.#keyFirst = new IntColumn();
        this.#committedKeys = 0;
        this.#keyParts.clear();
        const n = this.size;
        const groupOf = new Int32Array(n);
        const next = new Int32Array(n).fill(-1);
        const first = new Int32Array(n);
        const last = new Int32Array(n);
        const shown = new Int32Array(n);
        let count = 0;
        for (let i = 0; i < n; i++) {
            const root = this.#find(i);
            if (root === i) {
                // A root is its group's first occurrence, so groups are numbered in that order.
                groupOf[i] = count;
                first[count] = i;
                last[count] = i;
                shown[count] = i;
                count++;
                continue;
            }
            const g = groupOf[root];
            groupOf[i] = g;
            next[last[g]] = i;
            last[g] = i;
            if (this.#severity.get(i) < this.#severity.get(shown[g]))
                shown[g] = i;
        }
        return new TallyGroups(first.subarray(0, count), shown.subarray(0, count), next);
    }
    /**
     * Group indexes in the summary's order: severity, then rule id and path or package name of the
     * shown finding in localeCompare's order; ties keep the groups' order.
     */
    order(groups) {
        const rules = collationRanks(this.#rules.values);
        const places = collationRanks(Array.from({ length: this.#places.size }, (_, id) => this.#places.value(id)));
        const g = groups.count;
        const ruleSpan = rules.length + 1;
        const placeSpan = places.length + 1;
        const key = (i) => {
            const s = groups.shown(i);
            return ((this.#severity.get(s) * ruleSpan + rules[this.#rule.get(s)]) * placeSpan +
                places[this.#place.get(s)]);
        };
        const index = new Uint32Array(g);
        for (let i = 0; i < g; i++)
            index[i] = i;
        if (core_1.SEVERITIES.length * ruleSpan * placeSpan * g < Number.MAX_SAFE_INTEGER) {
            // One number per group orders them exactly: a native numeric sort, no comparator calls.
            const keys = new Float64Array(g);
            for (let i = 0; i < g; i++)
                keys[i] = key(i) * g + i;
            keys.sort();
            for (let i = 0; i < g; i++)
                index[i] = keys[i] % g;
            return index;
        }
        const keys = Array.from({ length: g }, (_, i) => key(i));
        return index.sort((a, b) => keys[a] - keys[b] || a - b);
    }
}
exports.FindingTally = FindingTally;
/** A WaivableFinding of one group, built from its occurrences' findings. */
function waivable(findings) {
    const uniq = (values) => [...new Set(values)];
    return {
        fingerprints: uniq(findings.map((f) => f.fingerprint)),
        ruleIds: uniq(findings.map((f) => f.ruleId)),
        advisories: uniq(findings.flatMap((f) => f.advisories ?? [])),
        paths: uniq(findings.flatMap((f) => (f.location ? [f.location.path] : []))),
    };
}


/***/ }),

/***/ 9572:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WAIVER_FIELDS = exports.EMPTY_WAIVERS = void 0;
exports.parseWaivers = parseWaivers;
exports.waiverFields = waiverFields;
exports.waiverFieldMatches = waiverFieldMatches;
exports.daysLeft = daysLeft;
const picomatch_1 = __importDefault(__webpack_require__(4006));
const yaml_input_js_1 = __webpack_require__(2351);
exports.EMPTY_WAIVERS = { active: [], expiring: [], expired: [] };
const DAY_MS = 24 * 60 * 60 * 1000;
const ENTRY_KEYS = ['id', 'fingerprint', 'rule', 'advisory', 'path', 'reason', 'expires'];
function startOfUtcDay(date) {
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
function parseDate(value) {
    // YAML 1.1 parsers turn dates into Date objects; the 1.2 core schema we use keeps strings.
    const text = value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === 'string'
            ? value.trim()
            : undefined;
    if (text === undefined)
        return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return undefined;
    const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (at.toISOString().slice(0, 10) !== text)
        return undefined;
    return { text, at };
}
/**
 * Reads a waivers file. Every entry needs a reason and an expiry no further than `maxSpanDays` from
 * today; otherwise the whole file is rejected (InputError on `waivers`) naming each bad entry, since
 * a half-applied waiver file would make the verdict depend on which entry was wrong.
 */
function parseWaivers(text, source, options) {
    const data = (0, yaml_input_js_1.parseYamlInput)(text, 'waivers', source);
    const p = new yaml_input_js_1.Problems();
    if (data === null || data === undefined)
        return exports.EMPTY_WAIVERS;
    if (!(0, yaml_input_js_1.isRecord)(data)) {
        p.add('the file must be a mapping with a `waivers` list');
        p.throwIfAny('waivers', source);
        return exports.EMPTY_WAIVERS;
    }
    p.unknownKeys(data, '', ['version', 'waivers']);
    if (data.version !== undefined && data.version !== 1) {
        p.add(`version must be 1 (got ${JSON.stringify(data.version)})`);
    }
    const entries = data.waivers ?? [];
    if (!Array.isArray(entries)) {
        p.add('waivers must be a list of entries');
        p.throwIfAny('waivers', source);
        return exports.EMPTY_WAIVERS;
    }
    const today = startOfUtcDay(options.now);
    const now = options.now.getTime();
    const active = [];
    const expiring = [];
    const expired = [];
    const seen = new Set();
    entries.forEach((entry, index) => {
        let label = `waivers[${index}]`;
        if (!(0, yaml_input_js_1.isRecord)(entry)) {
            p.add(`${label} must be a mapping with a matcher, reason and expires`);
            return;
        }
        if (typeof entry.id === 'string' && entry.id.trim() !== '') {
            label = entry.id.trim();
            if (seen.has(label))
                p.add(`waiver '${label}' appears twice; ids must be unique`);
            seen.add(label);
        }
        else if (entry.id !== undefined) {
            p.add(`${label}.id must be a non-empty string`);
        }
        const where = label === `waivers[${index}]` ? label : `waiver '${label}' (waivers[${index}])`;
        p.unknownKeys(entry, `${where}: `, ENTRY_KEYS);
        const matchers = {};
        for (const key of ['fingerprint', 'rule', 'advisory', 'path']) {
            const v = entry[key];
            if (v === undefined)
                continue;
            if (typeof v !== 'string' || v.trim() === '')
                p.add(`${where}: ${key} must be a non-empty string`);
            else
                matchers[key] = v.trim();
        }
        const named = ['fingerprint', 'rule', 'advisory'].filter((k) => matchers[k]);
        if (Object.keys(matchers).length === 0) {
            p.add(`${where} has no matcher; give a rule, an advisory or a fingerprint`);
        }
        else if (named.length === 0) {
            // A path alone waives every finding there, present and future: a blank cheque.
            p.add(`${where} waives by path only; a waiver must name a rule, an advisory or a fingerprint (a path may narrow one of them)`);
        }
        for (const key of named) {
            if (/[*?[\]{}]/.test(matchers[key] ?? '')) {
                p.add(`${where}: ${key} ${JSON.stringify(matchers[key])} contains a wildcard; ${key}s are matched exactly, name one`);
            }
        }
        if (matchers.path !== undefined) {
            try {
                (0, picomatch_1.default)(matchers.path);
            }
            catch (error) {
                p.add(`${where}: path ${JSON.stringify(matchers.path)} is not a valid glob (${error.message})`);
            }
        }
        const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
        if (reason === '')
            p.add(`${where} has no reason; say why the finding is accepted`);
        const expiry = parseDate(entry.expires);
        if (entry.expires === undefined || entry.expires === null || entry.expires === '') {
            p.add(`${where} has no expires date; add one (YYYY-MM-DD, at most ${options.maxSpanDays} days ahead)`);
        }
        else if (!expiry) {
            p.add(`${where}: expires ${JSON.stringify(entry.expires)} is not a date in the form YYYY-MM-DD`);
        }
        else {
            const spanDays = (expiry.at.getTime() - today) / DAY_MS;
            if (spanDays > options.maxSpanDays) {
                p.add(`${where}: expires ${expiry.text} is ${spanDays} days away; the policy allows at most ${options.maxSpanDays}`);
            }
        }
        if (!expiry || reason === '' || named.length === 0)
            return;
        const waiver = {
            label,
            ...matchers,
            reason,
            expires: expiry.text,
            expiresAt: expiry.at,
        };
        if (now >= expiry.at.getTime()) {
            expired.push(waiver);
        }
        else {
            active.push(waiver);
            if (expiry.at.getTime() - now <= options.warnDays * DAY_MS)
                expiring.push(waiver);
        }
    });
    p.throwIfAny('waivers', source);
    return { active, expiring, expired };
}
const globCache = new Map();
function glob(pattern) {
    let m = globCache.get(pattern);
    if (!m) {
        m = (0, picomatch_1.default)(pattern, { dot: true });
        globCache.set(pattern, m);
    }
    return m;
}
/** A waiver's fields as bits: a group of findings is waived when together they match every bit it sets. */
exports.WAIVER_FIELDS = { fingerprint: 1, rule: 2, advisory: 4, path: 8 };
/** The bits of the fields a waiver sets. */
function waiverFields(waiver) {
    return ((waiver.fingerprint !== undefined ? exports.WAIVER_FIELDS.fingerprint : 0) |
        (waiver.rule !== undefined ? exports.WAIVER_FIELDS.rule : 0) |
        (waiver.advisory !== undefined ? exports.WAIVER_FIELDS.advisory : 0) |
        (waiver.path !== undefined ? exports.WAIVER_FIELDS.path : 0));
}
/**
 * The bits of the waiver's fields that one engine's finding matches. A merged finding matches a
 * field when any of its occurrences does, so the waiver covers it when these bits, OR-ed over the
 * occurrences, are all of {@link waiverFields}: a fingerprint or rule id equal, an advisory equal to
 * an advisory or the rule id (case aside), a path matched by the glob (dot files included).
 */
function waiverFieldMatches(waiver, finding) {
    let bits = 0;
    if (waiver.fingerprint !== undefined && finding.fingerprint === waiver.fingerprint) {
        bits |= exports.WAIVER_FIELDS.fingerprint;
    }
    if (waiver.rule !== undefined && finding.ruleId === waiver.rule)
        bits |= exports.WAIVER_FIELDS.rule;
    if (waiver.advisory !== undefined) {
        const wanted = waiver.advisory.toUpperCase();
        if (finding.ruleId.toUpperCase() === wanted ||
            (finding.advisories ?? []).some((a) => a.toUpperCase() === wanted)) {
            bits |= exports.WAIVER_FIELDS.advisory;
        }
    }
    if (waiver.path !== undefined && finding.location && glob(waiver.path)(finding.location.path)) {
        bits |= exports.WAIVER_FIELDS.path;
    }
    return bits;
}
/** Days left before a waiver stops applying, rounded up (1 = ends within the next 24 hours). */
function daysLeft(waiver, now) {
    return Math.ceil((waiver.expiresAt.getTime() - now.getTime()) / DAY_MS);
}


/***/ }),

/***/ 2351:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Problems = void 0;
exports.parseYamlInput = parseYamlInput;
exports.isRecord = isRecord;
exports.isNonNegativeInteger = isNonNegativeInteger;
const core_1 = __webpack_require__(893);
const yaml_1 = __webpack_require__(8815);
/**
 * Parses a YAML file the user wrote into plain data, or throws InputError naming the input, the file
 * and the line of the syntax error. Duplicate keys are errors: a policy must not say two things.
 */
function parseYamlInput(text, input, source) {
    const doc = (0, yaml_1.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
    const first = doc.errors[0];
    if (first) {
        throw new core_1.InputError(input, `${source} is not valid YAML: ${first.message.split('\n')[0]}`);
    }
    return doc.toJS({ maxAliasCount: 100 });
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Collects every problem in a file before failing, so the user fixes them in one go. */
class Problems {
    list = [];
    add(message) {
        this.list.push(message);
    }
    unknownKeys(value, where, allowed) {
        for (const key of Object.keys(value)) {
            if (!allowed.includes(key)) {
                this.add(`${where}${key} is not a known key (allowed: ${allowed.join(', ')})`);
            }
        }
    }
    throwIfAny(input, source) {
        if (this.list.length > 0) {
            throw new core_1.InputError(input, `${source}: ${this.list.join('; ')}`);
        }
    }
}
exports.Problems = Problems;
function isNonNegativeInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}


/***/ }),

/***/ 5332:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:portcullis:findings-report:1","title":"Portcullis findings report, version 1","description":"What every Portcullis scan action writes and the quality gate reads. A report with status \'failed\' must carry a reason; the gate treats it as a failed scan, never as zero findings.","type":"object","additionalProperties":false,"required":["schema","schemaVersion","action","scanner","target","commitSha","status","startedAt","finishedAt","findings"],"properties":{"schema":{"const":"urn:portcullis:findings-report"},"schemaVersion":{"const":1},"action":{"enum":["scan-secrets","scan-deps","scan-iac","scan-image","sign-image","compliance","quality-gate","import"]},"scanner":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"}}},"target":{"type":"object","additionalProperties":false,"required":["kind","name"],"properties":{"kind":{"enum":["repository","path","git-range","image","host"]},"name":{"type":"string"},"digest":{"type":"string","pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"}}},"commitSha":{"type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"status":{"enum":["complete","failed"]},"reason":{"type":"string","minLength":1},"startedAt":{"type":"string","format":"date-time"},"finishedAt":{"type":"string","format":"date-time"},"tool":{"type":"object","additionalProperties":false,"required":["name","version","source","path"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"source":{"enum":["input-path","path","tool-cache","download","mirror","system"]},"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[a-f0-9]{64}$"},"url":{"type":"string"},"origin":{"description":"Where the binary was copied from; path is the private copy that ran.","type":"string"},"verified":{"description":"Whether sha256 (of the copy that ran) matched the tool manifest.","type":"boolean"},"verifiedBy":{"description":"The manifest entry that vouched for the binary, when verified.","type":"string"}}},"imported":{"description":"Set when the quality gate made this report from another tool\'s output (action import).","type":"object","additionalProperties":false,"required":["format","file"],"properties":{"format":{"type":"string","minLength":1},"file":{"type":"string","minLength":1}}},"scopes":{"description":"What the scan covered where its target does not say it all: commits of the history, the working tree, or both.","type":"array","items":{"type":"object","additionalProperties":false,"required":["kind","description"],"properties":{"kind":{"enum":["commits","tree"]},"description":{"type":"string","minLength":1}}}},"notices":{"type":"array","items":{"type":"string"}},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}},"if":{"properties":{"status":{"const":"failed"}}},"then":{"required":["reason"]},"definitions":{"severity":{"enum":["critical","high","medium","low","info"]},"stringList":{"type":"array","items":{"type":"string"}},"finding":{"type":"object","additionalProperties":false,"required":["fingerprint","category","ruleId","title","severity"],"properties":{"fingerprint":{"type":"string","minLength":8},"category":{"enum":["secret","vulnerability","misconfiguration","compliance","signature","license"]},"ruleId":{"type":"string","minLength":1},"title":{"type":"string"},"description":{"type":"string"},"rule":{"type":"object","additionalProperties":false,"description":"The rule\'s or advisory\'s own text, the same for every finding of the rule (never one finding\'s file, line or message); SARIF rules are written from it.","properties":{"title":{"type":"string","minLength":1},"description":{"type":"string","minLength":1}}},"severity":{"$ref":"#/definitions/severity"},"scannerSeverity":{"type":"string"},"cvss":{"type":"object","additionalProperties":false,"properties":{"score":{"type":"number","minimum":0,"maximum":10},"vector":{"type":"string"},"version":{"type":"string"}}},"location":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Workspace-relative, forward slashes; never absolute and never escaping the workspace.","not":{"pattern":"^(/|[A-Za-z]:[\\\\\\\\/]|\\\\.\\\\./|\\\\.\\\\.$)|/\\\\.\\\\./|/\\\\.\\\\.$"}},"startLine":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"startColumn":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"purl":{"type":"string"},"fixedVersion":{"type":"string"},"ecosystem":{"type":"string"}}},"image":{"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"type":"string"},"digest":{"type":"string"},"layer":{"type":"string"}}},"references":{"$ref":"#/definitions/stringList"},"cwe":{"$ref":"#/definitions/stringList"},"advisories":{"$ref":"#/definitions/stringList"},"helpUri":{"type":"string"},"remediation":{"type":"string"},"git":{"type":"object","additionalProperties":false,"properties":{"commit":{"type":"string"},"author":{"type":"string"},"date":{"type":"string"}}},"suppression":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["in-source","external","vendor-status"]},"justification":{"type":"string"},"source":{"type":"string","minLength":1,"description":"What suppressed the finding: a file and line (.trivyignore:3), an inline marker and where it is (gitleaks:allow at src/a.env:2), or a file an input named (.gitleaks.toml (input config))."}}},"sources":{"$ref":"#/definitions/stringList"}}}}}');

/***/ })

};
