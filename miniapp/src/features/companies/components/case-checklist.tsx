import { Text, View } from '@tarojs/components'
import type { CompanyCase } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import type { ActionMessage } from '@/shared/components/action-message'
import { Heading } from '@/shared/components/heading'
import { PageIntro } from '@/shared/components/page-intro'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { CASE_KEY } from '../hooks/use-company-case'
import { blockersOfStep, isCompleted } from '../format'
import { fieldNames, strings } from '../strings'
import { CaseNotes } from './case-notes'
import { CaseTiming } from './case-timing'
import { ProgressBar } from './progress-bar'
import { StepCard } from './step-card'
import './companies.scss'

export interface CaseChecklistProps {
  company: CompanyCase
  /** A desk working on the company's behalf (the owner sees the same checklist). */
  staff: boolean
  isBusy: (key: string) => boolean
  messages: Partial<Record<string, ActionMessage>>
  onComplete: (stepId: string, title: string, note?: string) => Promise<boolean>
  onAddNote: (text: string, stepId?: string) => Promise<boolean>
  onOpenStation: (stationId: string) => void
  onOpenEmployees: () => void
}

/** The case as the owner and the desk both see it: facts, progress, time, each step, notes. */
export function CaseChecklist({
  company,
  staff,
  isBusy,
  messages,
  onComplete,
  onAddNote,
  onOpenStation,
  onOpenEmployees,
}: CaseChecklistProps) {
  const t = useStrings(strings)
  const f = useStrings(fieldNames)
  const dates = useDates()
  const n = useStrings(names)
  const { done, total, percent } = company.progress
  const completed = isCompleted(company)
  return (
    <View>
      <PageIntro>{staff ? t.staffIntro : completed ? t.ownerIntroDone : t.ownerIntro}</PageIntro>
      <ProgressBar done={done} total={total} percent={percent} />
      <CaseTiming timing={company.timing} deadline={company.deadline} />

      <View className="case-section case-section--facts" role="region" aria-label={t.companyFacts}>
        <Heading level={2}>{t.companyFacts}</Heading>
        <Fact label={f.creditCode} value={company.creditCode} />
        <Fact label={f.legalRepresentative} value={company.legalRepresentative} />
        <Fact label={f.subDistrict} value={n.street(company.subDistrict)} />
        <Fact label={f.address} value={company.address} />
        <Fact label={f.contactPhone} value={company.contactPhone} />
        <Fact label={f.foundedOn} value={dates.date(company.foundedOn)} />
        <Fact label={f.expectedHeadcount} value={t.people(company.expectedHeadcount)} />
        <Fact label={t.employeesOnRoster} value={t.people(company.employeeCount)} />
        <ActionButton variant="secondary" onClick={onOpenEmployees}>
          {t.manageEmployees}
        </ActionButton>
      </View>

      <View className="case-section case-section--steps" role="region" aria-label={t.checklistTitle}>
        <Heading level={2}>{t.checklistTitle}</Heading>
        {company.steps.map((step, i) => (
          <StepCard
            key={step.id}
            step={step}
            position={i + 1}
            blockers={blockersOfStep(company, step)}
            notes={company.notes.filter((n) => n.stepId === step.id)}
            busy={isBusy(step.id)}
            message={messages[step.id]}
            onComplete={(note) => onComplete(step.id, step.title, note)}
            onAddNote={(text) => onAddNote(text, step.id)}
            onOpenStation={onOpenStation}
            onOpenEmployees={onOpenEmployees}
          />
        ))}
      </View>

      <CaseNotes
        notes={company.notes}
        steps={company.steps}
        busy={isBusy(CASE_KEY)}
        message={messages[CASE_KEY]}
        onAdd={(text) => onAddNote(text)}
      />
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  const t = useStrings(strings)
  return (
    <Text className="case-fact">
      <Text className="case-fact__label">{t.factLabel(label)}</Text>
      {value}
    </Text>
  )
}
