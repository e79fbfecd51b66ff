import { useCallback, useRef, useState } from 'react'
import type { PolicyMatchBody, PolicyMatchResult } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { matchPolicies } from '../api/policies-api'

type MatchState =
  | { status: 'idle'; result?: undefined; error?: undefined }
  | { status: 'loading'; result?: undefined; error?: undefined }
  | { status: 'ready'; result: PolicyMatchResult; error?: undefined }
  | { status: 'error'; result?: undefined; error: ApiError }

/** Sends the matcher's answers; the last submission wins. */
export function usePolicyMatch() {
  const client = useHttpClient()
  const [state, setState] = useState<MatchState>({ status: 'idle' })
  const generation = useRef(0)

  const submit = useCallback(
    (answers: PolicyMatchBody) => {
      const current = ++generation.current
      setState({ status: 'loading' })
      matchPolicies(client, answers).then(
        (result) => current === generation.current && setState({ status: 'ready', result }),
        (error: unknown) => current === generation.current && setState({ status: 'error', error: toApiError(error) }),
      )
    },
    [client],
  )

  return { ...state, submit }
}
