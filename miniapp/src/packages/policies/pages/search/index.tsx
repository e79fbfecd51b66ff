import Taro from '@tarojs/taro'
import { useState } from 'react'
import { HOME_ENTRIES } from '@/features/home/entries'
import { PolicyResults } from '@/features/policies/components/policy-results'
import { SearchBox } from '@/features/policies/components/search-box'
import { usePolicySearch } from '@/features/policies/hooks/use-policy-search'
import { useRecentSearches } from '@/features/policies/hooks/use-recent-searches'
import { decodeRouteParam } from '@/features/policies/route-param'
import { searchStrings } from '@/features/policies/search-strings'
import { strings } from '@/features/policies/strings'
import { ActionButton } from '@/shared/components/action-button'
import { Page } from '@/shared/components/page'
import { ToggleChip } from '@/shared/components/toggle-chip'
import { useStrings } from '@/shared/i18n'
import { replaceAddress } from '@/shared/navigation/replace-address'
import { ROUTES } from '@/shared/navigation/routes'
import { usePageParams } from '@/shared/navigation/use-page-params'

const messageBoardRoute = HOME_ENTRIES.find((entry) => entry.id === 'messages')?.route

export default function PolicySearchPage() {
  const s = useStrings(strings)
  const { searchTitle } = useStrings(searchStrings)
  const params = usePageParams()
  const [query, setQuery] = useState(() => decodeRouteParam(params.q))
  const [inForceOnly, setInForceOnly] = useState(false)
  const result = usePolicySearch({ q: query, inForce: inForceOnly ? true : undefined })
  const { remember } = useRecentSearches()
  const open = (url: string) => Taro.navigateTo({ url })
  const search = (q: string) => {
    remember(q)
    setQuery(q)
    replaceAddress(ROUTES.policySearch(q))
  }

  return (
    <Page title={searchTitle}>
      <SearchBox initial={query} onSearch={search} />
      <ToggleChip on={inForceOnly} onChange={setInForceOnly}>
        {s.inForceOnly}
      </ToggleChip>
      <ActionButton variant="secondary" onClick={() => open(ROUTES.policyMatch)}>
        {s.openMatcher}
      </ActionButton>
      <PolicyResults
        result={result}
        query={query}
        onOpen={(id) => open(ROUTES.policyDetail(id))}
        onSearch={search}
        onLeaveMessage={messageBoardRoute ? () => open(messageBoardRoute) : undefined}
      />
    </Page>
  )
}
