import { Text, View } from '@tarojs/components'
import type { PolicyMatchBody } from '@doorstep/shared'
import { AGE_BANDS, COMPANY_SIZES, MATCH_ROLES } from '@doorstep/shared/domain/policy-match'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import './policies.scss'

interface MatchFormProps {
  busy: boolean
  onSubmit: (answers: PolicyMatchBody) => void
}

const HUKOU_CHOICES = [
  { id: 'yes', name: '是苏州户籍' },
  { id: 'no', name: '不是苏州户籍' },
] as const

/** At most four questions; only the first is required, the others narrow the answer. */
export function MatchForm({ busy, onSubmit }: MatchFormProps) {
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
      <Question title="1. 您是？（必选）" choices={MATCH_ROLES} value={who} onChange={setWho} />
      {isCompany ? (
        <Question title="2. 企业有多少员工？" choices={COMPANY_SIZES} value={companySize} onChange={setCompanySize} />
      ) : (
        <>
          <Question title="2. 您的年龄？" choices={AGE_BANDS} value={ageBand} onChange={setAgeBand} />
          <Question title="3. 是否苏州户籍？" choices={HUKOU_CHOICES} value={hukou} onChange={setHukou} />
        </>
      )}
      <ActionButton disabled={!who || busy} onClick={submit}>
        {busy ? '正在查找…' : who ? '看看我能享受哪些政策' : '请先选择您的身份'}
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
