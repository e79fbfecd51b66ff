import { logger } from '../../core/log/logger'
import type { OpenIdDirectory } from '../../core/wechat/open-ids'
import { WeChatError, type WeChatApi } from '../../core/wechat/wechat-api'
import type { ContentAuthor, ContentCheck, ContentVerdict } from './content-check'

/** msgSecCheck v2 scenes: 2 = comments and messages (留言), the closest to a message to the district. */
const SCENE_MESSAGE = 2
/** The version-1 answer for risky content, which WeChat may still send. */
const RISKY_CONTENT = 87014

const UNAVAILABLE: ContentVerdict = { outcome: 'review', reason: '内容安全检查暂时不可用，留言将在人工审核后处理' }
const RISKY: ContentVerdict = { outcome: 'risky', reason: '内容未通过微信内容安全检查，请修改后再提交' }

/**
 * WeChat's content security check (`wxa/msg_sec_check`, version 2), beside the local word filter. It needs the
 * writer's openid, so text without a WeChat user behind it (a walk-in message filed by staff) is left to the local
 * filter — and never touches WeChat's settings. When WeChat cannot answer, the message is held for staff review
 * rather than refused or published unchecked: nothing the resident wrote is lost, nothing unchecked goes public.
 */
export class WeChatMsgSecCheck implements ContentCheck {
  constructor(
    private readonly api: Pick<WeChatApi, 'postWithToken'>,
    private readonly openIds: OpenIdDirectory,
  ) {}

  async check(text: string, author: ContentAuthor = {}): Promise<ContentVerdict> {
    try {
      const openid = author.userId ? await this.openIds.openIdOf(author.userId) : undefined
      if (!openid) return { outcome: 'pass' }
      const answer = await this.api.postWithToken('msgSecCheck', '/wxa/msg_sec_check', {
        content: text,
        version: 2,
        scene: SCENE_MESSAGE,
        openid,
      })
      return verdictOf((answer.result as { suggest?: string } | undefined)?.suggest)
    } catch (error) {
      if (error instanceof WeChatError && error.errcode === RISKY_CONTENT) return RISKY
      logger.warn('msg_sec_check unavailable, message held for review', { error })
      return UNAVAILABLE
    }
  }
}

function verdictOf(suggest: string | undefined): ContentVerdict {
  if (suggest === 'pass') return { outcome: 'pass' }
  if (suggest === 'risky') return RISKY
  return { outcome: 'review', reason: '内容需人工审核，审核通过后工作人员会尽快处理' }
}
