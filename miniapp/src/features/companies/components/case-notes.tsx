import { Text, View } from '@tarojs/components'
import type { CaseNote, CompanyStep } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, type ActionMessage } from '@/shared/components/action-message'
import { Heading } from '@/shared/components/heading'
import { TextField } from '@/shared/components/text-field'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import { who } from './step-card'
import './companies.scss'

interface CaseNotesProps {
  notes: CaseNote[]
  steps: CompanyStep[]
  busy: boolean
  message?: ActionMessage
  onAdd: (text: string) => Promise<boolean>
}

const NOTE_MAX = 200

/** Every note on the case, oldest first (a step's notes also show on its card), and a form for a note on the whole case. */
export function CaseNotes({ notes, steps, busy, message, onAdd }: CaseNotesProps) {
  const t = useStrings(strings)
  const dates = useDates()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string>()
  const stepTitle = (id: string | undefined) => steps.find((s) => s.id === id)?.title

  const submit = async () => {
    const trimmed = text.trim()
    if (!trimmed) return setProblem(t.noteRequired)
    if (trimmed.length > NOTE_MAX) return setProblem(t.noteTooLong(NOTE_MAX))
    setProblem(undefined)
    if (await onAdd(trimmed)) setText('')
  }

  return (
    <View className="case-section" role="region" aria-label={t.notesTitle}>
      <Heading level={2}>{t.notesTitle}</Heading>
      {notes.length === 0 ? (
        <Text className="case-section__line">{t.noNotes}</Text>
      ) : (
        <View role="list" aria-label={t.notesTitle}>
          {notes.map((note) => {
            const about = stepTitle(note.stepId)
            return (
              <View role="listitem" key={`${note.at}-${note.text}`} className="case-note">
                <Text className="case-note__meta">
                  {dates.dateTime(note.at)} · {who(t, note.by)}
                  {about ? ` · ${about}` : ''}
                </Text>
                <Text className="case-note__text">{note.text}</Text>
              </View>
            )
          })}
        </View>
      )}
      <TextField
        id="case-note"
        label={t.caseNoteLabel}
        value={text}
        onChange={setText}
        error={problem}
        maxLength={NOTE_MAX}
        onConfirm={() => void submit()}
      />
      <ActionButton variant="secondary" disabled={busy} onClick={() => void submit()}>
        {busy ? t.saving : t.saveNote}
      </ActionButton>
      <ActionMessageView message={message} />
    </View>
  )
}
