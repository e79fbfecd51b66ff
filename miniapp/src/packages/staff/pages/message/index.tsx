import { Text, View } from '@tarojs/components'
import type { StaffMessage } from '@doorstep/shared'
import { useEffect, useState } from 'react'
import { useSession } from '@/features/auth/session-context'
import { fetchMessage } from '@/features/messages/api/messages-api'
import { fetchTemplates } from '@/features/messages/api/staff-messages-api'
import { AnswerSection, FollowUpList, MessageSection } from '@/features/messages/components/message-sections'
import { NoteForm, StaffActions } from '@/features/messages/components/staff-actions'
import { AuditTrail, InternalNotes, StaffFacts } from '@/features/messages/components/staff-sections'
import { strings } from '@/features/messages/strings'
import { BOARD_ROLES, StaffGate } from '@/features/staff/components/staff-gate'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useNow } from '@/shared/clock/clock-context'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import '@/features/messages/components/messages.scss'
import '@/features/staff/components/staff.scss'
import { usePageParams } from '@/shared/navigation/use-page-params'

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
  const now = useNow()
  const params = usePageParams()
  const id = params.id ?? ''
  const client = useHttpClient()
  const loaded = useResource(id ? () => fetchMessage<StaffMessage>(client, id) : undefined, [client, id])
  // Templates are a help, not a must: without them the answer is typed in full.
  const templates = useResource(() => fetchTemplates(client), [client])
  const [changed, setChanged] = useState<StaffMessage>()
  const [notice, setNotice] = useState<string>()
  useEffect(() => setChanged(undefined), [id, loaded.data])
  const message = changed ?? loaded.data
  const onChanged = (updated: StaffMessage) => {
    setNotice(updated.status !== message?.status ? `${s.done}：${s.statusName(updated.status)}` : s.done)
    setChanged(updated)
  }

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
      {notice && (
        <Text className="message-notice" role="status">
          {notice}
        </Text>
      )}
      <View className="staff-columns">
        <View className="staff-columns__main">
          <StaffFacts message={message} now={now} />
          <MessageSection title={s.contentHeading}>
            <Text className="message-section__text">{message.content}</Text>
          </MessageSection>
          <FollowUpList message={message} />
          {message.answer && <AnswerSection message={message} />}
          <InternalNotes message={message}>
            <NoteForm message={message} onChanged={onChanged} />
          </InternalNotes>
        </View>
        <View className="staff-columns__side">
          <StaffActions message={message} onChanged={onChanged} templates={templates.data?.items ?? []} />
          <AuditTrail message={message} />
        </View>
      </View>
    </Page>
  )
}
