import { Text, View } from '@tarojs/components'
import { shanghaiDate, type HolidayYear } from '@doorstep/shared'
import { useState } from 'react'
import { strings } from '@/features/calendar/strings'
import { lineOfError, parseYearText, yearToText } from '@/features/calendar/year-text'
import { StaffGate } from '@/features/staff/components/staff-gate'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { fetchCalendarStatus, loadCalendarYear } from '@/shared/calendar/calendar-api'
import { useCalendarState } from '@/shared/calendar/calendar-context'
import { useClock } from '@/shared/clock/clock-context'
import { ActionButton } from '@/shared/components/action-button'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { TextField } from '@/shared/components/text-field'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import '@/features/calendar/components/calendar.scss'
import '@/features/staff/components/staff.scss'

/** 节假日安排 (district admin): which years are known, and a form to load the next one from the official notice. */
export default function StaffCalendarPage() {
  const s = useStrings(strings)
  return (
    <Page title={s.pageTitle} className="staff-page">
      <StaffGate roles={['admin']}>{() => <CalendarAdmin />}</StaffGate>
    </Page>
  )
}

function CalendarAdmin() {
  const s = useStrings(strings)
  const client = useHttpClient()
  const app = useCalendarState()
  const status = useResource(() => fetchCalendarStatus(client), [client])
  const clock = useClock()
  const [year, setYear] = useState(() => String(Number(shanghaiDate(clock()).slice(0, 4)) + 1))
  const [holidays, setHolidays] = useState('')
  const [workdays, setWorkdays] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState<number>()
  const [failure, setFailure] = useState<ApiError>()

  /** A problem on one line of one of the two lists, said as 第 n 行：放假…：what is wrong. */
  const lineProblem = (line: number, list: 'holidays' | 'workdays', message: string) => s.lineProblem(line, `${s[list]}：${message}`)

  const edit = (known: HolidayYear) => {
    const text = yearToText(known)
    setYear(String(known.year))
    setHolidays(text.holidays)
    setWorkdays(text.workdays)
  }

  const save = async () => {
    setSaved(undefined)
    setFailure(undefined)
    const parsed = parseYearText(holidays, workdays)
    const local = parsed.problems.map((p) => lineProblem(p.line, p.list, p.message))
    if (!/^\d{4}$/.test(year.trim())) local.unshift(s.yearInvalid)
    setProblems(local)
    if (local.length > 0) return
    setSaving(true)
    try {
      await loadCalendarYear(client, Number(year), parsed.body)
      setSaved(Number(year))
      status.reload()
      app.reload()
    } catch (error) {
      const problem = toApiError(error)
      const fromApi = problem.fieldErrors.map((e) => {
        const at = lineOfError(e.path)
        return at ? lineProblem(at.line, at.list, e.message) : e.message
      })
      if (fromApi.length > 0) setProblems(fromApi)
      else setFailure(problem)
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <PageIntro>{s.intro}</PageIntro>
      {status.status === 'loading' && <LoadingView message={s.loading} />}
      {status.status === 'error' && <ErrorView title={s.failed} error={status.error} onRetry={status.reload} />}
      {status.status === 'ready' && (
        <View className="calendar-years" role="region" aria-label={s.yearsTitle}>
          <Heading level={2}>{s.yearsTitle}</Heading>
          <Text className="calendar-years__status" role="status">
            {status.data.coveredThrough ? s.covered(status.data.coveredThrough) : s.notCovered}
          </Text>
          <View role="list">
            {status.data.years.map((known) => (
              <View key={known.year} role="listitem">
                <Text className="calendar-years__status">{known.year}</Text>
                <Text className="calendar-years__line">
                  {known.source === 'bundled' ? s.bundled : s.loaded(known.loadedBy ?? '', (known.loadedAt ?? '').slice(0, 10))}
                </Text>
                <ActionButton variant="secondary" onClick={() => edit(known)}>
                  {s.edit(known.year)}
                </ActionButton>
              </View>
            ))}
          </View>
        </View>
      )}
      <View className="calendar-form" role="form" aria-label={s.formTitle}>
        <Heading level={2}>{s.formTitle}</Heading>
        <TextField id="calendar-year" label={s.year} value={year} onChange={setYear} maxLength={4} required />
        <DayListField list="holidays" value={holidays} onChange={setHolidays} required />
        <DayListField list="workdays" value={workdays} onChange={setWorkdays} />
        {problems.length > 0 && (
          <View className="calendar-form__problems" role="alert">
            {problems.map((problem) => (
              <Text key={problem} className="calendar-years__line">
                {problem}
              </Text>
            ))}
          </View>
        )}
        {failure && <ErrorView title={s.failed} error={failure} />}
        {saved !== undefined && (
          <Text className="calendar-form__done" role="status">
            {s.saved(saved)}
          </Text>
        )}
        <ActionButton onClick={() => void save()} disabled={saving}>
          {saving ? s.saving : s.save}
        </ActionButton>
      </View>
    </>
  )
}

/** The longest each list may be, in characters. */
const LIST_MAX = { holidays: 2000, workdays: 1000 }

/** One of the year's two lists, one day or range a line, with its example under the label. */
function DayListField({
  list,
  ...props
}: {
  list: 'holidays' | 'workdays'
  value: string
  onChange: (value: string) => void
  required?: boolean
}) {
  const s = useStrings(strings)
  return <TextField id={`calendar-${list}`} label={s[list]} hint={s[`${list}Hint`]} multiline maxLength={LIST_MAX[list]} {...props} />
}
