import { Button } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import { ShareCard } from './share-card'

/** Weapp: a share card and WeChat's own share button (the page's useShareAppMessage fills in what is sent). */
export function SharePolicy({ policy }: { policy: PolicyDetail }) {
  return (
    <ShareCard policy={policy}>
      <Button openType="share" className="primary-button">
        分享给亲友
      </Button>
    </ShareCard>
  )
}
