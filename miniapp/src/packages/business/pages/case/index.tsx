import { useSession } from '@/features/auth/session-context'
import { CasePageBody } from '@/features/companies/components/case-page-body'
import { SignInPrompt } from '@/features/companies/components/sign-in-prompt'
import { strings } from '@/features/companies/strings'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { usePageParams } from '@/shared/navigation/use-page-params'

/** 开办进度: the owner's checklist of one case (a desk in scope may open it too). */
export default function CompanyCasePage() {
  const t = useStrings(strings)
  const params = usePageParams()
  const session = useSession()
  if (!session) {
    return (
      <Page title={t.caseTitle}>
        <SignInPrompt who="company" />
      </Page>
    )
  }
  return <CasePageBody id={params.id ?? ''} staff={session.me.kind === 'staff'} />
}
