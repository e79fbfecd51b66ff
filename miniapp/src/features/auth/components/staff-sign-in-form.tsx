import { View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { TextField } from '@/shared/components/text-field'
import { signInStaff, type StaffCredentials } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { fieldErrorsOf } from '../sign-in-errors'
import { FormProblem } from './form-problem'
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
      <TextField id="staff-username" label={s.username} value={credentials.username} onChange={change('username')} error={errors.username} maxLength={32} />
      <TextField
        id="staff-password"
        label={s.password}
        password
        value={credentials.password}
        onChange={change('password')}
        error={errors.password}
        maxLength={128}
        onConfirm={submit}
      />
      {signIn.error && <FormProblem error={signIn.error} />}
      <ActionButton onClick={submit} disabled={signIn.submitting}>
        {signIn.submitting ? s.signingIn : s.signIn}
      </ActionButton>
    </View>
  )
}
