import { endpoints, pathTo } from '@doorstep/shared'
import type {
  AssistedMessageSubmit,
  MessageDashboard,
  MessageQueueItem,
  MessageReceipt,
  MessageTemplate,
  Page,
  ServiceProject,
  StaffMessage,
  StaffMessageActionBody,
  SubDistrictId,
} from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export interface QueueFilter {
  status?: MessageQueueItem['status']
  category?: MessageQueueItem['category']
  subDistrict?: SubDistrictId
}

/** Open messages in the caller's scope, most urgent deadline first. */
export const fetchQueue = (client: HttpClient, filter: QueueFilter, cursor?: string) =>
  client.get<Page<MessageQueueItem>>(pathTo(endpoints.messagesQueue), { ...filter, limit: 50, cursor })

export const actOnMessage = (client: HttpClient, id: string, action: StaffMessageActionBody) =>
  client.post<StaffMessage>(pathTo(endpoints.messagesStaffAction, { id }), action)

/** The service catalogue, to link a demand to the project created in response (chosen, never typed). */
export const fetchServiceChoices = (client: HttpClient) => client.get<Page<ServiceProject>>(pathTo(endpoints.servicesList))

export const fetchTemplates = (client: HttpClient) => client.get<{ items: MessageTemplate[] }>(pathTo(endpoints.messagesTemplates))

/** 代客留言: staff file for a walk-in resident, with the same once-per-draft key as a resident's own submission. */
export const fileForResident = (client: HttpClient, idempotencyKey: string, body: AssistedMessageSubmit) =>
  client.post<MessageReceipt>(pathTo(endpoints.messagesAssistedSubmit), body, { headers: { 'Idempotency-Key': idempotencyKey } })

export interface DashboardFilter {
  weeks: number
  subDistrict?: SubDistrictId
}

export const fetchDashboard = (client: HttpClient, filter: DashboardFilter) =>
  client.get<MessageDashboard>(pathTo(endpoints.messagesDashboard), { weeks: filter.weeks, subDistrict: filter.subDistrict })

export const DASHBOARD_CSV_PATH = pathTo(endpoints.messagesDashboardCsv)
