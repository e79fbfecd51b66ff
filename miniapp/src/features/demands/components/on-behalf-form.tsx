import { useState } from 'react'
import { SettingSwitch } from '@/shared/components/setting-switch'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { signUpOnBehalf } from '../api/demands-api'
import { fieldError, useKeyedSubmit } from '../hooks/use-keyed-submit'
import { strings } from '../strings'
import { KeyedForm } from './keyed-form'
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
    <KeyedForm
      title={t.onBehalfTitle}
      state={state}
      sentText={(result) => t.signedUp(result.residentName, result.claimCode)}
      againLabel={t.signUp}
      onAgain={() => {
        setResident({ name: '', phone: '', consent: false })
        sending.startNew()
      }}
      sendLabel={t.signUp}
      sendingLabel={t.signingUp}
      onSend={() => void submit()}
    >
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
    </KeyedForm>
  )
}
