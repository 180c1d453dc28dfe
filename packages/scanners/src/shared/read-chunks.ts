import { open } from 'node:fs/promises'

/** Bytes read at a time. */
const CHUNK_BYTES = 1024 * 1024

/**
 * A file's bytes in chunks read into one buffer it reuses: a chunk is valid only until the next is
 * asked for, so the consumer must be done with it (or copy what it keeps) before its loop goes on.
 * The stream parsers are: the byte walker copies whatever a value still needs from a chunk. A read
 * stream would allocate a fresh buffer per chunk, hundreds of them for a large report, each freed
 * only when the collector gets to it.
 */
export async function* readChunks(path: string, size = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(size)
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, size, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await file.close()
  }
}
