import { View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, ActionProblem } from '@/shared/components/action-message'
import { Heading } from '@/shared/components/heading'
import { SettingSwitch } from '@/shared/components/setting-switch'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { signUpOnBehalf } from '../api/demands-api'
import { fieldError, useKeyedSubmit } from '../hooks/use-keyed-submit'
import { strings } from '../strings'
import { SessionPicker } from './session-picker'

/** 代居民报名: a service, one of its open sessions, the resident's name and phone with their consent → a claim code. */
export function OnBehalfForm() {
  const t = useStrings(strings)
  const [sessionId, setSessionId] = useState<string>()
  const [resident, setResident] = useState({ name: '', phone: '', consent: false })
  const [problems, setProblems] = useState<Partial<Record<'session' | 'name' | 'phone' | 'consent', string>>>({})
  const sending = useKeyedSubmit((c, key, body: { sessionId: string; name: string; phone: string }) =>
    signUpOnBehalf(c, key, body.sessionId, { residentName: body.name, residentPhone: body.phone, consent: true }),
  )
  const { state } = sending

  const submit = async () => {
    const found = {
      ...(sessionId ? {} : { session: t.required }),
      ...(resident.name.trim() ? {} : { name: t.required }),
      ...(resident.phone.trim() ? {} : { phone: t.required }),
      ...(resident.consent ? {} : { consent: t.consentNeeded }),
    }
    setProblems(found)
    if (Object.keys(found).length || !sessionId) return
    await sending.submit({ sessionId, name: resident.name.trim(), phone: resident.phone.trim() })
  }

  return (
    <View className="demands__form" role="form" aria-label={t.onBehalfTitle}>
      <Heading level={2}>{t.onBehalfTitle}</Heading>
      {state.status === 'sent' ? (
        <>
          <ActionMessageView message={{ text: t.signedUp(state.result.residentName, state.result.claimCode), tone: 'done' }} />
          <ActionButton
            variant="secondary"
            onClick={() => {
              setResident({ name: '', phone: '', consent: false })
              sending.startNew()
            }}
          >
            {t.signUp}
          </ActionButton>
        </>
      ) : (
        <>
          <SessionPicker value={sessionId} onChange={setSessionId} error={problems.session} />
          <TextField
            id="ob-name"
            label={t.residentName}
            required
            maxLength={20}
            value={resident.name}
            onChange={(name) => setResident((r) => ({ ...r, name }))}
            error={problems.name ?? fieldError(state, 'residentName')}
          />
          <TextField
            id="ob-phone"
            label={t.residentPhone}
            required
            maxLength={20}
            value={resident.phone}
            onChange={(phone) => setResident((r) => ({ ...r, phone }))}
            error={problems.phone ?? fieldError(state, 'residentPhone')}
          />
          <SettingSwitch
            label={t.onBehalfConsent}
            hint={problems.consent}
            checked={resident.consent}
            onChange={(consent) => setResident((r) => ({ ...r, consent }))}
          />
          {state.status === 'failed' && <ActionProblem error={state.error} />}
          <ActionButton onClick={() => void submit()} disabled={state.status === 'sending'}>
            {state.status === 'sending' ? t.signingUp : t.signUp}
          </ActionButton>
        </>
      )}
    </View>
  )
}
