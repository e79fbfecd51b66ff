import { Text, View } from '@tarojs/components'
import { REFERRAL_OUTCOME_NAMES, REFERRAL_OUTCOMES, type Referral, type ReferralOutcome } from '@doorstep/shared'
import { useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView } from '@/shared/components/action-message'
import { Card } from '@/shared/components/card'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { EmptyView } from '@/shared/components/empty-view'
import { TextField } from '@/shared/components/text-field'
import { useDates } from '@/shared/format/date-time'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
import { useStrings } from '@/shared/i18n'
import { closeReferral } from '../api/demands-api'
import { strings } from '../strings'

/** Referrals, open ones first: the grid worker reads outcomes; the station's staff (`canAnswer`) record them. */
export function ReferralList({ items, canAnswer, onChanged }: { items: Referral[]; canAnswer: boolean; onChanged?: () => void }) {
  const t = useStrings(strings)
  if (items.length === 0) return <EmptyView title={t.noReferrals} />
  return (
    <View role="list">
      {items.map((r) => (
        <View role="listitem" key={r.id}>
          <ReferralCard referral={r} canAnswer={canAnswer} onChanged={onChanged} />
        </View>
      ))}
    </View>
  )
}

function ReferralCard({ referral, canAnswer, onChanged }: { referral: Referral; canAnswer: boolean; onChanged?: () => void }) {
  const t = useStrings(strings)
  const dates = useDates()
  const client = useHttpClient()
  const actions = useActionMessages()
  const [outcome, setOutcome] = useState<ReferralOutcome>()
  const [note, setNote] = useState('')
  const close = () => {
    if (!outcome || !note.trim())
      return actions.tell('close', { text: `${t.required}：${t.outcomeLabel}、${t.outcomeNote}`, tone: 'problem' })
    void actions.run('close', () => closeReferral(client, referral.id, { outcome, note: note.trim() }), {
      done: () => {
        onChanged?.()
        return t.closed
      },
    })
  }
  return (
    <Card title={referral.topic} label={referral.topic}>
      <Text className="demands__line">{referral.text}</Text>
      <Text className="demands__line">{t.referralFrom(referral.resident.name, referral.resident.phone)}</Text>
      {referral.outcome ? (
        <Text className="demands__line">{t.outcomeOf(REFERRAL_OUTCOME_NAMES[referral.outcome.outcome], referral.outcome.note)}</Text>
      ) : (
        <Text className="demands__line">{canAnswer ? t.referralDue(dates.dateTime(referral.dueAt), referral.overdue) : t.waiting}</Text>
      )}
      {canAnswer && referral.status === 'open' && (
        <View role="form" aria-label={`${t.close}：${referral.topic}`}>
          <ChoiceChips
            label={t.outcomeLabel}
            visibleLabel
            options={REFERRAL_OUTCOMES.map((id) => ({ id, name: REFERRAL_OUTCOME_NAMES[id] }))}
            value={outcome}
            onChange={setOutcome}
          />
          <TextField id={`outcome-${referral.id}`} label={t.outcomeNote} multiline maxLength={500} value={note} onChange={setNote} />
          <ActionButton onClick={close} disabled={actions.isBusy('close')}>
            {t.close}
          </ActionButton>
          <ActionMessageView message={actions.messages.close} />
        </View>
      )}
    </Card>
  )
}
