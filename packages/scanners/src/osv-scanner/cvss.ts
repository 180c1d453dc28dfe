/**
 * CVSS v3.0/v3.1 base score from a vector string, per the FIRST specification
 * (https://www.first.org/cvss/v3.1/specification-document, section 7.1 and Appendix A for Roundup).
 * osv-scanner v1 output carries only vectors (no score and no `max_severity`), so the score is
 * computed here to rank an advisory. Returns undefined for anything that is not a complete v3 vector.
 */
export function cvss3BaseScore(vector: string): number | undefined {
  const parts = vector.trim().split('/')
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return undefined
  const m = new Map<string, string>()
  for (const p of parts.slice(1)) {
    const [k, v] = p.split(':')
    if (k && v) m.set(k, v)
  }
  const scope = m.get('S')
  const av = ({ N: 0.85, A: 0.62, L: 0.55, P: 0.2 } as Record<string, number>)[m.get('AV') ?? '']
  const ac = ({ L: 0.77, H: 0.44 } as Record<string, number>)[m.get('AC') ?? '']
  const pr = (
    scope === 'C'
      ? ({ N: 0.85, L: 0.68, H: 0.5 } as Record<string, number>)
      : ({ N: 0.85, L: 0.62, H: 0.27 } as Record<string, number>)
  )[m.get('PR') ?? '']
  const ui = ({ N: 0.85, R: 0.62 } as Record<string, number>)[m.get('UI') ?? '']
  const cia = { H: 0.56, L: 0.22, N: 0 } as Record<string, number>
  const c = cia[m.get('C') ?? '']
  const i = cia[m.get('I') ?? '']
  const a = cia[m.get('A') ?? '']
  if (
    (scope !== 'U' && scope !== 'C') ||
    av === undefined ||
    ac === undefined ||
    pr === undefined ||
    ui === undefined ||
    c === undefined ||
    i === undefined ||
    a === undefined
  ) {
    return undefined
  }
  const iss = 1 - (1 - c) * (1 - i) * (1 - a)
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15)
  const exploitability = 8.22 * av * ac * pr * ui
  if (impact <= 0) return 0
  const raw = scope === 'U' ? impact + exploitability : 1.08 * (impact + exploitability)
  return roundUp(Math.min(raw, 10))
}

/** CVSS v3.1 Appendix A Roundup: the smallest one-decimal number >= input, free of float noise. */
function roundUp(value: number): number {
  const int = Math.round(value * 100000)
  return int % 10000 === 0 ? int / 100000 : (Math.floor(int / 10000) + 1) / 10
}
