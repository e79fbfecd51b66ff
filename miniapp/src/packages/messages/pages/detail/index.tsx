import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { ResidentMessage } from '@doorstep/shared'
import { RATEABLE_STATUSES } from '@doorstep/shared/domain/message-board'
import { useEffect, useState } from 'react'
import { useSession } from '@/features/auth/session-context'
import { fetchMessage } from '@/features/messages/api/messages-api'
import { AnswerSection, FollowUpList, MessageFacts, MessageSection, ProgressSection } from '@/features/messages/components/message-sections'
import { FollowUpForm, RatingSection, SolvedQuestion } from '@/features/messages/components/resident-actions'
import { strings } from '@/features/messages/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/messages/components/messages.scss'
import { usePageParams } from '@/shared/navigation/use-page-params'

/** One of my messages: the answer, its progress, follow-ups, "did this solve it?" and a rating once answered. */
export default function MessageDetailPage() {
  const s = useStrings(strings)
  const params = usePageParams()
  const id = params.id ?? ''
  const session = useSession()
  const client = useHttpClient()
  const userId = session?.me.kind === 'user' ? session.me.userId : undefined
  const loaded = useResource(id && userId ? () => fetchMessage(client, id) : undefined, [client, id, userId])
  // An action answers with the message as it now is: shown at once, without asking again.
  const [changed, setChanged] = useState<ResidentMessage>()
  const [notice, setNotice] = useState<string>()
  useEffect(() => setChanged(undefined), [id, loaded.data])
  const message = changed ?? loaded.data
  const onChanged = (updated: ResidentMessage) => {
    if (updated.status !== message?.status)
      setNotice(updated.status === 'reopened' ? s.reopenDone : updated.status === 'resolved' ? s.solvedDone : undefined)
    setChanged(updated)
  }

  if (!userId) {
    return (
      <Page title={s.detailTitle}>
        <EmptyView title={s.signInTitle} message={s.signInHint}>
          <ActionButton onClick={() => void Taro.navigateTo({ url: ROUTES.residentSignIn })}>{s.goSignIn}</ActionButton>
        </EmptyView>
      </Page>
    )
  }
  if (!id || (loaded.status === 'error' && loaded.error.isNotFound)) {
    return (
      <Page title={s.detailTitle}>
        <ErrorView title={s.notFound} message={s.notFoundHint} />
      </Page>
    )
  }
  if (loaded.status === 'error') {
    return (
      <Page title={s.detailTitle}>
        <ErrorView title={s.detailError} error={loaded.error} onRetry={loaded.reload} />
      </Page>
    )
  }
  if (!message) {
    return (
      <Page title={s.detailTitle}>
        <LoadingView message={s.detailLoading} />
      </Page>
    )
  }
  const answered = (RATEABLE_STATUSES as readonly string[]).includes(message.status)
  return (
    <Page title={message.title} navigationTitle={s.detailTitle}>
      {notice && (
        <Text className="message-notice" role="status">
          {notice}
        </Text>
      )}
      <MessageFacts message={message} />
      <MessageSection title={s.contentHeading}>
        <Text className="message-section__text">{message.content}</Text>
      </MessageSection>
      <AnswerSection message={message} />
      {message.status === 'answered' && <SolvedQuestion message={message} onChanged={onChanged} />}
      {answered && <RatingSection message={message} onChanged={onChanged} />}
      <FollowUpList message={message} />
      {message.status !== 'resolved' && <FollowUpForm message={message} onChanged={onChanged} />}
      <ProgressSection message={message} />
    </Page>
  )
}
