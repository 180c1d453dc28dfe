import { neutralize, neutralizeLines, type Logger } from '@portcullis/core/ports'

// The neutralising rules and the ports live in core so adapters can take them without the runner.
export { neutralize, neutralizeLines, stripEscapes, type Logger } from '@portcullis/core/ports'

export interface LineSink {
  write(line: string): void
  isDebug(): boolean
}

/** A Logger that writes neutralised lines to a sink (stdout in the runner, an array in tests). */
export function createLogger(sink: LineSink): Logger {
  const out = (text: string, prefix = '') => {
    for (const line of neutralizeLines(text, prefix)) sink.write(line)
  }
  return {
    info: (message) => out(message),
    debug: (message) => {
      if (sink.isDebug()) out(message, '[debug] ')
    },
    warning: (message) => out(message, 'Warning: '),
    relay: (tool, text) => out(text, `[${tool}] `),
    async group(title, fn) {
      // ::group:: is ours to emit; the title is neutralised to one line first.
      sink.write(`::group::${neutralize(title).replace(/\n/g, ' ')}`)
      try {
        return await fn()
      } finally {
        sink.write('::endgroup::')
      }
    },
  }
}

/** A Logger that records lines, for tests and for the CLI's quiet mode. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = []
  const logger = createLogger({ write: (l) => lines.push(l), isDebug: () => true })
  return Object.assign(logger, { lines })
}
