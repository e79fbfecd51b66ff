import { describe, expect, it } from 'vitest'
import { HttpError } from '../core/http/errors'
import { LocalWeChatSessions, WeChatCode2Session, weChatSessionsFor } from './wechat-sessions'

describe('LocalWeChatSessions (local stand-in for code2Session)', () => {
  const local = new LocalWeChatSessions()

  it('maps dev:<name> to a stable openid per name', async () => {
    const alice1 = await local.exchange('dev:alice')
    const alice2 = await local.exchange('dev:alice')
    const bob = await local.exchange('dev:bob')
    expect(alice1).toEqual(alice2)
    expect(bob.openid).not.toBe(alice1.openid)
  })

  it.each(['alice', 'dev:', 'dev:a b', 'wx-real-code'])('refuses %j', async (code) => {
    await expect(local.exchange(code)).rejects.toMatchObject({ status: 401 })
  })
})

describe('weChatSessionsFor', () => {
  it('uses the stand-in only in the local and test stages', () => {
    expect(weChatSessionsFor('local')).toBeInstanceOf(LocalWeChatSessions)
    expect(weChatSessionsFor('test')).toBeInstanceOf(LocalWeChatSessions)
    const env = { WECHAT_APP_ID: 'wx123', WECHAT_SECRET_PARAM: '/doorstep/prod/wechat-app-secret' }
    expect(weChatSessionsFor('prod', env)).toBeInstanceOf(WeChatCode2Session)
  })

  it('refuses to start in production without WeChat configuration', () => {
    expect(() => weChatSessionsFor('prod', {})).toThrow(/WECHAT_APP_ID/)
  })

  it('in production, sends a dev: code to WeChat, which refuses it, so it never signs anyone in', async () => {
    const asked: string[] = []
    const prod = weChatSessionsFor('prod', { WECHAT_APP_ID: 'wx123', WECHAT_SECRET_PARAM: '/p' }, {
      readSecret: async () => 'app-secret',
      fetchJson: async (url) => {
        asked.push(url)
        return { ok: true, json: async () => ({ errcode: 40029, errmsg: 'invalid code' }) }
      },
    })
    const error = await prod.exchange('dev:alice').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).status).toBe(401)
    expect(asked).toHaveLength(1)
    expect(new URL(asked[0]!).searchParams.get('js_code')).toBe('dev:alice')
  })

  it('keeps only the openid from a successful exchange (never the session_key)', async () => {
    const prod = weChatSessionsFor('prod', { WECHAT_APP_ID: 'wx123', WECHAT_SECRET_PARAM: '/p' }, {
      readSecret: async () => 'app-secret',
      fetchJson: async () => ({ ok: true, json: async () => ({ openid: 'o-123', session_key: 'secret-session-key' }) }),
    })
    expect(await prod.exchange('071abc')).toEqual({ openid: 'o-123' })
  })
})
