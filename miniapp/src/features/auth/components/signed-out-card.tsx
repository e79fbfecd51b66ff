import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import './account.scss'

export function SignedOutCard({ onSignIn }: { onSignIn: () => void }) {
  return (
    <View className="account-card" role="group" aria-label="当前登录">
      <Text className="account-card__status">未登录</Text>
      <Text className="account-card__note">登录后可以报名服务、查看留言回复。</Text>
      <ActionButton onClick={onSignIn}>登录</ActionButton>
    </View>
  )
}
