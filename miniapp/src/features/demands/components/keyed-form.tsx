import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, ActionProblem } from '@/shared/components/action-message'
import { Heading } from '@/shared/components/heading'
import type { KeyedSubmitState } from '../hooks/use-keyed-submit'

/**
 * The frame of a form sent once per draft (useKeyedSubmit): its heading; while editing, the fields, the API's
 * problem and the send button; once sent, what happened and a button that starts another draft.
 */
export function KeyedForm<T>({
  title,
  state,
  sentText,
  againLabel,
  onAgain,
  sendLabel,
  sendingLabel,
  onSend,
  children,
}: {
  title: string
  state: KeyedSubmitState<T>
  sentText: (result: T) => string
  againLabel: string
  onAgain: () => void
  sendLabel: string
  sendingLabel: string
  onSend: () => void
  children: ReactNode
}) {
  return (
    <View className="demands__form" role="form" aria-label={title}>
      <Heading level={2}>{title}</Heading>
      {state.status === 'sent' ? (
        <>
          <ActionMessageView message={{ text: sentText(state.result), tone: 'done' }} />
          <ActionButton variant="secondary" onClick={onAgain}>
            {againLabel}
          </ActionButton>
        </>
      ) : (
        <>
          {children}
          {state.status === 'failed' && <ActionProblem error={state.error} />}
          <ActionButton onClick={onSend} disabled={state.status === 'sending'}>
            {state.status === 'sending' ? sendingLabel : sendLabel}
          </ActionButton>
        </>
      )}
    </View>
  )
}
