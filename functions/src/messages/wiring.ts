import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { calendarService } from '../calendar/wiring'
import { notifier } from '../inbox/wiring'
import { StationRepository } from '../stations/repository'
import { AccountsOpenIds } from '../core/wechat/open-ids'
import { weChat } from '../core/wechat/wechat'
import { CombinedContentCheck } from './content-check/content-check'
import { LocalWordFilter } from './content-check/local-word-filter'
import { WeChatMsgSecCheck } from './content-check/wechat-msg-sec-check'
import { OverdueEscalation } from './overdue-escalation'
import { MessageRepository } from './repository'
import { MessageService } from './service'
import { MessageStaffActions } from './staff-actions'

/*
 * Built once per Lambda container. Each handler module uses one or two of these; the PURE marks let esbuild drop
 * the rest from its bundle. The board (search index) and the dashboard (CSV) have their own wiring: their
 * libraries would otherwise ride along in every message function.
 */
export const messageRepository = /* @__PURE__ */ new MessageRepository(db, tableName('messages'))

/**
 * The local word filter and WeChat's msgSecCheck, the strictest verdict winning. A function that checks a resident's
 * text (submit, follow-up) needs the WECHAT_* settings, ssm:GetParameter on the secret and GetItem on the accounts
 * table (the writer's openid); assisted filing for a walk-in resident never reaches WeChat.
 */
export const messageService = /* @__PURE__ */ new MessageService(
  messageRepository,
  /* @__PURE__ */ new CombinedContentCheck([
    /* @__PURE__ */ new LocalWordFilter(),
    /* @__PURE__ */ new WeChatMsgSecCheck(weChat, /* @__PURE__ */ new AccountsOpenIds(db, tableName('accounts'))),
  ]),
  /* @__PURE__ */ new StationRepository(db, tableName('catalog')),
  calendarService,
)

export const staffActions = /* @__PURE__ */ new MessageStaffActions(messageRepository, notifier)

export const overdueEscalation = /* @__PURE__ */ new OverdueEscalation(messageRepository)
