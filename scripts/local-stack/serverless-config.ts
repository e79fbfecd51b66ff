import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import { withParameterStore } from '../stand-ins/parameters'
import { repoRoot } from './paths'

export const oslsBin = createRequire(import.meta.url).resolve('osls/bin/serverless.js')

export interface CfnTable {
  Type: 'AWS::DynamoDB::Table'
  Properties: Record<string, unknown> & { TableName: string }
}

export interface ServerlessConfig {
  provider: { environment: Record<string, string> }
  functions: Record<
    string,
    { handler: string; events?: Array<{ httpApi?: string | { method: string; path: string }; schedule?: unknown }> }
  >
  resources: { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> }
}

/**
 * serverless.yml resolved by osls itself (variables, params, stage), so tables are declared once, there. Its
 * `${ssm:…}` variables resolve from the parameter store `env` points at, or from a short-lived stand-in.
 */
export async function readServerlessConfig(stage: string, env: NodeJS.ProcessEnv = {}): Promise<ServerlessConfig> {
  const { stdout } = await withParameterStore(stage, { ...process.env, ...env }, (resolved) =>
    promisify(execFile)(process.execPath, [oslsBin, 'print', '--stage', stage, '--format', 'json'], {
      cwd: repoRoot,
      env: resolved,
      maxBuffer: 16 * 1024 * 1024,
    }),
  )
  return JSON.parse(stdout.slice(stdout.indexOf('{')))
}

/** `osls package` of a stage, as `npm test` and the size budget build it; `outDir` instead of .serverless/. */
export async function packageStage(stage: string, env: NodeJS.ProcessEnv = {}, outDir?: string): Promise<void> {
  const args = [oslsBin, 'package', '--stage', stage, ...(outDir ? ['--package', outDir] : [])]
  // its own build folder: serverless-esbuild removes the folder it built in, which must not be a running API's
  const workFolder = { ESBUILD_WORK_FOLDER: `.esbuild/package-${stage}-${process.pid}-${Date.now()}` }
  await withParameterStore(stage, { ...process.env, ...env, ...workFolder }, (resolved) =>
    promisify(execFile)(process.execPath, args, { cwd: repoRoot, env: resolved, maxBuffer: 16 * 1024 * 1024 }),
  )
}

export function tablesOf(config: ServerlessConfig): CfnTable[] {
  return Object.values(config.resources.Resources).filter((r): r is CfnTable => r.Type === 'AWS::DynamoDB::Table')
}

/** Every HTTP route the functions serve, "METHOD /path/{param}". */
export function routesOf(config: ServerlessConfig): string[] {
  return Object.values(config.functions)
    .flatMap((fn) => fn.events ?? [])
    .map((event) => (typeof event.httpApi === 'string' ? event.httpApi : event.httpApi && `${event.httpApi.method} ${event.httpApi.path}`))
    .filter((route): route is string => Boolean(route))
}
