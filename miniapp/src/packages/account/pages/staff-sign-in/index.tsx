import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { StaffSignInForm } from '@/features/auth/components/staff-sign-in-form'
import { leaveSignIn } from '@/features/auth/leave-sign-in'
import { Heading } from '@/shared/components/heading'

export default function StaffSignInPage() {
  const { params } = Taro.useRouter()
  return (
    <View className="page">
      <Heading level={1}>工作人员登录</Heading>
      {params.expired === '1' && (
        <Text className="sign-in__note" role="status">
          登录已过期，请重新登录。
        </Text>
      )}
      <StaffSignInForm onSignedIn={leaveSignIn} />
    </View>
  )
}
