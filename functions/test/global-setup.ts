import type { TestProject } from 'vitest/node'
import { freePort } from '../../scripts/local-stack/free-port'
import { startStack } from '../../scripts/local-stack/stack'

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string
    dynamoEndpoint: string
    stackEnv: Record<string, string>
  }
}

/** One in-memory dynalite, seeded, with serverless-offline in front, shared by every integration test file. */
export default async function setup(project: TestProject) {
  const stack = await startStack({
    stage: 'test',
    api: { port: await freePort(), lambdaPort: await freePort() },
  })
  project.provide('apiUrl', stack.api!.url)
  project.provide('dynamoEndpoint', stack.dynamo.endpoint)
  project.provide('stackEnv', stack.env)
  return () => stack.stop()
}
