import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The runner's command channels, written directly: workflow commands on stdout (`::name props::message`)
 * and file commands (GITHUB_OUTPUT). They follow @actions/core's encoding byte for byte (command.js,
 * file-command.js), so the runner reads them the same way; writing them here keeps @actions/core and
 * its HTTP client out of every action's start-up (they load only when a run calls GitHub's API).
 */

/** `%`, CR and LF are the characters the runner decodes in a command's message. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value additionally cannot hold `:` (ends the properties) or `,` (starts another). */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export type CommandProperties = Readonly<Record<string, string | number | undefined>>

/** `::name k=v,k=v::message`, as the runner parses it. */
export function formatCommand(
  name: string,
  properties: CommandProperties,
  message: string,
): string {
  // Empty values are left out, as @actions/core leaves out every falsy one.
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
  return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeCommandData(message)}`
}

export interface CommandWriter {
  /** Writes one workflow command line. */
  command(name: string, properties: CommandProperties, message: string): void
  /** Sets a step output through GITHUB_OUTPUT (or the `set-output` command outside a runner). */
  setOutput(name: string, value: string): void
  /** Registers a value the runner masks in the rest of the job's log. */
  mask(value: string): void
  /** Fails the step: exit code 1 and an error annotation with the message. */
  fail(message: string): void
  isDebug(): boolean
}

export function commandWriter(
  env: NodeJS.ProcessEnv,
  write: (text: string) => void = (text) => process.stdout.write(text),
): CommandWriter {
  const command = (name: string, properties: CommandProperties, message: string) =>
    write(formatCommand(name, properties, message) + EOL)
  return {
    command,
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT
      if (!file) {
        write(EOL)
        command('set-output', { name }, value)
        return
      }
      // A fresh random delimiter per value, refused if the name or value holds it (as the runner's own toolkit does).
      const delimiter = `ghadelimiter_${randomUUID()}`
      if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`The output ${name} contains its own delimiter; it was not written.`)
      }
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
    },
    mask: (value) => command('add-mask', {}, value),
    fail(message) {
      process.exitCode = 1
      command('error', {}, message)
    },
    isDebug: () => env.RUNNER_DEBUG === '1',
  }
}
