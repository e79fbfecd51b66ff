/**
 * Every function as it ships: `osls package --stage staging` builds each bundle exactly as a deploy does, and each
 * is loaded in a process of its own (as a Lambda container would) with the environment the template gives that
 * function, then invoked once — a request without credentials for a route, a scheduled event for a schedule. A
 * bundle that crashes while loading, or answers 5xx to a plain request, fails here before it can ship.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { repoRoot } from '../../scripts/local-stack/paths'
import { packageStage, readServerlessConfig, type ServerlessConfig } from '../../scripts/local-stack/serverless-config'

const outDir = join(repoRoot, '.tmp', 'staging-package')
const unpacked = join(repoRoot, '.tmp', 'staging-bundles')

let config: ServerlessConfig
let template: { Resources: Record<string, { Type: string; Properties: Record<string, any> }> }

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true })
  rmSync(unpacked, { recursive: true, force: true })
  const stack = inject('stackEnv')
  // the stage's endpoints point at this run's stand-ins and dynalite, resolved into each function's environment
  await packageStage('staging', stack, outDir)
  config = await readServerlessConfig('staging', stack)
  template = JSON.parse(readFileSync(join(outDir, 'cloudformation-template-update-stack.json'), 'utf8'))
}, 300_000)

afterAll(() => {
  rmSync(unpacked, { recursive: true, force: true })
})

/** A container: the bundle required once, the handler called once; prints the outcome as JSON. */
const INVOKE = `
const [file, exportName, eventJson] = process.argv.slice(1)
const started = Date.now()
const handler = require(file)[exportName]
if (typeof handler !== 'function') throw new Error(exportName + ' is not exported')
const loadedMs = Date.now() - started
Promise.resolve(handler(JSON.parse(eventJson), { awsRequestId: 'bundle-check' })).then(
  (result) => process.stdout.write(JSON.stringify({ ok: true, loadedMs, statusCode: result && result.statusCode })),
  (error) => process.stdout.write(JSON.stringify({ ok: false, loadedMs, error: String(error && error.stack || error) })),
)
`

/** The line of a stack or stderr that says what was thrown (not the minified source line Node prints above it). */
const errorLine = (text: string) => /^\s*(\w*Error\b.*)$/m.exec(text)?.[1]?.slice(0, 300) ?? text.slice(0, 300)

function httpEvent(route: string) {
  const [method, path] = route.split(' ') as [string, string]
  const params = Object.fromEntries([...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, `bundle-check-${name}`]))
  const rawPath = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!)
  return {
    version: '2.0',
    routeKey: route,
    rawPath,
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    pathParameters: Object.keys(params).length ? params : undefined,
    requestContext: { http: { method, path: rawPath, sourceIp: '198.51.100.7' }, requestId: 'bundle-check' },
    body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
    isBase64Encoded: false,
  }
}

describe('each bundle, as it ships', () => {
  it('loads with its own environment and answers one invocation without a 5xx or a crash', async () => {
    const functions = Object.entries(config.functions)
    expect(functions.length).toBeGreaterThan(50)
    const failures: string[] = []
    for (const [name, fn] of functions) {
      const logical = `${name[0]!.toUpperCase()}${name.slice(1)}LambdaFunction`
      const env: Record<string, string> = template.Resources[logical]!.Properties.Environment.Variables
      const [modulePath, exportName] = [fn.handler.slice(0, fn.handler.lastIndexOf('.')), fn.handler.slice(fn.handler.lastIndexOf('.') + 1)]
      const zip = await JSZip.loadAsync(readFileSync(join(outDir, `${name}.zip`)))
      const entry = zip.file(`${modulePath}.cjs`)
      if (!entry) {
        failures.push(`${name}: ${modulePath}.cjs is not in ${name}.zip`)
        continue
      }
      const file = join(unpacked, name, `${modulePath}.cjs`)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, await entry.async('nodebuffer'))
      const route = fn.events?.map((e) => (typeof e.httpApi === 'string' ? e.httpApi : undefined)).find(Boolean)
      const event = route
        ? httpEvent(route)
        : { 'detail-type': 'Scheduled Event', source: 'aws.events', time: new Date().toISOString(), detail: {} }
      const lambdaEnv = {
        PATH: process.env.PATH!,
        ...env,
        // what Lambda gives every function: its region and its role's credentials (here the stand-ins' dummies)
        AWS_REGION: 'ap-east-1',
        AWS_ACCESS_KEY_ID: 'standin',
        AWS_SECRET_ACCESS_KEY: 'standin',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        LOG_LEVEL: 'silent',
      }
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', INVOKE, file, exportName!, JSON.stringify(event)], {
        env: lambdaEnv,
        cwd: unpacked,
      }).catch((error: { stderr?: string }) => ({ stdout: JSON.stringify({ ok: false, error: errorLine(error.stderr ?? String(error)) }) }))
      const outcome = JSON.parse(stdout || '{"ok":false,"error":"no output"}') as { ok: boolean; statusCode?: number; error?: string }
      if (!outcome.ok) failures.push(`${name}: ${errorLine(outcome.error ?? '')}`)
      else if (route && !(outcome.statusCode! < 500)) failures.push(`${name}: ${route} answered ${outcome.statusCode}`)
    }
    expect(failures).toEqual([])
  }, 300_000)
})
