import { DevSignInForm } from '@/features/auth/components/dev-sign-in-form'
import { WeChatSignIn } from '@/features/auth/components/wechat-sign-in'
import { leaveSignIn } from '@/features/auth/leave-sign-in'
import { strings } from '@/features/auth/strings'
import { EmptyView } from '@/shared/components/empty-view'
import { Page } from '@/shared/components/page'
import { isDevSignInEnabled } from '@/shared/config/dev-sign-in'
import { useStrings } from '@/shared/i18n'

export default function ResidentSignInPage() {
  const s = useStrings(strings)
  return (
    <Page title={s.residentSignInTitle}>
      {process.env.TARO_ENV === 'weapp' ? (
        <WeChatSignIn onSignedIn={leaveSignIn} />
      ) : isDevSignInEnabled() ? (
        <DevSignInForm onSignedIn={leaveSignIn} />
      ) : (
        <EmptyView title={s.webUnsupported} message={s.webUnsupportedHint} />
      )}
    </Page>
  )
}
