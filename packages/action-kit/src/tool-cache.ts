import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The runner's tool cache ($RUNNER_TOOL_CACHE), in the shape the installer's ToolCachePort expects.
 * A lookup is the layout @actions/tool-cache reads for an exact version
 * (`<root>/<tool>/<version>/<arch>` with a `<arch>.complete` marker), so no module loads for it;
 * @actions/tool-cache itself loads only to fill the cache after a verified download.
 */
export function actionsToolCache(root: string): {
  find(tool: string, version: string, arch: string): string | undefined
  cacheDir(dir: string, tool: string, version: string, arch: string): Promise<string>
} {
  return {
    find: (tool, version, arch) => {
      const dir = join(root, tool, version, arch)
      return existsSync(`${dir}.complete`) ? dir : undefined
    },
    cacheDir: async (dir, tool, version, arch) => {
      const tc = await import('@actions/tool-cache')
      return tc.cacheDir(dir, tool, version, arch)
    },
  }
}
