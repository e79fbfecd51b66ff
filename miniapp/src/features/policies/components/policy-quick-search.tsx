import { View } from '@tarojs/components'
import { POLICY_TOPICS } from '@doorstep/shared/domain/policy-topics'
import { Heading } from '@/shared/components/heading'
import { useRecentSearches } from '../hooks/use-recent-searches'
import { ChipList } from './chip-list'
import { SearchBox } from './search-box'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { searchStrings } from '../search-strings'

/** Home's 政策一键查询: a search box, this device's recent searches, and one-tap topics. */
export function PolicyQuickSearch({ onSearch }: { onSearch: (query: string) => void }) {
  const s = useStrings(searchStrings)
  const { recent, remember, clear } = useRecentSearches()
  const search = (query: string) => {
    remember(query)
    onSearch(query)
  }
  return (
    <View className="policy-quick-search">
      <Heading level={2}>{s.searchTitle}</Heading>
      <SearchBox onSearch={search} />
      <ChipList title={s.recent} items={recent} onPick={search} action={{ label: s.clear, onClick: clear }} />
      <ChipList title={s.topics} items={POLICY_TOPICS} onPick={search} />
    </View>
  )
}
