import { Text } from '@tarojs/components'
import type { ApiError } from '@/shared/api/api-error'
import { useStrings } from '@/shared/i18n'
import { errorMessage } from './error-view'
import { strings } from './strings'
import './action-message.scss'

/** What a tap led to, in words: done (报名成功, 已导出) or a problem (报名已截止). */
export interface ActionMessage {
  text: string
  tone: 'done' | 'problem'
}

/**
 * The line under the control that was tapped, saying what happened: announced politely when done, at once when
 * something went wrong. Nothing when there is no message.
 */
export function ActionMessageView({ message }: { message: ActionMessage | undefined }) {
  if (!message) return null
  return (
    <Text className={`action-message action-message--${message.tone}`} role={message.tone === 'problem' ? 'alert' : 'status'}>
      {message.text}
    </Text>
  )
}

/** Why a request failed, next to the control that sent it, in the words `errorMessage` finds for it. */
export function ActionProblem({ error }: { error: ApiError }) {
  const s = useStrings(strings)
  return <ActionMessageView message={{ text: errorMessage(error, s), tone: 'problem' }} />
}
