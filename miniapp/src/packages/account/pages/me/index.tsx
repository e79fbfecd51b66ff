import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AccountSummary } from '@/features/auth/components/account-summary'
import { BlockedSignInNotice } from '@/features/auth/components/blocked-sign-in-notice'
import { SignedOutCard } from '@/features/auth/components/signed-out-card'
import { useVerifiedSession } from '@/features/auth/hooks/use-verified-session'
import { useSessionStore } from '@/features/auth/session-context'
import { strings } from '@/features/auth/strings'
import { InboxEntry } from '@/features/inbox/components/inbox-entry'
import { SubscriptionSettings } from '@/features/inbox/components/subscription-settings'
import { strings as inboxStrings } from '@/features/inbox/strings'
import { DisplaySettings } from '@/features/settings/components/display-settings'
import { HelpSection } from '@/features/help/components/help-section'
import { ActionButton } from '@/shared/components/action-button'
import { ErrorView } from '@/shared/components/error-view'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/auth/components/account.scss'

export default function MePage() {
  const s = useStrings(strings)
  const links = useStrings(inboxStrings)
  const { session, check, retry } = useVerifiedSession()
  const store = useSessionStore()
  const open = (url: string) => Taro.navigateTo({ url })

  return (
    <Page title={s.meTitle}>
      {session ? (
        <View>
          <AccountSummary me={session.me} />
          {check.status === 'checking' && (
            <Text className="account-card__check" role="status">
              {s.checking}
            </Text>
          )}
          {check.status === 'failed' && <ErrorView title={s.checkFailed} error={check.error} onRetry={retry} />}
          {session.me.kind === 'user' && (
            <ActionButton variant="secondary" onClick={() => open(ROUTES.myEnrollments)}>
              {s.myEnrollments}
            </ActionButton>
          )}
          {session.me.kind === 'user' && (
            <ActionButton variant="secondary" onClick={() => open(ROUTES.myMessages)}>
              {links.myMessages}
            </ActionButton>
          )}
          {/* The unread count is asked once the session is confirmed, so an expired token is renewed only once. */}
          {session.me.kind === 'user' && check.status === 'verified' && (
            <InboxEntry userId={session.me.userId} onOpen={() => open(ROUTES.inbox)} />
          )}
          {session.me.kind === 'user' && check.status === 'verified' && <SubscriptionSettings />}
          {session.me.kind === 'staff' && (
            <BlockedSignInNotice blocked={session.me.lastBlockedSignIn} onChangePassword={() => open(ROUTES.staffPassword)} />
          )}
          {session.me.kind === 'staff' && <ActionButton onClick={() => open(ROUTES.staffHome)}>{links.staffConsole}</ActionButton>}
          {session.me.kind === 'staff' && (
            <ActionButton variant="secondary" onClick={() => open(ROUTES.staffPassword)}>
              {s.changePassword}
            </ActionButton>
          )}
          <ActionButton variant="secondary" onClick={store.clear}>
            {s.signOut}
          </ActionButton>
        </View>
      ) : (
        <SignedOutCard onSignIn={() => open(ROUTES.residentSignIn)} />
      )}
      <DisplaySettings />
      <HelpSection />
      {session?.me.kind !== 'staff' && (
        <View className="account-staff-entry">
          <ActionButton variant="plain" className="account-staff-entry__link" onClick={() => open(ROUTES.staffSignIn)}>
            {s.staffEntry}
          </ActionButton>
        </View>
      )}
    </Page>
  )
}
