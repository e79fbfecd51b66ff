import { View } from '@tarojs/components'
import { POLICY_TOPICS } from '@doorstep/shared/domain/policy-topics'
import { Heading } from '@/shared/components/heading'
import { useRecentSearches } from '../hooks/use-recent-searches'
import { ChipList } from './chip-list'
import { SearchBox } from './search-box'
import './policies.scss'

/** Home's 政策一键查询: a search box, this device's recent searches, and one-tap topics. */
export function PolicyQuickSearch({ onSearch }: { onSearch: (query: string) => void }) {
  const { recent, remember, clear } = useRecentSearches()
  const search = (query: string) => {
    remember(query)
    onSearch(query)
  }
  return (
    <View className="policy-quick-search">
      <Heading level={2}>政策一键查询</Heading>
      <SearchBox onSearch={search} />
      <ChipList title="最近搜索" items={recent} onPick={search} action={{ label: '清除', onClick: clear }} />
      <ChipList title="热门政策" items={POLICY_TOPICS} onPick={search} />
    </View>
  )
}
