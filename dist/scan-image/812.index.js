export const id = 812;
export const ids = [812];
export const modules = {

/***/ 6751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hw: () => (/* binding */ gzippedJsonSize),
/* harmony export */   vb: () => (/* binding */ jsonBatches)
/* harmony export */ });
/* unused harmony export jsonPieces */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A JSON value's text in pieces, never as one string: the same bytes `JSON.stringify(value)` gives
 * (no indentation), for values too large to serialise at once (a SARIF log of tens of thousands of
 * results and rules is hundreds of MB of UTF-16 as one string, several times over while it is
 * gzipped). Plain objects and arrays are walked down to `depth` levels; anything deeper is one
 * `JSON.stringify` piece. The default depth makes each SARIF rule (log.runs[].tool.driver.rules[])
 * and each result's member one piece. As `JSON.stringify` does, a `toJSON` method is called with
 * the member's key (or the array index as a string) and its answer is written instead. A value
 * JSON cannot hold yields nothing at the top level (JSON.stringify gives undefined there).
 */
function* jsonPieces(value, depth = 6) {
    const own = toJSONValue(value, '');
    if (!isOmitted(own))
        yield* pieces(own, depth);
}
function* pieces(value, depth) {
    if (depth <= 0 || value === null || typeof value !== 'object' || isBoxed(value)) {
        yield JSON.stringify(value);
        return;
    }
    if (Array.isArray(value)) {
        yield '[';
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                yield ',';
            const item = toJSONValue(value[i], String(i));
            // As JSON.stringify: what JSON cannot hold is null in an array.
            if (isOmitted(item))
                yield 'null';
            else
                yield* pieces(item, depth - 1);
        }
        yield ']';
        return;
    }
    yield '{';
    let first = true;
    for (const key of Object.keys(value)) {
        const member = toJSONValue(value[key], key);
        // As JSON.stringify: such a member is left out of an object.
        if (isOmitted(member))
            continue;
        yield `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        yield* pieces(member, depth - 1);
    }
    yield '}';
}
/** What JSON.stringify writes for `value` under `key`: the answer of its `toJSON`, if it has one. */
function toJSONValue(value, key) {
    if (value !== null && typeof value === 'object') {
        const toJSON = value.toJSON;
        if (typeof toJSON === 'function')
            return toJSON.call(value, key);
    }
    return value;
}
function isOmitted(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/** `new String`, `new Number`, `new Boolean`: JSON.stringify writes their primitive. */
function isBoxed(value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
}
/** Characters per batch: pieces are joined into batches of about this many before use. */
const BATCH_CHARS = 4 * 1024 * 1024;
/** {@link jsonPieces} joined into batches of about `batchChars` characters each. */
function* jsonBatches(value, batchChars = BATCH_CHARS) {
    let parts = [];
    let chars = 0;
    for (const piece of jsonPieces(value)) {
        parts.push(piece);
        chars += piece.length;
        if (chars >= batchChars) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    }
    if (parts.length > 0)
        yield parts.join('');
}
/**
 * Bytes added to the estimate per batch. A batch's gzip can come out smaller than its part of one
 * stream (deflate's blocks fall differently at a batch edge): up to ~1 KB per batch was seen, on
 * text built to provoke it (batches of random digits and letters in turn); four times that is
 * kept. On a SARIF run of 25,000 results (~25 batches) that is ~100 KB of a 10 MB limit.
 */
const EDGE_BYTES = 4096;
/**
 * An estimate, from above, of the gzipped size of `JSON.stringify(value)`, in bounded memory: the
 * text is gzipped in batches of about 4 M characters and their sizes added, with
 * {@link EDGE_BYTES} per batch. deflate looks back at most 32 KB, so batches lose little against
 * one stream (each also adds its own 18-byte gzip header and trailer). It is an estimate, not a
 * proof: whoever must hold a limit measures the real bytes too (uploadSarif does).
 */
function gzippedJsonSize(value, batchChars = BATCH_CHARS) {
    let size = 0;
    for (const batch of jsonBatches(value, batchChars))
        size += (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(batch).length + EDGE_BYTES;
    return size;
}


/***/ }),

/***/ 5812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   budgetSarif: () => (/* binding */ budgetSarif)
/* harmony export */ });
/* unused harmony exports SARIF_LIMITS, runCategory, resultSeverity, describeOmitted */
/* harmony import */ var _portcullis_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6388);
/* harmony import */ var _portcullis_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3262);
/* harmony import */ var _portcullis_core_json_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6751);
/* harmony import */ var _writer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1355);

// Runs are sized without their whole text: one of 25,000 results and rules is hundreds of MB as one string.


/** GitHub's hard limits, and the suite's caps for rule texts. */
const SARIF_LIMITS = {
    maxGzippedBytes: 10 * 1024 * 1024,
    maxRunsPerUpload: 20,
    maxResultsPerRun: _writer_js__WEBPACK_IMPORTED_MODULE_0__/* .SARIF_RESULTS_PER_RUN */ .xq,
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
    const own = result.properties?.[_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_PROPERTY */ .E2];
    if ((0,_portcullis_core__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(own))
        return own;
    const rule = ruleOf(run, result);
    const s = score(result.properties) ?? score(rule?.properties);
    if (s !== undefined)
        return (0,_portcullis_core__WEBPACK_IMPORTED_MODULE_2__/* .severityFromScore */ .qI)(s);
    if (result.kind !== undefined && result.kind !== 'fail')
        return 'info';
    return (0,_portcullis_core__WEBPACK_IMPORTED_MODULE_2__/* .severityFromSarifLevel */ .ny)(result.level ?? rule?.defaultConfiguration?.level ?? 'warning');
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
function clipped(m, max) {
    return (m?.text?.length ?? 0) > max || (m?.markdown?.length ?? 0) > max;
}
/** The rule within the text and tag caps: the rule itself when nothing needs cutting. */
function trimRule(rule, limits, counts) {
    const tags = rule.properties?.tags;
    const tooManyTags = Array.isArray(tags) && tags.length > limits.maxTagsPerRule;
    const cut = tooManyTags ||
        (rule.name?.length ?? 0) > limits.maxRuleNameChars ||
        clipped(rule.shortDescription, limits.maxShortDescriptionChars) ||
        clipped(rule.fullDescription, limits.maxFullDescriptionChars) ||
        clipped(rule.help, limits.maxHelpChars);
    if (!cut)
        return rule;
    counts.rulesCut += 1;
    const name = clip(rule.name, limits.maxRuleNameChars);
    return {
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
        return { result, index, rank: (0,_portcullis_core__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(severity), ruleId: ruleIdOf(run, result), severity };
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
    // Results keep their indices into `whole`'s rules; each fitted run is built from it afresh.
    const whole = run;
    const build = (selection, compact) => {
        const inOrder = [...selection].sort((a, b) => a.index - b.index).map((r) => r.result);
        const built = { ...whole, results: inOrder };
        return compact ? compactRules(built) : built;
    };
    // Too many rules even after trimming results: keep only the rules results use, re-indexed.
    run = build(kept, (whole.tool.driver.rules?.length ?? 0) > limits.maxRulesPerRun);
    let size = (0,_portcullis_core_json_text__WEBPACK_IMPORTED_MODULE_3__/* .gzippedJsonSize */ .hw)(run);
    const target = limits.maxGzippedBytes * SIZE_HEADROOM;
    const before = kept.length;
    while (size > target && kept.length > 0) {
        const keep = Math.min(kept.length - 1, Math.floor(kept.length * (target / size) * 0.98));
        // `kept` is severity-ordered: the tail is the least severe.
        for (const r of kept.slice(Math.max(keep, 0)))
            omit(r);
        kept = kept.slice(0, Math.max(keep, 0));
        // A rule whose results are all left out only takes room (a CVE's help is kilobytes): the
        // fitted run holds the rules its results use, or its rules alone could keep it over the limit.
        run = build(kept, true);
        size = (0,_portcullis_core_json_text__WEBPACK_IMPORTED_MODULE_3__/* .gzippedJsonSize */ .hw)(run);
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
/**
 * Fits a SARIF log into code scanning's limits: trims what must be trimmed (least severe results
 * first) and splits runs over several uploads. The input is not modified. `before` is what the
 * writer already left out of the log it kept for the upload (see writeSarif); it is counted too.
 */
function budgetSarif(log, overrides = {}, before) {
    const limits = { ...SARIF_LIMITS, ...overrides };
    const notes = [...(before?.notes ?? [])];
    const byRule = { ...before?.byRule };
    const bySeverity = { ...(0,_portcullis_core__WEBPACK_IMPORTED_MODULE_1__/* .emptySeverityCounts */ .Fk)(), ...before?.bySeverity };
    let omittedResults = before?.results ?? 0;
    const omit = (r) => {
        omittedResults += 1;
        byRule[r.ruleId] = (byRule[r.ruleId] ?? 0) + 1;
        bySeverity[r.severity] += 1;
    };
    const runs = log.runs.map((run, i) => budgetRun(run, limits, omit, notes, `Run ${i + 1} (${run.tool.driver.name})`));
    const envelope = { ...log, runs: [] };
    const envelopeSize = (0,_portcullis_core_json_text__WEBPACK_IMPORTED_MODULE_3__/* .gzippedJsonSize */ .hw)(envelope);
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
        if (group.length > 1 && (0,_portcullis_core_json_text__WEBPACK_IMPORTED_MODULE_3__/* .gzippedJsonSize */ .hw)(upload) > limits.maxGzippedBytes) {
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
