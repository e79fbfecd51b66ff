import { Text, View } from '@tarojs/components'
import type { PolicyMatchBody } from '@doorstep/shared'
import { AGE_BANDS, COMPANY_SIZES, MATCH_ROLES } from '@doorstep/shared/domain/policy-match'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

interface MatchFormProps {
  busy: boolean
  onSubmit: (answers: PolicyMatchBody) => void
}

/** At most four questions; only the first is required, the others narrow the answer. */
export function MatchForm({ busy, onSubmit }: MatchFormProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const [who, setWho] = useState<PolicyMatchBody['who']>()
  const [ageBand, setAgeBand] = useState<PolicyMatchBody['ageBand']>()
  const [hukou, setHukou] = useState<'yes' | 'no'>()
  const [companySize, setCompanySize] = useState<PolicyMatchBody['companySize']>()
  const isCompany = who === 'company'

  const submit = () => {
    if (!who) return
    onSubmit({
      who,
      ...(ageBand && !isCompany ? { ageBand } : {}),
      ...(hukou && !isCompany ? { suzhouHukou: hukou === 'yes' } : {}),
      ...(companySize && isCompany ? { companySize } : {}),
    })
  }

  return (
    <View className="match-form">
      <Question title={s.questionWho} choices={MATCH_ROLES.map(({ id }) => ({ id, name: n.matchRole(id) }))} value={who} onChange={setWho} />
      {isCompany ? (
        <Question
          title={s.questionCompanySize}
          choices={COMPANY_SIZES.map(({ id }) => ({ id, name: n.companySize(id) }))}
          value={companySize}
          onChange={setCompanySize}
        />
      ) : (
        <>
          <Question title={s.questionAge} choices={AGE_BANDS.map(({ id }) => ({ id, name: n.ageBand(id) }))} value={ageBand} onChange={setAgeBand} />
          <Question
            title={s.questionHukou}
            choices={[
              { id: 'yes' as const, name: s.hukouYes },
              { id: 'no' as const, name: s.hukouNo },
            ]}
            value={hukou}
            onChange={setHukou}
          />
        </>
      )}
      <ActionButton disabled={!who || busy} onClick={submit}>
        {busy ? s.matching : who ? s.matchSubmit : s.chooseFirst}
      </ActionButton>
    </View>
  )
}

interface QuestionProps<T extends string> {
  title: string
  choices: readonly { id: T; name: string }[]
  value: T | undefined
  onChange: (value: T | undefined) => void
}

function Question<T extends string>({ title, choices, value, onChange }: QuestionProps<T>) {
  return (
    <View className="match-form__question" role="group" aria-label={title}>
      <Text className="match-form__title">{title}</Text>
      <View className="chip-list__chips">
        {choices.map((choice) => (
          <ActionButton
            key={choice.id}
            variant="plain"
            pressed={choice.id === value}
            className={`chip-list__chip${choice.id === value ? ' chip-list__chip--selected' : ''}`}
            onClick={() => onChange(choice.id === value ? undefined : choice.id)}
          >
            {choice.name}
          </ActionButton>
        ))}
      </View>
    </View>
  )
}
