/**
 * A private Sigstore on 127.0.0.1 for keyless signing tests: a GitHub Actions OIDC token endpoint,
 * Fulcio (API v1, as cosign 2.5 calls it) and Rekor (API v1), with a certificate transparency log
 * behind Fulcio. The CA, the CT log and the transparency log are `@sigstore/mock`'s (real keys, real
 * X.509 certificates with embedded SCTs, real signed entry timestamps and inclusion proofs); this
 * module serves them over loopback HTTP and does what the mock leaves to Fulcio itself:
 *
 * - authenticates the OIDC token: RS256 signature by the token endpoint's key, issuer, audience
 *   `sigstore`, expiry;
 * - checks the proof of possession (the token's subject signed with the key to certify);
 * - maps a GitHub Actions token to its principal as Fulcio does: the SAN is
 *   `https://github.com/<job_workflow_ref>` and the issuer extension is the token's `iss`;
 * - bridges Fulcio's v1 signingCert API (what cosign 2.5 calls) to the mock's v2 handler.
 *
 * The trust material (Fulcio root, CT log key, Rekor key) is written as PEM files and as a Sigstore
 * trusted root (trusted_root.json, made by `cosign trusted-root create`).
 */
import { execFile } from 'node:child_process'
import {
  createPublicKey,
  createSign,
  generateKeyPairSync,
  verify as verifySignature,
  X509Certificate,
  type KeyObject,
} from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  rekorHandler,
} from '@sigstore/mock'

const execFileAsync = promisify(execFile)

/** GitHub's OIDC issuer, as a hosted runner's token names it. */
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'

export interface SigstoreRequest {
  readonly method: string
  readonly url: string
  readonly authorization: string
  /** Rekor: the proposed entry's kind; Fulcio: the outcome. */
  readonly note?: string
}

export interface TestSigstore {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly fulcioUrl: string
  readonly rekorUrl: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for a job with `id-token: write`. */
  readonly oidcEnv: Readonly<Record<string, string>>
  /** The certificate identity a signature made in this job carries. */
  readonly identity: string
  readonly issuer: string
  /** trusted_root.json for the `trusted-root` input. */
  readonly trustedRoot: string
  /** The same trust material as the PEM files cosign's SIGSTORE_* variables name. */
  readonly pem: {
    readonly fulcioRoot: string
    readonly ctLogKey: string
    readonly rekorKey: string
  }
  readonly requests: SigstoreRequest[]
  /**
   * The OIDC request variables of another job, whose workflow is `jobWorkflowRef`: a signature made
   * with them carries the identity `https://github.com/<jobWorkflowRef>`, certified by the same CA.
   */
  oidcEnvFor(jobWorkflowRef: string): Readonly<Record<string, string>>
  stop(): Promise<void>
}

export interface TestSigstoreOptions {
  /** The path cosign must present to the token endpoint. */
  readonly requestToken: string
  /** `owner/repo/.github/workflows/file.yml@ref`, the job's workflow. */
  readonly jobWorkflowRef?: string
  /** cosign, for `cosign trusted-root create`. */
  readonly cosign: string
}

function b64url(value: object | Buffer): string {
  return (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url')
}

function pemOf(der: Buffer, label: string): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

class Refused extends Error {}

/** Verifies an RS256 JWT with the issuer's key and returns its claims. */
function authenticate(
  authorization: string | undefined,
  key: KeyObject,
  issuer: string,
): Record<string, unknown> {
  const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '')
  if (!m) throw new Refused('no bearer token')
  const [, header, payload, signature] = m as unknown as [string, string, string, string]
  const alg = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }).alg
  if (alg !== 'RS256') throw new Refused(`unsupported token algorithm ${alg}`)
  const ok = verifySignature(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    key,
    Buffer.from(signature, 'base64url'),
  )
  if (!ok) throw new Refused('the token signature does not verify')
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
  if (claims.iss !== issuer) throw new Refused(`untrusted issuer ${String(claims.iss)}`)
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!aud.includes('sigstore')) throw new Refused('the token is not for audience sigstore')
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now())
    throw new Refused('the token has expired')
  return claims
}

