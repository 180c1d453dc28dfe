import * as tc from '@actions/tool-cache'

/** The runner's tool cache ($RUNNER_TOOL_CACHE), in the shape the installer's ToolCachePort expects. */
export function actionsToolCache(): {
  find(tool: string, version: string, arch: string): string | undefined
  cacheDir(dir: string, tool: string, version: string, arch: string): Promise<string>
} {
  return {
    find: (tool, version, arch) => {
      const found = tc.find(tool, version, arch)
      return found === '' ? undefined : found
    },
    cacheDir: (dir, tool, version, arch) => tc.cacheDir(dir, tool, version, arch),
  }
}
