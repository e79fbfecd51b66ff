import type { TestProject } from 'vitest/node'
import { setupStack } from '../test/global-setup'

/** The whole product in the staging stage: production's configuration against the WeChat and SSM stand-ins. */
export default function setup(project: TestProject) {
  return setupStack(project, 'staging')
}
