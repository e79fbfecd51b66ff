import type { FieldDemand, FieldDemandSubmit } from '@doorstep/shared'
import { useState } from 'react'
import { SettingSwitch } from '@/shared/components/setting-switch'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { fileFieldDemand } from '../api/demands-api'
import { fieldError, useKeyedSubmit } from '../hooks/use-keyed-submit'
import { strings } from '../strings'
import { KeyedForm } from './keyed-form'

const EMPTY = { topic: '', text: '', households: '1', name: '', phone: '', consent: false }

/** 登记走访需求: topic, what was said, how many households; the resident's name and phone only with their consent. */
export function FieldDemandForm({ onFiled }: { onFiled: (demand: FieldDemand) => void }) {
  const t = useStrings(strings)
  const [draft, setDraft] = useState(EMPTY)
  const [problems, setProblems] = useState<Partial<Record<keyof typeof EMPTY, string>>>({})
  const sending = useKeyedSubmit(fileFieldDemand)
  const set = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }))

  const submit = async () => {
    const households = Number(draft.households)
    const named = draft.name.trim() !== '' || draft.phone.trim() !== ''
    const found = {
      ...(draft.topic.trim() ? {} : { topic: t.required }),
      ...(draft.text.trim() ? {} : { text: t.required }),
      ...(Number.isInteger(households) && households >= 1 && households <= 9999 ? {} : { households: t.householdsInvalid }),
      ...(named && !draft.consent ? { consent: t.consentNeeded } : {}),
      ...(draft.phone.trim() && !draft.name.trim() ? { name: t.required } : {}),
    }
    setProblems(found)
    if (Object.keys(found).length) return
    const body: FieldDemandSubmit = {
      topic: draft.topic.trim(),
      text: draft.text.trim(),
      households,
      ...(named
        ? { resident: { name: draft.name.trim(), ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}), consent: true as const } }
        : {}),
    }
    await sending.submit(body)
  }

  const { state } = sending
  return (
    <KeyedForm
      title={t.fieldFormTitle}
      state={state}
      sentText={(result) => t.filed(result.topic)}
      againLabel={t.fileDemand}
      onAgain={() => {
        if (state.status === 'sent') onFiled(state.result)
        setDraft(EMPTY)
        sending.startNew()
      }}
      sendLabel={t.fileDemand}
      sendingLabel={t.filing}
      onSend={() => void submit()}
    >
      <TextField
        id="fd-topic"
        label={t.topicLabel}
        required
        maxLength={20}
        value={draft.topic}
        onChange={(topic) => set({ topic })}
        error={problems.topic ?? fieldError(state, 'topic')}
      />
      <TextField
        id="fd-text"
        label={t.textLabel}
        required
        multiline
        maxLength={500}
        value={draft.text}
        onChange={(text) => set({ text })}
        error={problems.text ?? fieldError(state, 'text')}
      />
      <TextField
        id="fd-households"
        label={t.householdsLabel}
        required
        maxLength={4}
        value={draft.households}
        onChange={(households) => set({ households })}
        error={problems.households ?? fieldError(state, 'households')}
      />
      <TextField
        id="fd-name"
        label={t.residentNameLabel}
        maxLength={20}
        value={draft.name}
        onChange={(name) => set({ name })}
        error={problems.name ?? fieldError(state, 'resident.name')}
      />
      <TextField
        id="fd-phone"
        label={t.residentPhoneLabel}
        maxLength={20}
        value={draft.phone}
        onChange={(phone) => set({ phone })}
        error={fieldError(state, 'resident.phone')}
      />
      <SettingSwitch label={t.residentConsent} hint={problems.consent} checked={draft.consent} onChange={(consent) => set({ consent })} />
    </KeyedForm>
  )
}
