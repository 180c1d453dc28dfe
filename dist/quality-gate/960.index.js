export const id = 960;
export const ids = [960];
export const modules = {

/***/ 7960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OUTPUTS: () => (/* binding */ OUTPUTS),
/* harmony export */   commentHead: () => (/* binding */ commentHead),
/* harmony export */   gateConfig: () => (/* binding */ gateConfig),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _portcullis_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5793);
/* harmony import */ var _portcullis_gate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(621);




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
/** Turns the action's inputs and runner context into the gate's configuration. */
function gateConfig(inputs, io) {
    const policy = optional(inputs.policy);
    const waivers = optional(inputs.waivers);
    const image = optional(inputs.image);
    const sha = optional(io.context.sha);
    return {
        // Default: where this job's scan actions write their reports.
        findings: inputs.findings.length > 0 ? inputs.findings : [(0,_portcullis_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .findingsDir */ .yd)(io.context)],
        systemLevel: (0,_portcullis_gate__WEBPACK_IMPORTED_MODULE_3__/* .parseSystemLevel */ .X5)(String(inputs.systemLevel ?? '')),
        stage: inputs.stage,
        fail: inputs.fail,
        mode: inputs.mode,
        baseline: inputs.baseline,
        ...(inputs.riskThreshold !== undefined ? { riskThreshold: inputs.riskThreshold } : {}),
        ...(policy !== undefined ? { policy } : {}),
        ...(waivers !== undefined ? { waivers } : {}),
        ...(image !== undefined ? { image } : {}),
        ...(sha !== undefined ? { commitSha: sha } : {}),
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
        lines.push('', ...result.reasons.slice(0, 20).map((r) => `- \`${r.code}\`: ${(0,_portcullis_action_kit__WEBPACK_IMPORTED_MODULE_2__.md)(r.message)}`));
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
    const result = (0,_portcullis_gate__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .Rg)(gateConfig(inputs, io), { cwd: io.context.workspace, now });
    const summary = (0,_portcullis_gate__WEBPACK_IMPORTED_MODULE_3__/* .renderGateSummary */ .oU)(result);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.context.runnerTemp, 'portcullis', 'quality-gate');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const summaryFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'summary.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(summaryFile, `${summary}\n`);
    io.setOutput(OUTPUTS.verdict, result.verdict);
    io.setOutput(OUTPUTS.riskScore, result.score.score);
    io.setOutput(OUTPUTS.counts, (0,_portcullis_gate__WEBPACK_IMPORTED_MODULE_3__/* .countsOutput */ .kB)(result));
    io.setOutput(OUTPUTS.reasons, (0,_portcullis_gate__WEBPACK_IMPORTED_MODULE_3__/* .reasonsOutput */ .Pk)(result));
    io.setOutput(OUTPUTS.summaryFile, summaryFile);
    io.writeSummary(summary);
    io.log.info(`Quality gate: ${result.verdict} (stage ${result.stage}, system level ${result.systemLevel}, risk score ${result.score.score}/${result.score.threshold})`);
    for (const reason of result.reasons)
        io.log.info(`  ${reason.code}: ${reason.message}`);
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
