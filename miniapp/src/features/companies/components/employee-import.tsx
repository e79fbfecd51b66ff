import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView } from '@/shared/components/action-message'
import { errorMessage } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { strings as sharedStrings } from '@/shared/components/strings'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import type { ImportReport } from '../api/companies-api'
import { pickCsvFile } from '../api/csv-file'
import { MAX_CSV_BYTES } from '../api/file-types'
import type { ImportState } from '../hooks/use-employee-import'
import { strings } from '../strings'
import './companies.scss'

/** The header the API expects: the export's columns without 序号. */
export const CSV_HEADER = '姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日'

interface EmployeeImportProps {
  state: ImportState
  onSend: (csv: string, mode: 'all' | 'valid') => void
  onReset: () => void
}

/** Paste or choose a CSV, import it all or nothing, and see what was wrong row by row. */
export function EmployeeImport({ state, onSend, onReset }: EmployeeImportProps) {
  const t = useStrings(strings)
  const s = useStrings(sharedStrings)
  const [csv, setCsv] = useState('')
  const [fileNote, setFileNote] = useState<string>()
  const [problem, setProblem] = useState<string>()
  const sending = state.status === 'sending'

  const choose = async () => {
    const picked = await pickCsvFile()
    if (picked.kind === 'cancelled') return
    if (picked.kind === 'too-large') return setProblem(t.csvTooLarge(Math.round(MAX_CSV_BYTES / 1024)))
    setCsv(picked.text)
    setFileNote(t.csvChosen(picked.name))
    setProblem(undefined)
    onReset()
  }
  const send = (mode: 'all' | 'valid') => {
    if (!csv.trim()) return setProblem(t.csvEmpty)
    setProblem(undefined)
    onSend(csv, mode)
  }

  return (
    <View className="case-section" role="region" aria-label={t.importTitle}>
      <Heading level={2}>{t.importTitle}</Heading>
      <Text className="case-section__line">{t.importHelp}</Text>
      <Text className="import__header">{CSV_HEADER}</Text>
      <ActionButton variant="secondary" disabled={sending} onClick={() => void choose()}>
        {t.chooseCsv}
      </ActionButton>
      {fileNote && (
        <Text className="case-section__line" role="status">
          {fileNote}
        </Text>
      )}
      <TextField
        id="import-csv"
        label={t.csvLabel}
        hint={t.csvHint}
        multiline
        value={csv}
        maxLength={MAX_CSV_BYTES}
        error={problem}
        onChange={(value) => {
          setCsv(value)
          setFileNote(undefined)
          if (state.status !== 'idle') onReset()
        }}
      />
      <ActionButton disabled={sending} onClick={() => send('all')}>
        {sending && state.mode === 'all' ? t.importing : t.importAll}
      </ActionButton>

      {state.status === 'failed' && (
        <ActionMessageView
          message={{
            text: t.importFailed(state.error.fieldErrors.find((e) => e.path === 'body.csv')?.message ?? errorMessage(state.error, s)),
            tone: 'problem',
          }}
        />
      )}
      {state.outcome && <ImportResult kind={state.outcome.kind} report={state.outcome.report} />}
      {state.outcome?.kind === 'refused' && state.outcome.report.rows.some((r) => r.ok) && (
        <ActionButton variant="secondary" disabled={sending} onClick={() => send('valid')}>
          {sending ? t.importing : t.importValid(state.outcome.report.rows.filter((r) => r.ok).length)}
        </ActionButton>
      )}
    </View>
  )
}

function ImportResult({ kind, report }: { kind: 'imported' | 'refused'; report: ImportReport }) {
  const t = useStrings(strings)
  const bad = report.rows.filter((r) => !r.ok)
  const good = report.rows.filter((r) => r.ok)
  return (
    <View className={`import-report import-report--${kind}`} role="region" aria-label={t.importReport}>
      <Text className="import-report__summary" role={kind === 'refused' ? 'alert' : 'status'}>
        {kind === 'refused' ? t.importRefused(bad.length, good.length) : t.importDone(report.imported, report.skipped)}
      </Text>
      {bad.length > 0 && (
        <View role="list" aria-label={t.badRows}>
          {bad.map((row) => (
            <View role="listitem" key={row.row} className="import-report__row">
              <Text className="import-report__row-title">{t.rowNumber(row.row)}</Text>
              {(row.errors ?? []).map((e) => (
                <Text key={`${e.field}-${e.detail}`} className="import-report__error">
                  {t.rowError(t.columnName(e.field), e.detail)}
                </Text>
              ))}
            </View>
          ))}
        </View>
      )}
      {good.length > 0 && <Text className="case-section__line">{t.goodRows(good.map((r) => r.row))}</Text>}
    </View>
  )
}
