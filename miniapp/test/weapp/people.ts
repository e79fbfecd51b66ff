/**
 * The people and objects the simulator tests need, made through the local API (scripts/local-stack/api-fixtures.ts).
 */
import { inject } from 'vitest'
import { apiClient, createDetailFixtures, sessionsFor, type DetailFixtures } from '../../../scripts/local-stack/api-fixtures'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local stack's API and WeChat stand-in (scripts/local-stack/weapp-simulator-setup.ts). */
    apiUrl: string
    weChatStandIn: string
  }
}

export type { Who } from '../../../scripts/local-stack/api-fixtures'
export type Fixtures = DetailFixtures
export const RESIDENT = '模拟器居民'

export const api = <T>(method: string, route: string, body?: unknown, token?: string) =>
  apiClient(inject('apiUrl'))<T>(method, route, body, token)

/** The session the app keeps in storage for each person (signed in once per test file). */
export const sessionOf = sessionsFor(inject('apiUrl'), inject('weChatStandIn'), RESIDENT)

export async function createFixtures(): Promise<Fixtures> {
  return createDetailFixtures(inject('apiUrl'), (await sessionOf('resident')).token, '模拟器示例有限公司')
}
