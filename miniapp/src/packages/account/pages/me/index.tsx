import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AccountSummary } from '@/features/auth/components/account-summary'
import { SignedOutCard } from '@/features/auth/components/signed-out-card'
import { useVerifiedSession } from '@/features/auth/hooks/use-verified-session'
import { useSessionStore } from '@/features/auth/session-context'
import { ActionButton } from '@/shared/components/action-button'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { ROUTES } from '@/shared/navigation/routes'

export default function MePage() {
  const { session, check, retry } = useVerifiedSession()
  const store = useSessionStore()
  const open = (url: string) => Taro.navigateTo({ url })

  return (
    <View className="page">
      <Heading level={1}>我的</Heading>
      {session ? (
        <View>
          <AccountSummary me={session.me} />
          {check.status === 'checking' && (
            <Text className="account-card__check" role="status">
              正在确认登录状态…
            </Text>
          )}
          {check.status === 'failed' && (
            <ErrorView title="暂时无法确认登录状态" message={check.error.detail ?? check.error.title} onRetry={retry} />
          )}
          {session.me.kind === 'user' && (
            <ActionButton variant="secondary" onClick={() => open(ROUTES.myEnrollments)}>
              我的报名
            </ActionButton>
          )}
          <ActionButton variant="secondary" onClick={store.clear}>
            退出登录
          </ActionButton>
        </View>
      ) : (
        <SignedOutCard onSignIn={() => open(ROUTES.residentSignIn)} />
      )}
      {session?.me.kind !== 'staff' && (
        <View className="account-staff-entry">
          <ActionButton variant="plain" className="account-staff-entry__link" onClick={() => open(ROUTES.staffSignIn)}>
            工作人员登录
          </ActionButton>
        </View>
      )}
    </View>
  )
}
