import Taro from '@tarojs/taro'
import type { PolicyMatchBody } from '@doorstep/shared'
import { useRef } from 'react'
import { MatchForm } from '@/features/policies/components/match-form'
import { MatchResults } from '@/features/policies/components/match-results'
import { usePolicyMatch } from '@/features/policies/hooks/use-policy-match'
import { strings } from '@/features/policies/strings'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'

export default function PolicyMatchPage() {
  const s = useStrings(strings)
  const match = usePolicyMatch()
  const lastAnswers = useRef<PolicyMatchBody>()
  const submit = (answers: PolicyMatchBody) => {
    lastAnswers.current = answers
    match.submit(answers)
  }

  return (
    <Page title={s.matchTitle}>
      <PageIntro>{s.matchIntro}</PageIntro>
      <MatchForm busy={match.status === 'loading'} onSubmit={submit} />
      <MatchResults
        match={match}
        onOpen={(id) => Taro.navigateTo({ url: ROUTES.policyDetail(id) })}
        onRetry={() => lastAnswers.current && match.submit(lastAnswers.current)}
      />
    </Page>
  )
}
