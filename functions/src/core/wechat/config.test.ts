import { describe, expect, it } from 'vitest'
import { weChatConfigFromEnv } from './config'

describe('weChatConfigFromEnv', () => {
  it('names each missing setting, so a deploy bug says what to fix', () => {
    expect(() => weChatConfigFromEnv({})).toThrow('WECHAT_APP_ID and WECHAT_SECRET_PARAM must be set')
    expect(() => weChatConfigFromEnv({ WECHAT_APP_ID: 'wx1' })).toThrow(/^WECHAT_SECRET_PARAM must be set/)
  })

  it('talks to WeChat unless told where its stand-in is', () => {
    const env = { WECHAT_APP_ID: 'wx1', WECHAT_SECRET_PARAM: '/doorstep/prod/wechat-app-secret' }
    expect(weChatConfigFromEnv(env)).toMatchObject({ appId: 'wx1', apiBase: 'https://api.weixin.qq.com' })
    expect(weChatConfigFromEnv({ ...env, WECHAT_API_BASE: 'http://127.0.0.1:3004/' }).apiBase).toBe('http://127.0.0.1:3004')
  })
})
