import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { notifierFor, type Notifier } from './notifier'
import { InboxRepository } from './repository'
import { InboxService } from './service'

const inboxRepository = new InboxRepository(db, tableName('inbox'))

let built: Notifier | undefined

/**
 * The one notifier per Lambda container; import it to tell a person something (message-board status changes,
 * company deadline reminders). Built on first use, so a function that imports it without notifying needs no
 * WeChat settings. A function that notifies needs PutItem on the inbox table and, outside local stages,
 * GetItem on the accounts table (the openid), ssm:GetParameter on the WeChat secret and the WECHAT_* variables.
 */
export const notifier: Notifier = {
  notify: (userId, note, now) => (built ??= notifierFor({ inbox: inboxRepository, db })).notify(userId, note, now),
}

export const inboxService = new InboxService(inboxRepository)
