import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { SettingSwitch } from '@/shared/components/setting-switch'
import { LANG_TAG, LANGS, useStrings, type Lang } from '@/shared/i18n'
import { usePreferences } from '@/shared/preferences'
import { strings } from '../strings'
import './display-settings.scss'

/** Each language is named in itself, so a person who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' }

/** 长辈模式 and the language, remembered on this device; every open page follows at once. */
export function DisplaySettings() {
  const s = useStrings(strings)
  const { elder, lang, setElder, setLang } = usePreferences()
  return (
    <View className="display-settings">
      <Heading level={2}>{s.title}</Heading>
      <SettingSwitch label={s.elder} hint={s.elderHint} checked={elder} onChange={setElder} />
      <View className="display-settings__language" role="group" aria-label={s.language}>
        <Text className="display-settings__label">{s.language}</Text>
        <View className="display-settings__choices">
          {LANGS.map((choice) => (
            <View key={choice} className="display-settings__choice" {...{ lang: LANG_TAG[choice] }}>
              <ActionButton
                variant="plain"
                pressed={choice === lang}
                className={`chip-choice${choice === lang ? ' chip-choice--selected' : ''}`}
                onClick={() => setLang(choice)}
              >
                {LANGUAGE_NAMES[choice]}
              </ActionButton>
            </View>
          ))}
        </View>
      </View>
      <Text className="display-settings__note">{s.remembered}</Text>
    </View>
  )
}
