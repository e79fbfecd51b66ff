import { useCallback, useState } from 'react'
import type { Enrollment } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { cancelEnrollment, enroll } from '../api/services-api'

export interface ActionMessage {
  text: string
  tone: 'done' | 'problem'
}

/** Sign up / cancel with one request in flight per session, and plain words for what happened. */
export function useEnrollmentActions(onChanged: () => void) {
  const client = useHttpClient()
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
        const text = problem.status === 401 ? '登录已过期，请重新登录后再试' : (problem.detail ?? problem.title)
        setMessages((previous) => ({ ...previous, [sessionId]: { text, tone: 'problem' } }))
      } finally {
        setBusy(undefined)
      }
    },
    [onChanged],
  )

  const signUp = (sessionId: string) =>
    run(sessionId, () => enroll(client, sessionId), (e) =>
      e.status === 'confirmed'
        ? '报名成功！可以在“我的报名”里查看。'
        : `名额已满，已为您登记候补${e.waitlistPosition ? `第 ${e.waitlistPosition} 位` : ''}。`,
    )

  const cancel = (enrollment: Enrollment) =>
    run(enrollment.session.id, () => cancelEnrollment(client, enrollment.id), () => '已取消报名。')

  return { busy, messages, signUp, cancel }
}
