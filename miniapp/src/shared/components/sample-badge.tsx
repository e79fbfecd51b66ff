import { Text } from '@tarojs/components'

export function SampleBadge() {
  return <Text className="sample-badge">示例数据</Text>
}
