import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import dynalite from 'dynalite'

export interface LocalDynamo {
  endpoint: string
  close(): Promise<void>
}

/**
 * dynalite: a DynamoDB-compatible server in pure Node. With `path` it persists to LevelDB on disk,
 * so stopping and starting again keeps every record; without it, it lives in memory (tests).
 */
export async function startDynamo(options: { port?: number; path?: string } = {}): Promise<LocalDynamo> {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
  server.listen(options.port ?? 0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
