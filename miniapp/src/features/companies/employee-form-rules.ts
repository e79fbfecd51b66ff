import * as v from 'valibot'
import { EmployeeInput, type EmployeeEdit } from '@doorstep/shared'
import { checkIdNumber, isProblem, normalizeCode } from './checks'
import type { CompanyStrings } from './strings'

export interface EmployeeDraft {
  name: string
  idNumber: string
  phone: string
  hiredOn: string
  contractSigned?: boolean
  contractEndsOn: string
}

export type EmployeeField = keyof EmployeeDraft

export const EMPTY_EMPLOYEE: EmployeeDraft = { name: '', idNumber: '', phone: '', hiredOn: '', contractEndsOn: '' }

export function toEmployeeEdit(draft: EmployeeDraft): EmployeeEdit {
  const ends = draft.contractEndsOn.trim()
  return {
    name: draft.name.trim(),
    phone: draft.phone.trim(),
    hiredOn: draft.hiredOn.trim(),
    contractSigned: draft.contractSigned === true,
    ...(draft.contractSigned && ends ? { contractEndsOn: ends } : {}),
  }
}

export const toEmployeeInput = (draft: EmployeeDraft): EmployeeInput => ({
  ...toEmployeeEdit(draft),
  idNumber: normalizeCode(draft.idNumber),
})

/** The problems of a draft, so nothing the API would refuse is sent (`withId`: adding, when the ID number is typed). */
export function employeeProblems(draft: EmployeeDraft, withId: boolean, t: CompanyStrings): Partial<Record<EmployeeField, string>> {
  const problems: Partial<Record<EmployeeField, string>> = {}
  const required = (field: 'name' | 'phone' | 'hiredOn', value: string) => {
    if (!value.trim()) problems[field] = t.required
    else {
      const result = v.safeParse(EmployeeInput.entries[field], value)
      if (!result.success) problems[field] = field === 'hiredOn' ? t.dateFormat : result.issues[0]?.message
    }
  }
  required('name', draft.name)
  required('phone', draft.phone)
  required('hiredOn', draft.hiredOn)
  if (withId) {
    const check = checkIdNumber(draft.idNumber)
    if (isProblem(check, true)) problems.idNumber = t.codeProblem('idNumber', check)
  }
  if (draft.contractSigned === undefined) problems.contractSigned = t.chooseContract
  const ends = draft.contractEndsOn.trim()
  if (draft.contractSigned && ends) {
    if (!v.safeParse(EmployeeInput.entries.contractEndsOn, ends).success) problems.contractEndsOn = t.dateFormat
    else if (draft.hiredOn.trim() && ends < draft.hiredOn.trim()) problems.contractEndsOn = t.contractEndsBeforeHire
  }
  return problems
}

/** `body.idNumber` → `idNumber`, for the API's 422/409 naming a field. */
export function employeeFieldsOf(fieldErrors: readonly { path: string; message: string }[]): Partial<Record<EmployeeField, string>> {
  const fields: Partial<Record<EmployeeField, string>> = {}
  for (const { path, message } of fieldErrors) {
    const field = path.replace(/^body\./, '') as EmployeeField
    if (field in EMPTY_EMPLOYEE || field === 'contractSigned') fields[field] ??= message
  }
  return fields
}
