import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ShareCard } from './share-card'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

async function copy(text: string) {
  if (navigator.clipboard) return navigator.clipboard.writeText(text)
  await Taro.setClipboardData({ data: text })
}

/** H5: the same share card, with a button that copies this page's link. */
export function SharePolicy({ policy }: { policy: PolicyDetail }) {
  const s = useStrings(strings)
  const [copied, setCopied] = useState<'yes' | 'failed'>()
  const copyLink = () =>
    copy(window.location.href).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    )
  return (
    <ShareCard policy={policy}>
      <ActionButton onClick={copyLink}>{s.copyLink}</ActionButton>
      {copied && (
        <Text className="share-card__line" role="status">
          {copied === 'yes' ? s.copied : s.copyFailed}
        </Text>
      )}
    </ShareCard>
  )
}
