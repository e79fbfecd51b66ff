import { createHash, randomBytes } from 'node:crypto'
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { shanghaiTime, type InboxKind, type InboxLink } from '@doorstep/shared'
import { isLocalStage } from '../core/auth/stage'
import { TOKEN_INVALID, WeChatAccessToken, defaultFetchJson, weChatSecretFromSsm, type FetchJson } from '../core/wechat/access-token'
import { logger } from '../core/log/logger'
import type { InboxRepository } from './repository'

/** What a feature tells a person: shown in the in-app inbox (GET /v1/me/inbox), and in production also sent by WeChat. */
export interface InboxNote {
  kind: InboxKind
  /** Short: it is also the subscription message's first field (WeChat cuts `thing` values at 20 characters). */
  title: string
  body: string
  link: InboxLink
  /** The same key twice for one person stores one note: a retried or repeated notify is a no-op. */
  dedupeKey?: string
}

/**
 * How features notify a person. Message-board status changes and company-deadline reminders call this after
 * their own write has landed; a notification that fails must not undo that write, so callers log and go on
 * (see `notifySafely`).
 */
export interface Notifier {
  notify(userId: string, note: InboxNote, now?: Date): Promise<void>
}

/** Local, test, and the first half of production: the note goes into the person's inbox (once per dedupe key). */
export class InboxNotifier implements Notifier {
  constructor(private readonly inbox: Pick<InboxRepository, 'putOnce'>) {}

  async notify(userId: string, note: InboxNote, now = new Date()): Promise<void> {
    const id = `note-${note.dedupeKey ? createHash('sha256').update(note.dedupeKey).digest('hex').slice(0, 24) : randomBytes(12).toString('hex')}`
    await this.inbox.putOnce({
      id,
      userId,
      at: now.toISOString(),
      kind: note.kind,
      title: note.title,
      body: note.body,
      link: note.link,
      dedupeKey: note.dedupeKey,
    })
  }
}

/** WeChat's subscribeMessage.send, behind an interface: WeChat's servers cannot be reached from a developer's machine. */
export interface WeChatSubscriptionSender {
  send(openid: string, note: InboxNote, at: Date): Promise<void>
}

/** Where a person's WeChat openid is kept; undefined when unknown (then only the inbox gets the note). */
export interface OpenIdDirectory {
  openIdOf(userId: string): Promise<string | undefined>
}


/** The mini-program page each link opens when the person taps the subscription message. */
export const LINK_PAGES: Record<InboxLink['kind'], string> = {
  message: 'packages/messages/pages/detail/index',
  company: 'packages/business/pages/case/index',
}

/** WeChat refuses delivery when the person has not (or no longer) allowed this template: nothing to retry. */
const NOT_SUBSCRIBED = 43101

/**
 * The real sender. Templates are chosen in the mini-program's admin console, one per kind, each with fields
 * `thing1` (title), `thing2` (body) and `time3` (when).
 */
export class WeChatSubscribeMessage implements WeChatSubscriptionSender {
  constructor(
    private readonly token: Pick<WeChatAccessToken, 'get' | 'invalidate'>,
    private readonly templates: Partial<Record<InboxKind, string>>,
    private readonly fetchJson: FetchJson = defaultFetchJson,
  ) {}

