import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../scripts/local-stack/free-port'
import { startStack } from '../../scripts/local-stack/stack'

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string
    dynamoEndpoint: string
    stackEnv: Record<string, string>
    /** Everything the API process printed, for tests that check what is (not) logged. */
    apiLogFile: string
    /** ISO instant the sample sessions were dated from (see planSampleSessions). */
    seededAt: string
    /** The WeChat API stand-in (login codes, consents, outages: /__standin/…) and the SSM stand-in. */
    weChatStandIn: string
    ssmStandIn: string
    /** Where each test file leaves its count of answers checked against the OpenAPI document. */
    contractTallyDir: string
  }
}

/** One in-memory dynalite, seeded, with serverless-offline in front, shared by every integration test file. */
export default function setup(project: TestProject) {
  return setupStack(project, 'test')
}

/** The same stack for a stage: `test` (integration) or `staging` (production's configuration, functions/staging). */
export async function setupStack(project: TestProject, stage: 'test' | 'staging') {
  const apiLogFile = join(mkdtempSync(join(tmpdir(), 'doorstep-api-log-')), 'api.log')
  writeFileSync(apiLogFile, '')
  const stack = await startStack({
    stage,
    api: { port: await freePort(), lambdaPort: await freePort(), onLog: (line) => appendFileSync(apiLogFile, `${line}\n`) },
  })
  project.provide('apiUrl', stack.api!.url)
  project.provide('dynamoEndpoint', stack.dynamo.endpoint)
  project.provide('stackEnv', stack.env)
  project.provide('apiLogFile', apiLogFile)
  project.provide('seededAt', stack.seededAt.toISOString())
  project.provide('weChatStandIn', stack.weChat.url)
  project.provide('ssmStandIn', stack.ssm.endpoint)
  const contractTallyDir = mkdtempSync(join(tmpdir(), 'doorstep-contract-'))
  project.provide('contractTallyDir', contractTallyDir)
  return async () => {
    await stack.stop()
    reportContractTally(contractTallyDir)
  }
}

/** One line for the whole run: how many answers the tests' `call()` checked against the OpenAPI document. */
function reportContractTally(dir: string) {
  const tallies = readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, number>)
  const sum = (key: string) => tallies.reduce((total, t) => total + (t[key] ?? 0), 0)
  console.log(
    `OpenAPI contract: ${sum('validated')} answers matched the document in ${tallies.length} test files ` +
      `(not checked: ${sum('outside')} for paths it does not have, ${sum('gateway')} gateway timeouts)`,
  )
  rmSync(dir, { recursive: true, force: true })
}
