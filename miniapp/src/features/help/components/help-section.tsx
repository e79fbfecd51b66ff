import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import { ContactButton } from './contact-button'
import './help-section.scss'

/** The national hotline (12333) answers what the app cannot; in WeChat, the service chat too. */
export const HOTLINE = '12333'

export function HelpSection() {
  const s = useStrings(strings)
  return (
    <View className="help-section" role="region" aria-label={s.title}>
      <Heading level={2}>{s.title}</Heading>
      <Text className="help-section__line">{s.hotline}</Text>
      <ActionButton variant="secondary" label={s.callHotlineLabel} onClick={() => void Taro.makePhoneCall({ phoneNumber: HOTLINE })}>
        {s.callHotline}
      </ActionButton>
      <ContactButton />
    </View>
  )
}
