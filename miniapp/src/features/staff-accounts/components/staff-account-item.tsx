import { Text, View } from '@tarojs/components'
import type { StaffAccountView } from '@doorstep/shared'
import { scopeLabel } from '@/features/auth/format'
import { strings as authStrings } from '@/features/auth/strings'
import { ActionButton } from '@/shared/components/action-button'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'
import './staff-accounts.scss'

interface StaffAccountItemProps {
  account: StaffAccountView
  /** The admin looking: their own account cannot be disabled here. */
  isSelf: boolean
  busy: boolean
  onToggle: (account: StaffAccountView) => void
}

/** One staff account: who, role and scope, standing, the last stopped sign-in, and 停用/恢复. */
export function StaffAccountItem({ account, isSelf, busy, onToggle }: StaffAccountItemProps) {
  const s = useStrings(strings)
  const auth = useStrings(authStrings)
  const n = useStrings(names)
  const dates = useDates()
  return (
    <View className="staff-account" role="listitem">
      <Text className="staff-account__name">
        {account.displayName}
        {isSelf ? s.you : ''}
      </Text>
      <Text className="staff-account__line">{`${account.username} · ${n.staffRole(account.role)} · ${scopeLabel(account.scope, auth, n)}`}</Text>
      <Text className={`staff-account__status${account.disabled ? ' staff-account__status--disabled' : ''}`}>
        {account.disabled ? s.disabled : s.active}
      </Text>
      {account.passwordChangedAt && (
        <Text className="staff-account__line">{s.passwordChanged(dates.dateTime(account.passwordChangedAt))}</Text>
      )}
      {account.lastBlockedSignIn && (
        <Text className="staff-account__alert">
          {s.blocked(dates.dateTime(account.lastBlockedSignIn.at), account.lastBlockedSignIn.source)}
        </Text>
      )}
      {!isSelf && (
        <ActionButton variant="secondary" disabled={busy} onClick={() => onToggle(account)}>
          {account.disabled ? s.restore(account.displayName) : s.disable(account.displayName)}
        </ActionButton>
      )}
    </View>
  )
}
