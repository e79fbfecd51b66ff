import { Text } from '@tarojs/components'

export function InForceBadge({ inForce }: { inForce: boolean }) {
  return inForce ? <Text className="policy-badge policy-badge--in-force">现行有效</Text> : <Text className="policy-badge policy-badge--expired">已失效</Text>
}
