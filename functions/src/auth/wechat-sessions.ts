import { ServiceUnavailableError, TooManyRequestsError, UnauthorizedError } from '../core/http/errors'
import { logger } from '../core/log/logger'
import { weChat } from '../core/wechat/wechat'
import { WeChatError, WeChatUnavailableError, type WeChatApi } from '../core/wechat/wechat-api'

/** What we keep from WeChat's code2Session: the openid. The session_key is dropped on arrival. */
export interface WeChatIdentity {
  openid: string
}

/** 40029 invalid code, 40163 code already used: the phone should call wx.login again. */
const BAD_CODE = new Set([40029, 40163])
const TOO_FREQUENT = 45011

/**
 * code2Session in every stage (production's WeChat, or the stand-in on a developer's machine and in CI): a login
 * code from wx.login becomes the person's openid. WeChat's refusals become answers the app can act on.
 */
export class WeChatSessions {
  constructor(private readonly api: Pick<WeChatApi, 'code2Session'> = weChat) {}

  async exchange(code: string): Promise<WeChatIdentity> {
    try {
      return await this.api.code2Session(code)
    } catch (error) {
      if (error instanceof WeChatError && BAD_CODE.has(error.errcode)) throw new UnauthorizedError('微信登录码无效或已使用，请重新登录')
      if (error instanceof WeChatError && error.errcode === TOO_FREQUENT)
        throw new TooManyRequestsError(60, '登录请求过于频繁，请一分钟后再试')
      if (error instanceof WeChatUnavailableError) {
        logger.warn('code2Session unavailable', { error })
        throw new ServiceUnavailableError('微信服务暂时繁忙，请稍后再试')
      }
      throw error
    }
  }
}
