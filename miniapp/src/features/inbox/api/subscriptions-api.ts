import { endpoints, pathTo } from '@doorstep/shared'
import type { SubscriptionAnswersBody, SubscriptionSettings } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export const fetchSubscriptions = (client: HttpClient) => client.get<SubscriptionSettings>(pathTo(endpoints.inboxSubscriptions))

export const recordSubscriptionAnswers = (client: HttpClient, answers: SubscriptionAnswersBody['answers']) =>
  client.post<SubscriptionSettings>(pathTo(endpoints.inboxAnswerSubscriptions), { answers })
