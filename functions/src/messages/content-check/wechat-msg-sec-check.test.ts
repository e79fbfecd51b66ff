import { describe, expect, it } from 'vitest'
import { scriptedWeChat, type Scripted } from '../../../test/scripted-wechat'
import { WeChatMsgSecCheck } from './wechat-msg-sec-check'

const openIds = { openIdOf: async (userId: string) => (userId === 'u-known' ? 'openid-known' : undefined) }
const suggest = (s: string): Scripted => ({ errcode: 0, errmsg: 'ok', result: { suggest: s, label: 100 } })
const checkWith = (...answers: Scripted[]) => {
  const wechat = scriptedWeChat(answers)
  return { wechat, check: new WeChatMsgSecCheck(wechat.api(), openIds) }
}

describe('WeChatMsgSecCheck', () => {
  it("asks msgSecCheck v2 with the writer's openid and maps each suggestion to a verdict", async () => {
    const { wechat, check } = checkWith(suggest('pass'), suggest('review'), suggest('risky'))
    expect(await check.check('社保卡怎么补办', { userId: 'u-known' })).toEqual({ outcome: 'pass' })
    expect((await check.check('第二条', { userId: 'u-known' })).outcome).toBe('review')
    expect(await check.check('第三条', { userId: 'u-known' })).toMatchObject({
      outcome: 'risky',
      reason: expect.stringContaining('微信内容安全检查'),
    })
    const asked = wechat.apiCalls()
    expect(asked).toHaveLength(3)
    expect(asked[0]!.url).toBe('https://api.weixin.qq.com/wxa/msg_sec_check?access_token=token-1')
    expect(asked[0]!.body).toEqual({ content: '社保卡怎么补办', version: 2, scene: 2, openid: 'openid-known' })
    expect(wechat.tokenCalls()).toHaveLength(1)
  })

  it('takes the version-1 answer for risky content (87014) as risky', async () => {
    const { check } = checkWith({ errcode: 87014, errmsg: 'risky content' })
    expect((await check.check('内容', { userId: 'u-known' })).outcome).toBe('risky')
  })

  it('leaves text without a WeChat writer (a walk-in message, an unknown openid) to the local filter, never touching WeChat', async () => {
    const { wechat, check } = checkWith()
    expect(await check.check('窗口代填', {})).toEqual({ outcome: 'pass' })
    expect(await check.check('窗口代填', { userId: 'u-unknown' })).toEqual({ outcome: 'pass' })
    expect(wechat.calls).toEqual([])
  })

  it('renews an expired token once', async () => {
    const { wechat, check } = checkWith({ errcode: 42001 }, suggest('risky'))
    expect((await check.check('内容', { userId: 'u-known' })).outcome).toBe('risky')
    expect(wechat.apiCalls().at(-1)!.url).toContain('access_token=token-2')
  })

  it('holds the message for review when WeChat fails, never refusing or passing it unchecked', async () => {
    const failures: Scripted[][] = [
      [new Error('timeout'), new Error('timeout'), new Error('timeout')],
      [{ status: 500 }, { status: 500 }, { status: 500 }],
      [{ errcode: 45009, errmsg: 'reach max api daily quota limit' }],
    ]
    for (const answers of failures) {
      const { check } = checkWith(...answers)
      expect(await check.check('内容', { userId: 'u-known' })).toMatchObject({
        outcome: 'review',
        reason: expect.stringContaining('人工审核'),
      })
    }
  })
})
