import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PolicyMatchBody } from '@doorstep/shared'
import { useRef } from 'react'
import { MatchForm } from '@/features/policies/components/match-form'
import { MatchResults } from '@/features/policies/components/match-results'
import { usePolicyMatch } from '@/features/policies/hooks/use-policy-match'
import { Heading } from '@/shared/components/heading'
import { ROUTES } from '@/shared/navigation/routes'

export default function PolicyMatchPage() {
  const match = usePolicyMatch()
  const lastAnswers = useRef<PolicyMatchBody>()
  const submit = (answers: PolicyMatchBody) => {
    lastAnswers.current = answers
    match.submit(answers)
  }

  return (
    <View className="page">
      <Heading level={1}>看看我能享受哪些政策</Heading>
      <Text className="policy-details__line">回答几个问题，我们按政策写明的条件帮您筛选。结果仅供参考，以窗口审核为准。</Text>
      <MatchForm busy={match.status === 'loading'} onSubmit={submit} />
      <MatchResults
        match={match}
        onOpen={(id) => Taro.navigateTo({ url: ROUTES.policyDetail(id) })}
        onRetry={() => lastAnswers.current && match.submit(lastAnswers.current)}
      />
    </View>
  )
}
