import type { InboxKind } from '@doorstep/shared'
import { useCallback } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { fetchSubscriptions, recordSubscriptionAnswers } from '../api/subscriptions-api'
import { requestSubscribe } from '../request-subscribe'

/**
 * Asks once, at a natural moment (sending a message, opening a company case), whether WeChat may tell the person
 * when the kind of note arrives. `ask` must be called at the start of the tap (WeChat only shows the prompt inside
 * one) and never holds the tap up: what the person answers is passed on to the API in the background. Nothing is
 * asked of someone signed out, on H5, or when the deployment has no template for the kind.
 */
export function useSubscriptionConsent(kind: InboxKind, signedIn: boolean) {
  const client = useHttpClient()
  const settings = useResource(signedIn ? () => fetchSubscriptions(client) : undefined, [client, signedIn])
  const templateId = settings.data?.templates.find((t) => t.kind === kind)?.templateId
  const ask = useCallback(() => {
    if (!templateId) return
    void requestSubscribe([templateId])
      .then((answers) => (answers ? recordSubscriptionAnswers(client, answers) : undefined))
      .catch(() => {})
  }, [client, templateId])
  return { ask, settings }
}
