export const id = 850;
export const ids = [850];
export const modules = {

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  budgetSarif: () => (/* binding */ budgetSarif)
});

// UNUSED EXPORTS: SARIF_LIMITS, describeOmitted, resultSeverity, runCategory

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
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

;// CONCATENATED MODULE: ./packages/sarif/src/writer.ts



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
 */
function findingsToSarif(input) {
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
    const files = new FileCache(input.readFile);
    return {
        version: '2.1.0',
        $schema: SARIF_SCHEMA_URI,
        runs: input.runs.map((run) => buildRun(run, input.workflowPath, files)),
    };
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
/**
 * A rule's text is the scanner's word on the rule itself ({@link Finding.rule}), never one
 * finding's title or description: those name a file, a line or a package, and code scanning shows
 * the rule's text on every alert of the rule. Without it the text is generic.
 */
function ruleText(ruleId, rep, group, tool) {
    const info = [rep, ...group].find((f) => f.rule?.title || f.rule?.description)?.rule;
    const title = info?.title ?? GENERIC_RULE_TITLE[rep.category](ruleId, tool);
    const description = info?.description ??
        (info?.title
            ? info.title
            : `${title}. ${tool} gives no description of this rule; each result says what it found and where.`);
    return { title, description };
}
function buildHelp(text, group, rep) {
    // Titles, descriptions and remediations are the scanner's (and often the scanned file's) text:
    // escaped, so code scanning renders them as text, never as links, images or HTML.
    const plain = [text.description];
    const markdown = [`**${escapeMarkdown(text.title)}**`];
    if (text.description !== text.title)
        markdown.push(paragraphs(text.description));
    const advisories = [...new Set(group.flatMap((f) => f.advisories ?? []))];
    if (advisories.length > 0) {
        plain.push(`Advisories: ${advisories.join(', ')}`);
        markdown.push(`**Advisories:** ${escapeMarkdown(advisories.join(', '))}`);
    }
    // A remediation belongs to the rule only when every finding of it says the same
    // ("Upgrade lodash to 4.17.21" is one package's; the result message names its fix).
    const remediation = rep.remediation;
    if (remediation && group.every((f) => f.remediation === remediation)) {
        plain.push(`Remediation: ${remediation}`);
        markdown.push(`**Remediation:** ${paragraphs(remediation)}`);
    }
    const refs = [
        ...new Set([rep.helpUri, ...group.flatMap((f) => f.references ?? [])].filter(isString)),
    ];
    if (refs.length > 0) {
        plain.push(`References:\n${refs.map((r) => `- ${r}`).join('\n')}`);
        markdown.push(`**References**\n\n${refs.map(referenceLine).join('\n')}`);
    }
    return { text: plain.join('\n\n'), markdown: markdown.join('\n\n') };
}
function isString(value) {
    return typeof value === 'string' && value !== '';
}
function buildRule(ruleId, group, tool) {
    // The most severe finding speaks for the rule: code scanning shows the rule's severity.
    const rep = [...group].sort((a, b) => securityScore(b) - securityScore(a) || compareSeverity(a.severity, b.severity))[0];
    const cwes = new Set();
    for (const f of group)
        for (const c of f.cwe ?? [])
            cwes.add(c);
    const tags = ['security', rep.category];
    for (const c of cwes) {
        const tag = cweTag(c);
        if (tag && !tags.includes(tag))
            tags.push(tag);
    }
    const text = ruleText(ruleId, rep, group, tool);
    return {
        id: ruleId,
        shortDescription: { text: limit(oneLine(text.title) || ruleId) },
        fullDescription: { text: limit(text.description) },
        help: buildHelp(text, group, rep),
        ...(rep.helpUri ? { helpUri: rep.helpUri } : {}),
        defaultConfiguration: { level: sarifLevelForSeverity(rep.severity) },
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
function buildRun(run, workflowPath, files) {
    const groups = new Map();
    for (const f of run.findings) {
        const g = groups.get(f.ruleId);
        if (g)
            g.push(f);
        else
            groups.set(f.ruleId, [f]);
    }
    const rules = [];
    const ruleIndex = new Map();
    for (const [id, group] of groups) {
        ruleIndex.set(id, rules.length);
        rules.push(buildRule(id, group, run.tool.name));
    }
    const anchorPath = run.fallbackPath ?? workflowPath;
    const placed = run.findings.map((finding) => {
        if (finding.location)
            return { finding, path: finding.location.path, anchored: false };
        if (anchorPath === undefined) {
            throw new Error(`Finding ${finding.ruleId} of ${run.tool.name} has no file location and the SARIF run ` +
                'has neither a fallbackPath nor a workflowPath to show it on');
        }
        return { finding, path: anchorPath, anchored: true };
    });
    const results = placed.map(({ finding, path, anchored }) => {
        const rule = rules[ruleIndex.get(finding.ruleId)];
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
            ruleIndex: ruleIndex.get(finding.ruleId),
            level: sarifLevelForSeverity(finding.severity),
            message: { text: buildMessage(finding, anchored ? path : undefined, run) },
            locations: [{ physicalLocation }],
            partialFingerprints,
        };
        const properties = {};
        const score = securityScore(finding);
        if (formatScore(score) !== rule.properties?.['security-severity']) {
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
    });
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
        results,
    };
}

;// CONCATENATED MODULE: ./packages/sarif/src/budget.ts
/**
 * Keeps SARIF within what code scanning accepts, so size never makes an upload fail
 * (https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit,
 * .../file-too-large). In order:
 *
 * 1. per result: at most 1,000 locations and 10,000 thread-flow locations (first ones kept);
 * 2. per rule: at most 20 tags, and name/description texts cut to the suite's caps (GitHub
 *    publishes no length limit; long texts only bloat the upload and the alert page);
 * 3. per run: at most 25,000 results and 25,000 rules, then the run's gzipped size — results are
 *    dropped least severe first, so the most severe are always kept;
 * 4. runs are packed into uploads of at most 20 runs and 10 MB gzipped, never two runs with the
 *    same category in one upload (GitHub rejects that).
 *
 * Everything left out is counted by rule and severity for the summary and an output.
 */



/** GitHub's hard limits, and the suite's caps for rule texts. */
const SARIF_LIMITS = {
    maxGzippedBytes: 10 * 1024 * 1024,
    maxRunsPerUpload: 20,
    maxResultsPerRun: 25_000,
    maxRulesPerRun: 25_000,
    maxLocationsPerResult: 1_000,
    maxThreadFlowLocationsPerResult: 10_000,
    maxTagsPerRule: 20,
    maxExtensionsPerRun: 100,
    maxRuleNameChars: 255,
    maxShortDescriptionChars: 1_024,
    maxFullDescriptionChars: 4_096,
    maxHelpChars: 16_384,
};
/** Room kept under the size limit for the upload envelope and estimation error. */
const SIZE_HEADROOM = 0.97;
/** The category code scanning keys analyses by: `automationDetails.id` up to its last `/`. */
function runCategory(run) {
    const id = run.automationDetails?.id ?? '';
    const slash = id.lastIndexOf('/');
    return slash === -1 ? id : id.slice(0, slash + 1);
}
function ruleOf(run, result) {
    const rules = run.tool.driver.rules ?? [];
    if (typeof result.ruleIndex === 'number' && rules[result.ruleIndex])
        return rules[result.ruleIndex];
    const id = result.ruleId ?? result.rule?.id;
    return id === undefined ? undefined : rules.find((r) => r.id === id);
}
function ruleIdOf(run, result) {
    return result.ruleId ?? result.rule?.id ?? ruleOf(run, result)?.id ?? '(no rule)';
}
function score(bag) {
    const v = bag?.['security-severity'];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
}
/** A result's severity as GitHub ranks it: security-severity, else level (the rule's default). */
function resultSeverity(run, result) {
    const own = result.properties?.[SEVERITY_PROPERTY];
    if ((0,model/* isSeverity */._Z)(own))
        return own;
    const rule = ruleOf(run, result);
    const s = score(result.properties) ?? score(rule?.properties);
    if (s !== undefined)
        return severity_severityFromScore(s);
    if (result.kind !== undefined && result.kind !== 'fail')
        return 'info';
    return severityFromSarifLevel(result.level ?? rule?.defaultConfiguration?.level ?? 'warning');
}
function clip(text, max) {
    if (text === undefined || text.length <= max)
        return text;
    return `${text.slice(0, max - 1)}…`;
}
function clipMessage(m, max) {
    if (!m)
        return m;
    const text = clip(m.text, max);
    const markdown = clip(m.markdown, max);
    return {
        ...m,
        ...(text !== undefined ? { text } : {}),
        ...(markdown !== undefined ? { markdown } : {}),
    };
}
function trimRule(rule, limits, counts) {
    const tags = rule.properties?.tags;
    const tooManyTags = Array.isArray(tags) && tags.length > limits.maxTagsPerRule;
    const name = clip(rule.name, limits.maxRuleNameChars);
    const out = {
        ...rule,
        ...(name !== undefined ? { name } : {}),
        ...(rule.shortDescription
            ? { shortDescription: clipMessage(rule.shortDescription, limits.maxShortDescriptionChars) }
            : {}),
        ...(rule.fullDescription
            ? { fullDescription: clipMessage(rule.fullDescription, limits.maxFullDescriptionChars) }
            : {}),
        ...(rule.help ? { help: clipMessage(rule.help, limits.maxHelpChars) } : {}),
        ...(tooManyTags
            ? { properties: { ...rule.properties, tags: tags.slice(0, limits.maxTagsPerRule) } }
            : {}),
    };
    if (JSON.stringify(out).length !== JSON.stringify(rule).length)
        counts.rulesCut += 1;
    return out;
}
function trimResult(result, limits, counts) {
    let out = result;
    if (result.locations && result.locations.length > limits.maxLocationsPerResult) {
        out = { ...out, locations: result.locations.slice(0, limits.maxLocationsPerResult) };
    }
    if (result.codeFlows) {
        let budget = limits.maxThreadFlowLocationsPerResult;
        let cut = false;
        const codeFlows = result.codeFlows.map((flow) => ({
            ...flow,
            threadFlows: flow.threadFlows.map((tf) => {
                const keep = Math.max(0, Math.min(tf.locations.length, budget));
                budget -= keep;
                if (keep < tf.locations.length)
                    cut = true;
                return keep < tf.locations.length ? { ...tf, locations: tf.locations.slice(0, keep) } : tf;
            }),
        }));
        if (cut)
            out = { ...out, codeFlows };
    }
    if (out !== result)
        counts.resultsCut += 1;
    return out;
}
function gzippedSize(value) {
    return (0,external_node_zlib_.gzipSync)(JSON.stringify(value)).length;
}
/** Applies every per-run limit; returns the run that fits and records what was left out. */
function budgetRun(input, limits, omit, notes, label) {
    const counts = { rulesCut: 0, resultsCut: 0 };
    const rules = input.tool.driver.rules?.map((r) => trimRule(r, limits, counts));
    let run = {
        ...input,
        tool: {
            ...input.tool,
            driver: { ...input.tool.driver, ...(rules ? { rules } : {}) },
            ...(input.tool.extensions && input.tool.extensions.length > limits.maxExtensionsPerRun
                ? { extensions: input.tool.extensions.slice(0, limits.maxExtensionsPerRun) }
                : {}),
        },
    };
    if (input.tool.extensions && input.tool.extensions.length > limits.maxExtensionsPerRun) {
        notes.push(`${label}: kept ${limits.maxExtensionsPerRun} of ${input.tool.extensions.length} tool extensions.`);
    }
    const ranked = (input.results ?? []).map((r, index) => {
        const result = trimResult(r, limits, counts);
        const severity = resultSeverity(run, result);
        return { result, index, rank: (0,model/* severityRank */.qs)(severity), ruleId: ruleIdOf(run, result), severity };
    });
    if (counts.resultsCut > 0) {
        notes.push(`${label}: cut locations or code flows of ${counts.resultsCut} results to GitHub's limits.`);
    }
    if (counts.rulesCut > 0)
        notes.push(`${label}: shortened the texts or tags of ${counts.rulesCut} rules.`);
    // Most severe first; ties keep the scanner's order.
    const bySeverity = [...ranked].sort((a, b) => a.rank - b.rank || a.index - b.index);
    let kept = [];
    const keptRules = new Set();
    for (const r of bySeverity) {
        const admits = kept.length < limits.maxResultsPerRun &&
            (keptRules.has(r.ruleId) || keptRules.size < limits.maxRulesPerRun);
        if (admits) {
            kept.push(r);
            keptRules.add(r.ruleId);
        }
        else {
            omit(r);
        }
    }
    if (kept.length < ranked.length) {
        notes.push(`${label}: kept the ${kept.length} most severe of ${ranked.length} results (GitHub accepts ${limits.maxResultsPerRun} per run).`);
    }
    const build = (selection) => {
        const inOrder = [...selection].sort((a, b) => a.index - b.index).map((r) => r.result);
        return { ...run, results: inOrder };
    };
    run = build(kept);
    // Too many rules even after trimming results: keep only the rules results use, re-indexed.
    if ((run.tool.driver.rules?.length ?? 0) > limits.maxRulesPerRun)
        run = compactRules(run);
    let size = gzippedSize(run);
    const target = limits.maxGzippedBytes * SIZE_HEADROOM;
    const before = kept.length;
    while (size > target && kept.length > 0) {
        const keep = Math.min(kept.length - 1, Math.floor(kept.length * (target / size) * 0.98));
        // `kept` is severity-ordered: the tail is the least severe.
        for (const r of kept.slice(Math.max(keep, 0)))
            omit(r);
        kept = kept.slice(0, Math.max(keep, 0));
        run = build(kept);
        size = gzippedSize(run);
    }
    if (kept.length < before) {
        notes.push(`${label}: kept the ${kept.length} most severe results to stay under ${Math.round(limits.maxGzippedBytes / 1048576)} MB gzipped.`);
    }
    return { run, size, category: runCategory(run) };
}
function compactRules(run) {
    const rules = run.tool.driver.rules ?? [];
    const used = new Map();
    const newRules = [];
    const results = (run.results ?? []).map((result) => {
        let index = typeof result.ruleIndex === 'number' ? result.ruleIndex : -1;
        if (index < 0) {
            const id = result.ruleId ?? result.rule?.id;
            index = rules.findIndex((r) => r.id === id);
        }
        if (index < 0 || !rules[index])
            return result;
        let mapped = used.get(index);
        if (mapped === undefined) {
            mapped = newRules.length;
            newRules.push(rules[index]);
            used.set(index, mapped);
        }
        const rule = result.rule ? { ...result.rule, index: mapped } : undefined;
        return {
            ...result,
            ...(typeof result.ruleIndex === 'number' ? { ruleIndex: mapped } : {}),
            ...(rule ? { rule } : {}),
        };
    });
    return { ...run, tool: { ...run.tool, driver: { ...run.tool.driver, rules: newRules } }, results };
}
function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
/**
 * Fits a SARIF log into code scanning's limits: trims what must be trimmed (least severe results
 * first) and splits runs over several uploads. The input is not modified.
 */
function budgetSarif(log, overrides = {}) {
    const limits = { ...SARIF_LIMITS, ...overrides };
    const notes = [];
    const byRule = {};
    const bySeverity = emptyCounts();
    let omittedResults = 0;
    const omit = (r) => {
        omittedResults += 1;
        byRule[r.ruleId] = (byRule[r.ruleId] ?? 0) + 1;
        bySeverity[r.severity] += 1;
    };
    const runs = log.runs.map((run, i) => budgetRun(run, limits, omit, notes, `Run ${i + 1} (${run.tool.driver.name})`));
    const envelope = { ...log, runs: [] };
    const envelopeSize = gzippedSize(envelope);
    const target = limits.maxGzippedBytes * SIZE_HEADROOM;
    const bins = [];
    for (const r of runs) {
        const bin = bins.find((b) => b.runs.length < limits.maxRunsPerUpload &&
            !b.categories.has(r.category) &&
            b.size + r.size <= target);
        if (bin) {
            bin.runs.push(r);
            bin.size += r.size;
            bin.categories.add(r.category);
        }
        else {
            bins.push({ runs: [r], size: envelopeSize + r.size, categories: new Set([r.category]) });
        }
    }
    // Sizes were estimated per run; measure each upload and move runs out until each fits.
    const uploads = [];
    const queue = bins.map((b) => b.runs.map((r) => r.run));
    while (queue.length > 0) {
        const group = queue.shift();
        const upload = { ...log, runs: group };
        if (group.length > 1 && gzippedSize(upload) > limits.maxGzippedBytes) {
            queue.unshift(group.slice(0, -1), group.slice(-1));
            continue;
        }
        uploads.push(upload);
    }
    if (uploads.length > 1) {
        notes.push(`Split ${log.runs.length} runs into ${uploads.length} uploads (at most ${limits.maxRunsPerUpload} runs, one per category, ${Math.round(limits.maxGzippedBytes / 1048576)} MB gzipped each).`);
    }
    return { uploads, omitted: { results: omittedResults, byRule, bySeverity }, notes };
}
/** One line for the job summary, e.g. "2,100 results left out of the upload: 1,500 low, 600 info (rule-a: 1,200; …)". */
function describeOmitted(omitted, maxRules = 5) {
    if (omitted.results === 0)
        return 'No results were left out of the upload.';
    const fmt = (n) => n.toLocaleString('en-US');
    const severities = Object.entries(omitted.bySeverity)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${fmt(n)} ${s}`)
        .join(', ');
    const rules = Object.entries(omitted.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const shown = rules
        .slice(0, maxRules)
        .map(([id, n]) => `${id}: ${fmt(n)}`)
        .join('; ');
    const more = rules.length > maxRules ? `; ${rules.length - maxRules} more rules` : '';
    return `${fmt(omitted.results)} results left out of the code scanning upload to stay within GitHub's limits: ${severities} (${shown}${more}). The findings report has all of them.`;
}


/***/ })

};
