import { endpoints, pathTo } from '@doorstep/shared'
import type { InboxPage } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export const fetchInbox = (client: HttpClient, cursor?: string, limit = 20) =>
  client.get<InboxPage>(pathTo(endpoints.inboxList), { cursor, limit })

/** Marks the given items read, or every item when none are given. */
export const markRead = (client: HttpClient, ids?: string[]) => client.post<null>(pathTo(endpoints.inboxRead), ids ? { ids } : {})
