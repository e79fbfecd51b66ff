import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EntryCard } from '@/features/home/components/entry-card'
import { HOME_ENTRIES } from '@/features/home/entries'
import { strings } from '@/features/home/strings'
import { PolicyQuickSearch } from '@/features/policies/components/policy-quick-search'
import { ActionButton } from '@/shared/components/action-button'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { usePreferences } from '@/shared/preferences'
import './index.scss'

/** Home. In 长辈模式 it is just the five big entries in plain words: no search box, no chips. */
export default function HomePage() {
  const s = useStrings(strings)
  const { elder } = usePreferences()
  const open = (url: string) => Taro.navigateTo({ url })
  return (
    <Page
      title={s.title}
      navigationTitle={s.navigationTitle}
      className="home"
      header={
        <View className="home__top">
          <ActionButton variant="plain" className="home__me" onClick={() => open(ROUTES.me)}>
            {s.me}
          </ActionButton>
        </View>
      }
    >
      {!elder && <Text className="home__subtitle">{s.subtitle}</Text>}
      {!elder && <PolicyQuickSearch onSearch={(q) => open(ROUTES.policySearch(q))} />}
      <View role="list" aria-label={s.entriesLabel} className="home__entries">
        {HOME_ENTRIES.map((entry) => (
          <View role="listitem" key={entry.id}>
            <EntryCard entry={entry} onOpen={open} plain={elder} />
          </View>
        ))}
      </View>
      <Text className="home__sample-note">{s.sampleNote}</Text>
    </Page>
  )
}
