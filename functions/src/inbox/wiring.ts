import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { AccountsOpenIds } from '../core/wechat/open-ids'
import { weChat } from '../core/wechat/wechat'
import { InboxAndWeChatNotifier } from './inbox-and-wechat-notifier'
import { InboxNotifier } from './inbox-notifier'
import type { Notifier } from './notifier'
import { InboxRepository } from './repository'
import { InboxService } from './service'
import { SubscriptionConsents } from './subscription-consents'
import { WeChatSubscribeMessage } from './subscription-message'
import { subscriptionTemplates } from './subscription-templates'
import { SubscriptionService } from './subscriptions'

const inboxRepository = /* @__PURE__ */ new InboxRepository(db, tableName('inbox'))
const consents = /* @__PURE__ */ new SubscriptionConsents(db, tableName('accounts'))

/**
 * The one notifier per Lambda container; import it to tell a person something (message-board status changes,
 * company deadline reminders). A function that notifies needs PutItem on the inbox table, GetItem and UpdateItem
 * on the accounts table (the openid, the consents), ssm:GetParameter on the WeChat secret and the WECHAT_* settings.
 */
export const notifier: Notifier = /* @__PURE__ */ new InboxAndWeChatNotifier(
  /* @__PURE__ */ new InboxNotifier(inboxRepository),
  /* @__PURE__ */ new AccountsOpenIds(db, tableName('accounts')),
  consents,
  /* @__PURE__ */ new WeChatSubscribeMessage(weChat, subscriptionTemplates()),
)

export const inboxService = /* @__PURE__ */ new InboxService(inboxRepository)

export const subscriptionService = /* @__PURE__ */ new SubscriptionService(consents, subscriptionTemplates())
