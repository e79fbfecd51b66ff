import { Text } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './policies.scss'

export function InForceBadge({ inForce }: { inForce: boolean }) {
  const s = useStrings(strings)
  return inForce ? (
    <Text className="policy-badge policy-badge--in-force">{s.inForce}</Text>
  ) : (
    <Text className="policy-badge policy-badge--expired">{s.expired}</Text>
  )
}
