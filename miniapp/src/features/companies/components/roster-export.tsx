import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { errorMessage } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { strings as sharedStrings } from '@/shared/components/strings'
import { toApiError } from '@/shared/api/to-api-error'
import { resolveApiBase } from '@/shared/config/api-base'
import { saveFile } from '@/shared/files/save-file'
import { useStrings } from '@/shared/i18n'
import { rosterFilePath, type RosterFormat } from '../api/companies-api'
import { strings } from '../strings'
import './companies.scss'

interface RosterExportProps {
  companyId: string
  creditCode: string
  /** `Bearer …` of the signed-in person; files are fetched outside the JSON client. */
  authorization?: string
}

/** The 职工名册 as CSV or Excel, unmasked: the company's own record (only its owner and desks in scope get it). */
export function RosterExport({ companyId, creditCode, authorization }: RosterExportProps) {
  const t = useStrings(strings)
  const s = useStrings(sharedStrings)
  const [busy, setBusy] = useState<RosterFormat>()
  const [message, setMessage] = useState<{ text: string; tone: 'done' | 'problem' }>()

  const save = async (format: RosterFormat) => {
    setBusy(format)
    setMessage(undefined)
    const fileName = t.rosterFileName(creditCode, format)
    try {
      const result = await saveFile({ url: resolveApiBase().replace(/\/+$/, '') + rosterFilePath(companyId, format), authorization, fileName, format })
      setMessage({ text: t.exported(result, fileName), tone: 'done' })
    } catch (error) {
      const problem = toApiError(error)
      setMessage({ text: t.exportFailed(errorMessage(problem, s)), tone: 'problem' })
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <View className="case-section" role="region" aria-label={t.exportTitle}>
      <Heading level={2}>{t.exportTitle}</Heading>
      <Text className="case-section__line">{t.exportHelp}</Text>
      <ActionButton variant="secondary" disabled={busy !== undefined} onClick={() => void save('csv')}>
        {busy === 'csv' ? t.exporting : t.exportCsv}
      </ActionButton>
      <ActionButton variant="secondary" disabled={busy !== undefined} onClick={() => void save('xlsx')}>
        {busy === 'xlsx' ? t.exporting : t.exportXlsx}
      </ActionButton>
      {message && (
        <Text className={`case-message case-message--${message.tone}`} role={message.tone === 'problem' ? 'alert' : 'status'}>
          {message.text}
        </Text>
      )}
    </View>
  )
}
