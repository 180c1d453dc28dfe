export const id = 572;
export const ids = [572];
export const modules = {

/***/ 4572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyIgnoreFile: () => (/* binding */ applyIgnoreFile),
/* harmony export */   readIgnoreFile: () => (/* binding */ readIgnoreFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _portcullis_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _portcullis_engine__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7375);





const INPUT = 'ignore-file';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Reads and checks the file the `ignore-file` input names; every mistake names the input and line. */
function readIgnoreFile(workspace, input) {
    const { abs: path, rel: name } = (0,_portcullis_engine__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X5)(workspace, input, INPUT);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}' cannot be read (${error.code ?? error.message}); name an existing ignore file or leave the input empty`);
    }
    const entries = /\.ya?ml$/i.test(path) ? yamlEntries(text, input) : textEntries(text, input);
    return { name, entries };
}
function textEntries(text, input) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            return;
        const [id, ...rest] = line.split(/\s+/);
        let expires;
        for (const word of rest) {
            const exp = /^exp:(.*)$/.exec(word);
            if (exp && DATE.test(exp[1]) && !Number.isNaN(Date.parse(exp[1])))
                expires = exp[1];
            else {
                throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}' line ${i + 1}: '${word}' is neither a comment nor exp:YYYY-MM-DD`);
            }
        }
        entries.push({ id: id, line: i + 1, paths: [], expires, statement: undefined });
    });
    return entries;
}
const YAML_LISTS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'];
function yamlEntries(text, input) {
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}' is not valid YAML: ${error.message}`);
    }
    if (data === null || data === undefined)
        return [];
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}' must be a mapping of ${YAML_LISTS.join(', ')}`);
    }
    const lines = text.split(/\r?\n/);
    const entries = [];
    for (const [key, list] of Object.entries(data)) {
        if (!YAML_LISTS.includes(key)) {
            throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}': unknown key '${key}' (${YAML_LISTS.join(', ')})`);
        }
        if (list === null)
            continue;
        if (!Array.isArray(list))
            throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}': '${key}' must be a list`);
        for (const item of list) {
            const entry = item;
            const id = entry?.id;
            if (typeof id !== 'string' || id.trim() === '') {
                throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}': every entry of '${key}' needs an id`);
            }
            const paths = entry?.paths ?? [];
            if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) {
                throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}': paths of '${id}' must be a list of strings`);
            }
            const expiredAt = entry?.expired_at;
            const expires = expiredAt instanceof Date
                ? expiredAt.toISOString().slice(0, 10)
                : typeof expiredAt === 'string'
                    ? expiredAt
                    : undefined;
            if (expiredAt !== undefined && (expires === undefined || Number.isNaN(Date.parse(expires)))) {
                throw new _portcullis_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(INPUT, `'${input}': expired_at of '${id}' must be a date (YYYY-MM-DD)`);
            }
            const statement = typeof entry?.statement === 'string' ? entry.statement : undefined;
            const at = lines.findIndex((l) => new RegExp(`\\bid:\\s*['"]?${escape(id)}\\b`).test(l));
            entries.push({ id, line: at + 1, paths: paths, expires, statement });
        }
    }
    return entries;
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Marks every counted finding an unexpired entry covers as suppressed by `file:line`, handing each
 * finding on in order; returns the notices saying what it did.
 */
function applyIgnoreFile(file, findings, now, add) {
    const today = now.toISOString().slice(0, 10);
    const live = file.entries.filter((e) => e.expires === undefined || e.expires >= today);
    const expired = file.entries.filter((e) => !live.includes(e));
    const matchers = live.map((e) => ({
        entry: e,
        id: e.id.toLowerCase(),
        paths: e.paths.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_4___default()([...e.paths], { dot: true }) : undefined,
    }));
    let hidden = 0;
    const mark = (f) => {
        if (f.suppression)
            return f;
        const ids = new Set([f.ruleId, ...(f.advisories ?? [])].map((id) => id.toLowerCase()));
        const path = f.location?.path;
        const hit = matchers.find((m) => ids.has(m.id) && (m.paths === undefined || (path !== undefined && m.paths(path))));
        if (!hit)
            return f;
        hidden += 1;
        return {
            ...f,
            suppression: {
                kind: 'external',
                source: `${file.name}:${hit.entry.line}`,
                justification: hit.entry.statement ??
                    `listed in ${file.name} (input ignore-file)${hit.entry.expires ? ` until ${hit.entry.expires}` : ''}`,
            },
        };
    };
    for (const f of findings)
        add(mark(f));
    const notices = [
        `${file.name} (input ignore-file): ${hidden} finding(s) suppressed by ${live.length} entr${live.length === 1 ? 'y' : 'ies'}.`,
    ];
    if (expired.length > 0) {
        notices.push(`${file.name}: ${expired.length} expired entr${expired.length === 1 ? 'y covers' : 'ies cover'} nothing: ${expired.map((e) => `${e.id} (line ${e.line}, ${e.expires})`).join(', ')}.`);
    }
    return notices;
}


/***/ })

};
