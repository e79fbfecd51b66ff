import type { Enrollment } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
import { useStrings } from '@/shared/i18n'
import { cancelEnrollment, enroll } from '../api/services-api'
import { strings } from '../strings'

/** Sign up / cancel with one request in flight per session, and plain words for what happened (keyed by session). */
export function useEnrollmentActions(onChanged: () => void) {
  const client = useHttpClient()
  const s = useStrings(strings)
  const { isBusy, messages, run } = useActionMessages()

  const act = async (sessionId: string, action: () => Promise<Enrollment>, done: (e: Enrollment) => string) => {
    const ok = await run(sessionId, action, {
      done,
      problem: (problem) => (problem.status === 401 ? s.sessionExpired : (problem.detail ?? problem.title)),
    })
    if (ok) onChanged()
  }

  const signUp = (sessionId: string) =>
    act(
      sessionId,
      () => enroll(client, sessionId),
      (e) => (e.status === 'confirmed' ? s.signedUp : s.waitlisted(e.waitlistPosition)),
    )

  const cancel = (enrollment: Enrollment) =>
    act(
      enrollment.session.id,
      () => cancelEnrollment(client, enrollment.id),
      () => s.cancelled,
    )

  return { isBusy, messages, signUp, cancel }
}