/** Starts the loopback Sigstore; `stop()` closes it and removes its files. */
export async function startSigstore(options: TestSigstoreOptions): Promise<TestSigstore> {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-sigstore-'))
  const requests: SigstoreRequest[] = []
  const jobWorkflowRef =
    options.jobWorkflowRef ?? 'org/app/.github/workflows/release.yml@refs/heads/main'
  // Request token -> the workflow of the job it belongs to.
  const jobs = new Map<string, string>([[options.requestToken, jobWorkflowRef]])
  const oidc = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const p256 = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })

  const server: Server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const ctLog = await initializeCTLog(p256())
  const ca = await initializeCA(p256(), ctLog)
  const tlog = await initializeTLog(`${url}/rekor`, p256())
  const fulcio = fulcioHandler(ca)
  const rekor = rekorHandler(tlog)

  const token = (jobWorkflowRef: string): string => {
    const repository = jobWorkflowRef.split('/').slice(0, 2).join('/')
    const now = Math.floor(Date.now() / 1000)
    const head = b64url({ alg: 'RS256', typ: 'JWT', kid: 'portcullis-test' })
    const claims = b64url({
      iss: GITHUB_OIDC_ISSUER,
      aud: 'sigstore',
      sub: `repo:${repository}:ref:refs/heads/main`,
      repository,
      repository_owner: repository.split('/')[0],
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      workflow: 'release',
      event_name: 'push',
      job_workflow_ref: jobWorkflowRef,
      runner_environment: 'github-hosted',
      iat: now,
      nbf: now,
      exp: now + 300,
    })
    const signer = createSign('sha256')
    signer.update(`${head}.${claims}`)
    return `${head}.${claims}.${b64url(signer.sign(oidc.privateKey))}`
  }

  // Fulcio v1 → the mock CA (v2 request shape): authenticated, proven, mapped claims only.
  const signingCert = async (req: IncomingMessage): Promise<[number, string, string]> => {
    const claims = authenticate(req.headers.authorization, oidc.publicKey, GITHUB_OIDC_ISSUER)
    const request = JSON.parse(await body(req)) as {
      publicKey?: { content?: string }
      signedEmailAddress?: string
    }
    const publicKeyPem = Buffer.from(request.publicKey?.content ?? '', 'base64').toString('utf8')
    const key = createPublicKey(publicKeyPem)
    const subject = typeof claims.email === 'string' ? claims.email : String(claims.sub)
    const proof = Buffer.from(request.signedEmailAddress ?? '', 'base64')
    if (!verifySignature('sha256', Buffer.from(subject), key, proof))
      throw new Refused('the proof of possession does not verify')
    if (typeof claims.job_workflow_ref !== 'string') throw new Refused('not a GitHub Actions token')
    const mapped = { ...claims, sub: `https://github.com/${claims.job_workflow_ref}` }
    const unsigned = `${b64url({ alg: 'none' })}.${b64url(mapped)}.`
    const result = await fulcio.fn(
      JSON.stringify({
        credentials: { oidcIdentityToken: unsigned },
        publicKeyRequest: { publicKey: { content: publicKeyPem } },
      }),
    )
    if (result.statusCode !== 201) return [result.statusCode, 'text/plain', String(result.response)]
    const chain = (
      JSON.parse(String(result.response)) as {
        signedCertificateEmbeddedSct: { chain: { certificates: string[] } }
      }
    ).signedCertificateEmbeddedSct.chain.certificates
    return [201, 'application/pem-certificate-chain', chain.join('')]
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? ''
    const record = (note?: string) =>
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization ?? '',
        ...(note ? { note } : {}),
      })
    const reply = (status: number, type: string, text: string) => {
      res.statusCode = status
      res.setHeader('content-type', type)
      res.end(text)
    }
    void (async () => {
      try {
        if (req.method === 'GET' && path === '/token') {
          record()
          const presented = /^bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
          const job = presented === undefined ? undefined : jobs.get(presented)
          if (job === undefined)
            return reply(401, 'application/json', '{"message":"Bad credentials"}')
          const audience = new URL(req.url ?? '', url).searchParams.get('audience')
          if (audience !== 'sigstore') return reply(400, 'application/json', '{}')
          return reply(200, 'application/json', JSON.stringify({ value: token(job) }))
        }
        if (req.method === 'POST' && path === '/fulcio/api/v1/signingCert') {
          try {
            const [status, type, text] = await signingCert(req)
            record(status === 201 ? 'issued' : `refused ${status}`)
            return reply(status, type, text)
          } catch (error) {
            if (!(error instanceof Refused)) throw error
            record(`refused: ${error.message}`)
            return reply(401, 'application/json', JSON.stringify({ message: error.message }))
          }
        }
        if (req.method === 'POST' && path === '/rekor/api/v1/log/entries') {
          const text = await body(req)
          const kind = (JSON.parse(text) as { kind?: string; apiVersion?: string }).kind ?? ''
          const result = await rekor.fn(text)
          record(`${kind} ${result.statusCode}`)
          return reply(
            result.statusCode,
            result.contentType ?? 'application/json',
            String(result.response),
          )
        }
        record('not found')
        reply(404, 'application/json', '{"message":"not found"}')
      } catch (error) {
        record(`error: ${(error as Error).message}`)
        reply(500, 'text/plain', (error as Error).message)
      }
    })()
  })

  const fulcioRoot = join(dir, 'fulcio-root.pem')
  const ctLogKey = join(dir, 'ctlog.pub')
  const rekorKey = join(dir, 'rekor.pub')
  const rootDer = Buffer.from(
    ca.rootCertificate.buffer,
    ca.rootCertificate.byteOffset,
    ca.rootCertificate.byteLength,
  )
  writeFileSync(fulcioRoot, new X509Certificate(rootDer).toString())
  writeFileSync(ctLogKey, pemOf(Buffer.from(ctLog.publicKey), 'PUBLIC KEY'))
  writeFileSync(rekorKey, pemOf(Buffer.from(tlog.publicKey), 'PUBLIC KEY'))
  const trustedRoot = join(dir, 'trusted_root.json')
  await execFileAsync(options.cosign, [
    'trusted-root',
    'create',
    '--certificate-chain',
    fulcioRoot,
    '--ctfe-key',
    ctLogKey,
    '--rekor-key',
    rekorKey,
    '--out',
    trustedRoot,
  ])
  // `trusted-root create` takes no log URL, but sigstore-js accepts a Rekor checkpoint only from a
  // log whose baseUrl names the checkpoint's origin (this server's host), as real trusted roots do.
  const root = JSON.parse(readFileSync(trustedRoot, 'utf8')) as { tlogs: Record<string, unknown>[] }
  for (const log of root.tlogs) log.baseUrl = `${url}/rekor`
  writeFileSync(trustedRoot, JSON.stringify(root))

  return {
    url,
    fulcioUrl: `${url}/fulcio`,
    rekorUrl: `${url}/rekor`,
    oidcEnv: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.requestToken,
    },
    identity: `https://github.com/${jobWorkflowRef}`,
    issuer: GITHUB_OIDC_ISSUER,
    trustedRoot,
    pem: { fulcioRoot, ctLogKey, rekorKey },
    requests,
    oidcEnvFor(ref: string) {
      const requestToken = `${options.requestToken}-job-${jobs.size}`
      jobs.set(requestToken, ref)
      return {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      }
    },
    async stop() {
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
