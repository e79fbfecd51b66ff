import { Text } from '@tarojs/components'
import './open-badge.scss'

/** 营业中 / 已休息, in words and colour (never colour alone). */
export function OpenBadge({ open }: { open: boolean }) {
  return <Text className={`open-badge open-badge--${open ? 'open' : 'closed'}`}>{open ? '营业中' : '已休息'}</Text>
}
