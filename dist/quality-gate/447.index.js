export const id = 447;
export const ids = [447];
export const modules = {

/***/ 2447:
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
// EXTERNAL MODULE: ./packages/action-kit/src/runtime.ts + 9 modules
var runtime = __webpack_require__(1135);
// EXTERNAL MODULE: ./packages/action-kit/src/summary.ts
var summary = __webpack_require__(6813);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
;// CONCATENATED MODULE: ./packages/gate/src/matrix.ts

const SYSTEM_LEVELS = [1, 2, 3, 4];
/**
 * The default matrix of the pipeline this suite implements: each level counts from a minimum
 * severity upward and allows at most N of each severity; level 4 allows no finding at all.
 */
const DEFAULT_MATRIX = {
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
    return typeof value === 'number' && SYSTEM_LEVELS.includes(value);
}
/**
 * The `fail-on` preset: at every level, any finding of `severity` or above fails the gate (its
 * allowance and every more severe one become 0, and the level counts from `severity` at least).
 * Less severe findings keep the level's rule. `fail-on: high` at level 3 gives critical 0, high 0,
 * medium 2, low 3; at level 1 it gives critical 0, high 0.
 */
function applyFailOn(matrix, severity) {
    const rank = (0,model/* severityRank */.qs)(severity);
    const tightened = (rule) => {
        const allow = { ...rule.allow };
        for (const s of model/* SEVERITIES */.oC)
            if ((0,model/* severityRank */.qs)(s) <= rank)
                allow[s] = 0;
        return {
            countsFrom: (0,model/* severityRank */.qs)(rule.countsFrom) < rank ? severity : rule.countsFrom,
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
    return (0,model/* severityRank */.qs)(severity) <= (0,model/* severityRank */.qs)(rule.countsFrom);
}
/** How many findings of a severity a level allows; undefined when the level does not count it. */
function allowance(rule, severity) {
    return isCounted(rule, severity) ? (rule.allow[severity] ?? 0) : undefined;
}
/** Holds the counts (after waivers) against one level's allowances. */
function evaluateMatrix(matrix, level, counts) {
    const rule = matrix[level];
    const rows = model/* SEVERITIES */.oC.map((severity) => {
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
function renderMatrixTable(matrix = DEFAULT_MATRIX) {
    const header = `| system level | counts from | ${SEVERITIES.join(' | ')} |`;
    const rule = `|---|---|${SEVERITIES.map(() => '---:').join('|')}|`;
    const rows = SYSTEM_LEVELS.map((level) => {
        const r = matrix[level];
        const cells = SEVERITIES.map((s) => {
            const a = allowance(r, s);
            return a === undefined ? '–' : String(a);
        });
        return `| ${level} | ${r.countsFrom} | ${cells.join(' | ')} |`;
    });
    return [header, rule, ...rows].join('\n');
}

;// CONCATENATED MODULE: ./packages/gate/src/config.ts



/**
 * The gate's input names for its own messages, each one of the spec's (actions/quality-gate and the
 * CLI's `--<name>` options read the same spec; the CLI words them as options).
 */
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
    head: 'head',
    sha: 'sha',
    import: 'import',
};
/** The waivers file read when the `waivers` input is not set and this file exists. */
const DEFAULT_WAIVERS_FILE = '.portcullis/waivers.yml';
const DEFAULT_SYSTEM_LEVEL = 3;
/** The spec reads `system-level` as an integer; this holds it to the matrix's levels. */
function systemLevel(value) {
    const n = value ?? DEFAULT_SYSTEM_LEVEL;
    if (!isSystemLevel(n)) {
        throw new src_errors/* InputError */.dz(GATE_INPUTS.systemLevel, `must be one of ${SYSTEM_LEVELS.join(', ')} (got '${n}')`);
    }
    return n;
}
/** '' means "not set" (the policy's matrix as it is). */
function parseFailOn(value) {
    const v = value.trim();
    if (v === '')
        return undefined;
    if (!(0,model/* isSeverity */._Z)(v)) {
        throw new src_errors/* InputError */.dz(GATE_INPUTS.failOn, `must be one of ${model/* SEVERITIES */.oC.join(', ')}, or empty (got '${value}'); e.g. 'high' fails on any critical or high finding`);
    }
    return v;
}
/** Checks the combination of inputs: `new` needs a baseline, and something must be gated. */
function checkGateConfig(config) {
    if (config.findings.length === 0 && (config.imports ?? []).length === 0) {
        throw new src_errors/* InputError */.dz(GATE_INPUTS.findings, 'name at least one findings report, folder or glob (or an import)');
    }
    if (config.mode === 'new' && config.baseline.length === 0) {
        throw new src_errors/* InputError */.dz(GATE_INPUTS.baseline, "mode 'new' compares against the base branch's findings reports; set baseline to them (or use mode 'all')");
    }
    if (config.commitSha !== undefined && !model/* FULL_COMMIT_SHA */.PH.test(config.commitSha)) {
        throw new src_errors/* InputError */.dz(GATE_INPUTS.sha, `must be a full commit SHA (got '${config.commitSha}')`);
    }
}
/**
 * The part of the configuration both surfaces read the same way from the spec's inputs; each adds
 * what only it knows (the runner's findings folder and event, or the CLI's commits).
 */
function configFromInputs(inputs) {
    const failOn = parseFailOn(inputs.failOn ?? '');
    const policy = (0,src_inputs/* nonEmpty */.hq)(inputs.policy);
    const waivers = (0,src_inputs/* nonEmpty */.hq)(inputs.waivers);
    const image = (0,src_inputs/* nonEmpty */.hq)(inputs.image);
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

;// CONCATENATED MODULE: ./packages/gate/src/score.ts

/** Points each finding takes off a perfect 100 (info findings cost nothing by default). */
const DEFAULT_WEIGHTS = { critical: 40, high: 10, medium: 4, low: 1, info: 0 };
const DEFAULT_RISK_THRESHOLD = 75;
function computeScore(counts, weights = DEFAULT_WEIGHTS, threshold = DEFAULT_RISK_THRESHOLD) {
    const terms = model/* SEVERITIES */.oC.map((severity) => {
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

// EXTERNAL MODULE: ./packages/gate/src/stages.ts
var src_stages = __webpack_require__(34);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/gate/src/yaml-input.ts


/**
 * Parses a YAML file the user wrote into plain data, or throws InputError naming the input, the file
 * and the line of the syntax error. Duplicate keys are errors: a policy must not say two things.
 */
function parseYamlInput(text, input, source) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, prettyErrors: true });
    const first = doc.errors[0];
    if (first) {
        throw new src_errors/* InputError */.dz(input, `${source} is not valid YAML: ${first.message.split('\n')[0]}`);
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
            throw new src_errors/* InputError */.dz(input, `${source}: ${this.list.join('; ')}`);
        }
    }
}
function isNonNegativeInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

;// CONCATENATED MODULE: ./packages/gate/src/policy.ts





/**
 * `show`: repository-held suppressions count as findings until a waiver covers them; `honour`: they
 * stay suppressed (and are shown); `fail`: any of them fails the gate.
 */
const REPO_SUPPRESSIONS = ['show', 'honour', 'fail'];
const DEFAULT_MAX_WAIVER_DAYS = 90;
const DEFAULT_WAIVER_WARN_DAYS = 14;
/** A week: long enough for re-runs of a workflow, short enough that old artifacts are not trusted. */
const DEFAULT_MAX_REPORT_AGE_HOURS = 168;
/** Seven days: the base branch's scan must be recent enough to know today's advisories. */
const DEFAULT_BASELINE_MAX_AGE_HOURS = 168;
const DEFAULT_POLICY = {
    matrix: DEFAULT_MATRIX,
    weights: DEFAULT_WEIGHTS,
    riskThreshold: DEFAULT_RISK_THRESHOLD,
    stages: src_stages/* DEFAULT_STAGES */.my,
    maxWaiverDays: DEFAULT_MAX_WAIVER_DAYS,
    waiverWarnDays: DEFAULT_WAIVER_WARN_DAYS,
    maxReportAgeHours: DEFAULT_MAX_REPORT_AGE_HOURS,
    imports: {},
    repoSuppressions: 'show',
    baselineMaxAgeHours: DEFAULT_BASELINE_MAX_AGE_HOURS,
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
    const data = parseYamlInput(text, 'policy', source);
    const p = new Problems();
    if (data === null || data === undefined)
        return DEFAULT_POLICY;
    if (!isRecord(data)) {
        p.add('the file must be a mapping of policy keys');
        p.throwIfAny('policy', source);
        return DEFAULT_POLICY;
    }
    p.unknownKeys(data, '', TOP_KEYS);
    if (data.version !== undefined && data.version !== 1) {
        p.add(`version must be 1 (got ${JSON.stringify(data.version)})`);
    }
    const matrix = { ...DEFAULT_MATRIX };
    if (data.levels !== undefined) {
        if (!isRecord(data.levels))
            p.add('levels must be a mapping of system level (1–4) to a rule');
        else {
            for (const [key, value] of Object.entries(data.levels)) {
                const level = Number(key);
                if (!SYSTEM_LEVELS.includes(level)) {
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
    if (failOn !== undefined && !(0,model/* isSeverity */._Z)(failOn)) {
        p.add(`fail-on must be one of ${model/* SEVERITIES */.oC.join(', ')} (got ${JSON.stringify(failOn)})`);
    }
    let weights = DEFAULT_WEIGHTS;
    let riskThreshold = DEFAULT_RISK_THRESHOLD;
    if (data.score !== undefined) {
        if (!isRecord(data.score))
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
    const stages = { ...src_stages/* DEFAULT_STAGES */.my };
    if (data.stages !== undefined) {
        if (!isRecord(data.stages))
            p.add(`stages must be a mapping of stage (${src_stages/* STAGES */.an.join(', ')}) to a list of scans`);
        else {
            p.unknownKeys(data.stages, 'stages.', src_stages/* STAGES */.an);
            for (const stage of src_stages/* STAGES */.an) {
                const list = data.stages[stage];
                if (list === undefined)
                    continue;
                if (!Array.isArray(list)) {
                    p.add(`stages.${stage} must be a list of scans (${src_stages/* SCAN_KINDS */.Ud.join(', ')})`);
                    continue;
                }
                const kinds = [];
                for (const item of list) {
                    if ((0,src_stages/* isScanKind */.GL)(item)) {
                        if (!kinds.includes(item))
                            kinds.push(item);
                    }
                    else {
                        p.add(`stages.${stage} lists ${JSON.stringify(item)}, which is not a scan (use ${src_stages/* SCAN_KINDS */.Ud.join(', ')})`);
                    }
                }
                stages[stage] = kinds;
            }
        }
    }
    let maxWaiverDays = DEFAULT_MAX_WAIVER_DAYS;
    let waiverWarnDays = DEFAULT_WAIVER_WARN_DAYS;
    if (data.waivers !== undefined) {
        if (!isRecord(data.waivers))
            p.add('waivers must be a mapping with max-span-days and/or warn-days');
        else {
            p.unknownKeys(data.waivers, 'waivers.', ['max-span-days', 'warn-days']);
            const span = data.waivers['max-span-days'];
            if (span !== undefined) {
                if (!isNonNegativeInteger(span) || span < 1)
                    p.add(`waivers.max-span-days must be a whole number ≥ 1 (got ${JSON.stringify(span)})`);
                else
                    maxWaiverDays = span;
            }
            const warn = data.waivers['warn-days'];
            if (warn !== undefined) {
                if (!isNonNegativeInteger(warn))
                    p.add(`waivers.warn-days must be a whole number ≥ 0 (got ${JSON.stringify(warn)})`);
                else
                    waiverWarnDays = warn;
            }
        }
    }
    let maxReportAgeHours = DEFAULT_MAX_REPORT_AGE_HOURS;
    if (data.reports !== undefined) {
        if (!isRecord(data.reports))
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
        if (!isRecord(data.imports))
            p.add('imports must be a mapping of tool name to a scan or a list of scans');
        else {
            for (const [tool, value] of Object.entries(data.imports)) {
                const list = Array.isArray(value) ? value : [value];
                const kinds = [];
                for (const item of list) {
                    if ((0,src_stages/* isScanKind */.GL)(item)) {
                        if (!kinds.includes(item))
                            kinds.push(item);
                    }
                    else {
                        p.add(`imports.${tool} names ${JSON.stringify(item)}, which is not a scan (use ${src_stages/* SCAN_KINDS */.Ud.join(', ')})`);
                    }
                }
                imports[tool.trim().toLowerCase()] = kinds;
            }
        }
    }
    let repoSuppressions = 'show';
    const rs = data['repo-suppressions'];
    if (rs !== undefined) {
        if (typeof rs === 'string' && REPO_SUPPRESSIONS.includes(rs))
            repoSuppressions = rs;
        else
            p.add(`repo-suppressions must be one of ${REPO_SUPPRESSIONS.join(', ')} (got ${JSON.stringify(rs)})`);
    }
    let baselineMaxAgeHours = DEFAULT_BASELINE_MAX_AGE_HOURS;
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
        matrix: (0,model/* isSeverity */._Z)(failOn) ? applyFailOn(matrix, failOn) : matrix,
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
    if (!isRecord(value)) {
        p.add(`${where.slice(0, -1)} must be a mapping with counts-from and/or allow`);
        return undefined;
    }
    p.unknownKeys(value, where, ['counts-from', 'allow', 'require-verified-tools']);
    let countsFrom = base.countsFrom;
    const from = value['counts-from'];
    if (from !== undefined) {
        if ((0,model/* isSeverity */._Z)(from))
            countsFrom = from;
        else
            p.add(`${where}counts-from must be one of ${model/* SEVERITIES */.oC.join(', ')} (got ${JSON.stringify(from)})`);
    }
    const allow = { ...base.allow };
    const a = value.allow;
    if (a !== undefined) {
        if (!isRecord(a))
            p.add(`${where}allow must be a mapping of severity to a whole number`);
        else {
            p.unknownKeys(a, `${where}allow.`, model/* SEVERITIES */.oC);
            for (const s of model/* SEVERITIES */.oC) {
                const n = a[s];
                if (n === undefined)
                    continue;
                if (!isNonNegativeInteger(n))
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
    if (!isRecord(value)) {
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
    if (!isRecord(value)) {
        p.add('score.weights must be a mapping of severity to points');
        return DEFAULT_WEIGHTS;
    }
    p.unknownKeys(value, 'score.weights.', model/* SEVERITIES */.oC);
    const weights = { ...DEFAULT_WEIGHTS };
    for (const s of model/* SEVERITIES */.oC) {
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

;// CONCATENATED MODULE: ./packages/gate/src/reasons.ts
/**
 * Why a gate fails. Every reason is a stable code plus a sentence naming the file, scan or limit
 * involved. Any reason at all makes the verdict `fail`: there is no reason that can be outweighed.
 */
const REASON_CODES = {
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

;// CONCATENATED MODULE: ./packages/gate/src/dedupe.ts
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/gate/src/waivers.ts


const EMPTY_WAIVERS = { active: [], expiring: [], expired: [] };
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
    const data = parseYamlInput(text, 'waivers', source);
    const p = new Problems();
    if (data === null || data === undefined)
        return EMPTY_WAIVERS;
    if (!isRecord(data)) {
        p.add('the file must be a mapping with a `waivers` list');
        p.throwIfAny('waivers', source);
        return EMPTY_WAIVERS;
    }
    p.unknownKeys(data, '', ['version', 'waivers']);
    if (data.version !== undefined && data.version !== 1) {
        p.add(`version must be 1 (got ${JSON.stringify(data.version)})`);
    }
    const entries = data.waivers ?? [];
    if (!Array.isArray(entries)) {
        p.add('waivers must be a list of entries');
        p.throwIfAny('waivers', source);
        return EMPTY_WAIVERS;
    }
    const today = startOfUtcDay(options.now);
    const now = options.now.getTime();
    const active = [];
    const expiring = [];
    const expired = [];
    const seen = new Set();
    entries.forEach((entry, index) => {
        let label = `waivers[${index}]`;
        if (!isRecord(entry)) {
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
                picomatch_default()(matchers.path);
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
        m = picomatch_default()(pattern, { dot: true });
        globCache.set(pattern, m);
    }
    return m;
}
/** A waiver's fields as bits: a group of findings is waived when together they match every bit it sets. */
const WAIVER_FIELDS = { fingerprint: 1, rule: 2, advisory: 4, path: 8 };
/** The bits of the fields a waiver sets. */
function waiverFields(waiver) {
    return ((waiver.fingerprint !== undefined ? WAIVER_FIELDS.fingerprint : 0) |
        (waiver.rule !== undefined ? WAIVER_FIELDS.rule : 0) |
        (waiver.advisory !== undefined ? WAIVER_FIELDS.advisory : 0) |
        (waiver.path !== undefined ? WAIVER_FIELDS.path : 0));
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
        bits |= WAIVER_FIELDS.fingerprint;
    }
    if (waiver.rule !== undefined && finding.ruleId === waiver.rule)
        bits |= WAIVER_FIELDS.rule;
    if (waiver.advisory !== undefined) {
        const wanted = waiver.advisory.toUpperCase();
        if (finding.ruleId.toUpperCase() === wanted ||
            (finding.advisories ?? []).some((a) => a.toUpperCase() === wanted)) {
            bits |= WAIVER_FIELDS.advisory;
        }
    }
    if (waiver.path !== undefined && finding.location && glob(waiver.path)(finding.location.path)) {
        bits |= WAIVER_FIELDS.path;
    }
    return bits;
}
/** Days left before a waiver stops applying, rounded up (1 = ends within the next 24 hours). */
function daysLeft(waiver, now) {
    return Math.ceil((waiver.expiresAt.getTime() - now.getTime()) / DAY_MS);
}

;// CONCATENATED MODULE: ./packages/gate/src/tally.ts



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
        const severity = (0,model/* severityRank */.qs)(finding.severity);
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
        for (const key of dedupeKeys(finding, this.#keyPart)) {
            const id = this.#keys.id(key);
            if (id < this.#keyFirst.length)
                this.#merges.push(this.#keyFirst.get(id), i);
            else
                this.#keyFirst.push(i);
        }
        for (let w = 0; w < this.#waivers.length; w++) {
            const bits = waiverFieldMatches(this.#waivers[w], finding);
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
            severity: (0,model/* severityRank */.qs)(f.severity),
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
        return model/* SEVERITIES */.oC[this.#severity.get(i)];
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
        if (model/* SEVERITIES */.oC.length * ruleSpan * placeSpan * g < Number.MAX_SAFE_INTEGER) {
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

;// CONCATENATED MODULE: ./packages/gate/src/evaluate.ts









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
        ? String(report.notices?.includes(src_stages/* SIGNATURE_VERIFY_NOTICE */.io) ?? false)
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
                code: REASON_CODES.scanFailed,
                message: `${report.action} (${report.scanner.name}) failed in ${file}: ${report.reason ?? 'no reason given'}`,
            });
        }
    }
    let commitSha = options.commitSha;
    if (commitSha !== undefined) {
        for (const { file, report } of reports) {
            if (report.commitSha !== commitSha) {
                reasons.push({
                    code: REASON_CODES.commitMismatch,
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
                code: REASON_CODES.commitMismatch,
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
                code: REASON_CODES.invalidReport,
                message: `${file} has a date that cannot be compared (startedAt ${report.startedAt}, finishedAt ${report.finishedAt}); its age is unknown`,
            });
        }
        else if (now - finished > maxAgeMs) {
            const hours = Math.floor((now - finished) / 3_600_000);
            reasons.push({
                code: REASON_CODES.staleReport,
                message: `${file} finished ${report.finishedAt}, ${hours} hours ago; reports older than ${policy.maxReportAgeHours} hours are not trusted`,
            });
        }
        else if (finished - now > CLOCK_SKEW_MS) {
            reasons.push({
                code: REASON_CODES.staleReport,
                message: `${file} is dated ${report.finishedAt}, in the future (now ${options.now.toISOString()})`,
            });
        }
    }
    if (policy.matrix[options.systemLevel].requireVerifiedTools) {
        for (const { file, report } of reports) {
            const why = unverifiedTool(report, policy);
            if (why !== undefined) {
                reasons.push({
                    code: REASON_CODES.unverifiedTool,
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
                    code: REASON_CODES.contradictingReports,
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
        const action = (0,src_stages/* scanAction */.WX)(kind);
        const matching = reports.filter((r) => r.report.action === model/* IMPORT_ACTION */.Nt
            ? (0,src_stages/* importedKinds */.i0)(r.report, policy.imports).includes(kind)
            : r.report.action === action);
        const files = matching.map((r) => r.file);
        const scopes = matching.flatMap((r) => r.report.scopes ?? []);
        if (files.length === 0) {
            const what = action !== undefined
                ? `${action} report`
                : `an import the policy maps to ${kind}, e.g. a CodeQL SARIF or semgrep JSON`;
            reasons.push({
                code: REASON_CODES.missingScan,
                message: `stage '${options.stage}' requires the ${kind} scan (${what}) and none was found`,
            });
        }
        return {
            kind,
            action: action ?? model/* IMPORT_ACTION */.Nt,
            files,
            ...(scopes.length > 0 ? { scopes } : {}),
        };
    });
    const signs = reports.filter((r) => r.report.action === src_stages/* SCAN_ACTIONS */.aY.signature && r.report.status === 'complete');
    if (!required.includes('signature') || signs.length === 0)
        return { reasons, requiredScans };
    const withFinding = signs.filter((s) => s.signatures.length > 0);
    for (const s of withFinding) {
        const titles = s.signatures.map((f) => f.title);
        reasons.push({
            code: REASON_CODES.signatureNotVerified,
            message: `${s.file} reports a signature problem for ${describeTarget(s.report)}: ${titles.join('; ')}`,
        });
    }
    if (options.stage !== 'final')
        return { reasons, requiredScans };
    const verified = signs.filter((s) => s.report.notices?.includes(src_stages/* SIGNATURE_VERIFY_NOTICE */.io) === true && s.signatures.length === 0);
    const promoted = options.image !== undefined
        ? [options.image]
        : [
            ...new Set(reports
                .filter((r) => r.report.action === src_stages/* SCAN_ACTIONS */.aY.image && r.report.status === 'complete')
                .map((r) => r.report.target.digest ?? r.report.target.name)),
        ];
    if (promoted.length === 0) {
        if (verified.length === 0) {
            reasons.push({
                code: REASON_CODES.signatureNotVerified,
                message: `stage 'final' needs a signature verification (a sign-image report in verify mode) and ${signs.map((s) => s.file).join(', ')} only signed`,
            });
        }
        return { reasons, requiredScans };
    }
    for (const image of promoted) {
        if (verified.some((s) => sameImage(s.report.target, image)))
            continue;
        const signedOnly = signs.filter((s) => sameImage(s.report.target, image) && !s.report.notices?.includes(src_stages/* SIGNATURE_VERIFY_NOTICE */.io));
        const why = signedOnly.length > 0
            ? `${signedOnly.map((s) => s.file).join(', ')} signed it but no report verified the signature`
            : 'no sign-image report in verify mode names this image';
        reasons.push({
            code: REASON_CODES.signatureNotVerified,
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
    const mismatch = (message) => reasons.push({ code: REASON_CODES.imageMismatch, message });
    const complete = reports.filter((r) => r.report.status === 'complete');
    const scans = complete.filter((r) => r.report.action === src_stages/* SCAN_ACTIONS */.aY.image);
    const verifications = complete.filter((r) => r.report.action === src_stages/* SCAN_ACTIONS */.aY.signature &&
        r.report.notices?.includes(src_stages/* SIGNATURE_VERIFY_NOTICE */.io) === true);
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
const MAX_WAIVED_ROWS = 50;
/**
 * The findings `GateResult.findings` lists, in the summary's order: this many of every status,
 * and besides them the top counted ones and the first MAX_WAIVED_ROWS waived ones.
 */
const LISTED_FINDINGS = 1000;
/** Findings the evaluation keeps whole while reading, so the listed ones rarely need a second read. */
const KEPT_FINDINGS = 4 * LISTED_FINDINGS;
/** One report's findings as they arrive, staged in the tally, with its counts. */
class PendingFindings {
    tally;
    count = 0;
    bySeverity = (0,model/* emptySeverityCounts */.Fk)();
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
        this.#policy = options.policy ?? DEFAULT_POLICY;
        this.#waivers = options.waivers ?? EMPTY_WAIVERS;
        this.#mode = options.mode ?? 'all';
        this.#tally = new FindingTally([...this.#waivers.active, ...this.#waivers.expired], KEPT_FINDINGS);
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
                        code: REASON_CODES.untrustedBaseline,
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
        const required = [...waivers.active, ...waivers.expired].map(waiverFields);
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
        const counts = (0,model/* emptySeverityCounts */.Fk)();
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
                code: REASON_CODES.repoSuppression,
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
            const take = k < LISTED_FINDINGS ||
                (st === 'counted' && countedSeen < top) ||
                (st === 'waived' && waivedSeen < MAX_WAIVED_ROWS);
            if (st === 'counted')
                countedSeen++;
            if (st === 'waived')
                waivedSeen++;
            if (take)
                listed.push(gi);
            else if (countedSeen >= top && waivedSeen >= MAX_WAIVED_ROWS)
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
        const matrix = evaluateMatrix(policy.matrix, options.systemLevel, counts);
        const score = computeScore(counts, policy.weights, options.riskThreshold ?? policy.riskThreshold);
        for (const row of matrix.rows) {
            if (!row.ok) {
                reasons.push({
                    code: REASON_CODES.matrixExceeded,
                    message: `${row.found} ${row.severity} finding${row.found === 1 ? '' : 's'}; system level ${options.systemLevel} allows ${row.allowed}`,
                });
            }
        }
        if (!score.passed) {
            reasons.push({
                code: REASON_CODES.scoreBelowThreshold,
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
            daysLeft: daysLeft(waiver, options.now),
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
                ...waivable(occurrences.map((o) => o.finding)),
                ...state(i),
            };
        });
    }
}
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

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./packages/core/schema/findings-report.schema.json
const findings_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:portcullis:findings-report:1","title":"Portcullis findings report, version 1","description":"What every Portcullis scan action writes and the quality gate reads. A report with status \'failed\' must carry a reason; the gate treats it as a failed scan, never as zero findings.","type":"object","additionalProperties":false,"required":["schema","schemaVersion","action","scanner","target","commitSha","status","startedAt","finishedAt","findings"],"properties":{"schema":{"const":"urn:portcullis:findings-report"},"schemaVersion":{"const":1},"action":{"enum":["scan-secrets","scan-deps","scan-iac","scan-image","sign-image","compliance","quality-gate","import"]},"scanner":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"}}},"target":{"type":"object","additionalProperties":false,"required":["kind","name"],"properties":{"kind":{"enum":["repository","path","git-range","image","host"]},"name":{"type":"string"},"digest":{"type":"string","pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"}}},"commitSha":{"type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"status":{"enum":["complete","failed"]},"reason":{"type":"string","minLength":1},"startedAt":{"type":"string","format":"date-time"},"finishedAt":{"type":"string","format":"date-time"},"tool":{"type":"object","additionalProperties":false,"required":["name","version","source","path"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"source":{"enum":["input-path","path","tool-cache","download","mirror","system"]},"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[a-f0-9]{64}$"},"url":{"type":"string"},"origin":{"description":"Where the binary was copied from; path is the private copy that ran.","type":"string"},"verified":{"description":"Whether sha256 (of the copy that ran) matched the tool manifest.","type":"boolean"},"verifiedBy":{"description":"The manifest entry that vouched for the binary, when verified.","type":"string"}}},"imported":{"description":"Set when the quality gate made this report from another tool\'s output (action import).","type":"object","additionalProperties":false,"required":["format","file"],"properties":{"format":{"type":"string","minLength":1},"file":{"type":"string","minLength":1}}},"scopes":{"description":"What the scan covered where its target does not say it all: commits of the history, the working tree, or both.","type":"array","items":{"type":"object","additionalProperties":false,"required":["kind","description"],"properties":{"kind":{"enum":["commits","tree"]},"description":{"type":"string","minLength":1}}}},"notices":{"type":"array","items":{"type":"string"}},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}},"if":{"properties":{"status":{"const":"failed"}}},"then":{"required":["reason"]},"definitions":{"severity":{"enum":["critical","high","medium","low","info"]},"stringList":{"type":"array","items":{"type":"string"}},"finding":{"type":"object","additionalProperties":false,"required":["fingerprint","category","ruleId","title","severity"],"properties":{"fingerprint":{"type":"string","minLength":8},"category":{"enum":["secret","vulnerability","misconfiguration","compliance","signature","license"]},"ruleId":{"type":"string","minLength":1},"title":{"type":"string"},"description":{"type":"string"},"rule":{"type":"object","additionalProperties":false,"description":"The rule\'s or advisory\'s own text, the same for every finding of the rule (never one finding\'s file, line or message); SARIF rules are written from it.","properties":{"title":{"type":"string","minLength":1},"description":{"type":"string","minLength":1}}},"severity":{"$ref":"#/definitions/severity"},"scannerSeverity":{"type":"string"},"cvss":{"type":"object","additionalProperties":false,"properties":{"score":{"type":"number","minimum":0,"maximum":10},"vector":{"type":"string"},"version":{"type":"string"}}},"location":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Workspace-relative, forward slashes; never absolute and never escaping the workspace.","not":{"pattern":"^(/|[A-Za-z]:[\\\\\\\\/]|\\\\.\\\\./|\\\\.\\\\.$)|/\\\\.\\\\./|/\\\\.\\\\.$"}},"startLine":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"startColumn":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string"},"purl":{"type":"string"},"fixedVersion":{"type":"string"},"ecosystem":{"type":"string"}}},"image":{"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"type":"string"},"digest":{"type":"string"},"layer":{"type":"string"}}},"references":{"$ref":"#/definitions/stringList"},"cwe":{"$ref":"#/definitions/stringList"},"advisories":{"$ref":"#/definitions/stringList"},"helpUri":{"type":"string"},"remediation":{"type":"string"},"git":{"type":"object","additionalProperties":false,"properties":{"commit":{"type":"string"},"author":{"type":"string"},"date":{"type":"string"}}},"suppression":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["in-source","external","vendor-status"]},"justification":{"type":"string"},"source":{"type":"string","minLength":1,"description":"What suppressed the finding: a file and line (.trivyignore:3), an inline marker and where it is (gitleaks:allow at src/a.env:2), or a file an input named (.gitleaks.toml (input config))."}}},"sources":{"$ref":"#/definitions/stringList"}}}}}');
;// CONCATENATED MODULE: ./packages/core/src/report.ts






// ajv-formats is CommonJS with `exports.default`; under NodeNext the callable sits on `.default`.
const addFormats = (dist_default())["default"];
let validator;
let findingValidator;
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
        findingValidator = ajv.getSchema(`${findings_report_schema_namespaceObject.$id}#/definitions/finding`);
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
        throw new src_errors/* ReportError */.$g(source, `does not match the schema: ${first ? describe({ ...first, instancePath: `/findings/${index}${first.instancePath}` }) : 'unknown error'}`);
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
        throw new src_errors/* ReportError */.$g(source, 'is not a JSON object; expected a Portcullis findings report');
    }
    const record = data;
    if (record.schema !== model/* REPORT_SCHEMA_ID */.PP) {
        throw new src_errors/* ReportError */.$g(source, `is not a Portcullis findings report (schema is ${JSON.stringify(record.schema)}, expected "${model/* REPORT_SCHEMA_ID */.PP}")`);
    }
    if (record.schemaVersion !== model/* REPORT_SCHEMA_VERSION */.WI) {
        throw new src_errors/* ReportError */.$g(source, `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this version of the suite reads version ${model/* REPORT_SCHEMA_VERSION */.WI}`);
    }
    const validate = getValidator();
    if (!validate(data)) {
        const first = validate.errors?.[0];
        throw new src_errors/* ReportError */.$g(source, `does not match the schema: ${first ? describe(first) : 'unknown error'}`);
    }
    const report = data;
    // The schema's date-time format accepts a leap second (…T23:59:60Z), which Date.parse cannot
    // read; a NaN date would make every age comparison false and skip the stale check.
    for (const field of ['startedAt', 'finishedAt']) {
        if (Number.isNaN(Date.parse(report[field]))) {
            throw new src_errors/* ReportError */.$g(source, `has ${field} ${JSON.stringify(report[field])}, which is not a date that can be compared; write it as an ISO 8601 UTC time such as 2026-01-31T12:00:00Z`);
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

;// CONCATENATED MODULE: ./packages/core/src/paths.ts

/**
 * Turns a scanner's path (absolute, `./`-prefixed, Windows-separated or `file://`) into a
 * workspace-relative POSIX path, or undefined when it points outside the workspace: findings never
 * carry absolute paths or `..`, so nothing outside the checkout is reported or uploaded.
 */
function paths_toWorkspacePath(raw, workspace) {
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
    if ((0,external_node_path_.isAbsolute)(p) || /^[A-Za-z]:\//.test(p)) {
        const rel = (0,external_node_path_.relative)(workspace, p).split(external_node_path_.sep).join('/');
        if (rel === '' || rel.startsWith('../') || rel === '..' || (0,external_node_path_.isAbsolute)(rel))
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

;// CONCATENATED MODULE: ./packages/core/src/severity.ts
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
function severity_severityFromScore(score) {
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
        return severity_severityFromScore(value);
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
        return severity_severityFromScore(Number(word));
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
function severity_sarifLevelForSeverity(severity) {
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
function severity_scoreForSeverity(severity) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
function digest(kind, parts) {
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
    return createHmac('sha256', `${VERSION}\u0000secret\u0000${key}`)
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

;// CONCATENATED MODULE: ./packages/sarif/src/results-slices.ts
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
const SLICE_CHARS = 16 * 1024;
function results_slices_isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Index of the first character at or after `from` that is not JSON whitespace. */
function skipSpace(text, from) {
    let i = from;
    while (i < text.length && results_slices_isSpace(text.charCodeAt(i)))
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
function sliceSarif(text, sliceChars = SLICE_CHARS) {
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

;// CONCATENATED MODULE: ./packages/sarif/src/uri.ts

/** The uriBaseId this suite writes: code scanning resolves it to the repository root. */
const uri_SRCROOT = '%SRCROOT%';
/**
 * A workspace-relative POSIX path as a relative URI reference (RFC 3986): each segment
 * percent-encoded, `/` kept. Encoding `:` too keeps a first segment like `c:` from reading as a
 * scheme. Throws on an absolute or escaping path: SARIF we write never points outside the checkout.
 */
function uri_toRelativeUri(path) {
    const absolute = /^([/\\]|[A-Za-z]:[/\\]|file:)/i.test(path);
    const normalized = absolute ? undefined : toWorkspacePath(path, '/');
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
    return scoreForSeverity(finding.severity);
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
        .map((p) => escapeMarkdown(p))
        .filter((p) => p !== '')
        .join('\n\n');
}
/** A reference shown as a link only when it is a plain http(s) URL; anything else is shown as text. */
function referenceLine(url) {
    return /^https?:\/\/[^\s<>"'`\\]+$/i.test(url) ? `- <${url}>` : `- ${escapeMarkdown(url)}`;
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
            if (byScore > 0 || (byScore === 0 && compareSeverity(f.severity, this.rep.severity) < 0)) {
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
    const markdown = [`**${escapeMarkdown(text.title)}**`];
    if (text.description !== text.title)
        markdown.push(paragraphs(text.description));
    const advisories = [...facts.advisories];
    if (advisories.length > 0) {
        plain.push(`Advisories: ${advisories.join(', ')}`);
        markdown.push(`**Advisories:** ${escapeMarkdown(advisories.join(', '))}`);
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
        defaultConfiguration: { level: sarifLevelForSeverity(rep.severity) },
        properties: { 'security-severity': formatScore(securityScore(rep)), tags },
    };
}
function writer_describeTarget(finding, run) {
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
    const target = writer_describeTarget(finding, run);
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
const RULE_FACTS_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
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
        level: sarifLevelForSeverity(finding.severity),
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
    if (severityFromScore(score) !== finding.severity) {
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
        const results = SEVERITIES.flatMap((s) => kept[s]).sort((a, b) => a.index - b.index);
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
const WRITE_CHUNK = (/* unused pure expression or super */ null && (1 << 20));

;// CONCATENATED MODULE: ./packages/sarif/src/reader.ts





/*
 * The generic importer: any tool's SARIF 2.1.0 to findings. Untrusted input is walked as
 * `unknown`; what the schema requires and is missing makes the scan fail, what is optional and odd
 * is tolerated (real tools write plenty of both, see the corpus).
 */
const SARIF_LEVELS = ['error', 'warning', 'note', 'none'];
/** The tool name given to a run that names none. */
const UNKNOWN_TOOL = 'unknown tool';
function executionFailures(run, runIndex, toolName) {
    const out = [];
    arr(run.invocations).forEach((value, i) => {
        const inv = obj(value);
        if (!inv)
            return;
        const where = `${toolName} (run ${runIndex}, invocation ${i})`;
        if (inv.executionSuccessful === false) {
            const exit = reader_int(inv.exitCode);
            const why = str(inv.exitCodeDescription) ?? str(inv.exitSignalName);
            out.push(`${where} did not execute successfully${exit !== undefined ? ` (exit code ${exit})` : ''}${why ? `: ${why}` : ''}`);
        }
        for (const n of arr(inv.toolExecutionNotifications)) {
            const note = obj(n);
            if (note?.level !== 'error')
                continue;
            const message = (reader_text(note.message) ?? 'no message').split('\n')[0]?.slice(0, 300);
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
function reader_int(value) {
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
const EMPTY = Object.freeze([]);
function arr(value) {
    return Array.isArray(value) ? value : EMPTY;
}
function reader_text(value) {
    return str(obj(value)?.text);
}
function isLevel(value) {
    return typeof value === 'string' && SARIF_LEVELS.includes(value);
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
        throw new src_errors/* ScanFailedError */.$5(`The SARIF output is not valid JSON (${(0,src_errors/* describeJsonError */.M1)(error)}); check that the tool wrote SARIF and nothing else to the file.`, { cause: error });
    }
    return checkLog(data);
}
function checkLog(data) {
    const log = obj(data);
    if (!log)
        throw new src_errors/* ScanFailedError */.$5('The SARIF output is not a JSON object.');
    if (log.version !== '2.1.0') {
        throw new src_errors/* ScanFailedError */.$5(`The SARIF output has version ${JSON.stringify(log.version)}; only SARIF 2.1.0 is read. ` +
            'Ask the tool for SARIF 2.1.0 output.');
    }
    if (!Array.isArray(log.runs)) {
        throw new src_errors/* ScanFailedError */.$5('The SARIF output has no "runs" array, so it is not a SARIF log.');
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
    for (const c of model/* CATEGORIES */.R6)
        if (t === c || t === `${c}s`)
            return c;
    if (t === 'vulnerabilities')
        return 'vulnerability';
    return undefined;
}
function guessCategory(tool, ruleId, ruleName, tags, advisories) {
    const tagged = tags.map(categoryFromTag).filter((c) => c !== undefined);
    if (tagged.length > 0) {
        return model/* CATEGORIES */.R6.find((c) => tagged.includes(c));
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
    const template = id ? reader_text(obj(rule?.messageStrings)?.[id]) : undefined;
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
    const componentIndex = reader_int(obj(ref?.toolComponent)?.index);
    const refList = componentIndex !== undefined ? (table.extensions[componentIndex] ?? []) : table.rules;
    const rule = (ruleId !== undefined ? table.byId.get(ruleId) : undefined) ??
        byIndex(table.rules, reader_int(result.ruleIndex)) ??
        (refId !== undefined && componentIndex === undefined ? table.byId.get(refId) : undefined) ??
        byIndex(refList, reader_int(ref?.index)) ??
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
            from: reader_int(result.ruleIndex) !== undefined ? 'ruleIndex' : 'rule',
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
    const n = reader_int(value);
    return n !== undefined && n >= 1 ? n : undefined;
}
/**
 * A file URI of a result as a workspace path. `uriBaseId` is resolved through
 * `run.originalUriBaseIds` when the tool says where the base is; an unresolved base (%SRCROOT%,
 * ROOTPATH, SRCROOT) means "relative to the scanned root", which is the workspace.
 */
function resolveArtifactPath(artifact, run, workspace) {
    let loc = artifact;
    const index = reader_int(artifact.index);
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
    if (hasForeignScheme(full))
        return { raw: uri };
    if (/^file:/i.test(full))
        return { path: paths_toWorkspacePath(full, workspace), raw: uri };
    const decoded = decodeUri(full);
    if (decoded === undefined)
        return { raw: uri };
    return { path: paths_toWorkspacePath(decoded, workspace), raw: uri };
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
        const index = reader_int(artifact.index);
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
        snippet: reader_text(region?.snippet),
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
        const location = reader_text(obj(s.location)?.message);
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
    return word !== undefined && Object.hasOwn(SEVERITY_WORDS, word.toLowerCase()) ? word : undefined;
}
function reader_ruleFacts(rule, ruleId, toolName) {
    const score = securitySeverity(rule?.properties);
    const tags = stringTags(rule?.properties);
    const name = str(rule?.name);
    const shortDescription = reader_text(rule?.shortDescription);
    const advisories = extractAdvisories([
        ruleId,
        str(rule?.id),
        name,
        shortDescription,
        ...arr(rule?.deprecatedIds).map(str),
    ]);
    const title = shortDescription !== undefined ? shortDescription.replace(/\s+/g, ' ').trim() : undefined;
    const fullDescription = reader_text(rule?.fullDescription) ?? reader_text(rule?.help);
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
        severityWord: severityWord(reader_text(rule?.help)),
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
            byId.set(ruleId, (facts = reader_ruleFacts(rule, ruleId, this.toolName)));
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
            throw new src_errors/* ScanFailedError */.$5(`SARIF run ${runIndex} is not an object.`);
        // SARIF requires run.tool, but real logs omit it; the results are still the tool's results,
        // so they are read under an unknown tool's name rather than thrown away.
        const tool = obj(run.tool) ?? {};
        const driver = obj(tool.driver) ?? {};
        const named = str(driver.name);
        const toolName = named ?? UNKNOWN_TOOL;
        if (named === undefined) {
            notices.push(`SARIF run ${runIndex} names no tool (tool.driver.name is missing); its results are read as those of an ${UNKNOWN_TOOL}.`);
        }
        failures.push(...executionFailures(run, runIndex, toolName));
        if (run.results !== undefined && run.results !== null && !Array.isArray(run.results)) {
            throw new src_errors/* ScanFailedError */.$5(`SARIF run ${runIndex} (${toolName}) has a "results" that is not an array.`);
        }
        const toolVersion = str(driver.version) ?? str(driver.semanticVersion);
        scannerVersion ??= toolVersion;
        const engine = context.engine ?? toolName.toLowerCase();
        const sources = [engine];
        const table = ruleTable(tool);
        const rulesFacts = new RuleFactsCache(toolName);
        const ownWordTools = OWN_WORD_TOOLS.test(toolName);
        const paths = new ArtifactPathCache(run, context.workspace);
        const fileFingerprints = new FileFingerprints();
        let skipped = 0;
        let dropped = 0;
        let resultCount = 0;
        const importResult = (resultValue, resultIndex) => {
            const result = obj(resultValue);
            if (!result) {
                throw new src_errors/* ScanFailedError */.$5(`SARIF run ${runIndex} (${toolName}) result ${resultIndex} is not an object.`);
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
            const own = obj(result.properties)?.[SEVERITY_PROPERTY];
            // trivy and grype write their own severity word in the text and a CVSS score (from whichever
            // source had one) as security-severity; the word is what the scanner decided, so it wins.
            const word = ownWordTools ? (severityWord(message) ?? facts.severityWord) : undefined;
            const severity = (0,model/* isSeverity */._Z)(own)
                ? own
                : word !== undefined
                    ? normalizeSeverity(word)
                    : score !== undefined
                        ? severity_severityFromScore(score)
                        : severityFromSarifLevel(level);
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
            const ownFingerprint = str(obj(result.partialFingerprints)?.[PORTCULLIS_FINGERPRINT_KEY]);
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
                fingerprint = ruleFingerprint(ruleId, [resolved.rawUri ?? logical ?? '', message ?? title].join('\u0000'));
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
    const sliced = sliceSarif(text);
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
                return resultSlices(text, span);
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

;// CONCATENATED MODULE: ./packages/scanners/src/shared/json.ts

/**
 * A scanner's JSON output, parsed: a leading byte-order mark is dropped (it is valid JSON text);
 * empty or unparseable output is a failed scan, never zero findings.
 */
function parseJsonOutput(raw, messages) {
    const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (body.trim() === '')
        throw new src_errors/* ScanFailedError */.$5(messages.empty);
    try {
        return JSON.parse(body);
    }
    catch (error) {
        throw new src_errors/* ScanFailedError */.$5(messages.invalid((0,src_errors/* describeJsonError */.M1)(error)), { cause: error });
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
        throw new src_errors/* ScanFailedError */.$5(`${tool} output is not valid: ${where} is not a list of objects`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/scanners/src/checkov/parse.ts


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
const CHECKOV_DEFAULT_SEVERITIES = {
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
    const exact = Object.hasOwn(CHECKOV_DEFAULT_SEVERITIES, checkId)
        ? CHECKOV_DEFAULT_SEVERITIES[checkId]
        : undefined;
    if (exact)
        return exact;
    for (const [key, severity] of Object.entries(CHECKOV_DEFAULT_SEVERITIES)) {
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
    const data = parseJsonOutput(raw, {
        empty: 'checkov wrote no output; see its log above',
        invalid: (why) => `checkov output is not JSON (${why}); was it run with -o json?`,
    });
    const reports = Array.isArray(data) ? data : [data];
    if (reports.length === 0 || !reports.every(json_isRecord)) {
        throw new src_errors/* ScanFailedError */.$5('checkov output is not a report object or a list of them; expected the output of -o json');
    }
    const findings = [];
    const notices = [];
    const fileFingerprints = new FileFingerprints();
    let scannerVersion;
    let failed = 0;
    let passed = 0;
    let skipped = 0;
    let parsingErrors = 0;
    let outside = 0;
    const parseErrorFiles = [];
    for (const report of reports) {
        if (isSummaryOnly(report)) {
            scannerVersion ??= json_str(report.checkov_version);
            notices.push('checkov found no files it could scan.');
            continue;
        }
        if (!json_isRecord(report.results)) {
            throw new src_errors/* ScanFailedError */.$5('checkov output is not valid: a report has no "results" object; expected the output of -o json');
        }
        const checkType = json_str(report.check_type);
        const summary = json_isRecord(report.summary) ? report.summary : {};
        scannerVersion ??= json_str(summary.checkov_version);
        const results = report.results;
        const failedChecks = recordList(results.failed_checks, 'checkov', 'results.failed_checks');
        const skippedChecks = recordList(results.skipped_checks, 'checkov', 'results.skipped_checks');
        const passedChecks = recordList(results.passed_checks, 'checkov', 'results.passed_checks');
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
            const ruleId = json_str(check.check_id);
            if (!ruleId) {
                throw new src_errors/* ScanFailedError */.$5('checkov output is not valid: a check has no check_id');
            }
            const title = json_str(check.check_name) ?? ruleId;
            const resource = json_str(check.resource);
            const rawPath = json_str(check.file_path);
            const absPath = json_str(check.file_abs_path);
            // file_path is relative to the scanned directory (written with a leading "/"); the absolute
            // path, when present, is what places the file in the workspace.
            let path;
            if (absPath)
                path = paths_toWorkspacePath(absPath, context.workspace);
            else if (rawPath)
                path = paths_toWorkspacePath(rawPath.replace(/^\/+/, ''), context.workspace);
            if ((absPath || rawPath) && !path)
                outside += 1;
            const lines = linesOf(check);
            const content = (path && lines ? context.readLines?.(path, lines.start, lines.end) : undefined) ??
                codeBlockText(check) ??
                `${resource ?? ''} ${title}`;
            const where = path ?? rawPath ?? absPath;
            const fingerprint = where
                ? fileFingerprints.next(ruleId, where, content)
                : ruleFingerprint(ruleId, resource ?? title);
            const rawSeverity = json_str(check.severity);
            const severity = rawSeverity
                ? normalizeSeverity(rawSeverity)
                : (defaultCheckovSeverity(ruleId) ?? UNKNOWN_SEVERITY);
            const guideline = json_str(check.guideline);
            const description = json_str(check.description) ?? json_str(check.short_description);
            // checkov writes the `#checkov:skip=ID:reason` reason in check_result.suppress_comment.
            const checkResult = json_isRecord(check.check_result) ? check.check_result : {};
            const justification = skippedCheck
                ? (json_str(checkResult.suppress_comment) ?? json_str(check.suppress_comment))
                : undefined;
            findings.push({
                fingerprint,
                category: categoryOf(checkType),
                ruleId,
                title,
                ...(0,model/* ruleInfo */.PI)(title, description),
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
function fail(reason) {
    throw new src_errors/* ScanFailedError */.$5(`gitleaks report ${reason}`);
}
function readLeak(entry, index) {
    if (!parse_isRecord(entry))
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
function keyed(leak, context, index) {
    const path = paths_toWorkspacePath(leak.file, context.workspace);
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
        fail('is empty; gitleaks writes [] when it finds nothing, so the scan did not complete');
    }
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (error) {
        throw new src_errors/* ScanFailedError */.$5(`gitleaks report is not valid JSON (${(0,src_errors/* describeJsonError */.M1)(error)}); the scan was interrupted or wrote another format`, { cause: error });
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

;// CONCATENATED MODULE: ./packages/scanners/src/grype/parse.ts


/**
 * grype JSON report (`grype -o json`). Handles the current layout (`vulnerability.cvss[]`,
 * `fix.versions`, `urls`, `epss`, `cwes`) and the one of grype < 0.20 (`cvssV3` / `cvssV2`,
 * `fixedInVersion`, `links`, `matchDetails` as an object).
 *
 * Severity words are grype's own: Negligible is informational, Unknown (or no severity at all) is
 * medium, never harmless. Matches that grype's ignore rules or VEX documents set aside
 * (`ignoredMatches`, written with --show-suppressed) are kept as suppressed findings.
 */
const parse_SOURCE = 'grype';
/** What grype's own test harness writes instead of a version. */
const NO_VERSION = '[not provided]';
function records(value) {
    return Array.isArray(value) ? value.filter(json_isRecord) : [];
}
function parse_fail(reason) {
    throw new src_errors/* ScanFailedError */.$5(`grype report ${reason}`);
}
function purlType(purl) {
    const m = purl ? /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(purl) : null;
    return m?.[1]?.toLowerCase();
}
function cvssFrom(entry, fallbackVersion) {
    const metrics = json_isRecord(entry.metrics) ? entry.metrics : entry;
    const score = typeof metrics.baseScore === 'number' ? metrics.baseScore : undefined;
    const vector = json_text(entry, 'vector');
    if (score === undefined && vector === undefined)
        return undefined;
    const version = (vector ? /^CVSS:(\d+\.\d+)\//.exec(vector)?.[1] : undefined) ??
        json_text(entry, 'version') ??
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
            const version = json_text(e, 'version') ?? '';
            const major = version.startsWith('3') ? 0 : version.startsWith('4') ? 2 : 4;
            return major + (json_text(e, 'type') === 'Secondary' ? 1 : 0);
        };
        const best = [...entries].sort((a, b) => rank(a) - rank(b));
        for (const e of best) {
            const cvss = cvssFrom(e);
            if (cvss)
                return cvss;
        }
    }
    if (json_isRecord(vuln.cvssV3))
        return cvssFrom(vuln.cvssV3, '3.0');
    if (json_isRecord(vuln.cvssV2))
        return cvssFrom(vuln.cvssV2, '2.0');
    return undefined;
}
function cwesOf(vuln) {
    const values = Array.isArray(vuln.cwes)
        ? vuln.cwes.map((c) => (typeof c === 'string' ? c : json_isRecord(c) ? json_text(c, 'cwe') : undefined))
        : [];
    return unique(values.map((c) => c?.trim()).map((c) => (c && /^\d+$/.test(c) ? `CWE-${c}` : c)));
}
function sourceScope(report, context) {
    const source = json_isRecord(report.source) ? report.source : {};
    const type = json_text(source, 'type');
    if (context.image)
        return { image: { ref: context.image.ref, digest: context.image.digest } };
    if (type === 'image') {
        const target = json_isRecord(source.target) ? source.target : {};
        const ref = json_text(target, 'userInput');
        const digest = json_text(target, 'manifestDigest');
        return ref ? { image: { ref, ...(digest ? { digest } : {}) } } : {};
    }
    if (type === 'directory') {
        const target = source.target;
        const dir = typeof target === 'string' ? target : json_isRecord(target) ? json_text(target, 'path') : undefined;
        return { directory: dir ?? '.' };
    }
    return {};
}
function fixOf(vuln) {
    if (json_isRecord(vuln.fix)) {
        return { versions: strings(vuln.fix.versions), state: json_text(vuln.fix, 'state') };
    }
    const legacy = json_text(vuln, 'fixedInVersion');
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
    const vex = rules.find((r) => json_text(r, 'vex-status'));
    if (vex) {
        const status = json_text(vex, 'vex-status');
        const why = json_text(vex, 'vex-justification');
        return {
            kind: 'vendor-status',
            justification: `VEX status ${status}${why ? `: ${why}` : ''}`,
            source: 'grype VEX document',
        };
    }
    const reason = rules.map((r) => json_text(r, 'reason')).find((r) => r !== undefined);
    return {
        kind: 'external',
        justification: reason ? `grype ignore rule: ${reason}` : 'grype ignore rule',
        source: 'grype ignore rule',
    };
}
function parse_toFinding(match, where, scope, context, suppressed) {
    if (!json_isRecord(match))
        parse_fail(`${where} is not an object`);
    const vuln = match.vulnerability;
    const artifact = match.artifact;
    if (!json_isRecord(vuln) || !json_isRecord(artifact))
        parse_fail(`${where} has no vulnerability or artifact`);
    const id = json_text(vuln, 'id');
    const name = json_text(artifact, 'name');
    if (!id || !name)
        parse_fail(`${where} has no vulnerability id or package name`);
    const version = json_text(artifact, 'version');
    const purl = json_text(artifact, 'purl');
    const ecosystem = purlType(purl) ?? json_text(artifact, 'type');
    const fix = fixOf(vuln);
    const pkg = {
        name,
        ...(version ? { version } : {}),
        ...(purl ? { purl } : {}),
        ...(fix.versions.length > 0 ? { fixedVersion: fix.versions.join(', ') } : {}),
        ...(ecosystem ? { ecosystem } : {}),
    };
    const locations = records(artifact.locations);
    const layer = locations.map((l) => json_text(l, 'layerID')).find((l) => l !== undefined);
    const image = scope.image ? { ...scope.image, ...(layer ? { layer } : {}) } : undefined;
    const firstPath = locations.map((l) => json_text(l, 'path')).find((p) => p !== undefined);
    const path = scope.directory !== undefined && firstPath !== undefined
        ? paths_toWorkspacePath(`${scope.directory.replace(/\/+$/, '')}/${firstPath.replace(/^\/+/, '')}`, context.workspace)
        : undefined;
    const related = records(match.relatedVulnerabilities);
    const severityWord = json_text(vuln, 'severity');
    const cvss = readCvss(vuln) ?? related.map(readCvss).find((c) => c !== undefined);
    const cwe = cwesOf(vuln);
    const helpUri = json_text(vuln, 'dataSource');
    const epss = records(vuln.epss)[0];
    const summary = json_text(vuln, 'description') ?? related.map((r) => json_text(r, 'description')).find((d) => !!d);
    const epssLine = epss && typeof epss.epss === 'number'
        ? `EPSS ${epss.epss}${typeof epss.percentile === 'number' ? ` (percentile ${epss.percentile})` : ''}.`
        : undefined;
    const description = unique([summary, epssLine]).join('\n\n');
    const digest = context.image?.digest;
    return {
        fingerprint: digest
            ? imageFingerprint({ digest, advisory: id, name, version, ecosystem })
            : packageFingerprint({ advisory: id, name, version, ecosystem }),
        category: 'vulnerability',
        ruleId: id,
        title: `${id} in ${name}${version ? ` ${version}` : ''}`,
        ...(description ? { description } : {}),
        ...(0,model/* ruleInfo */.PI)(undefined, summary),
        severity: normalizeSeverity(severityWord),
        ...(severityWord ? { scannerSeverity: severityWord } : {}),
        ...(cvss ? { cvss } : {}),
        ...(path ? { location: { path } } : {}),
        package: pkg,
        ...(image ? { image } : {}),
        references: unique([helpUri, ...strings(vuln.urls), ...strings(vuln.links)]),
        ...(cwe.length > 0 ? { cwe } : {}),
        advisories: unique([id, ...related.map((r) => json_text(r, 'id'))]),
        ...(helpUri ? { helpUri } : {}),
        remediation: remediationFor(name, fix),
        ...(suppressed ? { suppression: suppressionOf(match) } : {}),
        sources: [parse_SOURCE],
    };
}
/** Parses a grype JSON report; `descriptor.version` is the scanner version unless grype withheld it. */
const parseGrype = (raw, context) => {
    const data = parseJsonOutput(raw, {
        empty: 'grype report is empty; grype always writes a JSON document, so the scan did not complete',
        invalid: (why) => `grype report is not valid JSON (${why}); the scan was interrupted or wrote another format`,
    });
    if (!json_isRecord(data))
        parse_fail('is not a JSON object; check that grype ran with -o json');
    if (!Array.isArray(data.matches)) {
        parse_fail('has no matches list; it is not a grype JSON report (check that grype ran with -o json)');
    }
    const ignored = data.ignoredMatches;
    if (ignored !== undefined && ignored !== null && !Array.isArray(ignored)) {
        parse_fail('has an ignoredMatches member that is not a list');
    }
    const scope = sourceScope(data, context);
    const findings = [
        ...data.matches.map((m, i) => parse_toFinding(m, `matches[${i}]`, scope, context, false)),
        ...(ignored ?? []).map((m, i) => parse_toFinding(m, `ignoredMatches[${i}]`, scope, context, true)),
    ];
    const descriptor = json_isRecord(data.descriptor) ? data.descriptor : {};
    const version = json_text(descriptor, 'version');
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

;// CONCATENATED MODULE: ./packages/scanners/src/hadolint/parse.ts


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
    const data = parseJsonOutput(raw, {
        empty: 'hadolint wrote no JSON; the lint did not complete',
        invalid: (why) => `hadolint output is not JSON (${why}); was it run with --format json?`,
    });
    if (!Array.isArray(data)) {
        throw new src_errors/* ScanFailedError */.$5('hadolint output is not a list; expected the output of `hadolint --format json`');
    }
    const findings = [];
    const fileFingerprints = new FileFingerprints();
    let stdin = 0;
    data.forEach((entry, i) => {
        if (!json_isRecord(entry))
            throw new src_errors/* ScanFailedError */.$5(`hadolint output [${i}] is not an object`);
        const ruleId = json_str(entry.code);
        if (!ruleId)
            throw new src_errors/* ScanFailedError */.$5(`hadolint output [${i}] has no code`);
        const file = json_str(entry.file);
        const path = file && file !== '-' ? paths_toWorkspacePath(file, context.workspace) : undefined;
        if (file === '-')
            stdin += 1;
        const line = typeof entry.line === 'number' && entry.line >= 1 ? entry.line : undefined;
        const column = typeof entry.column === 'number' && entry.column >= 1 ? entry.column : undefined;
        const message = json_str(entry.message)?.trim() ?? ruleId;
        const level = json_str(entry.level);
        const content = (path && line !== undefined ? context.readLines?.(path, line, line) : undefined) ?? message;
        const where = path ?? file ?? '-';
        const docs = `${ruleId.startsWith('SC') ? SHELLCHECK_DOCS : RULE_DOCS}${ruleId}`;
        findings.push({
            fingerprint: fileFingerprints.next(ruleId, where, content),
            category: 'misconfiguration',
            ruleId,
            title: message,
            // A DL rule's message is the rule's own fixed text; a shellcheck message may name the line's words.
            ...(ruleId.startsWith('DL') ? (0,model/* ruleInfo */.PI)(message) : {}),
            severity: normalizeSeverity(level),
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
const parse_parse = (/* unused pure expression or super */ null && (parseHadolint));

;// CONCATENATED MODULE: ./packages/scanners/src/kics/parse.ts


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
    const data = parseJsonOutput(raw, {
        empty: 'KICS wrote no results file content',
        invalid: (why) => `KICS output is not JSON (${why}); was it run with --report-formats json?`,
    });
    if (!json_isRecord(data) || !('queries' in data)) {
        throw new src_errors/* ScanFailedError */.$5('KICS output has no "queries" list; expected results.json from --report-formats json');
    }
    const queries = recordList(data.queries, 'KICS', 'queries');
    const findings = [];
    const notices = [];
    const fileFingerprints = new FileFingerprints();
    let outside = 0;
    for (const query of queries) {
        const ruleId = json_str(query.query_id);
        if (!ruleId)
            throw new src_errors/* ScanFailedError */.$5('KICS output is not valid: a query has no query_id');
        const name = json_str(query.query_name) ?? ruleId;
        const rawSeverity = json_str(query.severity);
        const category = json_str(query.category);
        const queryDescription = json_str(query.description);
        const url = json_str(query.query_url);
        const cweRaw = query.cwe;
        const cwe = typeof cweRaw === 'string' && /^\d+$/.test(cweRaw)
            ? [`CWE-${cweRaw}`]
            : typeof cweRaw === 'string' && /^CWE-\d+$/i.test(cweRaw)
                ? [cweRaw.toUpperCase()]
                : [];
        for (const file of recordList(query.files, 'KICS', `queries[${ruleId}].files`)) {
            const fileName = json_str(file.file_name);
            const path = fileName ? paths_toWorkspacePath(fileName, context.workspace) : undefined;
            if (fileName && !path)
                outside += 1;
            const line = typeof file.line === 'number' && file.line >= 1 ? file.line : undefined;
            const searchKey = json_str(file.search_key);
            const expected = json_str(file.expected_value);
            const actual = json_str(file.actual_value);
            // KICS's search_key names the resource attribute, which stays put when lines move.
            const content = (path && line !== undefined ? context.readLines?.(path, line, line) : undefined) ??
                searchKey ??
                name;
            const where = path ?? fileName;
            findings.push({
                fingerprint: where
                    ? fileFingerprints.next(ruleId, where, content)
                    : ruleFingerprint(ruleId, searchKey ?? name),
                category: category === 'Secret Management' ? 'secret' : 'misconfiguration',
                ruleId,
                title: category ? `${category}: ${name}` : name,
                ...(0,model/* ruleInfo */.PI)(category ? `${category}: ${name}` : name, queryDescription),
                description: [
                    queryDescription,
                    searchKey ? `Where: ${searchKey}` : undefined,
                    expected ? `Expected: ${expected}` : undefined,
                    actual ? `Actual: ${actual}` : undefined,
                ]
                    .filter(Boolean)
                    .join('\n'),
                severity: normalizeSeverity(rawSeverity),
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
    const version = json_str(data.kics_version);
    return { findings, notices, ...(version ? { scannerVersion: version } : {}) };
}
/** The `Parser` port for KICS JSON. */
const kics_parse_parse = (/* unused pure expression or super */ null && (parseKics));

;// CONCATENATED MODULE: ./packages/scanners/src/osv-scanner/cvss.ts
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

;// CONCATENATED MODULE: ./packages/scanners/src/osv-scanner/parse.ts



function osv_scanner_parse_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parse_str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function parse_strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function parse_records(value, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every(osv_scanner_parse_isRecord)) {
        throw new src_errors/* ScanFailedError */.$5(`osv-scanner output is not valid: ${where} is not a list of objects`);
    }
    return value;
}
function parse_unique(values) {
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
    for (const affected of parse_records(vuln.affected, 'vulnerabilities[].affected')) {
        const pkg = osv_scanner_parse_isRecord(affected.package) ? affected.package : {};
        if (parse_str(pkg.name) !== undefined && parse_str(pkg.name)?.toLowerCase() !== name.toLowerCase())
            continue;
        for (const range of parse_records(affected.ranges, 'affected[].ranges')) {
            if (range.type === 'GIT')
                continue;
            let introduced;
            for (const event of parse_records(range.events, 'ranges[].events')) {
                if (typeof event.introduced === 'string')
                    introduced = event.introduced;
                const fixed = parse_str(event.fixed);
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
    const pool = containing.length > 0 ? containing : parse_unique(candidates);
    if (containing.length === 0 && pool.length !== 1)
        return undefined;
    return pool.sort(compareVersions)[0];
}
function cvssOf(vuln) {
    const entries = parse_records(vuln.severity, 'vulnerabilities[].severity');
    const pick = entries.find((e) => e.type === 'CVSS_V4') ??
        entries.find((e) => e.type === 'CVSS_V3') ??
        entries.find((e) => typeof e.score === 'string');
    const vector = pick ? parse_str(pick.score) : undefined;
    if (!vector)
        return undefined;
    const version = /^CVSS:(\d\.\d)\//.exec(vector)?.[1] ?? (pick?.type === 'CVSS_V2' ? '2.0' : undefined);
    const score = cvss3BaseScore(vector);
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
        if (best === undefined || (0,model/* severityRank */.qs)(s) < (0,model/* severityRank */.qs)(best))
            best = s;
    };
    for (const v of vulns) {
        for (const e of parse_records(v.severity, 'vulnerabilities[].severity')) {
            const score = typeof e.score === 'string' ? cvss3BaseScore(e.score) : undefined;
            if (score !== undefined)
                consider(severity_severityFromScore(score));
        }
    }
    if (best !== undefined)
        return best;
    for (const v of vulns) {
        const word = osv_scanner_parse_isRecord(v.database_specific) ? parse_str(v.database_specific.severity) : undefined;
        if (word)
            consider(normalizeSeverity(word));
    }
    return best;
}
function parse_cwesOf(vuln) {
    const out = [];
    if (osv_scanner_parse_isRecord(vuln.database_specific))
        out.push(...parse_strings(vuln.database_specific.cwe_ids));
    for (const affected of parse_records(vuln.affected, 'vulnerabilities[].affected')) {
        if (!osv_scanner_parse_isRecord(affected.database_specific))
            continue;
        for (const cwe of parse_records(affected.database_specific.cwes, 'database_specific.cwes')) {
            const id = parse_str(cwe.cweId);
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
        throw new src_errors/* ScanFailedError */.$5('osv-scanner wrote no output (it writes nothing when it crashes); see its log above');
    }
    let data;
    try {
        data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    }
    catch (error) {
        throw new src_errors/* ScanFailedError */.$5(`osv-scanner output is not JSON (${(0,src_errors/* describeJsonError */.M1)(error)}); was it run with --format json?`, { cause: error });
    }
    if (!osv_scanner_parse_isRecord(data) || !('results' in data)) {
        throw new src_errors/* ScanFailedError */.$5('osv-scanner output has no "results" list; expected the output of --format json');
    }
    const results = parse_records(data.results, 'results');
    const findings = [];
    const notices = [];
    let packages = 0;
    let vulnerabilities = 0;
    let groups = 0;
    let ungrouped = 0;
    let outside = 0;
    for (const result of results) {
        const source = osv_scanner_parse_isRecord(result.source) ? result.source : {};
        const sourcePath = parse_str(source.path);
        const path = sourcePath ? paths_toWorkspacePath(sourcePath, context.workspace) : undefined;
        if (sourcePath && !path)
            outside += 1;
        for (const entry of parse_records(result.packages, 'results[].packages')) {
            packages += 1;
            const pkg = osv_scanner_parse_isRecord(entry.package) ? entry.package : undefined;
            // A vulnerable git checkout (source type "git") is named by its commit, with empty name/version.
            const commit = pkg ? parse_str(pkg.commit) : undefined;
            const name = pkg
                ? (parse_str(pkg.name) ?? (commit ? (path ?? sourcePath ?? 'git') : undefined))
                : undefined;
            if (!pkg || !name) {
                throw new src_errors/* ScanFailedError */.$5('osv-scanner output is not valid: a package has no name or commit');
            }
            const version = parse_str(pkg.version) ?? commit;
            const ecosystem = parse_str(pkg.ecosystem) ?? (commit ? 'git' : undefined);
            const vulns = parse_records(entry.vulnerabilities, 'packages[].vulnerabilities');
            vulnerabilities += vulns.length;
            const byId = new Map();
            for (const v of vulns) {
                const id = parse_str(v.id);
                if (!id)
                    throw new src_errors/* ScanFailedError */.$5('osv-scanner output is not valid: a vulnerability has no id');
                byId.set(id, v);
            }
            const grouped = new Set();
            const units = [];
            for (const g of parse_records(entry.groups, 'packages[].groups')) {
                groups += 1;
                const ids = parse_strings(g.ids);
                if (ids.length === 0) {
                    throw new src_errors/* ScanFailedError */.$5('osv-scanner output is not valid: a group lists no ids');
                }
                for (const id of ids)
                    grouped.add(id);
                units.push({ ids, aliases: parse_strings(g.aliases), maxSeverity: g.max_severity });
            }
            for (const [id, v] of byId) {
                if (grouped.has(id))
                    continue;
                ungrouped += 1;
                units.push({ ids: [id], aliases: parse_strings(v.aliases), maxSeverity: undefined });
            }
            for (const unit of units) {
                const members = unit.ids.map((id) => byId.get(id)).filter((v) => !!v);
                const primary = members[0];
                const primaryId = unit.ids[0];
                const malicious = unit.ids.some((id) => id.startsWith('MAL-'));
                const scored = typeof unit.maxSeverity === 'string'
                    ? unit.maxSeverity === ''
                        ? undefined
                        : normalizeSeverity(unit.maxSeverity)
                    : derivedSeverity(members);
                // OpenSSF malicious-packages records (MAL-…) carry no CVSS: the package is malware, so the
                // severity is critical, never the unknown default.
                const severity = scored ?? (malicious ? 'critical' : UNKNOWN_SEVERITY);
                const advisories = parse_unique([
                    ...unit.ids,
                    ...unit.aliases,
                    ...members.flatMap((m) => parse_strings(m.aliases)),
                ]);
                const fixes = members
                    .map((m) => fixedVersion(m, name, version))
                    .filter((f) => !!f)
                    .sort(compareVersions);
                const fixed = fixes[fixes.length - 1];
                const summary = primary
                    ? (parse_str(primary.summary) ?? firstLine(parse_str(primary.details)))
                    : undefined;
                const references = parse_unique(members.flatMap((m) => parse_records(m.references, 'vulnerabilities[].references')
                    .map((r) => parse_str(r.url))
                    .filter((u) => !!u)));
                const cwe = parse_unique(members.flatMap(parse_cwesOf));
                const cvss = primary ? cvssOf(primary) : undefined;
                const details = primary ? parse_str(primary.details)?.trim() : undefined;
                const label = `${name}${version ? `@${version}` : ''}`;
                findings.push({
                    fingerprint: packageFingerprint({
                        advisory: canonicalAdvisory(unit.ids, unit.aliases),
                        name,
                        version,
                        ecosystem,
                    }),
                    category: 'vulnerability',
                    ruleId: primaryId,
                    title: `${primaryId}: ${summary ?? 'vulnerability'} in ${label}`,
                    ...(details ? { description: details } : {}),
                    ...(0,model/* ruleInfo */.PI)(summary ? `${primaryId}: ${summary}` : undefined, details),
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
const osv_scanner_parse_parse = (raw, context) => {
    const { findings, notices } = parseOsvScanner(raw, context);
    return { findings, notices };
};

;// CONCATENATED MODULE: ./packages/scanners/src/semgrep/parse.ts


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
    if (!json_isRecord(value))
        return {};
    const line = typeof value.line === 'number' && value.line >= 1 ? value.line : undefined;
    const col = typeof value.col === 'number' && value.col >= 1 ? value.col : undefined;
    return { ...(line !== undefined ? { line } : {}), ...(col !== undefined ? { col } : {}) };
}
/** "CWE-319: Cleartext Transmission…" → "CWE-319". */
function cweIds(value) {
    const list = typeof value === 'string' ? [value] : strings(value);
    return unique(list
        .map((c) => /^CWE-(\d+)/i.exec(c.trim())?.[1])
        .map((n) => (n ? `CWE-${Number(n)}` : undefined)));
}
function describeError(error) {
    const type = Array.isArray(error.type) ? json_str(error.type[0]) : json_str(error.type);
    const message = json_str(error.message)?.split('\n')[0]?.trim();
    const path = json_str(error.path);
    return [type, path, message].filter(Boolean).join(': ');
}
function parseSemgrep(raw, context) {
    const data = parseJsonOutput(raw, {
        empty: 'semgrep wrote no JSON; the scan did not complete',
        invalid: (why) => `semgrep output is not JSON (${why}); was it run with --json?`,
    });
    if (!json_isRecord(data) || !Array.isArray(data.results)) {
        throw new src_errors/* ScanFailedError */.$5('semgrep output has no "results" list; expected the output of `semgrep scan --json`');
    }
    const errors = recordList(data.errors, 'semgrep', 'errors');
    const fatal = errors.filter((e) => json_str(e.level)?.toLowerCase() === 'error');
    if (fatal.length > 0) {
        throw new src_errors/* ScanFailedError */.$5(`semgrep reported ${fatal.length} error(s) of level error, so its results are incomplete: ${fatal
            .slice(0, 3)
            .map(describeError)
            .join('; ')}`);
    }
    const findings = [];
    const notices = [];
    const fileFingerprints = new FileFingerprints();
    let outside = 0;
    recordList(data.results, 'semgrep', 'results').forEach((result, i) => {
        const ruleId = json_str(result.check_id);
        if (!ruleId)
            throw new src_errors/* ScanFailedError */.$5(`semgrep output is not valid: results[${i}] has no check_id`);
        const extra = json_isRecord(result.extra) ? result.extra : {};
        const metadata = json_isRecord(extra.metadata) ? extra.metadata : {};
        const rawPath = json_str(result.path);
        const path = rawPath ? paths_toWorkspacePath(rawPath, context.workspace) : undefined;
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
        const message = json_str(extra.message)?.trim();
        const lines = json_str(extra.lines);
        const matched = lines !== undefined && lines.trim() !== HIDDEN_LINES ? lines : undefined;
        const content = (location?.startLine !== undefined
            ? context.readLines?.(location.path, location.startLine, location.endLine ?? location.startLine)
            : undefined) ??
            matched ??
            message ??
            ruleId;
        const severityWord = json_str(extra.severity);
        const source = json_str(metadata.source) ?? json_str(metadata.shortlink);
        const references = unique([source, ...strings(metadata.references)]);
        const cwe = cweIds(metadata.cwe);
        const fix = json_str(extra.fix);
        // The rule's last dotted segment is its name in the registry (python.lang…request-with-http).
        const shortName = ruleId.split('.').pop() ?? ruleId;
        const title = message ? (message.split(/(?<=\.)\s/)[0] ?? message).trim() : shortName;
        findings.push({
            fingerprint: path
                ? fileFingerprints.next(ruleId, path, content)
                : ruleFingerprint(ruleId, `${rawPath ?? ''}\u0000${content}`),
            category: /secret/i.test(ruleId) ? 'secret' : 'misconfiguration',
            ruleId,
            title,
            ...(message && message !== title ? { description: message } : {}),
            severity: normalizeSeverity(severityWord),
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
    const version = json_str(data.version);
    return { findings, notices, ...(version ? { scannerVersion: version } : {}) };
}
/** The `Parser` port for semgrep JSON. */
const semgrep_parse_parse = (/* unused pure expression or super */ null && (parseSemgrep));

;// CONCATENATED MODULE: ./packages/scanners/src/tfsec/parse.ts


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
function parse_positive(value) {
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
    const data = parseJsonOutput(raw, {
        empty: 'tfsec wrote no output; see its log above',
        invalid: (why) => `tfsec output is not JSON (${why}); was it run with --format json?`,
    });
    if (!json_isRecord(data) || !('results' in data)) {
        throw new src_errors/* ScanFailedError */.$5('tfsec output has no "results" key; expected the output of --format json');
    }
    if (data.results === null)
        return [];
    if (!Array.isArray(data.results) || !data.results.every(json_isRecord)) {
        throw new src_errors/* ScanFailedError */.$5('tfsec output is not valid: "results" is not a list of objects');
    }
    return data.results.map((r) => {
        const ruleId = json_str(r.long_id) ?? json_str(r.rule_id);
        if (!ruleId)
            throw new src_errors/* ScanFailedError */.$5('tfsec output is not valid: a result has no rule_id');
        if (!json_isRecord(r.location)) {
            throw new src_errors/* ScanFailedError */.$5(`tfsec output is not valid: result ${ruleId} has no location`);
        }
        return { ruleId, severity: json_str(r.severity), status: statusOf(r), raw: r };
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
    const legacy = json_str(result.link);
    const url = legacy ? /https?:\/\/\S+?(?=[\s)]|$)/.exec(legacy)?.[0] : undefined;
    if (url)
        out.push(url);
    return [...new Set(out)];
}
function parseTfsec(raw, context) {
    const results = readTfsecResults(raw);
    const findings = [];
    const notices = [];
    const fileFingerprints = new FileFingerprints();
    let passed = 0;
    let outside = 0;
    for (const { ruleId, severity: rawSeverity, status, raw: r } of results) {
        if (status === 'passed') {
            passed += 1;
            continue;
        }
        const location = r.location;
        const filename = json_str(location.filename);
        const path = filename ? paths_toWorkspacePath(filename, context.workspace) : undefined;
        if (filename && !path)
            outside += 1;
        const start = parse_positive(location.start_line);
        const endRaw = parse_positive(location.end_line);
        const end = start !== undefined && endRaw !== undefined && endRaw >= start ? endRaw : start;
        const description = json_str(r.description);
        const title = json_str(r.rule_description) ?? description ?? ruleId;
        const content = (path && start !== undefined ? context.readLines?.(path, start, end ?? start) : undefined) ??
            description ??
            title;
        const where = path ?? filename;
        const links = linksOf(r);
        const impact = json_str(r.impact);
        const resolution = json_str(r.resolution);
        const aliases = [json_str(r.rule_id), json_str(r.legacy_rule_id)].filter((a) => !!a && a !== ruleId);
        findings.push({
            fingerprint: where
                ? fileFingerprints.next(ruleId, where, content)
                : ruleFingerprint(ruleId, description ?? title),
            category: 'misconfiguration',
            ruleId,
            title,
            // rule_description is the check's; description names this finding's resource.
            ...(0,model/* ruleInfo */.PI)(json_str(r.rule_description), impact ? `Impact: ${impact}` : undefined),
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
            severity: normalizeSeverity(rawSeverity),
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
const tfsec_parse_parse = (/* unused pure expression or super */ null && (parseTfsec));

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
const trivy_parse_SOURCE = 'trivy';
/** trivy's vulnerability statuses that mean "not vulnerable here". */
const NOT_AFFECTED = 'not_affected';
/** The rule id of a vulnerability entry that names no VulnerabilityID (old trivy releases). */
const UNKNOWN_ID = 'unknown';
/** trivy sources to prefer for CVSS when the SeveritySource has none. */
const CVSS_SOURCE_ORDER = ['nvd', 'ghsa', 'redhat'];
function trivy_parse_positive(record, key) {
    const value = record[key];
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function trivy_parse_fail(reason) {
    throw new src_errors/* ScanFailedError */.$5(`trivy report ${reason}`);
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
function parse_purlType(purl) {
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
function parse_readCvss(vuln) {
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
    #sources = [trivy_parse_SOURCE];
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
            ? paths_toWorkspacePath(target, this.context.workspace)
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
            ? (paths_toWorkspacePath(pkgPath, this.context.workspace) ?? at.targetPath)
            : at.targetPath;
        // The package's lines in the lockfile (trivy's own SARIF points there too); a package found
        // inside another file (PkgPath) has no lines of its own.
        const lines = pkgPath === undefined
            ? (at.packageLines?.get(json_text(value, 'PkgID') ?? `${name}@${version ?? ''}`) ??
                at.packageLines?.get(`${name}@${version ?? ''}`))
            : undefined;
        const status = json_text(value, 'Status');
        const primaryUrl = json_text(value, 'PrimaryURL');
        const cvss = parse_readCvss(value);
        const cwe = trimmedStrings(value.CweIDs);
        const severityWord = json_text(value, 'Severity');
        const advisoryTitle = json_text(value, 'Title');
        const details = json_text(value, 'Description');
        const severity = this.#severity(severityWord);
        const image = at.image ? this.#imageIn(at, value) : undefined;
        const references = withFirst(primaryUrl, value.References);
        const advisories = withFirst(stated, value.VendorIDs);
        const remediation = parse_remediationFor(name, fixedVersion, status);
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
        const type = parse_purlType(purl);
        if (type !== undefined)
            this.#lastPurlType = type;
        return type;
    }
    /** normalizeSeverity of a word, once per distinct word of the report. */
    #severity(word) {
        if (word === undefined)
            return normalizeSeverity(word);
        let severity = this.#severities.get(word);
        if (severity === undefined) {
            severity = normalizeSeverity(word);
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
        const startLine = trivy_parse_positive(cause, 'StartLine');
        const endLine = trivy_parse_positive(cause, 'EndLine');
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
            severity: normalizeSeverity(severityWord),
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
            sources: [trivy_parse_SOURCE],
        });
    }
    secret(value, where, at) {
        if (!json_isRecord(value))
            trivy_parse_fail(`${where} is not an object`);
        const ruleId = json_text(value, 'RuleID');
        if (!ruleId)
            trivy_parse_fail(`${where} has no RuleID`);
        const startLine = trivy_parse_positive(value, 'StartLine');
        const endLine = trivy_parse_positive(value, 'EndLine');
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
                ? normalizeSeverity(severityWord)
                : (this.context.defaultSeverity ?? 'high'),
            ...(severityWord ? { scannerSeverity: severityWord } : {}),
            ...(location ? { location } : {}),
            ...(image ? { image } : {}),
            remediation: 'Revoke and rotate this credential, then remove it from the code (or image layer) it was found in.',
            sources: [trivy_parse_SOURCE],
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
        const path = at.filesAreLocal && filePath ? paths_toWorkspacePath(filePath, this.context.workspace) : undefined;
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
            fingerprint = ruleFingerprint(advisory, at.subject);
        }
        const severity = normalizeSeverity(severityWord);
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
            sources: [trivy_parse_SOURCE],
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
        const startLine = first ? trivy_parse_positive(first, 'StartLine') : undefined;
        if (startLine === undefined)
            continue;
        const endLine = trivy_parse_positive(first, 'EndLine');
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
function parse_remediationFor(name, fixedVersion, status) {
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

;// CONCATENATED MODULE: ./packages/scanners/src/imports/formats.ts












/**
 * The formats the quality gate imports (`import: FORMAT:PATH`), one entry each: how the file is
 * read, which tool it names when the file itself does not, and how its own timestamp is found.
 */
const IMPORT_FORMATS = [
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
const AUTO_FORMAT = 'auto';
function isImportFormat(value) {
    return IMPORT_FORMATS.includes(value);
}
/** The version recorded when a file does not state its tool's version. */
const UNSTATED_VERSION = 'unstated';
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
                scanner: { name: tool, version: result.scannerVersion ?? UNSTATED_VERSION },
                findings: result.findings,
                notices: result.notices,
                ...(extra ? extra(json(raw), result) : {}),
            };
        },
    };
}
/** A SARIF log: one report for the whole log, named after its tool(s) as the runs state them. */
function readSarifImport(raw, context) {
    const { log, imported } = readSarifLog(raw, {
        workspace: context.workspace,
        ...(context.readLines ? { readLines: context.readLines } : {}),
    });
    if (imported.failures.length > 0) {
        throw new src_errors/* ScanFailedError */.$5(`the SARIF log says the tool did not complete: ${imported.failures.slice(0, 3).join('; ')}`);
    }
    const names = [...new Set(imported.runs.map((r) => r.toolName))];
    const versions = [
        ...new Set(imported.runs.map((r) => r.toolVersion).filter((v) => v !== undefined)),
    ];
    let finishedAt;
    for (const run of Array.isArray(log.runs) ? log.runs : []) {
        if (!json_isRecord(run) || !Array.isArray(run.invocations))
            continue;
        for (const inv of run.invocations) {
            if (!json_isRecord(inv))
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
            version: versions.length > 0 ? versions.join(', ') : UNSTATED_VERSION,
        },
        findings: imported.findings,
        notices: names.length === 0
            ? ['The SARIF log has no runs: nothing was analysed.', ...imported.notices]
            : imported.notices,
        ...(finishedAt ? { finishedAt } : {}),
    };
}
function trivyExtra(data) {
    if (!json_isRecord(data))
        return {};
    const finishedAt = date(data.CreatedAt);
    const image = data.ArtifactType === 'container_image' ? json_str(data.ArtifactName) : undefined;
    return {
        ...(finishedAt ? { finishedAt } : {}),
        ...(image ? { target: { kind: 'image', name: image } } : {}),
    };
}
function grypeExtra(data) {
    if (!json_isRecord(data))
        return {};
    const descriptor = json_isRecord(data.descriptor) ? data.descriptor : {};
    const finishedAt = date(descriptor.timestamp);
    const source = json_isRecord(data.source) ? data.source : {};
    const target = json_isRecord(source.target) ? source.target : {};
    const image = source.type === 'image' ? (json_str(target.userInput) ?? json_str(target.imageID)) : undefined;
    return {
        ...(finishedAt ? { finishedAt } : {}),
        ...(image ? { target: { kind: 'image', name: image } } : {}),
    };
}
const READERS = {
    sarif: { tool: 'unknown tool', read: readSarifImport },
    'trivy-json': simple('trivy-json', 'trivy', parseTrivy, trivyExtra),
    'grype-json': simple('grype-json', 'grype', parseGrype, grypeExtra),
    'gitleaks-json': simple('gitleaks-json', 'gitleaks', parseGitleaks),
    'checkov-json': simple('checkov-json', 'checkov', parseCheckov),
    'osv-json': simple('osv-json', 'osv-scanner', parseOsvScanner),
    'semgrep-json': simple('semgrep-json', 'semgrep', parseSemgrep),
    'hadolint-json': simple('hadolint-json', 'hadolint', parseHadolint),
    'kics-json': simple('kics-json', 'kics', parseKics),
    'tfsec-json': simple('tfsec-json', 'tfsec', parseTfsec),
};
/**
 * Reads one imported file as `format`. Throws ScanFailedError when the file is empty, is not what
 * the tool writes, or says the tool did not complete: an import that cannot be trusted is a failed
 * scan, never zero findings.
 */
function importScan(format, raw, context) {
    if (raw.trim() === '' || raw.trim() === '\ufeff') {
        throw new src_errors/* ScanFailedError */.$5('the file is empty: the tool crashed or wrote nothing, so there are no results to trust');
    }
    return READERS[format].read(raw, context);
}
/** The tool a format names when the file itself does not. */
function formatTool(format) {
    return READERS[format].tool;
}
function looksLike(data) {
    const isList = Array.isArray(data);
    const items = isList ? data.filter(json_isRecord) : [];
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
    if (!json_isRecord(data))
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
        const results = Array.isArray(data.results) ? data.results.filter(json_isRecord) : [];
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
        throw new src_errors/* ScanFailedError */.$5(`the format cannot be told: the file is not JSON; name its format (${IMPORT_FORMATS.join(', ')})`);
    }
    const candidates = looksLike(data);
    if (candidates.length === 1)
        return candidates[0];
    if (candidates.length === 0) {
        throw new src_errors/* ScanFailedError */.$5(`the format cannot be told from the content; name it as FORMAT:PATH with one of ${IMPORT_FORMATS.join(', ')}`);
    }
    throw new src_errors/* ScanFailedError */.$5(`the format cannot be told from the content (it could be ${candidates.join(' or ')}); name it as FORMAT:PATH, e.g. ${candidates[0]}:<path>`);
}

;// CONCATENATED MODULE: ./packages/gate/src/report-blocks.ts

const report_blocks_QUOTE = 0x22;
const report_blocks_BACKSLASH = 0x5c;
const report_blocks_OPEN_OBJECT = 0x7b;
const report_blocks_CLOSE_OBJECT = 0x7d;
const report_blocks_OPEN_ARRAY = 0x5b;
const report_blocks_CLOSE_ARRAY = 0x5d;
const report_blocks_COMMA = 0x2c;
const report_blocks_COLON = 0x3a;
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
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    const block = spareBlock ?? Buffer.allocUnsafe(BLOCK_SIZE);
    spareBlock = undefined;
    try {
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, block, 0, BLOCK_SIZE, null);
            if (n === 0)
                return;
            yield block.subarray(0, n);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
        spareBlock = block;
    }
}
function indexOrEnd(block, byte, from) {
    const at = block.indexOf(byte, from);
    return at === -1 ? block.length : at;
}
function report_blocks_isSpace(b) {
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
                    nextQuote = indexOrEnd(block, report_blocks_QUOTE, i);
                if (nextBackslash < i)
                    nextBackslash = indexOrEnd(block, report_blocks_BACKSLASH, i);
                i = Math.min(nextQuote, nextBackslash);
                if (i >= block.length)
                    break;
            }
            const b = block[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (b === report_blocks_BACKSLASH)
                    escaped = true;
                else if (b === report_blocks_QUOTE) {
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
                if (b === report_blocks_COMMA) {
                    if (!elementHasBytes)
                        throw new SyntaxError('an empty element in the findings array');
                    commas++;
                    finishElement(block, runStart, i);
                    runStart = i + 1;
                    continue;
                }
                if (b === report_blocks_CLOSE_ARRAY) {
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
                if (b === report_blocks_CLOSE_OBJECT)
                    throw new SyntaxError('the findings array is not closed');
                if (b === report_blocks_OPEN_OBJECT && !elementHasBytes && element.length === 0 && i >= fastFrom) {
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
                if (!report_blocks_isSpace(b))
                    elementHasBytes = true;
            }
            if (b === report_blocks_QUOTE) {
                inString = true;
                if (depth === 1 && !afterColon)
                    key = [];
            }
            else if (b === report_blocks_OPEN_OBJECT || b === report_blocks_OPEN_ARRAY) {
                if (b === report_blocks_OPEN_ARRAY && depth === 1 && afterColon && lastKey === 'findings') {
                    if (seenFindings)
                        throw new SyntaxError('more than one findings member');
                    seenFindings = true;
                    header.push(Buffer.from(block.subarray(runStart, i + 1)));
                    inFindings = true;
                    runStart = i + 1;
                }
                depth++;
            }
            else if (b === report_blocks_CLOSE_OBJECT || b === report_blocks_CLOSE_ARRAY) {
                depth--;
            }
            else if (depth === 1) {
                if (b === report_blocks_COLON)
                    afterColon = true;
                else if (b === report_blocks_COMMA)
                    afterColon = false;
            }
        }
        // The rest of the block belongs to the run it is in (copied: the block is not kept).
        if (runStart < block.length)
            (inFindings ? element : header).push(Buffer.from(block.subarray(runStart)));
    }
    return JSON.parse(Buffer.concat(header).toString('utf8'));
}

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
    blocks: fileBlocks,
    modified(path) {
        try {
            return (0,external_node_fs_.statSync)(path).mtime;
        }
        catch {
            return undefined;
        }
    },
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
 * Findings of a report file by their index, read again in blocks (the few findings a summary
 * shows that were not kept); throws ReportError when the file no longer holds them.
 */
function rereadFindings(fs, path, file, indexes) {
    const found = new Map();
    const blocks = fs.blocks?.(path) ?? [Buffer.from(fs.readFile(path))];
    parseReportBlocks(blocks, (value, index) => {
        if (indexes.has(index))
            found.set(index, validateFinding(value, file, index));
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
function readReports(entries, sink, fs = nodeFileSystem, cwd = process.cwd(), what = 'findings') {
    const resolved = resolveReportPaths(entries, fs, cwd);
    const problems = [];
    const notices = [];
    for (const missing of resolved.missingFiles) {
        problems.push({
            code: REASON_CODES.unreadableReport,
            message: `${missing} (named in ${what}) does not exist`,
        });
    }
    for (const entry of resolved.empty) {
        notices.push(`${what}: ${entry} matched no report files`);
    }
    // A walk that could not finish may have missed reports: that is a failure, never a smaller pass.
    for (const p of resolved.problems) {
        problems.push({ code: REASON_CODES.unreadableReport, message: `${what}: ${p.message}` });
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
                sink.finding?.(validateFinding(value, file, index));
                streamed++;
            }
            catch (error) {
                if (!(error instanceof src_errors/* ReportError */.$g))
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
        if (!resolved.named.has(path) && !path.endsWith(REPORT_SUFFIX) && !claimsToBeReport(data)) {
            // Scan actions write SBOMs and other JSON beside their reports; only reports are read. The
            // SBOMs they write are expected there and skipped quietly; anything else is named.
            if (!isSbom(data))
                notices.push(`${file} is not a findings report; skipped`);
            fail();
            continue;
        }
        let report;
        try {
            report = validateReport(data, file);
            if (badFinding)
                throw badFinding;
            if (streamed > 0 && report.findings.length > 0) {
                throw new src_errors/* ReportError */.$g(file, 'has more than one findings member');
            }
        }
        catch (error) {
            if (!(error instanceof src_errors/* ReportError */.$g))
                throw error;
            fail({ code: REASON_CODES.invalidReport, message: error.message });
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
        return { value: parseReportBlocks(fs.blocks(path), onFinding) };
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
        code: REASON_CODES.unreadableReport,
        message: `${file} cannot be read (${code ?? error.message})`,
    };
}
/** The reason for a report that is not JSON. */
function notJson(file, error) {
    return {
        code: REASON_CODES.unreadableReport,
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
function loadReports(entries, fs = nodeFileSystem, cwd = process.cwd(), what = 'findings') {
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

;// CONCATENATED MODULE: ./packages/gate/src/imports.ts







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
        if (colon === -1 || !(isImportFormat(format) || format === AUTO_FORMAT)) {
            throw new src_errors/* InputError */.dz(GATE_INPUTS.import, `'${line}' is not FORMAT:PATH; FORMAT is one of ${[...IMPORT_FORMATS, AUTO_FORMAT].join(', ')} (e.g. sarif:results/codeql.sarif)`);
        }
        if (pattern === '') {
            throw new src_errors/* InputError */.dz(GATE_INPUTS.import, `'${line}' names no file after the format`);
        }
        specs.push({ format: format, pattern, line });
    }
    return specs;
}
function files(spec, fs, cwd) {
    if (picomatch_default().scan(spec.pattern).isGlob)
        return [...resolveReportPaths([spec.pattern], fs, cwd).files];
    const path = (0,external_node_path_.isAbsolute)(spec.pattern) ? spec.pattern : (0,external_node_path_.join)(cwd, spec.pattern);
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
    const fs = options.fs ?? nodeFileSystem;
    const reports = [];
    const problems = [];
    const notices = [];
    const seen = new Set();
    for (const spec of specs) {
        const matched = files(spec, fs, options.cwd);
        if (matched.length === 0) {
            problems.push({
                code: REASON_CODES.missingImport,
                message: `import '${spec.line}' matched no file; the tool's results are missing`,
            });
            continue;
        }
        for (const path of matched) {
            if (seen.has(path))
                continue;
            seen.add(path);
            const file = displayPath(path, options.cwd);
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
                code: REASON_CODES.unreadableReport,
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
        format = spec.format === AUTO_FORMAT ? detectFormat(raw) : spec.format;
    }
    catch (error) {
        if (!(error instanceof src_errors/* ScanFailedError */.$5))
            throw error;
        return {
            problem: {
                code: REASON_CODES.invalidReport,
                message: `${file} (import '${spec.line}'): ${error.message}`,
            },
        };
    }
    const init = (scanner, target) => ({
        action: model/* IMPORT_ACTION */.Nt,
        scanner,
        target: target ?? { kind: 'path', name: file },
        imported: { format, file },
        ...base,
    });
    let report;
    try {
        const scan = importScan(format, raw, {
            workspace: options.cwd,
            readLines: lineReader(fs, options.cwd),
        });
        const at = scan.finishedAt ?? modified ?? options.now;
        report = completeReport({ ...init(scan.scanner, scan.target), startedAt: at, finishedAt: at, notices: scan.notices }, scan.findings);
    }
    catch (error) {
        if (!(error instanceof src_errors/* ScanFailedError */.$5))
            throw error;
        report = failedReport(init({ name: formatTool(format), version: 'unknown' }), `imported ${format} file ${file}: ${error.message}`);
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
                lines = fs.readFile((0,external_node_path_.join)(cwd, path)).split(/\r?\n/);
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
        if (!model/* FULL_COMMIT_SHA */.PH.test(base.sha)) {
            throw new src_errors/* InputError */.dz(input, `the base commit must be a full SHA (got '${base.sha}')`);
        }
    }
    /** Throws a clear InputError when the base commit is not in the checkout. */
    requireBase() {
        if (this.checked)
            return;
        const r = this.git(['cat-file', '-e', `${this.base.sha}^{commit}`]);
        if (r.status !== 0) {
            throw new src_errors/* InputError */.dz(this.input, `the base commit ${this.base.sha} of the ${this.base.what} is not in the checkout, so the gate cannot read its policy, waivers and baselines from it (they are never read from the change itself). Check out with fetch-depth: 0`);
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
        if (r.status === 0 && model/* FULL_COMMIT_SHA */.PH.test(mb) && !commits.includes(mb))
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

;// CONCATENATED MODULE: ./packages/gate/src/gate.ts










function readUserFile(fs, cwd, input, file) {
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(cwd, file);
    if (fs.kind(path) !== 'file')
        throw new src_errors/* InputError */.dz(input, `${file} does not exist or is not a file`);
    try {
        return fs.readFile(path);
    }
    catch (error) {
        throw new src_errors/* InputError */.dz(input, `${file} cannot be read (${error.message})`);
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
            throw new src_errors/* InputError */.dz(input, `${file} does not exist (neither at the base commit nor in the workspace)`);
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
        return DEFAULT_POLICY;
    const text = files.read(GATE_INPUTS.policy, config.policy);
    if (text === undefined)
        return DEFAULT_POLICY;
    return parsePolicy(text, config.policy);
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
            return EMPTY_WAIVERS;
        file = DEFAULT_WAIVERS_FILE;
    }
    const text = files.read(GATE_INPUTS.waivers, file);
    if (text === undefined)
        return EMPTY_WAIVERS;
    const source = displayPath((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(files.cwd, file), files.cwd);
    return parseWaivers(text, source, {
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
        ? { ...loadedPolicy, matrix: applyFailOn(loadedPolicy.matrix, config.failOn) }
        : loadedPolicy;
    const waivers = loadWaiversFrom(config, policy, now, files);
    const specs = parseImportSpecs(config.imports ?? []);
    const baselineCommits = config.mode !== 'new'
        ? []
        : files.reader !== undefined
            ? files.reader.baselineCommits()
            : config.previousCommit !== undefined
                ? [config.previousCommit]
                : [];
    const evaluation = new GateEvaluation({
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
    const found = readReports(config.findings, evaluation.findingsSink((path, file) => (indexes) => rereadFindings(fs, path, file, indexes)), fs, files.cwd, GATE_INPUTS.findings);
    evaluation.addProblems(found);
    // Imported files are this run's outputs, read like the findings reports.
    if (specs.length > 0)
        addImports(evaluation, specs, config, { fs, cwd: files.cwd, now });
    if (config.mode === 'new') {
        const baseline = readReports(config.baseline, evaluation.baselineSink(), files.trustedFs, files.cwd, GATE_INPUTS.baseline);
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
        throw new src_errors/* InputError */.dz('sha', 'imported files carry no commit; name the commit being gated (on a runner GITHUB_SHA is used)');
    }
    const imported = loadImports(specs, { commitSha, ...ports });
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

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
;// CONCATENATED MODULE: ./packages/gate/src/summary.ts




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
    out.push(`### Risk score: ${s.score} (passes at ≥ ${s.threshold}) ${s.passed ? '✅' : '❌'}`, '', `\`${renderScoreArithmetic(s)}\` — passes at ${s.threshold} or above.`, '', '| severity | weight | found | points |', '|---|---:|---:|---:|');
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
        out.push(`| action | target | scanner | status | findings | ${model/* SEVERITIES */.oC.map((x) => x[0].toUpperCase()).join('/')} | report |`, '|---|---|---|---|---:|---|---|');
        for (const r of result.scanners) {
            const status = r.status === 'complete' ? 'complete' : `❌ failed: ${mdText(r.reason ?? '', 200)}`;
            const sev = model/* SEVERITIES */.oC.map((x) => r.bySeverity[x]).join('/');
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
            for (const f of waived.slice(0, MAX_WAIVED_ROWS)) {
                out.push(findingRow(f, ` ${mdText(f.waiver ?? '', 60)} |`));
            }
            if (waivedTotal > MAX_WAIVED_ROWS) {
                out.push('', `…and ${waivedTotal - MAX_WAIVED_ROWS} more waived finding(s).`);
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
const reportName = (file) => external_node_path_.win32.basename(file);

;// CONCATENATED MODULE: ./actions/quality-gate/src/run.ts






/** The action's outputs, by their action.yml names. */
const OUTPUTS = {
    verdict: 'verdict',
    riskScore: 'risk-score',
    counts: 'counts',
    reasons: 'reasons',
    summaryFile: 'summary-file',
};
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
    if (typeof v === 'string' && model/* FULL_COMMIT_SHA */.PH.test(v))
        return v;
    throw new src_errors/* InputError */.dz('event', `the ${eventName} event payload has no commit SHA at ${path.join('.')}, so the base commit whose policy and waivers apply is unknown; the gate does not fall back to the change's own files`);
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
            return typeof before === 'string' && model/* FULL_COMMIT_SHA */.PH.test(before) && !ZERO_SHA.test(before)
                ? { previousCommit: before }
                : {};
        }
        default:
            return {};
    }
}
/** Turns the action's inputs and runner context into the gate's configuration. */
function gateConfig(inputs, io) {
    const sha = (0,src_inputs/* nonEmpty */.hq)(io.context.sha);
    return {
        ...configFromInputs({
            ...inputs,
            // Default: where this job's scan actions write their reports.
            findings: inputs.findings.length > 0 ? inputs.findings : [(0,runtime/* findingsDir */.yd)(io.context)],
        }),
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
        `Stage \`${result.stage}\` · system level ${result.systemLevel} · risk score ${result.score.score} (passes at ≥ ${result.score.threshold})`,
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
    const gh = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(290)]).then(__webpack_require__.bind(__webpack_require__, 2290));
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
    io.log.info(`Quality gate: ${result.verdict} (stage ${result.stage}, system level ${result.systemLevel}, risk score ${result.score.score} (passes at ≥ ${result.score.threshold}))`);
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
