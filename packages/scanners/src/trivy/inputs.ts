/**
 * The inputs of every action that gives trivy a vulnerability DB (scan-deps, scan-image, compliance),
 * spread into each action's input object so names and defaults cannot drift apart. A module of its
 * own, importing nothing, so reading inputs does not load the trivy adapter.
 */
export const TRIVY_DB_INPUTS = {
  'db-repository': { kind: 'string', default: '' },
  'db-max-age': { kind: 'string', default: '3d' },
  'db-digest': { kind: 'string', default: '' },
  'db-archive': { kind: 'string', default: '' },
  'java-db-archive': { kind: 'string', default: '' },
} as const

/** The typed form of {@link TRIVY_DB_INPUTS}. */
export interface TrivyDbInputs {
  readonly dbRepository: string | undefined
  readonly dbMaxAge: string
  readonly dbDigest: string | undefined
  readonly dbArchive: string | undefined
  readonly javaDbArchive: string | undefined
}
