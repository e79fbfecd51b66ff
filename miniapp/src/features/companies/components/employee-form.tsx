import { Text, View } from '@tarojs/components'
import type { EmployeeEdit, EmployeeInput, EmployeeListItem } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { checkIdNumber } from '../checks'
import {
  EMPTY_EMPLOYEE,
  employeeProblems,
  toEmployeeEdit,
  toEmployeeInput,
  type EmployeeDraft,
  type EmployeeField,
} from '../employee-form-rules'
import { fieldNames, strings } from '../strings'
import { CodeField } from './code-field'
import './companies.scss'

type EmployeeFormProps = {
  busy: boolean
  serverErrors: Partial<Record<EmployeeField, string>>
  onCancel: () => void
} & (
  | { mode: 'add'; onSubmit: (input: EmployeeInput) => Promise<boolean> }
  /** The ID number cannot change (a wrong one: remove and add again); the phone is shown masked, so it is typed again. */
  | { mode: 'edit'; employee: EmployeeListItem; onSubmit: (edit: EmployeeEdit) => Promise<boolean> }
)

const YES_NO = (t: { yes: string; no: string }) => [
  { id: 'yes' as const, name: t.yes },
  { id: 'no' as const, name: t.no },
]

/** Add or edit one person on the roster; the ID number is checked (GB 11643) at the field as it is typed. */
export function EmployeeForm(props: EmployeeFormProps) {
  const t = useStrings(strings)
  const f = useStrings(fieldNames)
  const editing = props.mode === 'edit' ? props.employee : undefined
  const [draft, setDraft] = useState<EmployeeDraft>(() =>
    editing
      ? {
          ...EMPTY_EMPLOYEE,
          name: editing.name,
          hiredOn: editing.hiredOn,
          contractSigned: editing.contractSigned,
          contractEndsOn: editing.contractEndsOn ?? '',
        }
      : EMPTY_EMPLOYEE,
  )
  const [problems, setProblems] = useState<Partial<Record<EmployeeField, string>>>({})
  const [tried, setTried] = useState(false)
  const idPrefix = editing ? `employee-${editing.id}` : 'employee-new'
  const title = editing ? t.editEmployeeTitle(editing.name) : t.addEmployeeTitle

  const change =
    <K extends EmployeeField>(field: K) =>
    (value: EmployeeDraft[K]) => {
      setDraft((current) => ({ ...current, [field]: value }))
      setProblems((current) => ({ ...current, [field]: undefined }))
    }
  const errorOf = (field: EmployeeField) => problems[field] ?? props.serverErrors[field]

  const submit = async () => {
    setTried(true)
    const found = employeeProblems(draft, props.mode === 'add', t)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    const saved = props.mode === 'add' ? await props.onSubmit(toEmployeeInput(draft)) : await props.onSubmit(toEmployeeEdit(draft))
    if (saved && props.mode === 'add') {
      setDraft(EMPTY_EMPLOYEE)
      setTried(false)
    }
  }

  return (
    <View className="employee-form" role="form" aria-label={title}>
      <Text className="case-section__title">{title}</Text>
      <TextField
        id={`${idPrefix}-name`}
        label={f.employeeName}
        value={draft.name}
        onChange={change('name')}
        error={errorOf('name')}
        maxLength={20}
      />
      {props.mode === 'add' ? (
        <CodeField
          id={`${idPrefix}-id-number`}
          kind="idNumber"
          label={f.idNumber}
          value={draft.idNumber}
          onChange={change('idNumber')}
          check={checkIdNumber(draft.idNumber)}
          submitted={tried}
          serverError={props.serverErrors.idNumber}
        />
      ) : (
        <Text className="case-fact">
          <Text className="case-fact__label">{t.factLabel(f.idNumber)}</Text>
          {props.employee.idNumberMasked}
        </Text>
      )}
      <TextField
        id={`${idPrefix}-phone`}
        label={f.phone}
        hint={props.mode === 'edit' ? t.phoneRetype(props.employee.phoneMasked) : undefined}
        value={draft.phone}
        onChange={change('phone')}
        error={errorOf('phone')}
        maxLength={20}
      />
      <TextField
        id={`${idPrefix}-hired-on`}
        label={f.hiredOn}
        hint={t.dateHint}
        value={draft.hiredOn}
        onChange={change('hiredOn')}
        error={errorOf('hiredOn')}
        maxLength={10}
      />
      <ChoiceChips
        label={f.contractSigned}
        visibleLabel
        options={YES_NO(t)}
        value={draft.contractSigned === undefined ? undefined : draft.contractSigned ? 'yes' : 'no'}
        onChange={(choice) => change('contractSigned')(choice === 'yes')}
        error={errorOf('contractSigned')}
      />
      {draft.contractSigned && (
        <TextField
          id={`${idPrefix}-contract-ends-on`}
          label={f.contractEndsOn}
          hint={t.contractEndsHint}
          value={draft.contractEndsOn}
          onChange={change('contractEndsOn')}
          error={errorOf('contractEndsOn')}
          maxLength={10}
        />
      )}
      <ActionButton disabled={props.busy} onClick={() => void submit()}>
        {props.busy ? t.saving : props.mode === 'add' ? t.addEmployee : t.saveEmployee}
      </ActionButton>
      <ActionButton variant="secondary" disabled={props.busy} onClick={props.onCancel}>
        {t.cancel}
      </ActionButton>
    </View>
  )
}
