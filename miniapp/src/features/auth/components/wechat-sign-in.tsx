import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { ApiError } from '@/shared/api/api-error'
import type { HttpClient } from '@/shared/api/http-client'
import { signInWithWeChat } from '../api/auth-api'
import { useSignIn } from '../hooks/use-sign-in'
import { FormProblem } from './form-problem'
import './sign-in.scss'

type WeChatLogin = () => Promise<{ code: string }>

interface WeChatSignInProps {
  onSignedIn: () => void
  /** Taro.login in the app; tests hand in their own code source. */
  login?: WeChatLogin
}

/** One tap: WeChat vouches for the person, no password or phone number needed. */
const LOGIN_FAILED = new ApiError({ kind: 'network', status: 0, title: '微信登录没有成功', detail: '请稍后再点一次' })

export function WeChatSignIn({ onSignedIn, login = Taro.login }: WeChatSignInProps) {
  const signIn = useSignIn(async (client: HttpClient) => {
    const { code } = await login().catch(() => Promise.reject(LOGIN_FAILED))
    return signInWithWeChat(client, code)
  }, onSignedIn)
  return (
    <View className="sign-in">
      <Text className="sign-in__note">使用微信身份登录，不需要密码。我们只用它识别您，不会获取您的手机号。</Text>
      {signIn.error && <FormProblem error={signIn.error} />}
      <ActionButton onClick={() => void signIn.submit(undefined)} disabled={signIn.submitting}>
        {signIn.submitting ? '正在登录…' : '微信一键登录'}
      </ActionButton>
    </View>
  )
}
