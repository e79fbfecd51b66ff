import { Text, View } from '@tarojs/components'
import type { Me } from '@doorstep/shared'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { identityOf, scopeLabel } from '../format'
import { strings } from '../strings'
import './account.scss'

/** Who is signed in: name, identity and, for staff, where they may act. */
export function AccountSummary({ me }: { me: Me }) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const rows: [string, string][] = [
    [s.name, me.displayName],
    [s.identity, identityOf(me, s, n)],
  ]
  if (me.kind === 'staff') rows.push([s.scope, scopeLabel(me.scope, s, n)])
  return (
    <View className="account-card" role="group" aria-label={s.accountLabel}>
      <Text className="account-card__status">{s.signedIn}</Text>
      {rows.map(([label, value]) => (
        <View className="account-card__row" key={label}>
          <Text className="account-card__label">{label}</Text>
          <Text className="account-card__value">{value}</Text>
        </View>
      ))}
    </View>
  )
}
