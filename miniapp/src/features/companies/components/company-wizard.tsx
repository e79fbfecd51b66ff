import { Text, View } from '@tarojs/components'
import { SUB_DISTRICTS, type CompanyCreate } from '@doorstep/shared'
import { useEffect, useState, type ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { Heading } from '@/shared/components/heading'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { checkCreditCode } from '../checks'
import { fieldNames, strings } from '../strings'
import { BANK_DESK, EMPTY_DRAFT, problemsOf, toCompanyCreate, WIZARD_PAGES, type CompanyDraft, type DraftField } from '../wizard'
import { CodeField } from './code-field'
import './companies.scss'

interface CompanyWizardProps {
  submitting: boolean
  /** What the API refused, by form field; the wizard turns to the first page with one. */
  serverErrors: Partial<Record<DraftField, string>>
  /** Shown above the submit button: why the last submit failed as a whole (an active case exists, offline …). */
  problem?: ReactNode
  onSubmit: (input: CompanyCreate) => void
}

/** 开办登记 in three short pages; each page is checked before the next, and nothing invalid is sent. */
export function CompanyWizard({ submitting, serverErrors, problem, onSubmit }: CompanyWizardProps) {
  const t = useStrings(strings)
  const f = useStrings(fieldNames)
  const n = useStrings(names)
  const [draft, setDraft] = useState<CompanyDraft>(EMPTY_DRAFT)
  const [page, setPage] = useState(0)
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({})
  const [tried, setTried] = useState<Set<number>>(new Set())

  useEffect(() => {
    const first = WIZARD_PAGES.findIndex((fields) => fields.some((f) => serverErrors[f]))
    if (first >= 0) setPage(first)
  }, [serverErrors])

  const change =
    <K extends DraftField>(field: K) =>
    (value: CompanyDraft[K]) => {
      setDraft((current) => ({ ...current, [field]: value }))
      setProblems((current) => ({ ...current, [field]: undefined }))
    }
  const errorOf = (field: DraftField) => problems[field] ?? serverErrors[field]
  const last = page === WIZARD_PAGES.length - 1

  const next = () => {
    setTried((current) => new Set(current).add(page))
    const found = problemsOf(draft, WIZARD_PAGES[page]!, t)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    if (!last) return setPage(page + 1)
    const all = problemsOf(draft, WIZARD_PAGES.flat(), t)
    const firstBad = WIZARD_PAGES.findIndex((fields) => fields.some((f) => all[f]))
    if (firstBad >= 0) {
      setProblems(all)
      return setPage(firstBad)
    }
    onSubmit(toCompanyCreate(draft))
  }

  return (
    <View className="wizard" role="form" aria-label={t.wizardTitle}>
      <Text className="wizard__step" role="status">
        {t.wizardStep(page + 1, WIZARD_PAGES.length, t.wizardPage(page))}
      </Text>
      <Heading level={2} className="wizard__heading">
        {t.wizardPage(page)}
      </Heading>

      {page === 0 && (
        <>
          <TextField id="company-name" label={f.name} value={draft.name} onChange={change('name')} error={errorOf('name')} maxLength={60} />
          <CodeField
            id="company-credit-code"
            kind="creditCode"
            label={f.creditCode}
            hint={t.creditCodeHint}
            value={draft.creditCode}
            onChange={change('creditCode')}
            check={checkCreditCode(draft.creditCode)}
            submitted={tried.has(0)}
            serverError={serverErrors.creditCode}
          />
          <TextField
            id="company-legal-representative"
            label={f.legalRepresentative}
            value={draft.legalRepresentative}
            onChange={change('legalRepresentative')}
            error={errorOf('legalRepresentative')}
            maxLength={20}
          />
          <TextField
            id="company-founded-on"
            label={f.foundedOn}
            hint={t.dateHint}
            value={draft.foundedOn}
            onChange={change('foundedOn')}
            error={errorOf('foundedOn')}
            maxLength={10}
          />
        </>
      )}

      {page === 1 && (
        <>
          <ChoiceChips
            label={f.subDistrict}
            visibleLabel
            options={SUB_DISTRICTS.map((d) => ({ id: d.id, name: n.street(d.id) }))}
            value={draft.subDistrict}
            onChange={change('subDistrict')}
            error={errorOf('subDistrict')}
          />
          <ChoiceChips
            label={f.desk}
            visibleLabel
            options={[
              { id: 'bank', name: t.deskBank(BANK_DESK.name) },
              { id: 'subDistrict', name: t.deskSubDistrict },
            ]}
            value={draft.desk}
            onChange={change('desk')}
            error={errorOf('desk')}
          />
          <TextField
            id="company-address"
            label={f.address}
            value={draft.address}
            onChange={change('address')}
            error={errorOf('address')}
            maxLength={100}
          />
          <TextField
            id="company-contact-phone"
            label={f.contactPhone}
            hint={t.phoneHint}
            value={draft.contactPhone}
            onChange={change('contactPhone')}
            error={errorOf('contactPhone')}
            maxLength={20}
          />
        </>
      )}

      {page === 2 && (
        <>
          <TextField
            id="company-headcount"
            label={f.expectedHeadcount}
            value={draft.expectedHeadcount}
            onChange={change('expectedHeadcount')}
            error={errorOf('expectedHeadcount')}
            maxLength={6}
          />
          <View className="case-section" role="region" aria-label={t.reviewTitle}>
            <Text className="case-section__title">{t.reviewTitle}</Text>
            <Review label={f.name} value={draft.name} />
            <Review label={f.creditCode} value={draft.creditCode.toUpperCase()} />
            <Review label={f.legalRepresentative} value={draft.legalRepresentative} />
            <Review label={f.foundedOn} value={draft.foundedOn} />
            <Review label={f.subDistrict} value={draft.subDistrict ? n.street(draft.subDistrict) : ''} />
            <Review label={f.desk} value={draft.desk === 'bank' ? BANK_DESK.name : draft.desk ? t.deskSubDistrict : ''} />
            <Review label={f.address} value={draft.address} />
            <Review label={f.contactPhone} value={draft.contactPhone} />
          </View>
        </>
      )}

      {last && problem}
      <ActionButton disabled={submitting} onClick={next}>
        {last ? (submitting ? t.submitting : t.submit) : t.next}
      </ActionButton>
      {page > 0 && (
        <ActionButton variant="secondary" disabled={submitting} onClick={() => setPage(page - 1)}>
          {t.previous}
        </ActionButton>
      )}
    </View>
  )
}

function Review({ label, value }: { label: string; value: string }) {
  const t = useStrings(strings)
  return (
    <Text className="case-fact">
      <Text className="case-fact__label">{t.factLabel(label)}</Text>
      {value.trim() || t.notFilled}
    </Text>
  )
}
