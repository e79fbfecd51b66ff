import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { HOME_ENTRIES } from '@/features/home/entries'
import { PolicyResults } from '@/features/policies/components/policy-results'
import { SearchBox } from '@/features/policies/components/search-box'
import { usePolicySearch } from '@/features/policies/hooks/use-policy-search'
import { useRecentSearches } from '@/features/policies/hooks/use-recent-searches'
import { decodeRouteParam } from '@/features/policies/route-param'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { ROUTES } from '@/shared/navigation/routes'

const messageBoardRoute = HOME_ENTRIES.find((entry) => entry.id === 'messages')?.route

export default function PolicySearchPage() {
  const { params } = useRouter()
  const [query, setQuery] = useState(() => decodeRouteParam(params.q))
  const [inForceOnly, setInForceOnly] = useState(false)
  const result = usePolicySearch({ q: query, inForce: inForceOnly ? true : undefined })
  const { remember } = useRecentSearches()
  const open = (url: string) => Taro.navigateTo({ url })
  const search = (q: string) => {
    remember(q)
    setQuery(q)
  }

  return (
    <View className="page">
      <Heading level={1}>政策一键查询</Heading>
      <SearchBox initial={query} onSearch={search} />
      <ActionButton variant="plain" pressed={inForceOnly} className={`chip-list__chip${inForceOnly ? ' chip-list__chip--selected' : ''}`} onClick={() => setInForceOnly(!inForceOnly)}>
        只看现行有效
      </ActionButton>
      <ActionButton variant="secondary" onClick={() => open(ROUTES.policyMatch)}>
        不知道搜什么？回答几个问题帮您找
      </ActionButton>
      <PolicyResults
        result={result}
        query={query}
        onOpen={(id) => open(ROUTES.policyDetail(id))}
        onSearch={search}
        onLeaveMessage={messageBoardRoute ? () => open(messageBoardRoute) : undefined}
      />
    </View>
  )
}
