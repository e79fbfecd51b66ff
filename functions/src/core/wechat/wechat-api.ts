import type { WeChatConfig } from './config'

/** WeChat answered with an error code (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/). */
export class WeChatError extends Error {
  constructor(
    readonly api: string,
    readonly errcode: number,
    errmsg = '',
  ) {
    super(`${api} failed: ${errcode} ${errmsg}`.trim())
    this.name = 'WeChatError'
  }
}

/** WeChat could not be reached, or stayed busy through every retry. */
export class WeChatUnavailableError extends Error {
  constructor(
    readonly api: string,
    cause: unknown,
  ) {
    super(`${api} unavailable`, { cause })
    this.name = 'WeChatUnavailableError'
  }
}

export type HttpFetch = (
  url: string,
  init: { method: 'GET' | 'POST'; body?: string; headers?: Record<string, string>; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>

/** Token expired (42001), replaced or unknown (40001, 40014): fetch a new one and try once more. */
export const TOKEN_INVALID = new Set([40001, 40014, 42001])
/** -1 "system busy": WeChat asks to try again. */
const BUSY = -1

export const WECHAT_TIMEOUT_MS = 5000
/** Attempts per call when WeChat is busy or unreachable, and the pause before each retry. */
export const RETRY_DELAYS_MS = [150, 600] as const

const defaultFetch: HttpFetch = (url, init) =>
  fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers }, signal: AbortSignal.timeout(WECHAT_TIMEOUT_MS) })

/**
 * WeChat's server APIs as one client per Lambda container: one access token (`cgi-bin/stable_token`, which other
 * containers fetching theirs do not revoke) renewed five minutes early and on 40001/42001, and a bounded retry with
 * backoff when WeChat is busy (-1), answers 5xx or cannot be reached. Nothing failed is kept: not the token, not
 * the secret, not the settings.
 */
export class WeChatApi {
  private token?: { value: string; until: number }
  private tokenRequest?: Promise<string>

  constructor(
    private readonly config: () => WeChatConfig,
    private readonly http: HttpFetch = defaultFetch,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly clock: () => number = Date.now,
  ) {}

  /** code2Session: the openid behind a login code from wx.login. */
  async code2Session(code: string): Promise<{ openid: string }> {
    const { appId, apiBase, secret } = this.config()
    const query = new URLSearchParams({
      appid: appId,
      secret: await this.secretFor('code2Session', secret),
      js_code: code,
      grant_type: 'authorization_code',
    })
    const answer = await this.call('code2Session', `${apiBase}/sns/jscode2session?${query}`, { method: 'GET' })
    if (typeof answer.openid !== 'string') throw new WeChatError('code2Session', Number(answer.errcode ?? 0), 'no openid')
    return { openid: answer.openid }
  }

  /** A POST to an API authorised by `?access_token=`; renews the token once if WeChat says it is stale. */
  async postWithToken(api: string, path: string, body: unknown): Promise<Record<string, unknown>> {
    const { apiBase } = this.config()
    for (let renewed = false; ; renewed = true) {
      const token = await this.accessToken()
      try {
        return await this.call(api, `${apiBase}${path}?access_token=${encodeURIComponent(token)}`, {
          method: 'POST',
          body: JSON.stringify(body),
        })
      } catch (error) {
        if (renewed || !(error instanceof WeChatError) || !TOKEN_INVALID.has(error.errcode)) throw error
        if (this.token?.value === token) this.token = undefined
      }
    }
  }

  private accessToken(): Promise<string> {
    if (this.token && this.clock() < this.token.until) return Promise.resolve(this.token.value)
    this.tokenRequest ??= this.fetchToken().finally(() => (this.tokenRequest = undefined))
    return this.tokenRequest
  }

  private async fetchToken(): Promise<string> {
    const { appId, apiBase, secret } = this.config()
    const answer = await this.call('stable_token', `${apiBase}/cgi-bin/stable_token`, {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'client_credential', appid: appId, secret: await this.secretFor('stable_token', secret) }),
    })
    if (typeof answer.access_token !== 'string') throw new WeChatError('stable_token', 0, 'no token')
    // renewed five minutes early, so a token never expires between reading it and using it
    const seconds = Number(answer.expires_in ?? 7200)
    this.token = { value: answer.access_token, until: this.clock() + (seconds - 300) * 1000 }
    return this.token.value
  }

  /** The AppSecret is in SSM: while SSM cannot answer, WeChat cannot be called either. */
  private async secretFor(api: string, secret: () => Promise<string>): Promise<string> {
    try {
      return await secret()
    } catch (error) {
      throw new WeChatUnavailableError(api, error)
    }
  }

  /** One API call: an errcode other than 0 is a WeChatError; busy, 5xx and network failures are retried, then WeChatUnavailableError. */
  private async call(api: string, url: string, init: { method: 'GET' | 'POST'; body?: string }): Promise<Record<string, unknown>> {
    let lastFailure: unknown
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      if (attempt > 0) await this.sleep(RETRY_DELAYS_MS[attempt - 1]!)
      let answer: Record<string, unknown>
      try {
        const response = await this.http(url, init)
        if (response.status >= 500) {
          lastFailure = new Error(`HTTP ${response.status}`)
          continue
        }
        answer = (await response.json()) as Record<string, unknown>
      } catch (error) {
        lastFailure = error
        continue
      }
      const errcode = Number(answer.errcode ?? 0)
      if (errcode === BUSY) {
        lastFailure = new WeChatError(api, BUSY, String(answer.errmsg ?? 'system busy'))
        continue
      }
      if (errcode !== 0) throw new WeChatError(api, errcode, String(answer.errmsg ?? ''))
      return answer
    }
    throw new WeChatUnavailableError(api, lastFailure)
  }
}
