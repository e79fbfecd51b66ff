import { useCallback, useState } from 'react'
import type { Enrollment } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { useStrings } from '@/shared/i18n'
import { cancelEnrollment, enroll } from '../api/services-api'
import { strings } from '../strings'

export interface ActionMessage {
  text: string
  tone: 'done' | 'problem'
}

/** Sign up / cancel with one request in flight per session, and plain words for what happened. */
export function useEnrollmentActions(onChanged: () => void) {
  const client = useHttpClient()
  const s = useStrings(strings)
  const [busy, setBusy] = useState<string | undefined>()
  const [messages, setMessages] = useState<Record<string, ActionMessage>>({})

  const run = useCallback(
    async (sessionId: string, action: () => Promise<Enrollment>, words: (e: Enrollment) => string) => {
      setBusy(sessionId)
      try {
        const result = await action()
        setMessages((previous) => ({ ...previous, [sessionId]: { text: words(result), tone: 'done' } }))
        onChanged()
      } catch (error) {
        const problem = toApiError(error)
        const text = problem.status === 401 ? s.sessionExpired : (problem.detail ?? problem.title)
        setMessages((previous) => ({ ...previous, [sessionId]: { text, tone: 'problem' } }))
      } finally {
        setBusy(undefined)
      }
    },
    [onChanged, s],
  )

  const signUp = (sessionId: string) =>
    run(sessionId, () => enroll(client, sessionId), (e) =>
      e.status === 'confirmed' ? s.signedUp : s.waitlisted(e.waitlistPosition),
    )

  const cancel = (enrollment: Enrollment) =>
    run(enrollment.session.id, () => cancelEnrollment(client, enrollment.id), () => s.cancelled)

  return { busy, messages, signUp, cancel }
}
