import { Text } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { strings } from './strings'

export function SampleBadge() {
  return <Text className="sample-badge">{useStrings(strings).sampleData}</Text>
}
