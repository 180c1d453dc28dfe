export const id = 509;
export const ids = [509];
export const modules = {

/***/ 7509:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mdText = mdText;
exports.renderGateSummary = renderGateSummary;
const node_path_1 = __webpack_require__(6760);
const core_1 = __webpack_require__(893);
const evaluate_js_1 = __webpack_require__(5078);
const score_js_1 = __webpack_require__(1599);
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
            for (const f of waived.slice(0, evaluate_js_1.MAX_WAIVED_ROWS)) {
                out.push(findingRow(f, ` ${mdText(f.waiver ?? '', 60)} |`));
            }
            if (waivedTotal > evaluate_js_1.MAX_WAIVED_ROWS) {
                out.push('', `…and ${waivedTotal - evaluate_js_1.MAX_WAIVED_ROWS} more waived finding(s).`);
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


/***/ })

};
