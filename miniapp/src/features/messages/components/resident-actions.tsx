import { Text, View } from '@tarojs/components'
import type { ResidentMessage } from '@doorstep/shared'
import { useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { ActionProblem } from '@/shared/components/action-message'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { addFollowUp, confirmSolved, rateMessage, reopenMessage } from '../api/messages-api'
import { fieldErrorsOf } from '../draft'
import { useAction } from '../hooks/use-action'
import { strings } from '../strings'
import { MessageSection } from './message-sections'
import { TextSendForm } from './text-send-form'
import './messages.scss'

type Props = { message: ResidentMessage; onChanged: (message: ResidentMessage) => void }

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
          <TextField
            id="reopen-reason"
            label={s.reopenReasonLabel}
            required
            multiline
            value={reason}
            onChange={setReason}
            maxLength={500}
            error={reasonProblem ?? fromApi.reason}
          />
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
  const rate = useAction(
    (chosen: number, text: string) => rateMessage(client, message.id, { score: chosen, ...(text ? { comment: text } : {}) }),
    onChanged,
  )
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
        <ChoiceChips
          label={s.ratingLabel}
          visibleLabel
          options={options}
          value={score}
          onChange={setScore}
          error={scoreProblem ?? fromApi.score}
        />
        <TextField
          id="rating-comment"
          label={s.commentLabel}
          value={comment}
          onChange={setComment}
          maxLength={200}
          error={fromApi.comment}
        />
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
  return (
    <TextSendForm
      id="follow-up"
      label={s.followUpLabel}
      hint={s.followUpHint}
      field="text"
      emptyProblem={s.fillFollowUp}
      sendLabel={s.sendFollowUp}
      sentText={s.followUpSent}
      send={(text) => addFollowUp(client, message.id, text)}
      onSent={onChanged}
    />
  )
}
