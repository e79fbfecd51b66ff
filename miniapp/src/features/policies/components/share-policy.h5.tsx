import Taro from '@tarojs/taro'
import type { PolicyDetail } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, type ActionMessage } from '@/shared/components/action-message'
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
  const [copied, setCopied] = useState<ActionMessage>()
  const copyLink = () =>
    copy(window.location.href).then(
      () => setCopied({ text: s.copied, tone: 'done' }),
      () => setCopied({ text: s.copyFailed, tone: 'problem' }),
    )
  return (
    <ShareCard policy={policy}>
      <ActionButton onClick={copyLink}>{s.copyLink}</ActionButton>
      <ActionMessageView message={copied} />
    </ShareCard>
  )
}
