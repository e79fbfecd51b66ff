import { View } from '@tarojs/components'
import type { PolicyMatchBody } from '@doorstep/shared'
import { AGE_BANDS, COMPANY_SIZES, MATCH_ROLES } from '@doorstep/shared/domain/policy-match'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

const HUKOU = ['yes', 'no'] as const

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
  const [hukou, setHukou] = useState<(typeof HUKOU)[number]>()
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

  // Tapping the chosen answer again takes it back (the matcher waits for the first one only).
  const question = { visibleLabel: true, clearable: true }
  return (
    <View>
      <ChoiceChips
        {...question}
        label={s.questionWho}
        options={MATCH_ROLES.map(({ id }) => ({ id, name: n.matchRole(id) }))}
        value={who}
        onChange={setWho}
      />
      {isCompany ? (
        <ChoiceChips
          {...question}
          label={s.questionCompanySize}
          options={COMPANY_SIZES.map(({ id }) => ({ id, name: n.companySize(id) }))}
          value={companySize}
          onChange={setCompanySize}
        />
      ) : (
        <>
          <ChoiceChips
            {...question}
            label={s.questionAge}
            options={AGE_BANDS.map(({ id }) => ({ id, name: n.ageBand(id) }))}
            value={ageBand}
            onChange={setAgeBand}
          />
          <ChoiceChips
            {...question}
            label={s.questionHukou}
            options={HUKOU.map((id) => ({ id, name: id === 'yes' ? s.hukouYes : s.hukouNo }))}
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
