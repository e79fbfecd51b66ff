import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import { repoRoot } from './paths'

export const oslsBin = createRequire(import.meta.url).resolve('osls/bin/serverless.js')

export interface CfnTable {
  Type: 'AWS::DynamoDB::Table'
  Properties: Record<string, unknown> & { TableName: string }
}

export interface ServerlessConfig {
  provider: { environment: Record<string, string> }
  functions: Record<string, { handler: string; events?: Array<{ httpApi?: string | { method: string; path: string } }> }>
  resources: { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> }
}

/** serverless.yml resolved by osls itself (variables, params, stage), so tables are declared once, there. */
export async function readServerlessConfig(stage: string, env: NodeJS.ProcessEnv = process.env): Promise<ServerlessConfig> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [oslsBin, 'print', '--stage', stage, '--format', 'json'],
    { cwd: repoRoot, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
  )
  return JSON.parse(stdout.slice(stdout.indexOf('{')))
}

export function tablesOf(config: ServerlessConfig): CfnTable[] {
  return Object.values(config.resources.Resources).filter((r): r is CfnTable => r.Type === 'AWS::DynamoDB::Table')
}
