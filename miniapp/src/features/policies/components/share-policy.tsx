import { Button, Text, View } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import { InForceBadge } from './in-force-badge'
import './policies.scss'

/** Weapp: a share card and WeChat's own share button (the page's useShareAppMessage fills in what is sent). */
export function SharePolicy({ policy }: { policy: PolicyDetail }) {
  return (
    <View className="share-card" role="group" aria-label="分享这条政策">
      <Text className="share-card__title">{policy.title}</Text>
      <InForceBadge inForce={policy.inForce} />
      <Text className="share-card__line">{policy.benefits[0] ? `${policy.benefits[0].item}：${policy.benefits[0].amount}` : policy.summary}</Text>
      <Text className="share-card__line">{policy.issuer}</Text>
      <Button openType="share" className="primary-button">
        分享给亲友
      </Button>
    </View>
  )
}
