import { Text, View } from '@tarojs/components'
import { isBlocked, type Actor, type Blockers, type CaseNote, type CompanyStep } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, type ActionMessage } from '@/shared/components/action-message'
import { TextField } from '@/shared/components/text-field'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings, type CompanyStrings } from '../strings'
import './companies.scss'

export interface StepCardProps {
  step: CompanyStep
  /** 1-based, as the desk counts them. */
  position: number
  blockers: Blockers
  /** Notes written about this step, oldest first. */
  notes: CaseNote[]
  busy: boolean
  message?: ActionMessage
  /** Resolve true when saved, so the form closes. */
  onComplete: (note: string | undefined) => Promise<boolean>
  onAddNote: (text: string) => Promise<boolean>
  onOpenStation: (stationId: string) => void
  onOpenEmployees: () => void
}

const NOTE_MAX = 200

/** One step of the checklist: what it is, what to bring, where, its status and who did it, and what it waits for. */
export function StepCard({
  step,
  position,
  blockers,
  notes,
  busy,
  message,
  onComplete,
  onAddNote,
  onOpenStation,
  onOpenEmployees,
}: StepCardProps) {
  const t = useStrings(strings)
  const dates = useDates()
  const [form, setForm] = useState<'complete' | 'note'>()
  const [text, setText] = useState('')
  const [textProblem, setTextProblem] = useState<string>()
  const done = step.status === 'done'
  const blocked = !done && isBlocked(blockers)
  const state = done ? 'done' : blocked ? 'blocked' : 'ready'
  const title = `${position}. ${step.title}`

  const open = (which: 'complete' | 'note') => {
    setForm(which)
    setText('')
    setTextProblem(undefined)
  }
  const submit = async () => {
    const trimmed = text.trim()
    if (form === 'note' && !trimmed) return setTextProblem(t.noteRequired)
    if (trimmed.length > NOTE_MAX) return setTextProblem(t.noteTooLong(NOTE_MAX))
    const saved = form === 'complete' ? await onComplete(trimmed || undefined) : await onAddNote(trimmed)
    if (saved) setForm(undefined)
  }

  return (
    <View className={`step-card step-card--${state}`} role="group" aria-label={title}>
      <View className="step-card__header">
        <Text className="step-card__title">{title}</Text>
        <Text className={`case-badge case-badge--${state}`}>{t.stepState(state)}</Text>
      </View>
      <Text className="step-card__line">{step.description}</Text>

      <Text className="step-card__label">{t.materials}</Text>
      {step.materials.map((m) => (
        <Text key={m} className="step-card__line">
          · {m}
        </Text>
      ))}

      <Text className="step-card__label">{t.where}</Text>
      {step.where.kind === 'online' ? (
        <Text className="step-card__line">{t.online(step.where.name)}</Text>
      ) : (
        <StationLink name={step.where.name} stationId={step.where.stationId} onOpen={onOpenStation} />
      )}

      {done && step.completedAt && (
        <Text className="step-card__done">{t.completedBy(who(t, step.completedBy), dates.dateTime(step.completedAt))}</Text>
      )}
      {done && step.note && <Text className="step-card__line">{t.completionNote(step.note)}</Text>}

      {blocked && (
        <View className="step-card__waiting">
          <Text className="step-card__label">{t.waitingFor}</Text>
          {blockers.steps.map((s) => (
            <Text key={s.id} className="step-card__line">
              · {t.waitingForStep(s.title)}
            </Text>
          ))}
          {blockers.employeesMissing > 0 && (
            <>
              <Text className="step-card__line">· {t.waitingForEmployees(blockers.employeesMissing)}</Text>
              <ActionButton variant="secondary" label={t.addEmployeesFor(step.title)} onClick={onOpenEmployees}>
                {t.addEmployees}
              </ActionButton>
            </>
          )}
        </View>
      )}

      {notes.length > 0 && (
        <View className="step-card__notes">
          <Text className="step-card__label">{t.notesTitle}</Text>
          {notes.map((note) => (
            <Text key={`${note.at}-${note.text}`} className="step-card__line">
              {t.noteLine(dates.dateTime(note.at), who(t, note.by), note.text)}
            </Text>
          ))}
        </View>
      )}

      {form ? (
        <View className="step-card__form">
          <TextField
            id={`step-${step.id}-${form}`}
            label={form === 'complete' ? t.completionNoteLabel : t.noteLabel}
            value={text}
            onChange={setText}
            error={textProblem}
            maxLength={NOTE_MAX}
            onConfirm={() => void submit()}
          />
          <ActionButton
            label={t.on(form === 'complete' ? t.confirmComplete : t.saveNote, step.title)}
            disabled={busy}
            onClick={() => void submit()}
          >
            {busy ? t.saving : form === 'complete' ? t.confirmComplete : t.saveNote}
          </ActionButton>
          <ActionButton variant="secondary" disabled={busy} onClick={() => setForm(undefined)}>
            {t.cancel}
          </ActionButton>
        </View>
      ) : (
        <View className="step-card__actions">
          {state === 'ready' && (
            <ActionButton label={t.on(t.complete, step.title)} disabled={busy} onClick={() => open('complete')}>
              {t.complete}
            </ActionButton>
          )}
          <ActionButton variant="secondary" label={t.on(t.writeNote, step.title)} disabled={busy} onClick={() => open('note')}>
            {t.writeNote}
          </ActionButton>
        </View>
      )}

      <ActionMessageView message={message} />
    </View>
  )
}

function StationLink({ name, stationId, onOpen }: { name: string; stationId: string; onOpen: (id: string) => void }) {
  const t = useStrings(strings)
  return (
    <ActionButton variant="plain" className="case-link" label={t.openStation(name)} onClick={() => onOpen(stationId)}>
      {name} ›
    </ActionButton>
  )
}

type Strings = CompanyStrings

/** The owner, or the desk by the staff member's name and role: a login is never shown. */
export function who(t: Strings, actor: Actor | undefined): string {
  if (!actor) return t.someone
  return actor.kind === 'owner' ? t.byOwner : t.byStaff(actor.name)
}
