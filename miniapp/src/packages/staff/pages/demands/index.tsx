import { DemandPool } from '@/features/demands/components/demand-pool'
import { strings } from '@/features/demands/strings'
import { BOARD_ROLES, StaffGate } from '@/features/staff/components/staff-gate'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useStrings } from '@/shared/i18n'
import '@/features/demands/components/demands.scss'
import '@/features/staff/components/staff.scss'

/** 需求库: board staff group messages and field needs into demands, decide them in public and schedule sessions. */
export default function DemandPoolPage() {
  const t = useStrings(strings)
  return (
    <Page title={t.poolTitle} className="staff-page">
      <StaffGate roles={BOARD_ROLES}>
        {(me) => (
          <>
            <PageIntro>{t.poolIntro}</PageIntro>
            <DemandPool me={me} />
          </>
        )}
      </StaffGate>
    </Page>
  )
}
