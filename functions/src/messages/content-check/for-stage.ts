import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { isLocalStage } from '../../core/auth/stage'
import { WeChatAccessToken, weChatSecretFromSsm, type FetchJson } from '../../core/wechat/access-token'
import { AccountsOpenIds } from '../../inbox/notifier'
import { CombinedContentCheck, type ContentCheck } from './content-check'
import { LocalWordFilter } from './local-word-filter'
import { WeChatMsgSecCheck } from './wechat-msg-sec-check'

/**
 * The local word filter everywhere; outside the local and test stages WeChat's msgSecCheck too, built on first
 * use so the message functions that never check text need no WeChat settings. A function that checks text
 * (submit, follow-up, assisted filing) needs WECHAT_APP_ID, WECHAT_SECRET_PARAM, ssm:GetParameter on the secret
 * and GetItem on the accounts table (the writer's openid).
 */
export function contentCheckFor(options: { db: DynamoDBDocumentClient; env?: NodeJS.ProcessEnv; fetchJson?: FetchJson; readSecret?: () => Promise<string> }): ContentCheck {
  const env = options.env ?? process.env
  const local = new LocalWordFilter()
  if (isLocalStage(env.STAGE)) return new CombinedContentCheck([local])
  let weChat: ContentCheck | undefined
  const lazyWeChat: ContentCheck = {
    check(text, author) {
      weChat ??= (() => {
        const appId = env.WECHAT_APP_ID
        const secretParameter = env.WECHAT_SECRET_PARAM
        if (!appId || !secretParameter) throw new Error('WECHAT_APP_ID and WECHAT_SECRET_PARAM must be set outside local stages')
        const token = new WeChatAccessToken(appId, options.readSecret ?? weChatSecretFromSsm(secretParameter), options.fetchJson)
        return new WeChatMsgSecCheck(token, new AccountsOpenIds(options.db, env.ACCOUNTS_TABLE ?? ''), options.fetchJson)
      })()
      return weChat.check(text, author)
    },
  }
  return new CombinedContentCheck([local, lazyWeChat])
}
