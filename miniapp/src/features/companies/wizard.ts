import * as v from 'valibot'
import { BANK_DESK, CompanyCreate, type SubDistrictId } from '@doorstep/shared'
import { checkCreditCode, isProblem, normalizeCode } from './checks'
import type { CompanyStrings } from './strings'

export { BANK_DESK }

export type DeskChoice = 'bank' | 'subDistrict'

export interface CompanyDraft {
  name: string
  creditCode: string
  legalRepresentative: string
  foundedOn: string
  subDistrict?: SubDistrictId
  desk?: DeskChoice
  address: string
  contactPhone: string
  expectedHeadcount: string
}

export const EMPTY_DRAFT: CompanyDraft = {
  name: '',
  creditCode: '',
  legalRepresentative: '',
  foundedOn: '',
  address: '',
  contactPhone: '',
  expectedHeadcount: '',
}

export type DraftField = keyof CompanyDraft

/** The wizard's pages and the fields on each, in order; the last page also shows everything for a check. */
export const WIZARD_PAGES: readonly (readonly DraftField[])[] = [
  ['name', 'creditCode', 'legalRepresentative', 'foundedOn'],
  ['subDistrict', 'desk', 'address', 'contactPhone'],
  ['expectedHeadcount'],
]

/** The form field behind each field the API may name (`body.stationId` is the desk choice). */
export const DRAFT_FIELD_OF_API: Record<keyof CompanyCreate, DraftField> = {
  name: 'name',
  creditCode: 'creditCode',
  legalRepresentative: 'legalRepresentative',
  subDistrict: 'subDistrict',
  stationId: 'desk',
  address: 'address',
  contactPhone: 'contactPhone',
  foundedOn: 'foundedOn',
  expectedHeadcount: 'expectedHeadcount',
}

export function toCompanyCreate(draft: CompanyDraft): CompanyCreate {
  return {
    name: draft.name.trim(),
    creditCode: normalizeCode(draft.creditCode),
    legalRepresentative: draft.legalRepresentative.trim(),
    subDistrict: draft.subDistrict!,
    ...(draft.desk === 'bank' ? { stationId: BANK_DESK.stationId } : {}),
    address: draft.address.trim(),
    contactPhone: draft.contactPhone.trim(),
    foundedOn: draft.foundedOn.trim(),
    expectedHeadcount: Number(draft.expectedHeadcount.trim()),
  }
}

/**
 * The problems of the given fields, in the person's language where the app words them and otherwise in the shared
 * schema's words (the same the API would answer), so nothing the API would refuse is sent.
 */
export function problemsOf(draft: CompanyDraft, fields: readonly DraftField[], t: CompanyStrings): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {}
  for (const field of fields) {
    const problem = problemOf(draft, field, t)
    if (problem) problems[field] = problem
  }
  return problems
}

function problemOf(draft: CompanyDraft, field: DraftField, t: CompanyStrings): string | undefined {
  switch (field) {
    case 'subDistrict':
      return draft.subDistrict ? undefined : t.chooseSubDistrict
    case 'desk':
      return draft.desk ? undefined : t.chooseDesk
    case 'creditCode': {
      const check = checkCreditCode(draft.creditCode)
      return isProblem(check, true) ? t.codeProblem('creditCode', check) : undefined
    }
    case 'expectedHeadcount':
      if (!draft.expectedHeadcount.trim()) return t.required
      if (!/^\d+$/.test(draft.expectedHeadcount.trim())) return t.wholeNumber
      return schemaProblem('expectedHeadcount', Number(draft.expectedHeadcount.trim()))
    case 'foundedOn':
      if (!draft.foundedOn.trim()) return t.required
      return schemaProblem('foundedOn', draft.foundedOn.trim()) ? t.dateFormat : undefined
    default: {
      const value = draft[field].trim()
      return value ? schemaProblem(field, value) : t.required
    }
  }
}

function schemaProblem(field: keyof typeof CompanyCreate.entries, value: unknown): string | undefined {
  const result = v.safeParse(CompanyCreate.entries[field], value)
  return result.success ? undefined : result.issues[0]?.message
}
