import { Button, Text, View } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** Weapp: WeChat's own customer-service chat (open-type="contact"), answered from the mini-program's console. */
export function ContactButton() {
  const s = useStrings(strings)
  return (
    <View className="help-section__contact">
      <Button openType="contact" className="primary-button primary-button--secondary" hoverClass="none">
        {s.contact}
      </Button>
      <Text className="help-section__line">{s.contactHint}</Text>
    </View>
  )
}
