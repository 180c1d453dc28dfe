export const id = 509;
export const ids = [509];
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

/***/ 7509:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_WAIVED_ROWS = void 0;
exports.mdText = mdText;
exports.renderGateSummary = renderGateSummary;
const node_path_1 = __webpack_require__(6760);
const core_1 = __webpack_require__(893);
const score_js_1 = __webpack_require__(1599);
/** Waived findings listed in the summary; the rest are counted in one line (the job summary is capped at 1 MiB). */
exports.MAX_WAIVED_ROWS = 50;
/** Makes untrusted text (titles, paths, reasons) safe in markdown: core's one escape, cut at `max`. */
function mdText(text, max = 160) {
    return (0, core_1.escapeMarkdown)(text, max);
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
    out.push(`### Risk score: ${s.score} (passes at ≥ ${s.threshold}) ${s.passed ? '✅' : '❌'}`, '', `\`${(0, score_js_1.renderScoreArithmetic)(s)}\` — passes at ${s.threshold} or above.`, '', '| severity | weight | found | points |', '|---|---:|---:|---:|');
    for (const t of s.terms)
        out.push(`| ${t.severity} | ${t.weight} | ${t.count} | ${t.points} |`);
    out.push(`| **total** | | | **${s.deducted}** |`, '');
    out.push('### Scans', '');
    if (result.requiredScans.length > 0) {
        const req = result.requiredScans
            .map((r) => `${r.kind} ${r.files.length > 0 ? '✅' : '❌ missing'}${scannedScopes(r)}`)
            .join(' · ');
        out.push(`Required for stage \`${result.stage}\`: ${req}`, '');
    }
    if (result.scanners.length === 0) {
        out.push('No findings reports were read.', '');
    }
    else {
        out.push(`| action | target | scanner | status | findings | ${core_1.SEVERITIES.map((x) => x[0].toUpperCase()).join('/')} | report |`, '|---|---|---|---|---:|---|---|');
        for (const r of result.scanners) {
            const status = r.status === 'complete' ? 'complete' : `❌ failed: ${mdText(r.reason ?? '', 200)}`;
            const sev = core_1.SEVERITIES.map((x) => r.bySeverity[x]).join('/');
            out.push(`| ${mdText(r.action, 40)} | ${mdText(r.target, 100)} | ${mdText(`${r.scanner} ${r.version}`, 60)} | ${status} | ${r.findings} | ${sev} | ${mdText(reportName(r.file), 80)} |`);
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
    out.push(`### Top findings (${result.topFindings.length} of ${result.statusCounts.counted} counted)`, '');
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
    // The result lists the first MAX_WAIVED_ROWS waived findings; statusCounts counts them all.
    const waived = result.findings.filter((f) => f.status === 'waived');
    const waivedTotal = result.statusCounts.waived;
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
        if (waivedTotal > 0) {
            out.push(`Waived findings (${waivedTotal}, not counted):`, '', '| severity | id | where | title | sources | waiver |', '|---|---|---|---|---|---|');
            for (const f of waived.slice(0, exports.MAX_WAIVED_ROWS)) {
                out.push(findingRow(f, ` ${mdText(f.waiver ?? '', 60)} |`));
            }
            if (waivedTotal > exports.MAX_WAIVED_ROWS) {
                out.push('', `…and ${waivedTotal - exports.MAX_WAIVED_ROWS} more waived finding(s).`);
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
/**
 * " (3 commits (…); working tree not scanned)": what a required scan's reports covered, when they
 * say. A scan of some commits passing is no statement about the secrets already in the tree.
 */
function scannedScopes(scan) {
    const scopes = scan.scopes ?? [];
    if (scopes.length === 0)
        return '';
    const parts = [...new Set(scopes.map((s) => s.description))];
    if (!scopes.some((s) => s.kind === 'tree'))
        parts.push('working tree not scanned');
    return ` (${mdText(parts.join('; '), 300)})`;
}
/** A report's file name, not the runner's folder it was downloaded to (either separator). */
const reportName = (file) => node_path_1.win32.basename(file);


/***/ }),

/***/ 5332:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:portcullis:findings-report:1","title":"Portcullis findings report, version 1","description":"What every Portcullis scan action writes and the quality gate reads. A report with status \'failed\' must carry a reason; the gate treats it as a failed scan, never as zero findings.","type":"object","additionalProperties":false,"required":["schema","schemaVersion","action","scanner","target","commitSha","status","startedAt","finishedAt","findings"],"properties":{"schema":{"const":"urn:portcullis:findings-report"},"schemaVersion":{"const":1},"action":{"enum":["scan-secrets","scan-deps","scan-iac","scan-image","sign-image","compliance","quality-gate","import"]},"scanner":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"}}},"target":{"type":"object","additionalProperties":false,"required":["kind","name"],"properties":{"kind":{"enum":["repository","path","git-range","image","host"]},"name":{"type":"string"},"digest":{"type":"string","pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"}}},"commitSha":{"type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"status":{"enum":["complete","failed"]},"reason":{"type":"string","minLength":1},"startedAt":{"type":"string","format":"date-time"},"finishedAt":{"type":"string","format":"date-time"},"tool":{"type":"object","additionalProperties":false,"required":["name","version","source","path"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"source":{"enum":["input-path","path","tool-cache","download","mirror","system"]},"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[a-f0-9]{64}$"},"url":{"type":"string"},"origin":{"description":"Where the binary was copied from; path is the private copy that ran.","type":"string"},"verified":{"description":"Whether sha256 (of the copy that ran) matched the tool manifest.","type":"boolean"},"verifiedBy":{"description":"The manifest entry that vouched for the binary, when verified.","type":"string"}}},"imported":{"description":"Set when the quality gate made this report from another tool\'s output (action import).","type":"object","additionalProperties":false,"required":["format","file"],"properties":{"format":{"type":"string","minLength":1},"file":{"type":"string","minLength":1}}},"scopes":{"description":"What the scan covered where its target does not say it all: commits of the history, the working tree, or both.","type":"array","items":{"type":"object","additionalProperties":false,"required":["kind","description"],"properties":{"kind":{"enum":["commits","tree"]},"description":{"type":"string","minLength":1}}}},"notices":{"type":"array","items":{"type":"string"}},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}},"if":{"properties":{"status":{"const":"failed"}}},"then":{"required":["reason"]},"definitions":{"severity":{"enum":["critical","high","medium","low","info"]},"stringList":{"type":"array","items":{"type":"string"}},"finding":{"type":"object","additionalProperties":false,"required":["fingerprint","category","ruleId","title","severity"],"properties":{"fingerprint":{"type":"string","minLength":8},"category":{"enum":["secret","vulnerability","misconfiguration","compliance","signature","license"]},"ruleId":{"type":"string","minLength":1},"title":{"type":"string"},"description":{"type":"string"},"rule":{"type":"object","additionalProperties":false,"description":"The rule\'s or advisory\'s own text, the same for every finding of the rule (never one finding\'s file, line or message); SARIF rules are written from it.","properties":{"title":{"type":"string","minLength":1},"description":{"type":"string","minLength":1}}},"severity":{"$ref":"#/definitions/severity"},"scannerSeverity":{"type":"string"},"cvss":{"type":"object","additionalProperties":false,"properties":{"score":{"type":"number","minimum":0,"maximum":10},"vector":{"type":"string"},"version":{"type":"string"}}},"location":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Workspace-relative, forward slashes; never absolute and never escaping the workspace.","not":{"pattern":"^(/|[A-Za-z]:[\\\\\\\\/]|\\\\.\\\\./|\\\\.\\\\.$)|/\\\\.\\\\./|/\\\\.\\\\.$"}},"startLine":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"startColumn":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"purl":{"type":"string"},"fixedVersion":{"type":"string"},"ecosystem":{"type":"string"}}},"image":{"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"type":"string"},"digest":{"type":"string"},"layer":{"type":"string"}}},"references":{"$ref":"#/definitions/stringList"},"cwe":{"$ref":"#/definitions/stringList"},"advisories":{"$ref":"#/definitions/stringList"},"helpUri":{"type":"string"},"remediation":{"type":"string"},"git":{"type":"object","additionalProperties":false,"properties":{"commit":{"type":"string"},"author":{"type":"string"},"date":{"type":"string"}}},"suppression":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["in-source","external","vendor-status"]},"justification":{"type":"string"},"source":{"type":"string","minLength":1,"description":"What suppressed the finding: a file and line (.trivyignore:3), an inline marker and where it is (gitleaks:allow at src/a.env:2), or a file an input named (.gitleaks.toml (input config))."}}},"sources":{"$ref":"#/definitions/stringList"}}}}}');

/***/ })

};
