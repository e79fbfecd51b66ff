import { readSecureParameter } from '../aws/secure-parameter'

export type FetchJson = (url: string, init: { method: 'POST'; body: string }) => Promise<{ ok: boolean; json(): Promise<unknown> }>

export const defaultFetchJson: FetchJson = (url, init) =>
  fetch(url, { ...init, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(5000) })

/** WeChat answers these when the access token expired or was replaced: fetch a new one and try once more. */
export const TOKEN_INVALID = new Set([40001, 42001])

/** The mini-program's AppSecret, read from SSM once per container (only functions granted the parameter can). */
export function weChatSecretFromSsm(parameterName: string): () => Promise<string> {
  return () => readSecureParameter(parameterName)
}

/**
 * The server-side access token for WeChat's APIs. `cgi-bin/stable_token` (not `cgi-bin/token`) because many
 * Lambda containers fetch it independently: a stable token is not revoked when another container asks for one.
 */
export class WeChatAccessToken {
  private secret?: Promise<string>
  private token?: { value: string; until: number }

  constructor(
    private readonly appId: string,
    private readonly readSecret: () => Promise<string>,
    private readonly fetchJson: FetchJson = defaultFetchJson,
  ) {}

  async get(): Promise<string> {
    if (this.token && Date.now() < this.token.until) return this.token.value
    this.secret ??= this.readSecret()
    const response = await this.fetchJson('https://api.weixin.qq.com/cgi-bin/stable_token', {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'client_credential', appid: this.appId, secret: await this.secret }),
    })
    const result = (await response.json()) as { access_token?: string; expires_in?: number; errcode?: number }
    if (!response.ok || !result.access_token) throw new Error(`stable_token failed: ${result.errcode ?? 'no token'}`)
    // renewed five minutes early, so a token never expires between reading it and using it
    this.token = { value: result.access_token, until: Date.now() + ((result.expires_in ?? 7200) - 300) * 1000 }
    return this.token.value
  }

  invalidate(): void {
    this.token = undefined
  }
}
