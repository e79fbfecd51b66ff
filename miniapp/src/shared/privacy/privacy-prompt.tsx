import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useSyncExternalStore } from 'react'
import { useStrings } from '@/shared/i18n'
import { Heading } from '@/shared/components/heading'
import { privacyRequests } from './privacy-requests'
import { strings } from './strings'
import './privacy-prompt.scss'

const AGREE_BUTTON = 'privacy-agree'

/**
 * Weapp: the prompt WeChat waits for before a privacy-guarded call goes on. The agree button must be WeChat's own
 * (open-type="agreePrivacyAuthorization"): WeChat checks that it was tapped.
 */
export function PrivacyPrompt() {
  const s = useStrings(strings)
  const request = useSyncExternalStore(privacyRequests.subscribe, privacyRequests.current)

  useEffect(() => {
    // WeChat asks to be told the prompt was shown
    request?.answer({ event: 'exposureAuthorization' })
  }, [request])

  if (!request) return null
  return (
    <View className="privacy-prompt" role="dialog" aria-label={s.title}>
      <View className="privacy-prompt__sheet">
        <Heading level={2}>{s.title}</Heading>
        <Text className="privacy-prompt__line">{s.purpose(request.referrer)}</Text>
        <Text className="privacy-prompt__line">{s.guide}</Text>
        <Button className="plain-button privacy-prompt__guide" hoverClass="none" onClick={() => void Taro.openPrivacyContract({})}>
          {s.readGuide}
        </Button>
        <Button
          id={AGREE_BUTTON}
          className="primary-button"
          hoverClass="none"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => request.answer({ event: 'agree', buttonId: AGREE_BUTTON })}
        >
          {s.agree}
        </Button>
        <Button
          className="primary-button primary-button--secondary"
          hoverClass="none"
          onClick={() => request.answer({ event: 'disagree' })}
        >
          {s.disagree}
        </Button>
      </View>
    </View>
  )
}
