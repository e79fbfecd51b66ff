import { Text, View } from '@tarojs/components'
import type { ResidentMessage } from '@doorstep/shared'
import { useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { errorMessage } from '@/shared/components/error-view'
import { strings as sharedStrings } from '@/shared/components/strings'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { addFollowUp, confirmSolved, rateMessage, reopenMessage } from '../api/messages-api'
import { fieldErrorsOf } from '../draft'
import { useAction } from '../hooks/use-action'
import { strings } from '../strings'
import { ChoiceChips } from './choice-chips'
import { MessageSection } from './message-sections'
import './messages.scss'

type Props = { message: ResidentMessage; onChanged: (message: ResidentMessage) => void }

/** Why a request failed, next to the control that sent it. */
export function ActionProblem({ error }: { error: ApiError }) {
  const shared = useStrings(sharedStrings)
  return (
    <Text className="message-card__problem" role="alert">
      {errorMessage(error, shared)}
    </Text>
  )
}

/** "Did this solve it?" on an answered message: 已解决 closes it; 没解决 asks what is missing and reopens it. */
export function SolvedQuestion({ message, onChanged }: Props) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonProblem, setReasonProblem] = useState<string>()
  const solved = useAction(() => confirmSolved(client, message.id), onChanged)
  const reopen = useAction((text: string) => reopenMessage(client, message.id, text), onChanged)
  const fromApi = fieldErrorsOf(reopen.error, ['reason'] as const)
  const sendReopen = () => {
    const text = reason.trim()
    setReasonProblem(text ? undefined : s.fillReason)
    if (text) void reopen.run(text)
  }
  return (
    <MessageSection title={s.solvedQuestion}>
      {!reopening ? (
        <View className="message-actions">
          <ActionButton disabled={solved.busy} onClick={() => void solved.run()}>
            {s.solvedYes}
          </ActionButton>
          <ActionButton variant="secondary" onClick={() => setReopening(true)}>
            {s.solvedNo}
          </ActionButton>
        </View>
      ) : (
        <View role="form" aria-label={s.solvedNo}>
          <TextField id="reopen-reason" label={s.reopenReasonLabel} required multiline value={reason} onChange={setReason} maxLength={500} error={reasonProblem ?? fromApi.reason} />
          <ActionButton disabled={reopen.busy} onClick={sendReopen}>
            {reopen.busy ? s.sending : s.reopenSubmit}
          </ActionButton>
          <ActionButton variant="secondary" onClick={() => setReopening(false)}>
            {s.reopenCancel}
          </ActionButton>
        </View>
      )}
      {solved.error && <ActionProblem error={solved.error} />}
      {reopen.error && !fromApi.reason && <ActionProblem error={reopen.error} />}
    </MessageSection>
  )
}

/** 好差评: once, 1–5 with an optional comment, after the answer; then only the rating given is shown. */
export function RatingSection({ message, onChanged }: Props) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const [score, setScore] = useState<string>()
  const [comment, setComment] = useState('')
  const [scoreProblem, setScoreProblem] = useState<string>()
  const rate = useAction((chosen: number, text: string) => rateMessage(client, message.id, { score: chosen, ...(text ? { comment: text } : {}) }), onChanged)
  const fromApi = fieldErrorsOf(rate.error, ['score', 'comment'] as const)

  if (message.rating) {
    return (
      <MessageSection title={s.ratingHeading}>
        <Text className="message-rating" role="status">
          {s.yourRating(message.rating.score, s.scoreName(message.rating.score))}
        </Text>
        {message.rating.comment && <Text className="message-section__line">{message.rating.comment}</Text>}
      </MessageSection>
    )
  }
  const send = () => {
    setScoreProblem(score ? undefined : s.chooseScore)
    if (score) void rate.run(Number(score), comment.trim())
  }
  const options = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), name: s.scoreChoice(n, s.scoreName(n)) }))
  return (
    <MessageSection title={s.ratingHeading}>
      <View role="form" aria-label={s.ratingHeading}>
        <ChoiceChips label={s.ratingLabel} visibleLabel options={options} value={score} onChange={setScore} error={scoreProblem ?? fromApi.score} />
        <TextField id="rating-comment" label={s.commentLabel} value={comment} onChange={setComment} maxLength={200} error={fromApi.comment} />
        <ActionButton disabled={rate.busy} onClick={send}>
          {rate.busy ? s.sending : s.submitRating}
        </ActionButton>
        {rate.error && !fromApi.score && !fromApi.comment && <ActionProblem error={rate.error} />}
      </View>
    </MessageSection>
  )
}

/** 补充或追问: more detail while the message is open or answered (not once it is resolved). */
export function FollowUpForm({ message, onChanged }: Props) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string>()
  const follow = useAction((value: string) => addFollowUp(client, message.id, value), (updated) => {
    setText('')
    onChanged(updated)
  })
  const fromApi = fieldErrorsOf(follow.error, ['text'] as const)
  const send = () => {
    const value = text.trim()
    setProblem(value ? undefined : s.fillFollowUp)
    if (value) void follow.run(value)
  }
  return (
    <View className="message-section" role="form" aria-label={s.followUpLabel}>
      <TextField id="follow-up" label={s.followUpLabel} hint={s.followUpHint} multiline value={text} onChange={setText} maxLength={500} error={problem ?? fromApi.text} />
      <ActionButton variant="secondary" disabled={follow.busy} onClick={send}>
        {follow.busy ? s.sending : s.sendFollowUp}
      </ActionButton>
      {follow.status === 'done' && (
        <Text className="message-card__done" role="status">
          {s.followUpSent}
        </Text>
      )}
      {follow.error && !fromApi.text && <ActionProblem error={follow.error} />}
    </View>
  )
}
