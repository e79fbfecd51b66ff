import { useSession } from '@/features/auth/session-context'
import { StaffMessageBody } from '@/features/messages/components/staff-message-body'
import { useStaffMessage } from '@/features/messages/hooks/use-staff-message'
import { strings } from '@/features/messages/strings'
import { BOARD_ROLES, StaffGate } from '@/features/staff/components/staff-gate'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { usePageParams } from '@/shared/navigation/use-page-params'
import '@/features/messages/components/messages.scss'
import '@/features/staff/components/staff.scss'

/** The staff view of one message: who wrote it, follow-ups, internal notes, the audit trail, and every action. */
export default function StaffMessagePage() {
  const s = useStrings(strings)
  const me = useSession()?.me
  if (me?.kind === 'staff' && BOARD_ROLES.includes(me.role)) return <StaffMessageView />
  return (
    <Page title={s.staffMessageTitle} className="staff-page">
      <StaffGate roles={BOARD_ROLES}>{() => null}</StaffGate>
    </Page>
  )
}

function StaffMessageView() {
  const s = useStrings(strings)
  const id = usePageParams().id ?? ''
  const { loaded, message, templates, notice, onChanged } = useStaffMessage(id)

  if (!id || (loaded.status === 'error' && loaded.error.isNotFound)) {
    return (
      <Page title={s.staffMessageTitle} className="staff-page">
        <ErrorView title={s.notFound} />
      </Page>
    )
  }
  if (loaded.status === 'error') {
    return (
      <Page title={s.staffMessageTitle} className="staff-page">
        <ErrorView title={s.detailError} error={loaded.error} onRetry={loaded.reload} />
      </Page>
    )
  }
  if (!message) {
    return (
      <Page title={s.staffMessageTitle} className="staff-page">
        <LoadingView message={s.detailLoading} />
      </Page>
    )
  }
  return (
    <Page title={message.title} navigationTitle={s.staffMessageTitle} className="staff-page">
      <StaffMessageBody message={message} templates={templates} notice={notice} onChanged={onChanged} />
    </Page>
  )
}
