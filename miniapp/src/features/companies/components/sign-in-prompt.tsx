import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { strings } from '../strings'

/** Who may use a page and how to become that person: a company's own account, or desk staff. */
export function SignInPrompt({ who, wrongAccount = false }: { who: 'company' | 'desk'; wrongAccount?: boolean }) {
  const t = useStrings(strings)
  const title = wrongAccount ? (who === 'company' ? t.companyOnly : t.deskOnly) : who === 'company' ? t.signInCompany : t.signInDesk
  return (
    <View>
      <EmptyView title={title} message={who === 'company' ? t.signInCompanyHelp : t.signInDeskHelp} />
      {!wrongAccount && (
        <ActionButton onClick={() => Taro.navigateTo({ url: who === 'company' ? ROUTES.residentSignIn : ROUTES.staffSignIn })}>
          {t.goSignIn}
        </ActionButton>
      )}
    </View>
  )
}
