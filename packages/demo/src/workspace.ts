import { randomInt } from 'node:crypto'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mustRun } from './exec.js'

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The example project, with the mistakes the suite exists to catch. */
export const PROJECT_DIR = join(PACKAGE_DIR, 'project')
/** The corrected files, laid over the project for `--fixed`. */
export const PROJECT_FIXED_DIR = join(PACKAGE_DIR, 'project-fixed')

/** The repository the demo pretends to be, as GitHub would name it in the event. */
export const DEMO_REPOSITORY = { owner: 'example-org', name: 'shop-api', id: 7_654_321 } as const
export const BASE_BRANCH = 'main'
export const HEAD_BRANCH = 'feature/deploy-config'
export const PULL_REQUEST_NUMBER = 17
/** The file the pull request adds; on the default run it first carries a credential. */
export const CONFIG_FILE = 'config/production.env'

export interface DemoRepository {
  readonly dir: string
  readonly baseSha: string
  readonly headSha: string
  /** The pull request's commits, oldest first. */
  readonly commits: readonly { readonly sha: string; readonly message: string }[]
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
function randomFrom(alphabet: string, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)]
  return out
}

/**
 * A credential of AWS's shape, made at run time so no key-like literal sits in this repository.
 * It belongs to no account.
 */
export function plantedCredential(): string {
  return [
    `AWS_ACCESS_KEY_ID=${['AK', 'IA'].join('')}${randomFrom(ALNUM, 16)}`,
    `AWS_SECRET_ACCESS_KEY=${randomFrom(B64, 40)}`,
  ].join('\n')
}

async function git(gitPath: string, dir: string, args: readonly string[]): Promise<string> {
  const stamp = '2026-11-20T09:00:00Z'
  return (
    await mustRun(`git ${args[0] ?? ''}`, gitPath, ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: dir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Dev Eloper',
        GIT_AUTHOR_EMAIL: 'dev@example.com',
        GIT_AUTHOR_DATE: stamp,
        GIT_COMMITTER_NAME: 'Dev Eloper',
        GIT_COMMITTER_EMAIL: 'dev@example.com',
        GIT_COMMITTER_DATE: stamp,
      },
    })
  ).trim()
}

/**
 * Copies the example project (with the corrected files laid over it when `fixed`) into `dir` and
 * makes its history: the project on main, then a feature branch whose pull request adds a deploy
 * config. On the default run the config first carries a credential and a second commit removes
 * it again, so it is gone from the tree but stays in the history the pull request brings in.
 */
export async function createDemoRepository(
  gitPath: string,
  dir: string,
  fixed: boolean,
): Promise<DemoRepository> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await cp(PROJECT_DIR, dir, { recursive: true })
  if (fixed) await cp(PROJECT_FIXED_DIR, dir, { recursive: true, force: true })

  await git(gitPath, dir, ['init', '--quiet', '--initial-branch', BASE_BRANCH])
  await git(gitPath, dir, ['add', '--all'])
  await git(gitPath, dir, ['commit', '--quiet', '-m', 'shop-api 1.4'])
  const baseSha = await git(gitPath, dir, ['rev-parse', 'HEAD'])
  await git(gitPath, dir, ['checkout', '--quiet', '-b', HEAD_BRANCH])

  const config = join(dir, CONFIG_FILE)
  await mkdir(dirname(config), { recursive: true })
  const settings = 'REGION=eu-west-1\nLOG_LEVEL=info\n'
  const messages: string[] = []
  if (fixed) {
    await writeFile(config, `${settings}# Credentials come from the workload's IAM role.\n`)
    await git(gitPath, dir, ['add', CONFIG_FILE])
    messages.push('Add the production deploy config')
    await git(gitPath, dir, ['commit', '--quiet', '-m', messages[0]!])
  } else {
    await writeFile(config, `${settings}${plantedCredential()}\n`)
    await git(gitPath, dir, ['add', CONFIG_FILE])
    messages.push('Add the production deploy config')
    await git(gitPath, dir, ['commit', '--quiet', '-m', messages[0]!])
    await writeFile(config, `${settings}# Credentials come from the workload's IAM role.\n`)
    await git(gitPath, dir, ['add', CONFIG_FILE])
    messages.push('Remove the credentials from the deploy config')
    await git(gitPath, dir, ['commit', '--quiet', '-m', messages[1]!])
  }
  const log = await git(gitPath, dir, ['rev-list', '--reverse', `${baseSha}..HEAD`])
  const shas = log.split('\n').filter((l) => l !== '')
  const commits = shas.map((sha, i) => ({ sha, message: messages[i] ?? '' }))
  return { dir, baseSha, headSha: shas[shas.length - 1] ?? baseSha, commits }
}
