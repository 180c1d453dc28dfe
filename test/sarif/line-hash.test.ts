import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeLineHashes } from '@portcullis/sarif'

/*
 * Expected values are github/codeql-action's own: src/fingerprints.test.ts, test "hash", at commit
 * a7d3945ab4c0fd136ba0970df5a1b7ca4dadb07a (https://github.com/github/codeql-action). Those are the
 * values upload-sarif computes, so matching them means our primaryLocationLineHash never disagrees.
 */
const CODEQL_ACTION_CASES: readonly (readonly [string, readonly string[]])[] = [
  ['', ['c129715d7a2bc9a3:1']],
  [
    ' a\nb\n  \t\tc\n d',
    ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1'],
  ],
  [
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End',
    [
      '8b7cf3e952e7aeb2:1',
      'b1ae1287ec4718d9:1',
      'bff680108adb0fcc:1',
      'c6805c5e1288b612:1',
      'b86d3392aea1be30:1',
      'e6ceba753e1a442:1',
    ],
  ],
  ...[
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n',
    ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r',
    ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n',
    ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n',
  ].map(
    (text) =>
      [
        text,
        [
          'e9496ae3ebfced30:1',
          'fb7c023a8b9ccb3f:1',
          'ce8ba1a563dcdaca:1',
          'e20e36e16fcb0cc8:1',
          'b3edc88f2938467e:1',
          'c8e28b0b4002a3a0:1',
          'c129715d7a2bc9a3:1',
        ],
      ] as const,
  ),
  [
    'Lorem ipsum dolor sit amet.\n'.repeat(10),
    [
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ],
  ],
  [
    'x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n',
    [
      'e54938cc54b302f1:1',
      'bb609acbe9138d60:1',
      '1131fd5871777f34:1',
      '5c482a0f8b35ea28:1',
      '54517377da7028d2:1',
      '2c644846cb18d53e:1',
      'f1b89f20de0d133:1',
      'c129715d7a2bc9a3:1',
    ],
  ],
]

/**
 * An independent, non-rolling statement of the same definition: normalise the text (drop spaces
 * and tabs, CR/CRLF to LF), append the end marker 0xFFFF and zeros, and for each line start hash
 * the next 100 code units directly as sum(c_i * 37^(99-i)) mod 2^64.
 */
function naiveLineHashes(text: string): string[] {
  const codes: number[] = []
  const starts: number[] = []
  let atLineStart = true
  let afterCR = false
  const take = (c: number): void => {
    if (c === 0x20 || c === 0x09 || (afterCR && c === 0x0a)) {
      afterCR = false
      return
    }
    afterCR = c === 0x0d
    const code = c === 0x0d ? 0x0a : c
    if (atLineStart) starts.push(codes.length)
    atLineStart = code === 0x0a
    codes.push(code)
  }
  for (let i = 0; i < text.length; i++) take(text.charCodeAt(i))
  take(0xffff)
  const seen = new Map<string, number>()
  return starts.map((start) => {
    let h = 0n
    for (let i = 0; i < 100; i++) {
      h = (h * 37n + BigInt(codes[start + i] ?? 0)) % (1n << 64n)
    }
    const hex = h.toString(16)
    const n = (seen.get(hex) ?? 0) + 1
    seen.set(hex, n)
    return `${hex}:${n}`
  })
}

describe('computeLineHashes (codeql-action primaryLocationLineHash)', () => {
  for (const [input, expected] of CODEQL_ACTION_CASES) {
    it(`matches codeql-action for ${JSON.stringify(input).slice(0, 40)}`, () => {
      expect(computeLineHashes(input)).toEqual(expected)
      // codeql-action's own test also checks the line count against this split.
      expect(computeLineHashes(input)).toHaveLength(input.split(/\r\n|\r|\n/).length)
    })
  }

  it('the naive definition agrees with codeql-action on its own cases', () => {
    for (const [input, expected] of CODEQL_ACTION_CASES)
      expect(naiveLineHashes(input)).toEqual(expected)
  })

  it('agrees with the naive definition on arbitrary text (long lines, CR/LF mixes, repeats)', () => {
    const char = fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r', 'é', '😀', 'x')
    fc.assert(
      fc.property(fc.array(char, { maxLength: 400 }), (chars) => {
        const text = chars.join('')
        expect(computeLineHashes(text)).toEqual(naiveLineHashes(text))
      }),
      { numRuns: 300 },
    )
  })

  it('ignores indentation but not content', () => {
    const [a] = computeLineHashes('  foo(bar)\n')
    const [b] = computeLineHashes('\tfoo(bar)\n')
    const [c] = computeLineHashes('foo(baz)\n')
    expect(a).toBe(b)
    expect(a).not.toBe(c)
  })

  it('looks 100 characters ahead, so a line hash depends on the lines after it', () => {
    const [first] = computeLineHashes('a\nb\n')
    const [changed] = computeLineHashes('a\nc\n')
    expect(first).not.toBe(changed)
    const long = 'y'.repeat(120)
    expect(computeLineHashes(`${long}\nb\n`)[0]).toBe(computeLineHashes(`${long}\nc\n`)[0])
  })
})
