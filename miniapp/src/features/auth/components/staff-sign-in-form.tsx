import { View } from '@tarojs/components'
import { useState } from 'react'
import { TextField } from '@/shared/components/text-field'
import { signInStaff, type StaffCredentials } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { fieldErrorsOf } from '../sign-in-errors'
import { FormSubmit } from './form-submit'
import { PasswordField } from './password-field'
import './sign-in.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

const FIELDS = ['username', 'password'] as const

export function StaffSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const s = useStrings(strings)
  const [credentials, setCredentials] = useState<StaffCredentials>({ username: '', password: '' })
  const signIn = useSignIn(signInStaff, onSignedIn)
  const errors = fieldErrorsOf(signIn.error, FIELDS)
  const change = (field: keyof StaffCredentials) => (value: string) => setCredentials((current) => ({ ...current, [field]: value }))
  const submit = () => void signIn.submit(credentials)

  return (
    <View className="sign-in" role="form" aria-label={s.staffSignInTitle}>
      <TextField
        id="staff-username"
        label={s.username}
        value={credentials.username}
        onChange={change('username')}
        error={errors.username}
        maxLength={32}
      />
      <PasswordField
        id="staff-password"
        label={s.password}
        value={credentials.password}
        onChange={change('password')}
        error={errors.password}
        onConfirm={submit}
      />
      <FormSubmit error={signIn.error} busy={signIn.submitting} label={s.signIn} busyLabel={s.signingIn} onSubmit={submit} />
    </View>
  )
}
