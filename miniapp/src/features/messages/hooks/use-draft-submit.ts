import { useCallback, useRef, useState } from 'react'
import type { MessageReceipt } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import type { HttpClient } from '@/shared/api/http-client'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { newDraftKey } from '../format'

type SubmitState =
  | { status: 'editing' | 'sending'; receipt?: undefined; error?: undefined; keyUsed?: undefined }
  | { status: 'sent'; receipt: MessageReceipt; error?: undefined; keyUsed?: undefined }
  | { status: 'failed'; error: ApiError; keyUsed: boolean; receipt?: undefined }

/**
 * Sends a draft with an Idempotency-Key made once for it: a double tap, or a retry after the answer got lost,
 * stores one message. The key changes only for a new draft, or when the API says it already holds a different
 * message under it (the earlier attempt did arrive, then the text was changed): the next tap then sends anew.
 */
export function useDraftSubmit<Body>(send: (client: HttpClient, idempotencyKey: string, body: Body) => Promise<MessageReceipt>) {
  const client = useHttpClient()
  const key = useRef(newDraftKey())
  const inFlight = useRef(false)
  const [state, setState] = useState<SubmitState>({ status: 'editing' })

  const submit = useCallback(
    async (body: Body) => {
      if (inFlight.current) return
      inFlight.current = true
      setState({ status: 'sending' })
      try {
        setState({ status: 'sent', receipt: await send(client, key.current, body) })
      } catch (error) {
        const problem = toApiError(error)
        const keyUsed = problem.status === 409 && problem.fieldErrors.some((f) => f.path === 'header.Idempotency-Key')
        if (keyUsed) key.current = newDraftKey()
        setState({ status: 'failed', error: problem, keyUsed })
      } finally {
        inFlight.current = false
      }
    },
    [client, send],
  )

  const startNew = useCallback(() => {
    key.current = newDraftKey()
    setState({ status: 'editing' })
  }, [])

  return { ...state, sending: state.status === 'sending', submit, startNew }
}
