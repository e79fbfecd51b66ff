import { View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { TextField } from '@/shared/components/text-field'
import { signInStaff, type StaffCredentials } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { fieldErrorsOf } from '../sign-in-errors'
import { FormProblem } from './form-problem'
import './sign-in.scss'

const FIELDS = ['username', 'password'] as const

export function StaffSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [credentials, setCredentials] = useState<StaffCredentials>({ username: '', password: '' })
  const signIn = useSignIn(signInStaff, onSignedIn)
  const errors = fieldErrorsOf(signIn.error, FIELDS)
  const change = (field: keyof StaffCredentials) => (value: string) => setCredentials((current) => ({ ...current, [field]: value }))
  const submit = () => void signIn.submit(credentials)

  return (
    <View className="sign-in" role="form" aria-label="工作人员登录">
      <TextField id="staff-username" label="用户名" value={credentials.username} onChange={change('username')} error={errors.username} maxLength={32} />
      <TextField
        id="staff-password"
        label="密码"
        password
        value={credentials.password}
        onChange={change('password')}
        error={errors.password}
        maxLength={128}
        onConfirm={submit}
      />
      {signIn.error && <FormProblem error={signIn.error} />}
      <ActionButton onClick={submit} disabled={signIn.submitting}>
        {signIn.submitting ? '正在登录…' : '登录'}
      </ActionButton>
    </View>
  )
}
