import type { MessageReceipt } from '@doorstep/shared'
import { useState } from 'react'
import type { HttpClient } from '@/shared/api/http-client'
import { useStrings } from '@/shared/i18n'
import { EMPTY_DRAFT, fieldErrorsOf, type Draft, type DraftField } from '../draft'
import { strings } from '../strings'
import { useDraftSubmit } from './use-draft-submit'

/** The form's own checks, before anything is sent: what must be there. Lengths and formats are the API's to judge. */
function useDraftChecks() {
  const s = useStrings(strings)
  const [shown, setShown] = useState<Partial<Record<DraftField, string>>>({})
  const check = (draft: Draft) => {
    const problems: Partial<Record<DraftField, string>> = {}
    if (!draft.category) problems.category = s.chooseCategory
    if (!draft.title.trim()) problems.title = s.fillTitle
    if (!draft.content.trim()) problems.content = s.fillContent
    setShown(problems)
    return Object.keys(problems).length === 0
  }
  return { problems: shown, check, clear: () => setShown({}) }
}

/**
 * A message being written (by a resident, or by staff for one): the draft, its problems (the form's own checks,
 * then the API's 422 by field), and its sending once per draft. `form` is what ComposeForm takes but the submit.
 */
export function useCompose<Body>(
  send: (client: HttpClient, idempotencyKey: string, body: Body) => Promise<MessageReceipt>,
  fields: readonly DraftField[],
) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT)
  const checks = useDraftChecks()
  const sending = useDraftSubmit(send)
  const fromApi = fieldErrorsOf(sending.error, fields)
  const errors = { ...fromApi, ...checks.problems }
  return {
    draft,
    errors,
    sending,
    /** The API named fields: each problem shows under its field. */
    hasFieldErrors: Object.keys(fromApi).length > 0,
    form: { draft, onChange: setDraft, errors, sending: sending.sending },
    /** Runs the form's own checks, showing what is missing; true when the draft may be sent. */
    check: () => checks.check(draft),
    startNew: () => {
      setDraft(EMPTY_DRAFT)
      checks.clear()
      sending.startNew()
    },
  }
}
