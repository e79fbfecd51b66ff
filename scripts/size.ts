/**
 * `npm run size`: the budgets that matter on a phone and in a Lambda cold start.
 *   weapp main package and each subpackage — WeChat allows 2 MB each; main must stay ≤ 365 KB (goal 300 KB)
 *   the JS WeChat runs before the first page shows — the app's chunks and the launch page's own
 *   each Lambda bundle, built as serverless.yml builds it — goal ≤ 300 KB, `require` ≤ 100 ms
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { build, type BuildOptions } from 'esbuild'
import { repoRoot } from './local-stack/paths'
import { readServerlessConfig } from './local-stack/serverless-config'
import { ensureBuilt } from './local-stack/web'

const KB = 1024
const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
}

function table(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${title}\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}`)
  for (const row of rows) console.log(line(row))
}

const MAIN_BUDGET = 365 * KB
const MAIN_GOAL = 300 * KB

/** app.js requires its chunks by relative name (require("./common"), …): the JS loaded before any page. */
function firstPageScripts(dist: string, launchPage: string): string[] {
  const app = readFileSync(join(dist, 'app.js'), 'utf8')
  const chunks = [...app.matchAll(/require\("\.\/([\w-]+)"\)/g)].map((m) => `${m[1]}.js`)
  return ['app.js', ...chunks, `${launchPage}.js`]
}

async function weapp() {
  await ensureBuilt('weapp', console.log)
  const dist = join(repoRoot, 'miniapp', 'dist', 'weapp')
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((p: { root: string }) => p.root.replace(/\/$/, ''))
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r) => [r, 0] as [string, number])])
  for (const file of filesUnder(dist)) {
    const rel = relative(dist, file)
    if (rel.startsWith('.') || rel.startsWith('project.')) continue // not uploaded
    const owner = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main'
    sizes.set(owner, sizes.get(owner)! + statSync(file).size)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  table(
    'WeChat mini-program (dist/weapp)',
    ['package', 'size', 'WeChat limit', 'goal', 'ok'],
    [...sizes]
      .map(([name, bytes]) => {
        const budget = name === 'main' ? MAIN_BUDGET : 2048 * KB
        return [
          name,
          fmt(bytes),
          '2048 KB',
          name === 'main' ? `≤ ${fmt(budget)} (goal ${fmt(MAIN_GOAL)})` : fmt(budget),
          bytes <= budget ? '✔' : '✖',
        ]
      })
      .concat([['all packages', fmt(total), '30720 KB', '—', total <= 30 * 1024 * KB ? '✔' : '✖']]),
  )
  const launchPage: string = app.pages[0]
  const scripts = firstPageScripts(dist, launchPage)
  const rows = scripts.map((file) => {
    const bytes = statSync(join(dist, file)).size
    return [file, fmt(bytes), fmt(deflateRawSync(readFileSync(join(dist, file))).length)]
  })
  const all = scripts.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0)
  const zipped = scripts.reduce((sum, file) => sum + deflateRawSync(readFileSync(join(dist, file))).length, 0)
  table(
    `First page's JS (${launchPage}: what WeChat runs before it shows)`,
    ['file', 'size', 'deflated'],
    [...rows, ['total', fmt(all), fmt(zipped)]],
  )
}

function medianRequireMs(file: string, env: Record<string, string>, runs = 7): number {
  const script = `const t=performance.now();require(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t))`
  const times = Array.from({ length: runs }, () => {
    const r = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`require ${file} failed: ${r.stderr}`)
    return Number(r.stdout)
  }).sort((a, b) => a - b)
  return times[Math.floor(runs / 2)]!
}

async function lambdas() {
  const config = await readServerlessConfig('test')
  const pluginOptions = (config as unknown as { custom: { esbuild: Record<string, unknown> } }).custom.esbuild
  // serverless-esbuild's own keys (packager, exclude, output folders…) are not esbuild options: keep only these.
  const ESBUILD_KEYS = ['bundle', 'minify', 'sourcemap', 'target', 'platform', 'format', 'mainFields', 'external', 'alias'] as const
  const options = Object.fromEntries(ESBUILD_KEYS.filter((k) => k in pluginOptions).map((k) => [k, pluginOptions[k]])) as BuildOptions
  // serverless-esbuild's `plugins` names a module of esbuild plugins, relative to the service
  if (typeof pluginOptions.plugins === 'string') options.plugins = createRequire(import.meta.url)(join(repoRoot, pluginOptions.plugins))
  const out = mkdtempSync(join(tmpdir(), 'doorstep-size-'))
  const rows: string[][] = []
  try {
    for (const [name, fn] of Object.entries(config.functions)) {
      const entry = join(repoRoot, `${fn.handler.slice(0, fn.handler.lastIndexOf('.'))}.ts`)
      const outfile = join(out, `${name}.cjs`)
      await build({ ...options, entryPoints: [entry], outfile, logLevel: 'silent' })
      const bytes = statSync(outfile).size
      const zipped = deflateRawSync(readFileSync(outfile)).length
      const ms = medianRequireMs(outfile, config.provider.environment)
      rows.push([name, fmt(bytes), fmt(zipped), `${ms.toFixed(1)} ms`, bytes <= 300 * KB && ms <= 100 ? '✔' : '✖'])
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
  table('Lambda bundles (esbuild, as serverless.yml builds them)', ['function', 'bundle', 'zipped', 'require (median of 7)', 'ok'], rows)
  console.log('goals: bundle ≤ 300 KB, require ≤ 100 ms')
}

await weapp()
await lambdas()
