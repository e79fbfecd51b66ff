import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ApiError } from '@/shared/api/api-error'
import type { HttpClient } from '@/shared/api/http-client'
import { signInWithWeChat } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { FormSubmit } from './form-submit'
import './sign-in.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

type WeChatLogin = () => Promise<{ code: string }>

interface WeChatSignInProps {
  onSignedIn: () => void
  /** Taro.login in the app; tests hand in their own code source. */
  login?: WeChatLogin
}

/** One tap: WeChat vouches for the person, no password or phone number needed. */
export function WeChatSignIn({ onSignedIn, login = Taro.login }: WeChatSignInProps) {
  const s = useStrings(strings)
  const signIn = useSignIn(async (client: HttpClient) => {
    const loginFailed = new ApiError({ kind: 'network', status: 0, title: s.weChatFailed, detail: s.weChatFailedDetail })
    const { code } = await login().catch(() => Promise.reject(loginFailed))
    return signInWithWeChat(client, code)
  }, onSignedIn)
  return (
    <View className="sign-in">
      <Text className="sign-in__note">{s.weChatNote}</Text>
      <FormSubmit
        error={signIn.error}
        busy={signIn.submitting}
        label={s.weChatSignIn}
        busyLabel={s.signingIn}
        onSubmit={() => void signIn.submit(undefined)}
      />
    </View>
  )
}
