import { Text } from '@tarojs/components'
import './open-badge.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** 营业中 / 已休息, in words and colour (never colour alone). */
export function OpenBadge({ open }: { open: boolean }) {
  const s = useStrings(strings)
  return <Text className={`open-badge open-badge--${open ? 'open' : 'closed'}`}>{open ? s.open : s.closed}</Text>
}
