import { readSecureParameter } from '../aws/secure-parameter'

/** Where and as whom the functions call WeChat's server APIs. */
export interface WeChatConfig {
  appId: string
  /** https://api.weixin.qq.com in production; a local stand-in on a developer's machine and in CI. */
  apiBase: string
  /** The mini-program's AppSecret (SSM SecureString), read through the TTL cache of secure parameters. */
  secret(): Promise<string>
}

export const WECHAT_API_BASE = 'https://api.weixin.qq.com'

/**
 * Read from the function's environment when a WeChat call is first made (never at module load, so a function that
 * imports WeChat code without calling it needs no settings). Missing settings are a deploy bug: the message says
 * which, and `osls package` of a cloud stage refuses to build without the app id (scripts/infra/deploy-guard.cjs).
 */
export function weChatConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WeChatConfig {
  const appId = env.WECHAT_APP_ID
  const secretParameter = env.WECHAT_SECRET_PARAM
  const missing = [!appId && 'WECHAT_APP_ID', !secretParameter && 'WECHAT_SECRET_PARAM'].filter(Boolean)
  if (missing.length > 0) throw new Error(`${missing.join(' and ')} must be set for a function that calls WeChat`)
  return {
    appId: appId!,
    apiBase: (env.WECHAT_API_BASE || WECHAT_API_BASE).replace(/\/+$/, ''),
    secret: () => readSecureParameter(secretParameter!),
  }
}
