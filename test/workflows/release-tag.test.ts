import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO, loadWorkflow, steps } from './workflows.js'

/*
 * .github/release/verify-tag.sh, which release.yml runs before it publishes anything, against real
 * git repositories with tags signed by real SSH (ssh-keygen) and OpenPGP (gpg) keys. The "runner"
 * clone holds the tag as actions/checkout leaves it — a lightweight tag on the commit — so the
 * script's re-fetch of the tag object is exercised too.
 */

const SCRIPT = join(REPO, '.github/release/verify-tag.sh')
let root: string
let origin: string
let author: string
let env: NodeJS.ProcessEnv

function run(cmd: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}${r.stdout}`)
  return r.stdout.trim()
}
const git = (cwd: string, ...args: string[]): string => run('git', args, cwd)

/** A fresh runner clone with `tag` as actions/checkout writes it, and the release keys given. */
function verify(
  tag: string,
  sha: string,
  keys: { ssh?: string; pgp?: string },
): { status: number | null; out: string } {
  const runner = mkdtempSync(join(root, 'runner-'))
  git(runner, 'clone', '--quiet', '--no-tags', origin, '.')
  const target = spawnSync(
    'git',
    ['ls-remote', origin, `refs/tags/${tag}^{}`, `refs/tags/${tag}`],
    {
      cwd: runner,
      encoding: 'utf8',
    },
  ).stdout
  const commit =
    /^([0-9a-f]{40})\s+refs\/tags\/\S+\^\{\}$/m.exec(target)?.[1] ?? target.slice(0, 40)
  if (commit) git(runner, 'tag', '-f', tag, commit) // lightweight, as actions/checkout leaves it
  const keysDir = join(runner, 'keys')
  mkdirSync(keysDir)
  if (keys.ssh !== undefined) writeFileSync(join(keysDir, 'allowed_signers'), keys.ssh)
  if (keys.pgp !== undefined) writeFileSync(join(keysDir, 'signing-keys.asc'), keys.pgp)
  const r = spawnSync('bash', [SCRIPT, tag, sha], {
    cwd: runner,
    env: { ...env, RELEASE_KEYS_DIR: keysDir, GNUPGHOME: join(root, 'no-such-home') },
    encoding: 'utf8',
  })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

let sshKey: string
let sshSigners: string
let otherSshKey: string
let pgpPublic: string
let otherPgpPublic: string
let tested: string
let later: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'portcullis-release-tag-'))
  env = {
    PATH: process.env.PATH,
    HOME: root,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Release',
    GIT_AUTHOR_EMAIL: 'release@example.org',
    GIT_COMMITTER_NAME: 'Release',
    GIT_COMMITTER_EMAIL: 'release@example.org',
  }
  origin = join(root, 'origin.git')
  author = join(root, 'author')
  mkdirSync(author)
  git(root, 'init', '--quiet', '--bare', origin)
  git(author, 'init', '--quiet', '-b', 'main')
  git(author, 'commit', '--quiet', '--allow-empty', '-m', 'tested')
  tested = git(author, 'rev-parse', 'HEAD')
  git(author, 'commit', '--quiet', '--allow-empty', '-m', 'later')
  later = git(author, 'rev-parse', 'HEAD')
  git(author, 'remote', 'add', 'origin', origin)
  git(author, 'push', '--quiet', 'origin', 'main')

  for (const name of ['release', 'other']) {
    run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', join(root, name)], root)
  }
  sshKey = join(root, 'release')
  const pub = readFileSync(`${sshKey}.pub`, 'utf8').trim()
  sshSigners = `# release keys\nrelease@example.org namespaces="git" ${pub}\n`
  otherSshKey = join(root, 'other')

  for (const name of ['release', 'other']) {
    const home = join(root, `gnupg-${name}`)
    mkdirSync(home, { mode: 0o700 })
    run(
      'gpg',
      [
        '--batch',
        '--quiet',
        '--passphrase',
        '',
        '--quick-gen-key',
        `${name} <${name}@example.org>`,
        'ed25519',
        'sign',
        'never',
      ],
      root,
      { GNUPGHOME: home },
    )
  }
  pgpPublic = run('gpg', ['--armor', '--export'], root, { GNUPGHOME: join(root, 'gnupg-release') })
  otherPgpPublic = run('gpg', ['--armor', '--export'], root, {
    GNUPGHOME: join(root, 'gnupg-other'),
  })

  const sshTag = (tag: string, key: string, commit: string): void => {
    run(
      'git',
      ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key}`, 'tag', '-s', tag, '-m', tag, commit],
      author,
    )
  }
  const pgpTag = (tag: string, who: string, commit: string): void => {
    run(
      'git',
      ['-c', `user.signingkey=${who}@example.org`, 'tag', '-s', tag, '-m', tag, commit],
      author,
      {
        GNUPGHOME: join(root, `gnupg-${who}`),
      },
    )
  }
  sshTag('v1.0.0', sshKey, tested)
  sshTag('v1.0.1', otherSshKey, tested)
  git(author, 'tag', '-a', 'v1.0.2', '-m', 'unsigned', tested)
  git(author, 'tag', 'v1.0.3', tested)
  sshTag('v1.0.4', sshKey, later)
  pgpTag('v1.1.0', 'release', tested)
  pgpTag('v1.1.1', 'other', tested)
  git(author, 'push', '--quiet', 'origin', '--tags')
}, 60_000)

afterAll(() => {
  // gpg started an agent for each key-making home; stop them before their folders go.
  for (const name of ['release', 'other']) {
    spawnSync('gpgconf', ['--kill', 'all'], {
      env: { ...env, GNUPGHOME: join(root, `gnupg-${name}`) },
    })
  }
  rmSync(root, { recursive: true, force: true })
})

describe('verify-tag.sh', () => {
  it('accepts an SSH-signed annotated tag at the tested commit, restoring the tag object checkout dropped', () => {
    const r = verify('v1.0.0', tested, { ssh: sshSigners })
    expect(r.out).toContain('v1.0.0: annotated, signed by a release key, points at')
    expect(r.status).toBe(0)
  })

  it('refuses a tag signed by a key that is not a release key', () => {
    const r = verify('v1.0.1', tested, { ssh: sshSigners })
    expect(r.status).toBe(1)
    expect(r.out).toContain('::error title=release tag::the signature of v1.0.1 does not verify')
  })

  it('refuses an annotated tag without a signature', () => {
    const r = verify('v1.0.2', tested, { ssh: sshSigners })
    expect(r.status).toBe(1)
    expect(r.out).toContain('the signature of v1.0.2 does not verify')
  })

  it('refuses a lightweight tag', () => {
    const r = verify('v1.0.3', tested, { ssh: sshSigners })
    expect(r.status).toBe(1)
    expect(r.out).toContain('v1.0.3 is a lightweight tag (a commit)')
  })

  it('refuses a signed tag that no longer points at the commit the run tested', () => {
    const r = verify('v1.0.4', tested, { ssh: sshSigners })
    expect(r.status).toBe(1)
    expect(r.out).toContain(`v1.0.4 points at ${later}, but this run is for ${tested}`)
  })

  it('refuses everything when the repository holds no release key', () => {
    const r = verify('v1.0.0', tested, { ssh: '# no keys yet\n' })
    expect(r.status).toBe(1)
    expect(r.out).toContain('no release signing keys')
  })

  it('accepts an OpenPGP-signed tag by a key in signing-keys.asc, and refuses one by another key', () => {
    const good = verify('v1.1.0', tested, { pgp: pgpPublic })
    expect(good.out).toContain('v1.1.0: annotated, signed by a release key')
    expect(good.status).toBe(0)
    const other = verify('v1.1.1', tested, { pgp: pgpPublic })
    expect(other.status).toBe(1)
    expect(other.out).toContain('the signature of v1.1.1 does not verify')
    // The SSH file does not vouch for an OpenPGP signature, nor the other way round.
    expect(verify('v1.1.0', tested, { ssh: sshSigners }).status).toBe(1)
    expect(verify('v1.0.0', tested, { pgp: otherPgpPublic }).status).toBe(1)
  })

  it('refuses a name that is not a version tag, and a SHA that is not a full one', () => {
    expect(verify('main', tested, { ssh: sshSigners }).out).toContain("'main' is not a version tag")
    expect(verify('v1.0.0', tested.slice(0, 12), { ssh: sshSigners }).out).toContain(
      'is not a full commit SHA',
    )
  })
})

/** What the publishing job of a release workflow must do before and while it publishes. */
function publishProblems(file: string): string[] {
  const publish = loadWorkflow(file).jobs.publish ?? {}
  const all = steps(publish)
  const runs = all.map((s) => String(s.run ?? ''))
  const verifyCall = 'bash .github/release/verify-tag.sh "$TAG" "$GITHUB_SHA"'
  const problems: string[] = []
  const check = runs.findIndex((r) => r.includes(verifyCall))
  const create = runs.findIndex((r) => r.includes('gh release create'))
  const major = runs.findIndex((r) => r.includes('refs/tags/$MAJOR'))
  if (check < 0 || check > create) problems.push('the tag is not verified before the release')
  const createRun = runs[create] ?? ''
  const inCreate = createRun.indexOf(verifyCall)
  if (inCreate < 0 || inCreate > createRun.indexOf('gh release create')) {
    problems.push('the step that creates the release does not verify the tag first')
  }
  if (major >= 0 && major < create) problems.push('the major tag moves before the release exists')
  if (all.slice(Math.max(check, 0)).some((s) => /always\(\)/.test(String(s.if ?? '')))) {
    problems.push('a step after the check runs when it failed')
  }
  const move = runs[major] ?? ''
  if (
    !move.includes('git merge-base --is-ancestor "$previous" "$GITHUB_SHA"') ||
    move.indexOf('--is-ancestor') > move.indexOf('-X PATCH')
  ) {
    problems.push('the major tag can move backwards or sideways')
  }
  if (!/if \[ "\$now" != "\$GITHUB_SHA" \]/.test(move)) {
    problems.push('where the major tag landed is not checked')
  }
  return problems
}

describe('release.yml', () => {
  it('verifies the tag before and while creating the release, and moves the major tag only forward', () => {
    expect(publishProblems('.github/workflows/release.yml')).toEqual([])
  })

  it('as it was before: publishes from an unverified tag and force-moves the major tag', () => {
    expect(publishProblems('test/workflows/broken/release-before.yml')).toEqual([
      'the tag is not verified before the release',
      'the step that creates the release does not verify the tag first',
      'the major tag can move backwards or sideways',
      'where the major tag landed is not checked',
    ])
  })
})
