import { View } from '@tarojs/components'
import type { StaffMessage } from '@doorstep/shared'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { useStrings } from '@/shared/i18n'
import { useStaffMessage } from '../hooks/use-staff-message'
import { strings } from '../strings'
import { StaffMessageBody } from './staff-message-body'

/** The desk console's right-hand side: the chosen message, with every action, without leaving the queue. */
export function QueueDetail({ id, onChanged }: { id: string; onChanged: (message: StaffMessage) => void }) {
  const s = useStrings(strings)
  const { loaded, message, templates, notice, onChanged: show } = useStaffMessage(id)
  return (
    <View className="staff-console__detail" role="region" aria-label={s.chosenMessage}>
      {loaded.status === 'error' && (
        <ErrorView title={loaded.error.isNotFound ? s.notFound : s.detailError} error={loaded.error} onRetry={loaded.reload} />
      )}
      {loaded.status !== 'error' && !message && <LoadingView message={s.detailLoading} />}
      {message && (
        <>
          <Heading level={2}>{message.title}</Heading>
          <StaffMessageBody
            message={message}
            templates={templates}
            notice={notice}
            onChanged={(updated) => {
              show(updated)
              onChanged(updated)
            }}
          />
        </>
      )}
    </View>
  )
}
