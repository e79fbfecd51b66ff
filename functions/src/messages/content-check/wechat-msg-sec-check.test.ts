import { describe, expect, it } from 'vitest'
import { WeChatAccessToken } from '../../core/wechat/access-token'
import { contentCheckFor } from './for-stage'
import { WeChatMsgSecCheck } from './wechat-msg-sec-check'

type Answer = { ok?: boolean; body: unknown } | Error

/** WeChat's two endpoints answered from a script, every call recorded. */
function fakeWeChat(checkAnswers: Answer[]) {
  const calls: Array<{ url: string; body: any }> = []
  let tokens = 0
  const fetchJson = async (url: string, init: { body: string }) => {
    calls.push({ url, body: JSON.parse(init.body) })
    if (url.includes('stable_token')) return { ok: true, json: async () => ({ access_token: `token-${++tokens}`, expires_in: 7200 }) }
    const answer = checkAnswers.shift() ?? { body: { errcode: 0, result: { suggest: 'pass' } } }
    if (answer instanceof Error) throw answer
    return { ok: answer.ok ?? true, json: async () => answer.body }
  }
  return { calls, fetchJson }
}

const openIds = { openIdOf: async (userId: string) => (userId === 'u-known' ? 'openid-known' : undefined) }
const checkWith = (wechat: ReturnType<typeof fakeWeChat>) =>
  new WeChatMsgSecCheck(new WeChatAccessToken('wx-app', async () => 'secret', wechat.fetchJson), openIds, wechat.fetchJson)
const suggest = (s: string) => ({ body: { errcode: 0, result: { suggest: s, label: 100 } } })

describe('WeChatMsgSecCheck', () => {
  it('asks msgSecCheck v2 with the writer\'s openid and maps each suggestion to a verdict', async () => {
    const wechat = fakeWeChat([suggest('pass'), suggest('review'), suggest('risky')])
    const check = checkWith(wechat)
    expect(await check.check('社保卡怎么补办', { userId: 'u-known' })).toEqual({ outcome: 'pass' })
    expect((await check.check('第二条', { userId: 'u-known' })).outcome).toBe('review')
    const risky = await check.check('第三条', { userId: 'u-known' })
    expect(risky).toMatchObject({ outcome: 'risky', reason: expect.stringContaining('微信内容安全检查') })
    const asked = wechat.calls.filter((c) => c.url.includes('msg_sec_check'))
    expect(asked).toHaveLength(3)
    expect(asked[0]!.url).toBe('https://api.weixin.qq.com/wxa/msg_sec_check?access_token=token-1')
    expect(asked[0]!.body).toEqual({ content: '社保卡怎么补办', version: 2, scene: 2, openid: 'openid-known' })
    expect(wechat.calls.filter((c) => c.url.includes('stable_token'))).toHaveLength(1)
  })

  it('leaves text without a WeChat writer (a walk-in message, an unknown openid) to the local filter', async () => {
    const wechat = fakeWeChat([])
    expect(await checkWith(wechat).check('窗口代填', {})).toEqual({ outcome: 'pass' })
    expect(await checkWith(wechat).check('窗口代填', { userId: 'u-unknown' })).toEqual({ outcome: 'pass' })
    expect(wechat.calls).toEqual([])
  })

  it('renews an expired token once', async () => {
    const wechat = fakeWeChat([{ body: { errcode: 42001 } }, suggest('risky')])
    expect((await checkWith(wechat).check('内容', { userId: 'u-known' })).outcome).toBe('risky')
    expect(wechat.calls.at(-1)!.url).toContain('access_token=token-2')
  })

  it('holds the message for review when WeChat fails, never refusing or passing it unchecked', async () => {
    for (const failure of [new Error('timeout'), { ok: false, body: {} }, { body: { errcode: 45009, errmsg: 'reach max api daily quota limit' } }]) {
      const verdict = await checkWith(fakeWeChat([failure])).check('内容', { userId: 'u-known' })
      expect(verdict).toMatchObject({ outcome: 'review', reason: expect.stringContaining('人工审核') })
    }
  })
})

describe('contentCheckFor', () => {
  const db = {} as never

  it('runs only the local filter in the local and test stages', async () => {
    const wechat = fakeWeChat([suggest('risky')])
    const check = contentCheckFor({ db, env: { STAGE: 'test' }, fetchJson: wechat.fetchJson, readSecret: async () => 's' })
    expect(await check.check('社保卡怎么补办', { userId: 'u-known' })).toEqual({ outcome: 'pass' })
    expect((await check.check('代开发票', {})).outcome).toBe('risky')
    expect(wechat.calls).toEqual([])
  })

  it('adds WeChat in production and keeps the strictest verdict; fails closed without the WeChat settings', async () => {
    const wechat = fakeWeChat([suggest('review')])
    const env = { STAGE: 'prod', WECHAT_APP_ID: 'wx-app', WECHAT_SECRET_PARAM: '/doorstep/prod/wechat-app-secret', ACCOUNTS_TABLE: 'accounts' }
    const openIdLookup = { send: async () => ({ Item: { openid: 'openid-known' } }) } as never
    const check = contentCheckFor({ db: openIdLookup, env, fetchJson: wechat.fetchJson, readSecret: async () => 's' })
    expect((await check.check('社保卡怎么补办', { userId: 'u-1' })).outcome).toBe('review')
    expect(wechat.calls.some((c) => c.url.includes('msg_sec_check'))).toBe(true)

    const unconfigured = contentCheckFor({ db, env: { STAGE: 'prod' } })
    await expect(unconfigured.check('内容', { userId: 'u-1' })).rejects.toThrow('WECHAT_APP_ID')
  })
})
