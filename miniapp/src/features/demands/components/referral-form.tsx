import type { SubDistrictId } from '@doorstep/shared'
import { useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { SettingSwitch } from '@/shared/components/setting-switch'
import { TextField } from '@/shared/components/text-field'
import { useDates } from '@/shared/format/date-time'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { fetchStationsOf, fileReferral } from '../api/demands-api'
import { fieldError, useKeyedSubmit } from '../hooks/use-keyed-submit'
import { strings } from '../strings'
import { KeyedForm } from './keyed-form'

const EMPTY = { stationId: undefined as string | undefined, topic: '', text: '', name: '', phone: '', consent: false }

/** 转介居民: a station of the grid's sub-district, what the resident needs, and their contact with consent. */
export function ReferralForm({ subDistrict, onReferred }: { subDistrict: SubDistrictId; onReferred: () => void }) {
  const t = useStrings(strings)
  const dates = useDates()
  const client = useHttpClient()
  const stations = useResource(() => fetchStationsOf(client, subDistrict), [client, subDistrict])
  const [draft, setDraft] = useState(EMPTY)
  const [problems, setProblems] = useState<Partial<Record<keyof typeof EMPTY, string>>>({})
  const sending = useKeyedSubmit(fileReferral)
  const { state } = sending
  const set = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }))

  const submit = async () => {
    const found = {
      ...(draft.stationId ? {} : { stationId: t.required }),
      ...(draft.topic.trim() ? {} : { topic: t.required }),
      ...(draft.text.trim() ? {} : { text: t.required }),
      ...(draft.name.trim() ? {} : { name: t.required }),
      ...(draft.phone.trim() ? {} : { phone: t.required }),
      ...(draft.consent ? {} : { consent: t.consentNeeded }),
    }
    setProblems(found)
    if (Object.keys(found).length || !draft.stationId) return
    await sending.submit({
      stationId: draft.stationId,
      topic: draft.topic.trim(),
      text: draft.text.trim(),
      resident: { name: draft.name.trim(), phone: draft.phone.trim(), consent: true },
    })
    onReferred()
  }

  return (
    <KeyedForm
      title={t.referTitle}
      state={state}
      sentText={(result) => t.referred(dates.dateTime(result.dueAt))}
      againLabel={t.refer}
      onAgain={() => {
        setDraft(EMPTY)
        sending.startNew()
      }}
      sendLabel={t.refer}
      sendingLabel={t.referring}
      onSend={() => void submit()}
    >
      <ChoiceChips
        label={t.stationLabel}
        visibleLabel
        options={(stations.data?.items ?? []).map((s) => ({ id: s.id, name: s.name }))}
        value={draft.stationId}
        onChange={(stationId) => set({ stationId })}
        error={problems.stationId ?? fieldError(state, 'stationId')}
      />
      <TextField
        id="rf-topic"
        label={t.topicLabel}
        required
        maxLength={20}
        value={draft.topic}
        onChange={(topic) => set({ topic })}
        error={problems.topic}
      />
      <TextField
        id="rf-text"
        label={t.textLabel}
        required
        multiline
        maxLength={500}
        value={draft.text}
        onChange={(text) => set({ text })}
        error={problems.text}
      />
      <TextField
        id="rf-name"
        label={t.residentName}
        required
        maxLength={20}
        value={draft.name}
        onChange={(name) => set({ name })}
        error={problems.name}
      />
      <TextField
        id="rf-phone"
        label={t.residentPhone}
        required
        maxLength={20}
        value={draft.phone}
        onChange={(phone) => set({ phone })}
        error={problems.phone ?? fieldError(state, 'resident.phone')}
      />
      <SettingSwitch label={t.referConsent} hint={problems.consent} checked={draft.consent} onChange={(consent) => set({ consent })} />
    </KeyedForm>
  )
}