  async send(openid: string, note: InboxNote, at: Date): Promise<void> {
    const templateId = this.templates[note.kind]
    if (!templateId) return
    const body = JSON.stringify({
      touser: openid,
      template_id: templateId,
      page: `${LINK_PAGES[note.link.kind]}?id=${encodeURIComponent(note.link.id)}`,
      miniprogram_state: 'formal',
      lang: 'zh_CN',
      data: {
        thing1: { value: cut(note.title, 20) },
        thing2: { value: cut(note.body, 20) },
        time3: { value: wechatTime(at) },
      },
    })
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.token.get()
      const response = await this.fetchJson(`https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        body,
      })
      const result = (await response.json()) as { errcode?: number; errmsg?: string }
      if (response.ok && !result.errcode) return
      if (result.errcode === NOT_SUBSCRIBED) return
      if (result.errcode !== undefined && TOKEN_INVALID.has(result.errcode) && attempt === 0) {
        this.token.invalidate()
        continue
      }
      throw new Error(`subscribeMessage.send failed: ${result.errcode ?? response.ok} ${result.errmsg ?? ''}`)
    }
  }
}

/** Production: the inbox always; WeChat too when the person's openid is known. A WeChat failure never loses the inbox note. */
export class InboxAndWeChatNotifier implements Notifier {
  constructor(
    private readonly inbox: Notifier,
    private readonly openIds: OpenIdDirectory,
    private readonly weChat: WeChatSubscriptionSender,
  ) {}

  async notify(userId: string, note: InboxNote, now = new Date()): Promise<void> {
    await this.inbox.notify(userId, note, now)
    try {
      const openid = await this.openIds.openIdOf(userId)
      if (openid) await this.weChat.send(openid, note, now)
    } catch (error) {
      logger.warn('subscription message not sent', { error, kind: note.kind })
    }
  }
}

/** Reads `openid` from the user's profile item in the accounts table (`USER#<id>`, `PROFILE`). */
export class AccountsOpenIds implements OpenIdDirectory {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async openIdOf(userId: string): Promise<string | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `USER#${userId}`, sk: 'PROFILE' }, ProjectionExpression: 'openid' }))
    return typeof Item?.openid === 'string' ? Item.openid : undefined
  }
}

/**
 * The inbox alone in the local and test stages; every other stage adds WeChat subscription messages for the
 * kinds whose template id is configured (WECHAT_TEMPLATE_MESSAGE_STATUS, WECHAT_TEMPLATE_COMPANY_DEADLINE),
 * addressed through the openid on the person's profile in the accounts table.
 */
export function notifierFor(options: {
  inbox: Pick<InboxRepository, 'putOnce'>
  db: DynamoDBDocumentClient
  stage?: string
  env?: NodeJS.ProcessEnv
  openIds?: OpenIdDirectory
  fetchJson?: FetchJson
  readSecret?: () => Promise<string>
}): Notifier {
  const env = options.env ?? process.env
  const inboxOnly = new InboxNotifier(options.inbox)
  if (isLocalStage(options.stage ?? env.STAGE)) return inboxOnly
  const appId = env.WECHAT_APP_ID
  const secretParameter = env.WECHAT_SECRET_PARAM
  if (!appId || !secretParameter) throw new Error('WECHAT_APP_ID and WECHAT_SECRET_PARAM must be set outside local stages')
  const templates = {
    'message-status': env.WECHAT_TEMPLATE_MESSAGE_STATUS || undefined,
    'company-deadline': env.WECHAT_TEMPLATE_COMPANY_DEADLINE || undefined,
  }
  const token = new WeChatAccessToken(appId, options.readSecret ?? weChatSecretFromSsm(secretParameter), options.fetchJson)
  const openIds = options.openIds ?? new AccountsOpenIds(options.db, env.ACCOUNTS_TABLE ?? '')
  return new InboxAndWeChatNotifier(inboxOnly, openIds, new WeChatSubscribeMessage(token, templates, options.fetchJson))
}

/** For callers whose own write already landed: a failed notification is logged, never thrown. */
export async function notifySafely(notifier: Notifier, userId: string, note: InboxNote, now?: Date): Promise<void> {
  try {
    await notifier.notify(userId, note, now)
  } catch (error) {
    logger.error('notification not stored', { error, kind: note.kind, link: note.link })
  }
}

function cut(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** WeChat's `time` field: 2026年11月25日 14:30, Suzhou time. */
function wechatTime(at: Date): string {
  const { date, time } = shanghaiTime(at)
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${time}`
}
