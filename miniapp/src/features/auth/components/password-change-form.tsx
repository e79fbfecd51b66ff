import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { changeStaffPassword } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { fieldErrorsOf } from '../sign-in-errors'
import { strings } from '../strings'
import { FormProblem } from './form-problem'
import './sign-in.scss'

const FIELDS = ['currentPassword', 'newPassword'] as const
const EMPTY = { currentPassword: '', newPassword: '', repeat: '' }

/** 修改密码 (staff): the new password twice; the answer's fresh session replaces this one, the others end. */
export function PasswordChangeForm() {
  const s = useStrings(strings)
  const [values, setValues] = useState(EMPTY)
  const [mismatch, setMismatch] = useState(false)
  const [changed, setChanged] = useState(false)
  const change = useSignIn(changeStaffPassword, () => {
    setValues(EMPTY)
    setChanged(true)
  })
  const errors = fieldErrorsOf(change.error, FIELDS)
  const edit = (field: keyof typeof EMPTY) => (value: string) => {
    setChanged(false)
    setValues((current) => ({ ...current, [field]: value }))
  }
  const submit = () => {
    setMismatch(values.newPassword !== values.repeat)
    if (values.newPassword !== values.repeat) return
    void change.submit({ currentPassword: values.currentPassword, newPassword: values.newPassword })
  }

  return (
    <View className="sign-in" role="form" aria-label={s.changePassword}>
      <Text className="sign-in__note">{s.changePasswordIntro}</Text>
      <TextField id="password-current" label={s.currentPassword} password value={values.currentPassword} onChange={edit('currentPassword')} error={errors.currentPassword} maxLength={128} />
      <TextField id="password-new" label={s.newPassword} password value={values.newPassword} onChange={edit('newPassword')} error={errors.newPassword} maxLength={128} />
      <TextField
        id="password-repeat"
        label={s.repeatPassword}
        password
        value={values.repeat}
        onChange={edit('repeat')}
        error={mismatch ? s.repeatMismatch : undefined}
        maxLength={128}
        onConfirm={submit}
      />
      {change.error && <FormProblem error={change.error} fixFields={s.fixPasswordFields} />}
      {changed && (
        <Text className="sign-in__done" role="status">
          {s.passwordChanged}
        </Text>
      )}
      <ActionButton onClick={submit} disabled={change.submitting}>
        {change.submitting ? s.savingPassword : s.savePassword}
      </ActionButton>
    </View>
  )
}
