import { weChatConfigFromEnv } from './config'
import { WeChatApi } from './wechat-api'

/** The one WeChat client of a Lambda container (one access token for msgSecCheck and subscription messages alike). */
export const weChat = new WeChatApi(() => weChatConfigFromEnv())
