import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useSession } from '@/features/auth/session-context'
import { CompanyWizard } from '@/features/companies/components/company-wizard'
import { SignInPrompt } from '@/features/companies/components/sign-in-prompt'
import { useCreateCompany, type CreateState } from '@/features/companies/hooks/use-create-company'
import { useSubscriptionConsent } from '@/features/inbox/hooks/use-subscription-consent'
import { strings } from '@/features/companies/strings'
import type { DraftField } from '@/features/companies/wizard'
import { ActionButton } from '@/shared/components/action-button'
import { errorMessage } from '@/shared/components/error-view'
import { PageIntro } from '@/shared/components/page-intro'
import { strings as sharedStrings } from '@/shared/components/strings'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/companies/components/companies.scss'

const NO_ERRORS: Partial<Record<DraftField, string>> = {}

/** 开办登记: the wizard that opens a company's onboarding case. */
export default function CompanyStartPage() {
  const t = useStrings(strings)
  const session = useSession()
  const create = useCreateCompany((created) => void Taro.redirectTo({ url: ROUTES.companyCase(created.id) }))
  // registration-deadline reminders by WeChat: asked in the tap that opens the case
  const consent = useSubscriptionConsent('company-deadline', session?.me.kind === 'user')
  const { state } = create

  return (
    <Page title={t.startTitle}>
      {session?.me.kind !== 'user' ? (
        <SignInPrompt who="company" wrongAccount={session?.me.kind === 'staff'} />
      ) : (
        <>
          <PageIntro>{t.startIntro}</PageIntro>
          <CompanyWizard
            submitting={state.status === 'submitting'}
            serverErrors={state.status === 'failed' ? state.fields : NO_ERRORS}
            problem={<SubmitProblem state={state} />}
            onSubmit={(input) => {
              consent.ask()
              void create.submit(input)
            }}
          />
        </>
      )}
    </Page>
  )
}

function SubmitProblem({ state }: { state: CreateState }) {
  const t = useStrings(strings)
  const s = useStrings(sharedStrings)
  if (state.status === 'exists') {
    return (
      <View className="case-problem" role="alert">
        <Text className="case-problem__title">{t.caseExists}</Text>
        <Text className="case-problem__line">{state.existing ? t.caseExistsMine : t.caseExistsOther}</Text>
        {state.existing && (
          <ActionButton variant="secondary" onClick={() => void Taro.navigateTo({ url: ROUTES.companyCase(state.existing!.id) })}>
            {t.openExisting(state.existing.name)}
          </ActionButton>
        )}
      </View>
    )
  }
  if (state.status !== 'failed') return null
  const fieldsNamed = Object.keys(state.fields).length > 0
  return (
    <View className="case-problem" role="alert">
      <Text className="case-problem__title">{t.createFailed}</Text>
      <Text className="case-problem__line">{fieldsNamed ? t.fixFields : errorMessage(state.error, s)}</Text>
    </View>
  )
}
