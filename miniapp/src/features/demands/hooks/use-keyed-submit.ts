import { useCallback, useRef, useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import type { HttpClient } from '@/shared/api/http-client'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { newDraftKey } from '@/features/messages/format'

export type KeyedSubmitState<T> = { status: 'editing' | 'sending' } | { status: 'sent'; result: T } | { status: 'failed'; error: ApiError }

/**
 * Sends a form once per draft with an Idempotency-Key (a weak signal on a doorstep: a retry stores nothing new).
 * The key changes for a new draft, or when the API says it already holds something else under it.
 */
export function useKeyedSubmit<Body, T>(send: (client: HttpClient, key: string, body: Body) => Promise<T>) {
  const client = useHttpClient()
  const key = useRef(newDraftKey())
  const [state, setState] = useState<KeyedSubmitState<T>>({ status: 'editing' })

  const submit = useCallback(
    async (body: Body) => {
      setState({ status: 'sending' })
      try {
        setState({ status: 'sent', result: await send(client, key.current, body) })
      } catch (error) {
        const problem = toApiError(error)
        if (problem.status === 409 && problem.fieldErrors.some((f) => f.path === 'header.Idempotency-Key')) key.current = newDraftKey()
        setState({ status: 'failed', error: problem })
      }
    },
    [client, send],
  )

  const startNew = useCallback(() => {
    key.current = newDraftKey()
    setState({ status: 'editing' })
  }, [])

  return { state, submit, startNew }
}

/** The message the API gave for one body field (`body.<name>`), if any. */
export function fieldError(state: KeyedSubmitState<unknown>, name: string): string | undefined {
  return state.status === 'failed' ? state.error.fieldErrors.find((f) => f.path === `body.${name}`)?.message : undefined
}
