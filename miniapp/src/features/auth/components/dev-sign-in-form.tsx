import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { TextField } from '@/shared/components/text-field'
import type { HttpClient } from '@/shared/api/http-client'
import { signInWithWeChat } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { fieldErrorsOf } from '../sign-in-errors'
import { devLoginCodeUrl } from '@/shared/config/dev-sign-in'
import { devLoginCode } from '../silent-login-code'
import { FormSubmit } from './form-submit'
import './sign-in.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** The names the WeChat stand-in gives test people. */
const DEV_NAME = /^[\p{L}\p{N}_-]{1,32}$/u

async function signInAsDevResident(client: HttpClient, name: string) {
  const code = await devLoginCode(client, devLoginCodeUrl()!, name)
  // Kept with the session so an expired token can be renewed without asking again.
  return { ...(await signInWithWeChat(client, code, name)), devName: name }
}

/** Stages on this machine only: sign in as a stable test resident by name, through the WeChat stand-in. */
export function DevSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const s = useStrings(strings)
  const [name, setName] = useState('')
  const [nameProblem, setNameProblem] = useState<string>()
  const signIn = useSignIn(signInAsDevResident, onSignedIn)
  const fromApi = fieldErrorsOf(signIn.error, ['code'] as const)

  const submit = () => {
    const trimmed = name.trim()
    const problem = !trimmed ? s.devNameMissing : DEV_NAME.test(trimmed) ? undefined : s.devNameInvalid
    setNameProblem(problem)
    if (!problem) void signIn.submit(trimmed)
  }

  return (
    <View className="sign-in" role="form" aria-label={s.devSignIn}>
      <Text className="sign-in__note">{s.devNote}</Text>
      <TextField
        id="dev-name"
        label={s.devName}
        value={name}
        onChange={setName}
        error={nameProblem ?? fromApi.code}
        maxLength={32}
        onConfirm={submit}
      />
      <FormSubmit error={signIn.error} busy={signIn.submitting} label={s.signIn} busyLabel={s.signingIn} onSubmit={submit} />
    </View>
  )
}
