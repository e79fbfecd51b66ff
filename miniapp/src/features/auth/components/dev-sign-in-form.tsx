import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { TextField } from '@/shared/components/text-field'
import type { HttpClient } from '@/shared/api/http-client'
import { signInWithWeChat } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { fieldErrorsOf } from '../sign-in-errors'
import { devCode } from '../silent-login-code'
import { FormProblem } from './form-problem'
import './sign-in.scss'

/** The rule the local API applies to the name in `dev:<name>`. */
const DEV_NAME = /^[\p{L}\p{N}_-]{1,32}$/u

async function signInAsDevResident(client: HttpClient, name: string) {
  // Kept with the session so an expired token can be renewed without asking again.
  return { ...(await signInWithWeChat(client, devCode(name))), devName: name }
}

/** Local and test stages only: sign in as a stable test resident by name, standing in for WeChat. */
export function DevSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [name, setName] = useState('')
  const [nameProblem, setNameProblem] = useState<string>()
  const signIn = useSignIn(signInAsDevResident, onSignedIn)
  const fromApi = fieldErrorsOf(signIn.error, ['code'] as const)

  const submit = () => {
    const trimmed = name.trim()
    const problem = !trimmed ? '请填写名字' : DEV_NAME.test(trimmed) ? undefined : '只能用文字、数字、_ 或 -，最多 32 个字'
    setNameProblem(problem)
    if (!problem) void signIn.submit(trimmed)
  }

  return (
    <View className="sign-in" role="form" aria-label="开发登录">
      <Text className="sign-in__note">本地开发和测试专用：输入一个名字，就以这位测试居民的身份登录。同一个名字总是同一个人。</Text>
      <TextField id="dev-name" label="名字" value={name} onChange={setName} error={nameProblem ?? fromApi.code} maxLength={32} onConfirm={submit} />
      {signIn.error && <FormProblem error={signIn.error} />}
      <ActionButton onClick={submit} disabled={signIn.submitting}>
        {signIn.submitting ? '正在登录…' : '登录'}
      </ActionButton>
    </View>
  )
}
