import { Text, View } from '@tarojs/components'
import type { Me } from '@doorstep/shared'
import { identityOf, scopeLabel } from '../format'
import './account.scss'

/** Who is signed in: name, identity and, for staff, where they may act. */
export function AccountSummary({ me }: { me: Me }) {
  const rows: [string, string][] = [
    ['名称', me.displayName],
    ['身份', identityOf(me)],
  ]
  if (me.kind === 'staff') rows.push(['负责范围', scopeLabel(me.scope)])
  return (
    <View className="account-card" role="group" aria-label="当前登录">
      <Text className="account-card__status">已登录</Text>
      {rows.map(([label, value]) => (
        <View className="account-card__row" key={label}>
          <Text className="account-card__label">{label}</Text>
          <Text className="account-card__value">{value}</Text>
        </View>
      ))}
    </View>
  )
}
