import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs'
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
  }
}

/** One in-memory dynalite, seeded, with serverless-offline in front, shared by every integration test file. */
export default async function setup(project: TestProject) {
  const apiLogFile = join(mkdtempSync(join(tmpdir(), 'doorstep-api-log-')), 'api.log')
  writeFileSync(apiLogFile, '')
  const stack = await startStack({
    stage: 'test',
    api: { port: await freePort(), lambdaPort: await freePort(), onLog: (line) => appendFileSync(apiLogFile, `${line}\n`) },
  })
  project.provide('apiUrl', stack.api!.url)
  project.provide('dynamoEndpoint', stack.dynamo.endpoint)
  project.provide('stackEnv', stack.env)
  project.provide('apiLogFile', apiLogFile)
  return () => stack.stop()
}
