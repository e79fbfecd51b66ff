import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative } from 'node:path'
import { spawn } from 'node:child_process'
import sirv from 'sirv'
import { h5Dist, repoRoot } from './paths'

export interface WebServer {
  url: string
  close(): Promise<void>
}

/**
 * Serves the built H5 app. `runtime-config.js` is generated per server so one build works
 * against any API address (the weapp build bakes API_BASE in at build time instead).
 */
export async function serveWeb(options: { port?: number; apiBase: string; dir?: string; loginCodeUrl?: string }): Promise<WebServer> {
  const dir = options.dir ?? h5Dist
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run npm run build:h5`)
  // loginCodeUrl: where the H5 app gets a login code for a named test person (the WeChat stand-in's wx.login);
  // a deployed H5 site serves its own runtime-config.js without it.
  const config = options.loginCodeUrl ? { apiBase: options.apiBase, loginCodeUrl: options.loginCodeUrl } : { apiBase: options.apiBase }
  const runtimeConfig = `window.__DOORSTEP_CONFIG__ = ${JSON.stringify(config)};\n`
  // dev mode: look files up per request, so a rebuild of the app while the stack runs is served as it lands
  const assets = sirv(dir, { single: true, dev: true, etag: true })
  const server: Server = createServer((req, res) => {
    if (req.url?.split('?')[0]?.endsWith('/runtime-config.js')) {
      res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8', 'cache-control': 'no-store' })
      res.end(runtimeConfig)
      return
    }
    if (!existsSync(join(dir, 'index.html'))) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' })
      res.end('The app is being rebuilt; reload in a few seconds.')
      return
    }
    assets(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  })
  server.listen(options.port ?? 0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const BUILD_INPUTS = ['miniapp/src', 'miniapp/config', 'miniapp/babel.config.js', 'miniapp/package.json', 'shared/src']

/** Fingerprint of everything an app build reads, so an unchanged tree is not rebuilt (a Taro build takes ~30 s). */
export async function buildFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => undefined)
    if (!info) return
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        if (!name.endsWith('.test.ts') && !name.endsWith('.test.tsx')) await walk(join(path, name))
      }
      return
    }
    hash.update(relative(repoRoot, path)).update(await readFile(path))
  }
  for (const input of BUILD_INPUTS) await walk(join(repoRoot, input))
  return hash.digest('hex')
}

/** Builds a Taro target unless the stamp in its dist folder says the inputs are unchanged. */
export async function ensureBuilt(target: 'h5' | 'weapp', log: (line: string) => void = () => {}): Promise<'built' | 'up to date'> {
  const stampFile = join(repoRoot, 'miniapp', 'dist', target, '.build-fingerprint')
  const fingerprint = await buildFingerprint()
  const stamp = await readFile(stampFile, 'utf8').catch(() => '')
  if (stamp === fingerprint) return 'up to date'
  log(`building the ${target} app (about 30 s)…`)
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', `build:${target}`, '-w', 'miniapp'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`build:${target} failed (exit ${code}):\n${output.slice(-4000)}`)),
    )
  })
  await writeFile(stampFile, fingerprint)
  return 'built'
}
