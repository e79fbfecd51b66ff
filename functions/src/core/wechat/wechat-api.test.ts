import { describe, expect, it } from 'vitest'
import { scriptedWeChat } from '../../../test/scripted-wechat'
import { RETRY_DELAYS_MS, WeChatError, WeChatUnavailableError } from './wechat-api'

describe('WeChatApi', () => {
  it('exchanges a login code with the app id and secret, keeping only the openid', async () => {
    const wechat = scriptedWeChat([{ openid: 'o-1', session_key: 'never-kept' }])
    expect(await wechat.api().code2Session('071abc')).toEqual({ openid: 'o-1' })
    const asked = new URL(wechat.calls[0]!.url)
    expect(`${asked.origin}${asked.pathname}`).toBe('https://api.weixin.qq.com/sns/jscode2session')
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      appid: 'wx0123456789abcdef',
      secret: 'app-secret',
      js_code: '071abc',
      grant_type: 'authorization_code',
    })
  })

  it('fetches one stable token for many calls and renews it five minutes before it expires', async () => {
    let now = 0
    const wechat = scriptedWeChat()
    const api = wechat.api({ clock: () => now })
    await api.postWithToken('msgSecCheck', '/wxa/msg_sec_check', {})
    await api.postWithToken('msgSecCheck', '/wxa/msg_sec_check', {})
    expect(wechat.tokenCalls()).toHaveLength(1)
    expect(wechat.tokenCalls()[0]!.body).toEqual({ grant_type: 'client_credential', appid: 'wx0123456789abcdef', secret: 'app-secret' })
    now = (7200 - 300) * 1000
    await api.postWithToken('msgSecCheck', '/wxa/msg_sec_check', {})
    expect(wechat.tokenCalls()).toHaveLength(2)
    expect(wechat.apiCalls().at(-1)!.url).toBe('https://api.weixin.qq.com/wxa/msg_sec_check?access_token=token-2')
  })

  it.each([40001, 42001])('renews the token once when WeChat answers %i, then reports a second refusal', async (errcode) => {
    const renewed = scriptedWeChat([{ errcode }, { errcode: 0, ok: 1 }])
    expect(await renewed.api().postWithToken('send', '/cgi-bin/message/subscribe/send', {})).toMatchObject({ ok: 1 })
    expect(renewed.apiCalls().map((c) => new URL(c.url).searchParams.get('access_token'))).toEqual(['token-1', 'token-2'])

    const refused = scriptedWeChat([{ errcode }, { errcode }])
    await expect(refused.api().postWithToken('send', '/cgi-bin/message/subscribe/send', {})).rejects.toMatchObject({ errcode })
    expect(refused.tokenCalls()).toHaveLength(2)
  })

  it('retries a busy WeChat (-1), a 5xx and a dropped connection with backoff, then gives up as unavailable', async () => {
    const recovers = scriptedWeChat([{ errcode: -1, errmsg: 'system error' }, { status: 502 }, { openid: 'o-2' }])
    expect(await recovers.api().code2Session('c')).toEqual({ openid: 'o-2' })
    expect(recovers.sleeps).toEqual([...RETRY_DELAYS_MS])

    const down = scriptedWeChat([new Error('ECONNRESET'), new Error('ECONNRESET'), new Error('ECONNRESET'), { openid: 'never' }])
    const error = await down
      .api()
      .code2Session('c')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WeChatUnavailableError)
    expect(down.calls).toHaveLength(1 + RETRY_DELAYS_MS.length)
  })

  it('reports any other error code at once, without retrying', async () => {
    const wechat = scriptedWeChat([{ errcode: 45011, errmsg: 'api minute-quota reach limit' }])
    const error = await wechat
      .api()
      .code2Session('c')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WeChatError)
    expect(error).toMatchObject({ errcode: 45011, api: 'code2Session' })
    expect(wechat.calls).toHaveLength(1)
  })

  it('keeps nothing that failed: a failed token, a missing setting and an unreadable secret are tried again next time', async () => {
    const tokenFails = scriptedWeChat([], [{ errcode: -1 }, { errcode: -1 }, { errcode: -1 }])
    const api = tokenFails.api()
    await expect(api.postWithToken('x', '/x', {})).rejects.toBeInstanceOf(WeChatUnavailableError)
    await expect(api.postWithToken('x', '/x', {})).resolves.toEqual({ errcode: 0 })

    let configured = false
    const settings = scriptedWeChat()
    const late = settings.api({
      config: () => {
        if (!configured) throw new Error('WECHAT_APP_ID and WECHAT_SECRET_PARAM must be set')
        return settings.config
      },
    })
    await expect(late.code2Session('c')).rejects.toThrow('WECHAT_APP_ID')
    configured = true
    await expect(late.code2Session('c')).rejects.toMatchObject({ errcode: 0 })

    let ssmDown = true
    const secret = scriptedWeChat([{ openid: 'o-3' }])
    const withSecret = secret.api({
      config: () => ({ ...secret.config, secret: async () => (ssmDown ? Promise.reject(new Error('SSM 500')) : 'app-secret') }),
    })
    const unreadable = await withSecret.code2Session('c').catch((e: unknown) => e)
    expect(unreadable).toBeInstanceOf(WeChatUnavailableError)
    expect((unreadable as Error).cause).toMatchObject({ message: 'SSM 500' })
    ssmDown = false
    expect(await withSecret.code2Session('c')).toEqual({ openid: 'o-3' })
  })
})
