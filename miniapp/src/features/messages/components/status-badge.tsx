import { Text } from '@tarojs/components'
import type { MessageStatus } from '@doorstep/shared'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './messages.scss'

/** 待受理 / 处理中 / 已答复 / 已解决 / 已重开, coloured by whether the resident is waiting, with the words always shown. */
export function StatusBadge({ status }: { status: MessageStatus }) {
  const s = useStrings(strings)
  return <Text className={`message-status message-status--${status}`}>{s.statusName(status)}</Text>
}
