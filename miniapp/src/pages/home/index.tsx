import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EntryCard } from '@/features/home/components/entry-card'
import { HOME_ENTRIES } from '@/features/home/entries'
import { PolicyQuickSearch } from '@/features/policies/components/policy-quick-search'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { ROUTES } from '@/shared/navigation/routes'
import './index.scss'

export default function HomePage() {
  const open = (url: string) => Taro.navigateTo({ url })
  return (
    <View className="page home">
      <View className="home__top">
        <ActionButton variant="plain" className="home__me" onClick={() => open(ROUTES.me)}>
          我的
        </ActionButton>
      </View>
      <View className="home__intro">
        <Heading level={1}>家门口的人社服务站 · 姑苏区</Heading>
        <Text className="home__subtitle">就业、社保、政策咨询，在家门口就能办</Text>
      </View>
      <PolicyQuickSearch onSearch={(q) => open(ROUTES.policySearch(q))} />
      <View role="list" aria-label="服务入口">
        {HOME_ENTRIES.map((entry) => (
          <View role="listitem" key={entry.id}>
            <EntryCard entry={entry} onOpen={open} />
          </View>
        ))}
      </View>
      <Text className="home__sample-note">示例数据：目前展示的站点等信息仅用于演示，请以窗口现场公告为准。</Text>
    </View>
  )
}
