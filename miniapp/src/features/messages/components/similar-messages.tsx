import { Text, View } from '@tarojs/components'
import type { SimilarMessage } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useStrings } from '@/shared/i18n'
import { meToo } from '../api/messages-api'
import { strings } from '../strings'
import { PublicMessageCard } from './public-message-card'
import './messages.scss'

type MeTooState = { status: 'busy' } | { status: 'done'; count: number } | { status: 'failed' }

/**
 * 可能已有答复: public messages like the draft. An answered one may make the message unnecessary; on an open one
 * the resident can say 我也有这个问题 (+1) instead of writing a duplicate.
 */
export function SimilarMessages({ items }: { items: SimilarMessage[] }) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const [meTooState, setMeTooState] = useState<Record<string, MeTooState>>({})
  if (items.length === 0) return null

  const plusOne = async (id: string) => {
    if (meTooState[id]?.status === 'busy' || meTooState[id]?.status === 'done') return
    setMeTooState((all) => ({ ...all, [id]: { status: 'busy' } }))
    try {
      const { meToo: count } = await meToo(client, id)
      setMeTooState((all) => ({ ...all, [id]: { status: 'done', count } }))
    } catch {
      setMeTooState((all) => ({ ...all, [id]: { status: 'failed' } }))
    }
  }

  return (
    <View className="similar-messages" role="region" aria-label={s.similarTitle}>
      <Heading level={2}>{s.similarTitle}</Heading>
      <Text className="similar-messages__hint">{s.similarHint}</Text>
      {items.map((message) => {
        const state = meTooState[message.id]
        return (
          <PublicMessageCard key={message.id} message={message}>
            {message.open && state?.status !== 'done' && (
              <ActionButton variant="secondary" label={s.meTooLabel(message.title)} disabled={state?.status === 'busy'} onClick={() => void plusOne(message.id)}>
                {s.meToo}
              </ActionButton>
            )}
            {state?.status === 'done' && (
              <Text className="message-card__done" role="status">
                {s.meTooDone(state.count)}
              </Text>
            )}
            {state?.status === 'failed' && (
              <Text className="message-card__problem" role="alert">
                {s.meTooFailed}
              </Text>
            )}
          </PublicMessageCard>
        )
      })}
    </View>
  )
}
