import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeAuthApi } from '../../../test/support/fake-auth-api'
import { createMemoryStorage } from '../../../test/support/render-with-session'
import { isApiError } from '@/shared/api/api-error'
import { fetchMe, signInStaff } from './api/auth-api'
import { createSignedInHttpClient } from './app-http-client'
import { createSessionStore } from './session-store'

function signedInClient(api: ReturnType<typeof createFakeAuthApi>) {
  const store = createSessionStore(createMemoryStorage())
  const client = createSignedInHttpClient({ baseUrl: 'https://api.test', transport: api.transport, store })
  return { store, client }
}

const TWO_HOURS = 121

describe('signed-in HTTP client', () => {
  beforeEach(() => {
    window.__DOORSTEP_CONFIG__ = { loginCodeUrl: 'https://api.test/__standin/login' }
  })
  afterEach(() => {
    delete window.__DOORSTEP_CONFIG__
  })

  it('sends the stored token as a Bearer header, and nothing when signed out', async () => {
    const api = createFakeAuthApi()
    const { store, client } = signedInClient(api)
    await expect(fetchMe(client)).rejects.toMatchObject({ status: 401 })
    expect(api.requests).toEqual([{ method: 'GET', path: '/v1/me', authorization: undefined }])

    const session = api.sessionFor({ resident: '王阿姨' })
    store.save({ ...session, devName: '王阿姨' })
    await expect(fetchMe(client)).resolves.toEqual(session.me)
    expect(api.requests.at(-1)).toEqual({ method: 'GET', path: '/v1/me', authorization: `Bearer ${session.token}` })
  })

  it('signs a resident in again when the token has expired, then retries the request once', async () => {
    const api = createFakeAuthApi()
    const { store, client } = signedInClient(api)
    const old = api.sessionFor({ resident: '王阿姨' })
    store.save({ ...old, devName: '王阿姨' })
    api.advanceMinutes(TWO_HOURS)

    await expect(fetchMe(client)).resolves.toMatchObject({
      kind: 'user',
      displayName: '王阿姨',
      userId: old.me.kind === 'user' ? old.me.userId : '',
    })

    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/me',
      'POST /__standin/login',
      'POST /v1/auth/wechat',
      'GET /v1/me',
    ])
    const renewed = store.getSnapshot()!
    expect(renewed.token).not.toBe(old.token)
    expect(renewed.devName).toBe('王阿姨')
    expect(api.requests[2]!.authorization).toBeUndefined()
    expect(api.requests[3]!.authorization).toBe(`Bearer ${renewed.token}`)
  })

  it('gives up after the second 401 instead of signing in again and again', async () => {
    const api = createFakeAuthApi()
    const { store, client } = signedInClient(api)
    store.save({ ...api.sessionFor({ resident: '王阿姨' }), devName: '王阿姨' })
    api.refuseAllTokens()

    const error = await fetchMe(client).catch((reason: unknown) => reason)
    expect(isApiError(error) && error.status).toBe(401)
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/me',
      'POST /__standin/login',
      'POST /v1/auth/wechat',
      'GET /v1/me',
    ])
  })

  it('shares one silent sign-in between requests that fail together', async () => {
    const api = createFakeAuthApi()
    const { store, client } = signedInClient(api)
    store.save({ ...api.sessionFor({ resident: '王阿姨' }), devName: '王阿姨' })
    api.advanceMinutes(TWO_HOURS)

    await Promise.all([fetchMe(client), fetchMe(client), fetchMe(client)])
    expect(api.requests.filter((r) => r.path === '/v1/auth/wechat')).toHaveLength(1)
  })

  it('signs the resident out when there is no way to sign in again silently', async () => {
    delete window.__DOORSTEP_CONFIG__
    const api = createFakeAuthApi()
    const { store, client } = signedInClient(api)
    store.save({ ...api.sessionFor({ resident: '王阿姨' }), devName: '王阿姨' })
    api.advanceMinutes(TWO_HOURS)

    await expect(fetchMe(client)).rejects.toMatchObject({ status: 401 })
    expect(store.getSnapshot()).toBeNull()
    expect(api.requests.map((r) => r.path)).toEqual(['/v1/me'])
  })

  it('renews a staff token that ran out with the last one, without asking for the password', async () => {
    const api = createFakeAuthApi()
    const { store, client } = signedInClient(api)
    const old = api.sessionFor({ staff: 'answerer.pingjiang' })
    store.save(old)
    api.advanceMinutes(16)

    await expect(fetchMe(client)).resolves.toMatchObject({ kind: 'staff', staffId: 'answerer.pingjiang' })
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/me', 'POST /v1/auth/renew', 'GET /v1/me'])
    expect(api.requests[1]!.authorization).toBe(`Bearer ${old.token}`)
    expect(store.getSnapshot()!.token).not.toBe(old.token)
  })

  it('ends a staff session the API will not renew (12 hours on, or the account disabled) and sends the person to staff sign-in', async () => {
    for (const end of ['working day over', 'disabled'] as const) {
      const api = createFakeAuthApi()
      const { store, client } = signedInClient(api)
      store.save(api.sessionFor({ staff: 'answerer.pingjiang' }))
      if (end === 'working day over') api.advanceMinutes(12 * 60 + 1)
      else api.staffAccount('answerer.pingjiang').disabled = true

      await expect(fetchMe(client)).rejects.toMatchObject({ status: 401 })
      expect(store.getSnapshot()).toBeNull()
      expect(window.location.hash).toBe('#/packages/account/pages/staff-sign-in/index?expired=1')
      expect(api.requests.map((r) => r.path)).toEqual(['/v1/me', '/v1/auth/renew'])
    }
  })

  it('treats a 401 from a sign-in call as wrong credentials, not as an expired session', async () => {
    const api = createFakeAuthApi()
    const { store, client } = signedInClient(api)
    const session = { ...api.sessionFor({ resident: '王阿姨' }), devName: '王阿姨' }
    store.save(session)

    await expect(signInStaff(client, { username: 'answerer.pingjiang', password: 'wrong' })).rejects.toMatchObject({ status: 401 })
    expect(api.requests).toEqual([{ method: 'POST', path: '/v1/auth/staff', authorization: undefined }])
    expect(store.getSnapshot()).toEqual(session)
  })
})
