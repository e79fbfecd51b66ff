/**
 * The staging pass: production's code paths and configuration, run here. Every secret comes from SSM (the
 * stand-in), every WeChat call goes to WeChat's API (the stand-in, keeping its error codes), limits and caches are
 * production's. The tests run in order: the first ones meet cold functions on purpose.
 */
import { describe, expect, inject, it } from 'vitest'
import { readServerlessConfig, routesOf } from '../../scripts/local-stack/serverless-config'
import { STAND_IN_TEMPLATES } from '../../scripts/stand-ins/parameters'
import { STAND_IN_REVIEW_WORD, STAND_IN_RISKY_WORD, testOpenId } from '../../scripts/stand-ins/wechat'
import { bearer, call, loginCode, signInStaff, signInUser, useSourceAddress } from '../test/http'
import { idempotencyKey, messageBody } from '../test/messages'
import { CALLERS, DEFAULT_STAFF, ROWS, staffToken, type CallerName, type Tokens } from '../test/route-table'

const weChat = (control: string, body: unknown = {}) =>
  fetch(`${inject('weChatStandIn')}/__standin/${control}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json())
const deliveriesTo = async (name: string) =>
  (await (await fetch(`${inject('weChatStandIn')}/__standin/deliveries?openid=${testOpenId(name)}`)).json()) as {
    templateId: string
    page: string
  }[]
const ssm = (control: 'outage' | 'recover') => fetch(`${inject('ssmStandIn')}/__standin/${control}`, { method: 'POST' })

const submit = (token: string, overrides: Record<string, unknown> = {}) =>
  call('POST', '/v1/messages', { body: messageBody(overrides), headers: { ...bearer(token), 'idempotency-key': idempotencyKey() } })

describe('cold functions while SSM is down', () => {
  it('answers 503 to a staff and a resident sign-in, then signs both in once SSM answers, without a restart', async () => {
    await ssm('outage')
    try {
      const staff = await call('POST', '/v1/auth/staff', { body: { username: 'admin', password: 'Doorstep-2026' } })
      expect(staff.status).toBe(503)
      expect(staff.contentType).toBe('application/problem+json')
      expect(staff.headers.get('retry-after')).toBe('10')
      const resident = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode('staging-ssm') } })
      expect(resident.status).toBe(503)
    } finally {
      await ssm('recover')
    }
    expect((await call('POST', '/v1/auth/staff', { body: { username: 'admin', password: 'Doorstep-2026' } })).status).toBe(200)
    expect((await signInUser('staging-ssm')).token).toBeTruthy()
  })
})

describe('sign-in', () => {
  it('has no dev sign-in: only a code from wx.login signs a resident in, once', async () => {
    expect((await call('POST', '/v1/auth/wechat', { body: { code: 'dev:someone' } })).status).toBe(401)
    const code = await loginCode('staging-resident')
    expect((await call('POST', '/v1/auth/wechat', { body: { code, nickname: '居民' } })).status).toBe(200)
    expect((await call('POST', '/v1/auth/wechat', { body: { code } })).status).toBe(401)
  })

  it('answers 429 while WeChat says sign-ins are too frequent (45011)', async () => {
    await weChat('rate-limit', { count: 1 })
    const res = await call('POST', '/v1/auth/wechat', { body: { code: await loginCode('staging-frequent') } })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
  })
})

describe("WeChat's content check on what residents write", () => {
  it('stores what passes, holds what WeChat wants reviewed, and refuses what it finds risky, naming the field', async () => {
    const { token } = await signInUser('staging-writer')
    expect((await submit(token)).body.status).toBe('pending')
    expect((await submit(token, { content: `我想问问${STAND_IN_REVIEW_WORD}的事情怎么办理` })).body.status).toBe('reviewing')
    const risky = await submit(token, { title: `${STAND_IN_RISKY_WORD}标题` })
    expect(risky.status).toBe(422)
    expect(risky.body.errors.map((e: { path: string }) => e.path)).toEqual(['title'])
  })

  it('holds a message for review while WeChat is down, and checks again once it is back', async () => {
    const { token } = await signInUser('staging-writer')
    await weChat('outage', { errcode: -1 })
    try {
      const held = await submit(token)
      expect(held.status).toBe(201)
      expect(held.body.status).toBe('reviewing')
    } finally {
      await weChat('recover')
    }
    expect((await submit(token)).body.status).toBe('pending')
  })

  it('renews an access token WeChat says has expired (42001) and checks the text as usual', async () => {
    const { token } = await signInUser('staging-writer')
    await weChat('expire-tokens')
    expect((await submit(token)).body.status).toBe('pending')
  })

  it('files a walk-in resident’s message at the desk, with no WeChat user behind it', async () => {
    const { token } = await signInStaff('answerer.pingjiang')
    const res = await call('POST', '/v1/admin/messages', {
      body: { ...messageBody(), residentName: '王阿姨', residentPhone: '13712340969' },
      headers: { ...bearer(token), 'idempotency-key': idempotencyKey() },
    })
    expect(res.status).toBe(201)
  })
})

describe('subscription messages', () => {
  const template = STAND_IN_TEMPLATES['message-status']

  async function answeredFor(name: string, consent: { onPhone: boolean }) {
    const { token } = await signInUser(name)
    // what the mini-program does after a submission: asks, and passes the answer on
    if (consent.onPhone) expect(await weChat('subscribe', { name, templateIds: [template] })).toMatchObject({ [template]: 'accept' })
    const recorded = await call('POST', '/v1/me/subscriptions', { body: { answers: { [template]: 'accept' } }, headers: bearer(token) })
    expect(recorded.status).toBe(200)
    const id = (await submit(token)).body.id
    const admin = await staffToken('admin')
    expect(
      (
        await call('POST', `/v1/admin/messages/${id}/actions`, {
          body: { action: 'reply', answer: '请到窗口办理。' },
          headers: bearer(admin),
        })
      ).status,
    ).toBe(200)
    const settings = (await call('GET', '/v1/me/subscriptions', { headers: bearer(token) })).body
    const inbox = (await call('GET', '/v1/me/inbox', { headers: bearer(token) })).body
    return { id, settings, inbox }
  }

  it('sends one message per consent, opening the message page; the inbox keeps the note', async () => {
    const { id, settings, inbox } = await answeredFor('staging-subscriber', { onPhone: true })
    expect(await deliveriesTo('staging-subscriber')).toEqual([
      expect.objectContaining({ templateId: template, page: `packages/messages/pages/detail/index?id=${id}` }),
    ])
    expect(settings.consents).toEqual([expect.objectContaining({ kind: 'message-status', available: 0, lastAnswer: 'accept' })])
    expect(inbox.items.map((n: { link: { id: string } }) => n.link.id)).toContain(id)
  })

  it('takes WeChat refusing (43101) as the consent used up, and still keeps the inbox note', async () => {
    const { id, settings, inbox } = await answeredFor('staging-refused', { onPhone: false })
    expect(await deliveriesTo('staging-refused')).toEqual([])
    expect(settings.consents).toEqual([expect.objectContaining({ kind: 'message-status', available: 0, lastAnswer: 'used-up' })])
    expect(inbox.items.map((n: { link: { id: string } }) => n.link.id)).toContain(id)
  })
})

describe('every route, as production configures it', () => {
  it('has a happy path below for every route in serverless.yml', async () => {
    expect(ROWS.map((r) => r.route).sort()).toEqual(routesOf(await readServerlessConfig('staging')).sort())
  })

  // the first caller each row lets in; each row from its own address, as separate people (production's per-IP limits)
  const PREFERENCE: CallerName[] = ['userA', 'userB', 'admin', 'staffIn', 'staffOut', 'anonymous']
  it.each(ROWS.map((row, i) => [row.route, row, i] as const))('%s answers its caller with success', async (_route, row, i) => {
    useSourceAddress(`127.0.0.${10 + i}`)
    try {
      if (row.happyPath) {
        const { token, request, status } = await row.happyPath()
        const res = await call(row.route.split(' ')[0]!, request.path, {
          body: request.body,
          headers: { ...request.headers, ...bearer(token) },
        })
        expect(res.status, JSON.stringify(res.body)).toBe(status)
        return
      }
      const caller = PREFERENCE.find((c) => row.expect[c] < 300)!
      const staff = row.staff ?? DEFAULT_STAFF
      const tokens: Tokens = Object.fromEntries(CALLERS.map((c) => [c, undefined])) as Tokens
      tokens.userA = (await signInUser(`staging-happy-${i}`)).token
      tokens.userB = (await signInUser(`staging-happy-b-${i}`)).token
      tokens.staffIn = await staffToken(staff.in)
      tokens.staffOut = await staffToken(staff.out)
      tokens.admin = await staffToken('admin')
      const { path, body, headers } = await row.request(tokens)
      const token = tokens[caller]
      const res = await call(row.route.split(' ')[0]!, path, { body, headers: { ...headers, ...(token ? bearer(token) : {}) } })
      expect(res.status, JSON.stringify(res.body)).toBe(row.expect[caller])
    } finally {
      useSourceAddress()
    }
  })
})
