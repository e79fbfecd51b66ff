import { logger } from '../../core/log/logger'
import { TOKEN_INVALID, defaultFetchJson, type FetchJson, type WeChatAccessToken } from '../../core/wechat/access-token'
import type { OpenIdDirectory } from '../../inbox/notifier'
import type { ContentAuthor, ContentCheck, ContentVerdict } from './content-check'

/** msgSecCheck v2 scenes: 2 = comments and messages (留言), the closest to a message to the district. */
const SCENE_MESSAGE = 2

const UNAVAILABLE: ContentVerdict = { outcome: 'review', reason: '内容安全检查暂时不可用，留言将在人工审核后处理' }

/**
 * WeChat's content security check (`wxa/msg_sec_check`, version 2), the production companion of the local word
 * filter. It needs the writer's openid, so text without a WeChat user behind it (a walk-in message filed by staff)
 * is left to the local filter. When WeChat cannot answer, the message is held for staff review rather than refused
 * or published unchecked: nothing the resident wrote is lost, and nothing unchecked reaches the public board.
 */
export class WeChatMsgSecCheck implements ContentCheck {
  constructor(
    private readonly token: Pick<WeChatAccessToken, 'get' | 'invalidate'>,
    private readonly openIds: OpenIdDirectory,
    private readonly fetchJson: FetchJson = defaultFetchJson,
  ) {}

  async check(text: string, author: ContentAuthor = {}): Promise<ContentVerdict> {
    try {
      const openid = author.userId ? await this.openIds.openIdOf(author.userId) : undefined
      if (!openid) return { outcome: 'pass' }
      const body = JSON.stringify({ content: text, version: 2, scene: SCENE_MESSAGE, openid })
      for (let attempt = 0; attempt < 2; attempt++) {
        const token = await this.token.get()
        const response = await this.fetchJson(`https://api.weixin.qq.com/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`, {
          method: 'POST',
          body,
        })
        const answer = (await response.json()) as { errcode?: number; result?: { suggest?: string } }
        if (answer.errcode !== undefined && TOKEN_INVALID.has(answer.errcode) && attempt === 0) {
          this.token.invalidate()
          continue
        }
        if (!response.ok || answer.errcode) throw new Error(`msg_sec_check failed: ${answer.errcode ?? 'http'}`)
        return verdictOf(answer.result?.suggest)
      }
      return UNAVAILABLE
    } catch (error) {
      logger.warn('msg_sec_check unavailable, message held for review', { error })
      return UNAVAILABLE
    }
  }
}

function verdictOf(suggest: string | undefined): ContentVerdict {
  if (suggest === 'pass') return { outcome: 'pass' }
  if (suggest === 'risky') return { outcome: 'risky', reason: '内容未通过微信内容安全检查，请修改后再提交' }
  return { outcome: 'review', reason: '内容需人工审核，审核通过后工作人员会尽快处理' }
}
