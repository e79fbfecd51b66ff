/**
 * Every route × every caller, through HTTP. The route list comes from serverless.yml (as osls resolves it),
 * so a new route without a row here fails the first test: deciding who may call it is part of adding it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readServerlessConfig, routesOf } from '../../../../scripts/local-stack/serverless-config'
import { bearer, call, signInUser } from '../../../test/http'
import { CALLERS, DEFAULT_STAFF, ROWS, staffToken, type Tokens } from '../../../test/route-table'

let routes: string[]
beforeAll(async () => {
  routes = routesOf(await readServerlessConfig('test'))
})

describe('route × caller matrix', () => {
  it('has a row for every route in serverless.yml, and no row for a route that does not exist', () => {
    expect([...ROWS.map((r) => r.route)].sort()).toEqual([...routes].sort())
  })

  it.each(ROWS.map((row) => [row.route, row] as const))('%s answers each caller as expected', async (_route, row) => {
    const staff = row.staff ?? DEFAULT_STAFF
    const tokens: Tokens = {
      anonymous: undefined,
      userA: (await signInUser('matrix-a')).token,
      userB: (await signInUser('matrix-b')).token,
      staffIn: await staffToken(staff.in),
      staffOut: await staffToken(staff.out),
      admin: await staffToken('admin'),
    }
    const shared = row.perCaller ? undefined : await row.request(tokens)
    const method = row.route.split(' ')[0]!
    const actual: Record<string, number> = {}
    for (const caller of CALLERS) {
      const { path, body, headers } = shared ?? (await row.request(tokens))
      const token = tokens[caller]
      actual[caller] = (await call(method, path, { body, headers: { ...headers, ...(token ? bearer(token) : {}) } })).status
    }
    expect(actual).toEqual(row.expect)
  })
})
