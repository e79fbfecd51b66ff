import Taro from '@tarojs/taro'
import type { Me, StaffRole } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { useSession } from '@/features/auth/session-context'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { strings } from '../strings'

export type StaffMe = Extract<Me, { kind: 'staff' }>

/** The roles that work the message board. */
export const BOARD_ROLES: readonly StaffRole[] = ['answerer', 'admin']

interface StaffGateProps {
  /** Roles allowed here; any staff member when absent. */
  roles?: readonly StaffRole[]
  children: (staff: StaffMe) => ReactNode
}

/** A staff page's content for the staff it is meant for; anyone else is told why and offered staff sign-in. */
export function StaffGate({ roles, children }: StaffGateProps) {
  const t = useStrings(strings)
  const session = useSession()
  const me = session?.me
  if (me?.kind !== 'staff') {
    return (
      <EmptyView title={t.notStaff} message={t.notStaffHint}>
        <ActionButton onClick={() => void Taro.navigateTo({ url: ROUTES.staffSignIn })}>{t.signIn}</ActionButton>
      </EmptyView>
    )
  }
  if (roles && !roles.includes(me.role)) {
    return (
      <EmptyView title={t.notForRole} message={t.notForRoleHint}>
        <ActionButton variant="secondary" onClick={() => void Taro.navigateTo({ url: ROUTES.staffHome })}>
          {t.backHome}
        </ActionButton>
      </EmptyView>
    )
  }
  return <>{children(me)}</>
}
