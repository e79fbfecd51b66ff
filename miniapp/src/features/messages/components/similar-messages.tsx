import { Text, View } from '@tarojs/components'
import type { SimilarMessage } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView } from '@/shared/components/action-message'
import { Heading } from '@/shared/components/heading'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
import { useStrings } from '@/shared/i18n'
import { meToo } from '../api/messages-api'
import { strings } from '../strings'
import { PublicMessageCard } from './public-message-card'
import './messages.scss'

/**
 * 可能已有答复: public messages like the draft. An answered one may make the message unnecessary; on an open one
 * the resident can say 我也有这个问题 (+1) instead of writing a duplicate.
 */
export function SimilarMessages({ items }: { items: SimilarMessage[] }) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const meTooActions = useActionMessages()
  if (items.length === 0) return null

  const plusOne = (id: string) =>
    meTooActions.run(id, () => meToo(client, id), { done: ({ meToo: count }) => s.meTooDone(count), problem: () => s.meTooFailed })

  return (
    <View className="similar-messages" role="region" aria-label={s.similarTitle}>
      <Heading level={2}>{s.similarTitle}</Heading>
      <Text className="similar-messages__hint">{s.similarHint}</Text>
      {items.map((message) => {
        const said = meTooActions.messages[message.id]
        return (
          <PublicMessageCard key={message.id} message={message}>
            {message.open && said?.tone !== 'done' && (
              <ActionButton
                variant="secondary"
                label={s.meTooLabel(message.title)}
                disabled={meTooActions.isBusy(message.id)}
                onClick={() => void plusOne(message.id)}
              >
                {s.meToo}
              </ActionButton>
            )}
            <ActionMessageView message={said} />
          </PublicMessageCard>
        )
      })}
    </View>
  )
}
