import { createHash } from 'node:crypto'
import { isLocalStage } from '../core/auth/stage'
import { readSecureParameter } from '../core/aws/secure-parameter'
import { UnauthorizedError } from '../core/http/errors'

/** What we keep from WeChat's code2Session: the openid. The session_key is dropped on arrival. */
export interface WeChatIdentity {
  openid: string
}

/** code2Session, behind an interface: WeChat's servers cannot be reached from a developer's machine. */
export interface WeChatSessions {
  exchange(code: string): Promise<WeChatIdentity>
}

/**
 * Local stand-in: `dev:<name>` signs in as a stable test person called <name>.
 * Only constructed for the local and test stages (see `weChatSessionsFor`).
 */
export class LocalWeChatSessions implements WeChatSessions {
  async exchange(code: string): Promise<WeChatIdentity> {
    const name = /^dev:([\p{L}\p{N}_-]{1,32})$/u.exec(code)?.[1]
    if (!name) throw new UnauthorizedError('本地登录码应为 dev:<名字>')
    return { openid: `dev-${createHash('sha256').update(name).digest('hex').slice(0, 24)}` }
  }
}

type Fetch = (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>

/** The real exchange: https://api.weixin.qq.com/sns/jscode2session with the app id and secret from SSM. */
export class WeChatCode2Session implements WeChatSessions {
  private secret?: Promise<string>

  constructor(
    private readonly appId: string,
    private readonly readSecret: () => Promise<string>,
    private readonly fetchJson: Fetch = (url) => fetch(url, { signal: AbortSignal.timeout(5000) }),
  ) {}

  async exchange(code: string): Promise<WeChatIdentity> {
    this.secret ??= this.readSecret()
    const query = new URLSearchParams({ appid: this.appId, secret: await this.secret, js_code: code, grant_type: 'authorization_code' })
    const response = await this.fetchJson(`https://api.weixin.qq.com/sns/jscode2session?${query}`)
    const body = (await response.json()) as { openid?: string; errcode?: number }
    if (!response.ok || !body.openid) throw new UnauthorizedError('微信登录失败，请重试')
    return { openid: body.openid }
  }
}

/** The local stand-in exists only in the local and test stages; every other stage talks to WeChat. */
export function weChatSessionsFor(
  stage = process.env.STAGE,
  env: NodeJS.ProcessEnv = process.env,
  seams: { fetchJson?: Fetch; readSecret?: () => Promise<string> } = {},
): WeChatSessions {
  if (isLocalStage(stage)) return new LocalWeChatSessions()
  const appId = env.WECHAT_APP_ID
  const secretParameter = env.WECHAT_SECRET_PARAM
  if (!appId || !secretParameter) throw new Error('WECHAT_APP_ID and WECHAT_SECRET_PARAM must be set outside local stages')
  const readSecret = seams.readSecret ?? (() => readSecureParameter(secretParameter))
  return new WeChatCode2Session(appId, readSecret, seams.fetchJson)
}
