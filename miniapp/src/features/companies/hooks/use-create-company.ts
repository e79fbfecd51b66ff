import { useState } from 'react'
import type { CompanyCase, CompanyCreate, CompanySummary } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { createCompany, fetchMyCompanies } from '../api/companies-api'
import { isCompleted } from '../format'
import { DRAFT_FIELD_OF_API, type DraftField } from '../wizard'

export type CreateState =
  | { status: 'idle' | 'submitting' }
  | { status: 'failed'; error: ApiError; fields: Partial<Record<DraftField, string>> }
  /** One active case per credit code: `existing` is this person's, when it is theirs to open. */
  | { status: 'exists'; existing?: CompanySummary }

/** Opens the case; a 409 finds the person's active case with that code so the page can link to it. */
export function useCreateCompany(onCreated: (created: CompanyCase) => void) {
  const client = useHttpClient()
  const [state, setState] = useState<CreateState>({ status: 'idle' })

  async function submit(input: CompanyCreate) {
    if (state.status === 'submitting') return
    setState({ status: 'submitting' })
    try {
      const created = await createCompany(client, input)
      setState({ status: 'idle' })
      onCreated(created)
    } catch (thrown) {
      const error = toApiError(thrown)
      if (error.status === 409) {
        const mine = await fetchMyCompanies(client).catch(() => ({ items: [] as CompanySummary[] }))
        const existing = mine.items.find((c) => c.creditCode === input.creditCode && !isCompleted(c))
        return setState({ status: 'exists', existing })
      }
      setState({ status: 'failed', error, fields: fieldsOf(error) })
    }
  }

  return { state, submit }
}

function fieldsOf(error: ApiError): Partial<Record<DraftField, string>> {
  const fields: Partial<Record<DraftField, string>> = {}
  for (const { path, message } of error.fieldErrors) {
    const field = DRAFT_FIELD_OF_API[path.replace(/^body\./, '') as keyof typeof DRAFT_FIELD_OF_API]
    if (field && !fields[field]) fields[field] = message
  }
  return fields
}
