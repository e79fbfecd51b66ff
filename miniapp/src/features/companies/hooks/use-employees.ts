import { useCallback, useState } from 'react'
import type { EmployeeEdit, EmployeeInput } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { useResource } from '@/shared/hooks/use-resource'
import { addEmployee, editEmployee, fetchEmployees, removeEmployee } from '../api/companies-api'

/** The roster and its changes: one change in flight at a time, its refusal kept for the form to show at the fields. */
export function useEmployees(companyId: string) {
  const client = useHttpClient()
  const list = useResource(companyId ? () => fetchEmployees(client, companyId) : undefined, [client, companyId])
  const { reload } = list
  const [busy, setBusy] = useState<string>()
  const [failure, setFailure] = useState<{ key: string; error: ApiError }>()

  const run = useCallback(
    async (key: string, action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(key)
      setFailure(undefined)
      try {
        await action()
        reload()
        return true
      } catch (error) {
        setFailure({ key, error: toApiError(error) })
        return false
      } finally {
        setBusy(undefined)
      }
    },
    [reload],
  )

  return {
    list,
    busy,
    failure,
    clearFailure: () => setFailure(undefined),
    add: (input: EmployeeInput) => run('new', () => addEmployee(client, companyId, input)),
    edit: (employeeId: string, edit: EmployeeEdit) => run(employeeId, () => editEmployee(client, companyId, employeeId, edit)),
    remove: (employeeId: string) => run(employeeId, () => removeEmployee(client, companyId, employeeId)),
  }
}
