import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { StaffSignInForm } from '@/features/auth/components/staff-sign-in-form'
import { leaveSignIn } from '@/features/auth/leave-sign-in'
import { strings } from '@/features/auth/strings'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import '@/features/auth/components/sign-in.scss'

export default function StaffSignInPage() {
  const s = useStrings(strings)
  const { params } = Taro.useRouter()
  return (
    <Page title={s.staffSignInTitle}>
      {params.expired === '1' && (
        <Text className="sign-in__note" role="status">
          {s.expired}
        </Text>
      )}
      <StaffSignInForm onSignedIn={leaveSignIn} />
    </Page>
  )
}
