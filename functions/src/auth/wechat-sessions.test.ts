import { describe, expect, it } from 'vitest'
import { scriptedWeChat, type Scripted } from '../../test/scripted-wechat'
import { HttpError } from '../core/http/errors'
import { WeChatSessions } from './wechat-sessions'

const exchangeWith = (...answers: Scripted[]) =>
  new WeChatSessions(scriptedWeChat(answers).api()).exchange('071abc').catch((e: unknown) => e)

describe('WeChatSessions (code2Session)', () => {
  it('keeps only the openid from a successful exchange', async () => {
    expect(await exchangeWith({ openid: 'o-123', session_key: 'secret-session-key' })).toEqual({ openid: 'o-123' })
  })

  it.each([
    [40029, 'invalid code'],
    [40163, 'code been used'],
  ])('answers 401 when WeChat refuses the code (%i %s), so the phone logs in again', async (errcode, errmsg) => {
    const error = await exchangeWith({ errcode, errmsg })
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 401 })
  })

  it('answers 429 with Retry-After when WeChat says too frequent (45011)', async () => {
    expect(await exchangeWith({ errcode: 45011, errmsg: 'api minute-quota reach limit' })).toMatchObject({
      status: 429,
      headers: { 'retry-after': '60' },
    })
  })

  it('answers 503 when WeChat stays busy or unreachable, never a bare 500', async () => {
    expect(await exchangeWith({ errcode: -1 }, { errcode: -1 }, { errcode: -1 })).toMatchObject({ status: 503 })
    expect(await exchangeWith(new Error('ETIMEDOUT'), new Error('ETIMEDOUT'), new Error('ETIMEDOUT'))).toMatchObject({ status: 503 })
  })

  it('lets a configuration fault through as the bug it is (invalid appid or secret)', async () => {
    const error = await exchangeWith({ errcode: 40125, errmsg: 'invalid appsecret' })
    expect(error).not.toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ errcode: 40125 })
  })
})
