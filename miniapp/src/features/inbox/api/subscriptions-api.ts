import type { SubscriptionAnswersBody, SubscriptionSettings } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export const fetchSubscriptions = (client: HttpClient) => client.get<SubscriptionSettings>('/v1/me/subscriptions')

export const recordSubscriptionAnswers = (client: HttpClient, answers: SubscriptionAnswersBody['answers']) =>
  client.post<SubscriptionSettings>('/v1/me/subscriptions', { answers })
