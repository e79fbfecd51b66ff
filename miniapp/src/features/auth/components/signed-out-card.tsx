import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './account.scss'

export function SignedOutCard({ onSignIn }: { onSignIn: () => void }) {
  const s = useStrings(strings)
  return (
    <View className="account-card" role="group" aria-label={s.accountLabel}>
      <Text className="account-card__status">{s.signedOut}</Text>
      <Text className="account-card__note">{s.signedOutNote}</Text>
      <ActionButton onClick={onSignIn}>{s.signIn}</ActionButton>
    </View>
  )
}
