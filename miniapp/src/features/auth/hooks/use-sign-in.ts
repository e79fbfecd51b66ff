import { useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import type { HttpClient } from '@/shared/api/http-client'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { useSessionStore } from '../session-context'
import type { StoredSession } from '../session-store'

type SignInState = { status: 'idle' | 'submitting'; error?: undefined } | { status: 'failed'; error: ApiError }

/** Runs one sign-in call, keeps the session it returns and reports failures for the form to show. */
export function useSignIn<Input>(signIn: (client: HttpClient, input: Input) => Promise<StoredSession>, onSignedIn: () => void) {
  const client = useHttpClient()
  const store = useSessionStore()
  const [state, setState] = useState<SignInState>({ status: 'idle' })

  async function submit(input: Input) {
    if (state.status === 'submitting') return
    setState({ status: 'submitting' })
    try {
      store.save(await signIn(client, input))
      setState({ status: 'idle' })
      onSignedIn()
    } catch (error) {
      setState({ status: 'failed', error: toApiError(error) })
    }
  }

  return { ...state, submitting: state.status === 'submitting', submit }
}
