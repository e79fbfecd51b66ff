import { View } from '@tarojs/components'
import { DevSignInForm } from '@/features/auth/components/dev-sign-in-form'
import { WeChatSignIn } from '@/features/auth/components/wechat-sign-in'
import { leaveSignIn } from '@/features/auth/leave-sign-in'
import { EmptyView } from '@/shared/components/empty-view'
import { Heading } from '@/shared/components/heading'
import { isDevSignInEnabled } from '@/shared/config/dev-sign-in'

export default function ResidentSignInPage() {
  return (
    <View className="page">
      <Heading level={1}>居民登录</Heading>
      {process.env.TARO_ENV === 'weapp' ? (
        <WeChatSignIn onSignedIn={leaveSignIn} />
      ) : isDevSignInEnabled() ? (
        <DevSignInForm onSignedIn={leaveSignIn} />
      ) : (
        <EmptyView title="网页版暂不支持居民登录" message="请在微信里打开“家门口的人社服务站”小程序登录。" />
      )}
    </View>
  )
}
