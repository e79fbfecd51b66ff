import type { TestProject } from 'vitest/node'
import { freePort } from './free-port'
import { startStack } from './stack'

/**
 * vitest global setup of the weapp simulator tests (miniapp/vitest.weapp.config.mts): the local stack — seeded
 * dynalite, the real handlers, the WeChat stand-in — the simulated mini-program talks to.
 */
export default async function setup(project: TestProject) {
  const stack = await startStack({ stage: 'test', api: { port: await freePort(), lambdaPort: await freePort() } })
  project.provide('apiUrl', stack.api!.url)
  project.provide('weChatStandIn', stack.weChat.url)
  return () => stack.stop()
}
