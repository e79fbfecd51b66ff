import { View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, ActionProblem } from '@/shared/components/action-message'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { fieldErrorsOf } from '../draft'
import { useAction } from '../hooks/use-action'
import { strings } from '../strings'
import './messages.scss'

interface TextSendFormProps<T> {
  /** The box's id on the page. */
  id: string
  /** The box's label, also the form's name. */
  label: string
  hint: string
  /** The body field the API's 422 names for the text; its message is shown at the box. */
  field: string
  /** Said at the box when only spaces were typed. */
  emptyProblem: string
  sendLabel: string
  /** Said under the button once sent, if anything. */
  sentText?: string
  send: (text: string) => Promise<T>
  /** The answer to the text, once sent; the box is emptied for the next one. */
  onSent: (result: T) => void
}

/** One box and a send button: the text trimmed, an empty one refused, a problem shown at the box or under the button. */
export function TextSendForm<T>({ id, label, hint, field, emptyProblem, sendLabel, sentText, send, onSent }: TextSendFormProps<T>) {
  const s = useStrings(strings)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string>()
  const action = useAction(send, (result) => {
    setText('')
    onSent(result)
  })
  const fromApi = fieldErrorsOf(action.error, [field])[field]
  const submit = () => {
    const value = text.trim()
    setProblem(value ? undefined : emptyProblem)
    if (value) void action.run(value)
  }
  return (
    <View className="message-section" role="form" aria-label={label}>
      <TextField id={id} label={label} hint={hint} multiline value={text} onChange={setText} maxLength={500} error={problem ?? fromApi} />
      <ActionButton variant="secondary" disabled={action.busy} onClick={submit}>
        {action.busy ? s.sending : sendLabel}
      </ActionButton>
      {sentText && action.status === 'done' && <ActionMessageView message={{ text: sentText, tone: 'done' }} />}
      {action.error && !fromApi && <ActionProblem error={action.error} />}
    </View>
  )
}
