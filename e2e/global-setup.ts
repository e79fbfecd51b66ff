import type { TestProject } from 'vitest/node'
import { freePort } from '../scripts/local-stack/free-port'
import { startStack } from '../scripts/local-stack/stack'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    apiUrl: string
    weChatStandIn: string
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack({
    stage: 'test',
    api: { port: await freePort(), lambdaPort: await freePort() },
    web: { port: await freePort() },
  })
  project.provide('webUrl', stack.web!.url)
  project.provide('apiUrl', stack.api!.url)
  project.provide('weChatStandIn', stack.weChat.url)
  return () => stack.stop()
}
