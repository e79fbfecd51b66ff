import type { ReactNode } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { ActionButton } from '@/shared/components/action-button'
import { FormProblem } from './form-problem'

interface FormSubmitProps {
  /** Why the last attempt failed, if it did. */
  error: ApiError | undefined
  /** Passed on to FormProblem: which fields to fix when the API names some. */
  fixFields?: string
  busy: boolean
  label: string
  busyLabel: string
  onSubmit: () => void
  /** Between the problem and the button: what the last attempt achieved. */
  children?: ReactNode
}

/** The end of a sign-in or password form: the last problem, then the button that says while it is sending. */
export function FormSubmit({ error, fixFields, busy, label, busyLabel, onSubmit, children }: FormSubmitProps) {
  return (
    <>
      {error && <FormProblem error={error} fixFields={fixFields} />}
      {children}
      <ActionButton onClick={onSubmit} disabled={busy}>
        {busy ? busyLabel : label}
      </ActionButton>
    </>
  )
}
