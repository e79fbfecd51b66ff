import { PasswordChangeForm } from '@/features/auth/components/password-change-form'
import { strings } from '@/features/auth/strings'
import { StaffGate } from '@/features/staff/components/staff-gate'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import '@/features/staff/components/staff.scss'

/** 修改密码: any staff member, for their own account. */
export default function StaffPasswordPage() {
  const s = useStrings(strings)
  return (
    <Page title={s.changePassword} className="staff-page">
      <StaffGate>{() => <PasswordChangeForm />}</StaffGate>
    </Page>
  )
}
