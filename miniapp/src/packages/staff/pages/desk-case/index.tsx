import { useSession } from '@/features/auth/session-context'
import { CasePageBody } from '@/features/companies/components/case-page-body'
import { SignInPrompt } from '@/features/companies/components/sign-in-prompt'
import { strings } from '@/features/companies/strings'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { usePageParams } from '@/shared/navigation/use-page-params'
import '@/features/staff/components/staff.scss'

/** A desk opens a case in its scope and completes its steps on the company's behalf; the owner sees the same progress. */
export default function DeskCasePage() {
  const t = useStrings(strings)
  const params = usePageParams()
  const session = useSession()
  // desks and the admin in scope, and the case's 用工管家 (a desk or grid account): the API answers 404 to anyone else
  if (session?.me.kind !== 'staff') {
    return (
      <Page title={t.deskCaseTitle} className="staff-page">
        <SignInPrompt who="desk" wrongAccount={session !== null} />
      </Page>
    )
  }
  return <CasePageBody id={params.id ?? ''} staff role={session.me.role} />
}
