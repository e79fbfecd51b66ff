import { useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { importEmployees, type ImportMode, type ImportOutcome } from '../api/companies-api'

export type ImportState =
  | { status: 'idle' | 'sending'; mode?: ImportMode; outcome?: undefined; error?: undefined }
  | { status: 'answered'; mode: ImportMode; outcome: ImportOutcome; error?: undefined }
  | { status: 'failed'; mode: ImportMode; error: ApiError; outcome?: undefined }

/**
 * The two-step import: first everything or nothing (`all`); when rows are bad, the report, and the person may
 * choose to import only the valid rows (`valid`).
 */
export function useEmployeeImport(companyId: string, onImported: () => void) {
  const client = useHttpClient()
  const [state, setState] = useState<ImportState>({ status: 'idle' })

  async function send(csv: string, mode: ImportMode) {
    if (state.status === 'sending') return
    setState({ status: 'sending', mode })
    try {
      const outcome = await importEmployees(client, companyId, csv, mode)
      setState({ status: 'answered', mode, outcome })
      if (outcome.kind === 'imported' && outcome.report.imported > 0) onImported()
    } catch (error) {
      setState({ status: 'failed', mode, error: toApiError(error) })
    }
  }

  return { state, send, reset: () => setState({ status: 'idle' }) }
}
