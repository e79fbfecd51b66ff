import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView } from '@/shared/components/action-message'
import { errorMessage } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { strings as sharedStrings } from '@/shared/components/strings'
import { resolveApiBase } from '@/shared/config/api-base'
import { saveFile } from '@/shared/files/save-file'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
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

const FORMATS: readonly RosterFormat[] = ['csv', 'xlsx']

/** The 职工名册 as CSV or Excel, unmasked: the company's own record (only its owner and desks in scope get it). */
export function RosterExport({ companyId, creditCode, authorization }: RosterExportProps) {
  const t = useStrings(strings)
  const s = useStrings(sharedStrings)
  const exports = useActionMessages<RosterFormat>()
  const busy = FORMATS.some((format) => exports.isBusy(format))

  const save = (format: RosterFormat) => {
    const fileName = t.rosterFileName(creditCode, format)
    return exports.run(
      format,
      () => saveFile({ url: resolveApiBase().replace(/\/+$/, '') + rosterFilePath(companyId, format), authorization, fileName, format }),
      {
        done: (result) => t.exported(result, fileName),
        problem: (problem) => t.exportFailed(errorMessage(problem, s)),
      },
    )
  }

  return (
    <View className="case-section" role="region" aria-label={t.exportTitle}>
      <Heading level={2}>{t.exportTitle}</Heading>
      <Text className="case-section__line">{t.exportHelp}</Text>
      {FORMATS.map((format) => (
        <View key={format}>
          <ActionButton variant="secondary" disabled={busy} onClick={() => void save(format)}>
            {exports.isBusy(format) ? t.exporting : format === 'csv' ? t.exportCsv : t.exportXlsx}
          </ActionButton>
          <ActionMessageView message={exports.messages[format]} />
        </View>
      ))}
    </View>
  )
}
