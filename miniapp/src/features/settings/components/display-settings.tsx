import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '@/shared/components/choice-chips'
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
      <View className="display-settings__language">
        <ChoiceChips
          label={s.language}
          visibleLabel
          options={LANGS.map((choice) => ({ id: choice, name: LANGUAGE_NAMES[choice], lang: LANG_TAG[choice] }))}
          value={lang}
          onChange={(choice) => choice && setLang(choice)}
        />
      </View>
      <Text className="display-settings__note">{s.remembered}</Text>
    </View>
  )
}
