import { View } from '@tarojs/components'
import { useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView } from '@/shared/components/action-message'
import { Heading } from '@/shared/components/heading'
import { TextField } from '@/shared/components/text-field'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
import { errorMessage } from '@/shared/components/error-view'
import { strings as sharedStrings } from '@/shared/components/strings'
import { stringsNow, useStrings } from '@/shared/i18n'
import { claimEnrollment } from '../api/services-api'
import { strings } from '../strings'

/** 领取代报名: the code a grid worker or desk gave me, and my phone, move their sign-up for me into 我的报名. */
export function ClaimForm({ onClaimed }: { onClaimed: () => void }) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const actions = useActionMessages()
  const [code, setCode] = useState('')
  const [phone, setPhone] = useState('')
  const claim = () => {
    if (!/^\d{6}$/.test(code.trim()) || !phone.trim()) return actions.tell('claim', { text: s.claimFill, tone: 'problem' })
    void actions.run('claim', () => claimEnrollment(client, { code: code.trim(), phone: phone.trim() }), {
      done: (enrollment) => {
        setCode('')
        setPhone('')
        onClaimed()
        return s.claimed(enrollment.session.title)
      },
      // the API names the field: 领取码或手机号不正确, 已被领取
      problem: (error) => error.fieldErrors[0]?.message ?? errorMessage(error, stringsNow(sharedStrings)),
    })
  }
  return (
    <View className="claim-form" role="form" aria-label={s.claimTitle}>
      <Heading level={2}>{s.claimTitle}</Heading>
      <TextField id="claim-code" label={s.claimCode} hint={s.claimHint} maxLength={6} value={code} onChange={setCode} />
      <TextField id="claim-phone" label={s.claimPhone} maxLength={20} value={phone} onChange={setPhone} />
      <ActionButton variant="secondary" onClick={claim} disabled={actions.isBusy('claim')}>
        {s.claim}
      </ActionButton>
      <ActionMessageView message={actions.messages.claim} />
    </View>
  )
}
