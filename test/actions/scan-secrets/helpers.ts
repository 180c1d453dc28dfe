/**
 * Git repositories and secrets for the scan-secrets tests. Secrets are generated at test time from
 * a seeded generator in the formats of gitleaks 8.16's default rules, so no token-like string is
 * stored in this repository (and each run plants the same values).
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const made: string[] = []
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.invalid',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: 'pipe' }).trim()
}

/** A repository on `main` with safe-to-fetch-by-SHA settings like GitHub's. */
export function initRepo(dir = tempDir('secrets-repo-')): string {
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'uploadpack.allowReachableSHA1InWant', 'true')
  git(dir, 'config', 'commit.gpgsign', 'false')
  return dir
}

/** Writes files (path → content; null deletes) and commits them; returns the new commit's SHA. */
export function commit(
  repo: string,
  message: string,
  files: Record<string, string | null>,
): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(repo, path)
    if (content === null) {
      rmSync(full, { force: true })
      git(repo, 'rm', '-q', '--cached', '--ignore-unmatch', path)
      continue
    }
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
    git(repo, 'add', path)
  }
  git(repo, 'commit', '-q', '--allow-empty', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

/** mulberry32: a small seeded generator, so planted secrets are the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function randomText(seed: number, alphabet: string, length: number): string {
  const next = generator(seed)
  let out = ''
  for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(next() * alphabet.length)]
  return out
}

// Digits and letters a stopword cannot be spelt from (gitleaks' generic rule drops secrets that
// contain words such as "ring" or "port"): upper-case consonant-free runs would be too regular.
const UPPER_DIGITS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789bcdfghjkmnpqrstvwxz'
const LOWER_DIGITS = 'bcdfghjkmnpqrstvwxz0123456789'
const HEX = '0123456789abcdef'

export interface PlantedSecret {
  /** A label for failure messages. */
  readonly kind: string
  /** The gitleaks rule that detects it. */
  readonly rule: string
  /** The exact value gitleaks reports as the secret (what must never leave the runner). */
  readonly value: string
  /** The line(s) written to the file. */
  readonly text: string
}

/** Eleven kinds of secret, one per gitleaks 8.16 default rule, from a seed. */
export function plantedSecrets(seed = 7): PlantedSecret[] {
  let n = seed * 1000
  const r = (alphabet: string, length: number) => randomText((n += 1), alphabet, length)
  const awsId = `AKIA${r(UPPER_DIGITS, 16)}`
  const awsSecret = r(ALNUM, 40)
  const ghp = `ghp_${r(ALNUM, 36)}`
  const glpat = `glpat-${r(ALNUM, 20)}`
  const slack = `xoxb-${r(ALNUM, 40)}`
  const stripe = `sk_live_${r(LOWER_DIGITS, 24)}`
  const google = `AIza${r(ALNUM, 35)}`
  const npm = `npm_${r(LOWER_DIGITS, 36)}`
  const pgPassword = r(ALNUM, 22)
  const twilio = `SK${r(HEX, 32)}`
  const sendgrid = `SG.${r(ALNUM, 22)}.${r(ALNUM, 43)}`
  const jwt = `ey${r(ALNUM, 32)}.ey${r(ALNUM, 64)}.${r(ALNUM, 43)}`
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim()
  return [
    {
      kind: 'AWS access key id',
      rule: 'aws-access-token',
      value: awsId,
      text: `aws_access_key_id = ${awsId}`,
    },
    {
      kind: 'AWS secret access key',
      rule: 'generic-api-key',
      value: awsSecret,
      text: `aws_secret_access_key = "${awsSecret}"`,
    },
    { kind: 'GitHub PAT', rule: 'github-pat', value: ghp, text: `github_token = ${ghp}` },
    { kind: 'GitLab PAT', rule: 'gitlab-pat', value: glpat, text: `gitlab = ${glpat}` },
    { kind: 'Slack bot token', rule: 'slack-access-token', value: slack, text: `slack = ${slack}` },
    {
      kind: 'Stripe live key',
      rule: 'stripe-access-token',
      value: stripe,
      text: `stripe = ${stripe}`,
    },
    {
      kind: 'Google API key',
      rule: 'gcp-api-key',
      value: google,
      text: `google_maps = "${google}"`,
    },
    { kind: 'npm token', rule: 'npm-access-token', value: npm, text: `npm_auth = ${npm}` },
    {
      kind: 'Postgres connection string',
      rule: 'generic-api-key',
      value: pgPassword,
      text: `conn = "host=db.internal port=5432 user=app password=${pgPassword} dbname=app"`,
    },
    { kind: 'Twilio API key', rule: 'twilio-api-key', value: twilio, text: `twilio = ${twilio}` },
    {
      kind: 'SendGrid API key',
      rule: 'sendgrid-api-token',
      value: sendgrid,
      text: `sendgrid = ${sendgrid}`,
    },
    { kind: 'JWT', rule: 'jwt', value: jwt, text: `jwt = ${jwt}` },
    { kind: 'RSA private key', rule: 'private-key', value: pem, text: pem },
  ]
}

/** The lines of a secret that must never appear anywhere (each line of a PEM body, whole values otherwise). */
export function secretLines(secret: PlantedSecret): string[] {
  return secret.value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 8 && !l.startsWith('-----'))
}

/** A shell script standing in for gitleaks: answers `version`, then runs `body` with $REPORT set. */
export function fakeGitleaks(body: string): string {
  const dir = tempDir('fake-gitleaks-')
  const path = join(dir, 'gitleaks')
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      'if [ "$1" = version ]; then echo 8.16.0; exit 0; fi',
      'REPORT=',
      'while [ $# -gt 0 ]; do',
      '  if [ "$1" = --report-path ]; then shift; REPORT=$1; fi',
      '  shift',
      'done',
      body,
      '',
    ].join('\n'),
  )
  chmodSync(path, 0o755)
  return path
}
