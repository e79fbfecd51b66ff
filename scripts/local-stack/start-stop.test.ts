/**
 * `npm start` as people stop it: Ctrl-C in its terminal, SIGTERM, and the rough ways — npm killed with SIGKILL,
 * its whole process group killed with SIGKILL. Each time every port the product listened on must be free within
 * 10 s: nothing it started (dynalite, the stand-ins, the H5 server, serverless-offline and its esbuild) lives on.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from './free-port'
import { repoRoot } from './paths'

const dataDirs: string[] = []
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const PORTS = ['API_PORT', 'LAMBDA_PORT', 'WEB_PORT', 'DYNAMO_PORT', 'WECHAT_PORT', 'SSM_PORT'] as const

async function startProduct(): Promise<{ npm: ChildProcess; ports: Record<(typeof PORTS)[number], number> }> {
  const ports = Object.fromEntries(await Promise.all(PORTS.map(async (name) => [name, await freePort()] as const))) as Record<
    (typeof PORTS)[number],
    number
  >
  const dataDir = mkdtempSync(join(tmpdir(), 'doorstep-start-'))
  dataDirs.push(dataDir)
  // its own process group, as a terminal gives a foreground job: Ctrl-C signals that group
  const npm = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), DOORSTEP_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start was not ready in 150 s:\n${output.slice(-3000)}`)), 150_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (/ready in [\d.]+ s/.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    npm.stdout!.on('data', read)
    npm.stderr!.on('data', read)
    npm.on('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output.slice(-3000)}`)))
  })
  return { npm, ports }
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Milliseconds until no port answers; fails naming the ones still listening after `withinMs`. */
async function allFree(ports: Record<string, number>, withinMs = 10_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    const open = (
      await Promise.all(Object.entries(ports).map(async ([name, port]) => ((await listening(port)) ? name : undefined)))
    ).filter(Boolean)
    if (open.length === 0) return Date.now() - started
    if (Date.now() - started > withinMs) throw new Error(`still listening ${withinMs} ms later: ${open.join(', ')}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const WAYS: [string, (npm: ChildProcess) => void][] = [
  ['Ctrl-C in its terminal (SIGINT to its process group)', (npm) => process.kill(-npm.pid!, 'SIGINT')],
  ['SIGTERM to npm', (npm) => process.kill(npm.pid!, 'SIGTERM')],
  ['SIGKILL to npm alone', (npm) => process.kill(npm.pid!, 'SIGKILL')],
  ['SIGKILL to its whole process group', (npm) => process.kill(-npm.pid!, 'SIGKILL')],
]

describe('stopping npm start', () => {
  it.each(WAYS)(
    'frees every port within 10 s after %s',
    async (_way, stop) => {
      const { npm, ports } = await startProduct()
      for (const port of Object.values(ports)) expect(await listening(port)).toBe(true)
      stop(npm)
      const ms = await allFree(ports)
      console.log(`${_way}: all ports free after ${ms} ms`)
    },
    200_000,
  )
})
