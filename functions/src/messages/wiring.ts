import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { CombinedContentCheck } from './content-check/content-check'
import { LocalWordFilter } from './content-check/local-word-filter'
import { OverdueEscalation } from './overdue-escalation'
import { MessageRepository } from './repository'
import { MessageService } from './service'

const messageRepository = new MessageRepository(db, tableName('messages'))

/**
 * Built once per Lambda container. The local word filter always runs; WeChat's msgSecCheck joins the
 * CombinedContentCheck here once production credentials for it exist (see docs/api.md, messages).
 */
export const messageService = new MessageService(messageRepository, new CombinedContentCheck([new LocalWordFilter()]))

export const overdueEscalation = new OverdueEscalation(messageRepository)
