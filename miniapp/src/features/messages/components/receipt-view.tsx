import { Text, View } from '@tarojs/components'
import type { MessageReceipt } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { dayOf } from '../format'
import { strings } from '../strings'
import './messages.scss'

/** What a successful submission gives back: the number to quote and the day the answer is due. */
export function ReceiptView({ receipt, title, children }: { receipt: MessageReceipt; title: string; children?: ReactNode }) {
  const s = useStrings(strings)
  const dates = useDates()
  return (
    <View className="message-receipt">
      <View role="status">
        <Text className="message-receipt__title">{title}</Text>
        <Text className="message-receipt__number">{s.trackingNo(receipt.trackingNo)}</Text>
        <Text className="message-receipt__line">{s.deadline(dates.date(dayOf(receipt.answerDeadline)))}</Text>
        {receipt.status === 'reviewing' && <Text className="message-receipt__line">{s.reviewingNote}</Text>}
      </View>
      {children}
    </View>
  )
}
