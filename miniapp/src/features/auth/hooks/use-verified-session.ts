import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { fetchMe } from '../api/auth-api'
import { useSession, useSessionStore } from '../session-context'

type Check = { status: 'checking' | 'verified'; error?: undefined } | { status: 'failed'; error: ApiError }

/**
 * The stored session, shown at once and checked with GET /v1/me once per signed-in person. The check picks up a
 * changed name, and an expired token goes through the client's renewal (residents) or ends the session (staff).
 */
export function useVerifiedSession() {
  const session = useSession()
  const store = useSessionStore()
  const client = useHttpClient()
  const [check, setCheck] = useState<Check>({ status: 'checking' })
  const generation = useRef(0)
  // A renewal changes the token but not the person, and must not start a second check.
  const person = session && (session.me.kind === 'user' ? `user:${session.me.userId}` : `staff:${session.me.staffId}`)

  const verify = useCallback(() => {
    const current = ++generation.current
    setCheck({ status: 'checking' })
    fetchMe(client).then(
      (me) => {
        if (current !== generation.current) return
        const latest = store.getSnapshot()
        if (latest) store.save({ ...latest, me })
        setCheck({ status: 'verified' })
      },
      (error: unknown) => current === generation.current && setCheck({ status: 'failed', error: toApiError(error) }),
    )
  }, [client, store])

  useEffect(() => {
    if (person) verify()
  }, [person, verify])

  useEffect(
    () => () => {
      generation.current++
    },
    [],
  )

  return { session, check, retry: verify }
}
