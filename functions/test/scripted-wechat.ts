import type { WeChatConfig } from '../src/core/wechat/config'
import { WeChatApi, type HttpFetch } from '../src/core/wechat/wechat-api'

/** One scripted answer: a JSON body (HTTP 200), an HTTP status without body, or a dropped connection. */
export type Scripted = Record<string, unknown> | { status: number } | Error

/**
 * WeChat's HTTP surface answered from a script, for unit tests of what the client does with each answer: the token
 * endpoint answers by itself (token-1, token-2 …) unless scripted; every call is recorded; sleeps are recorded, not slept.
 */
export function scriptedWeChat(answers: Scripted[] = [], tokenAnswers: Scripted[] = []) {
  const calls: { url: string; body?: any }[] = []
  const sleeps: number[] = []
  let tokens = 0
  const http: HttpFetch = async (url, init) => {
    calls.push({ url, body: init.body ? JSON.parse(init.body) : undefined })
    const isToken = url.includes('/cgi-bin/stable_token')
    const next = isToken
      ? (tokenAnswers.shift() ?? { access_token: `token-${++tokens}`, expires_in: 7200 })
      : (answers.shift() ?? { errcode: 0 })
    if (next instanceof Error) throw next
    if ('status' in next && typeof next.status === 'number' && Object.keys(next).length === 1) {
      return { ok: false, status: next.status, json: async () => ({}) }
    }
    return { ok: true, status: 200, json: async () => next }
  }
  const config: WeChatConfig = { appId: 'wx0123456789abcdef', apiBase: 'https://api.weixin.qq.com', secret: async () => 'app-secret' }
  const api = (overrides: { config?: () => WeChatConfig; clock?: () => number } = {}) =>
    new WeChatApi(overrides.config ?? (() => config), http, async (ms) => void sleeps.push(ms), overrides.clock)
  return {
    calls,
    sleeps,
    api,
    config,
    apiCalls: () => calls.filter((c) => !c.url.includes('stable_token')),
    tokenCalls: () => calls.filter((c) => c.url.includes('stable_token')),
  }
}
