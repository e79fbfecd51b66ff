import { Button } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import { ShareCard } from './share-card'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** Weapp: a share card and WeChat's own share button (the page's useShareAppMessage fills in what is sent). */
export function SharePolicy({ policy }: { policy: PolicyDetail }) {
  const s = useStrings(strings)
  return (
    <ShareCard policy={policy}>
      <Button openType="share" className="primary-button">
        {s.shareToFriends}
      </Button>
    </ShareCard>
  )
}
