import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useStrings } from '@/shared/i18n'
import { changeStaffPassword } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { fieldErrorsOf } from '../sign-in-errors'
import { strings } from '../strings'
import { FormSubmit } from './form-submit'
import { PasswordField } from './password-field'
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
  const fields: { field: keyof typeof EMPTY; id: string; label: string; error?: string; onConfirm?: () => void }[] = [
    { field: 'currentPassword', id: 'password-current', label: s.currentPassword, error: errors.currentPassword },
    { field: 'newPassword', id: 'password-new', label: s.newPassword, error: errors.newPassword },
    { field: 'repeat', id: 'password-repeat', label: s.repeatPassword, error: mismatch ? s.repeatMismatch : undefined, onConfirm: submit },
  ]

  return (
    <View className="sign-in" role="form" aria-label={s.changePassword}>
      <Text className="sign-in__note">{s.changePasswordIntro}</Text>
      {fields.map(({ field, ...props }) => (
        <PasswordField key={field} {...props} value={values[field]} onChange={edit(field)} />
      ))}
      <FormSubmit
        error={change.error}
        fixFields={s.fixPasswordFields}
        busy={change.submitting}
        label={s.savePassword}
        busyLabel={s.savingPassword}
        onSubmit={submit}
      >
        {changed && (
          <Text className="sign-in__done" role="status">
            {s.passwordChanged}
          </Text>
        )}
      </FormSubmit>
    </View>
  )
}
