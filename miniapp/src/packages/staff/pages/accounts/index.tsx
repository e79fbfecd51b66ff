import { Text, View } from '@tarojs/components'
import type { StaffAccountView } from '@doorstep/shared'
import { useState } from 'react'
import { fetchStaffAccounts, setStaffDisabled } from '@/features/staff-accounts/api/staff-accounts-api'
import { StaffAccountItem } from '@/features/staff-accounts/components/staff-account-item'
import { strings } from '@/features/staff-accounts/strings'
import { StaffGate, type StaffMe } from '@/features/staff/components/staff-gate'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useResource } from '@/shared/hooks/use-resource'
import { useConfirm } from '@/shared/confirm/use-confirm'
import { useStrings } from '@/shared/i18n'
import '@/features/staff/components/staff.scss'
import '@/features/staff-accounts/components/staff-accounts.scss'

/** 账号管理 (district admin): every staff account, disabled or restored here. */
export default function StaffAccountsPage() {
  const s = useStrings(strings)
  return (
    <Page title={s.pageTitle} className="staff-page">
      <StaffGate roles={['admin']}>{(me) => <StaffAccounts me={me} />}</StaffGate>
    </Page>
  )
}

function StaffAccounts({ me }: { me: StaffMe }) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const accounts = useResource(() => fetchStaffAccounts(client), [client])
  const [busy, setBusy] = useState<string>()
  const [done, setDone] = useState<string>()
  const [failure, setFailure] = useState<ApiError>()
  const confirm = useConfirm()

  const toggle = async (account: StaffAccountView) => {
    const disabling = !account.disabled
    if (disabling) {
      const yes = await confirm.ask({
        title: s.confirmDisableTitle,
        question: s.confirmDisable(account.displayName),
        confirmText: s.confirmYes,
        cancelText: s.confirmNo,
      })
      if (!yes) return
    }
    setBusy(account.username)
    setDone(undefined)
    setFailure(undefined)
    try {
      await setStaffDisabled(client, account.username, disabling)
      setDone(disabling ? s.disabledDone(account.displayName) : s.restoredDone(account.displayName))
      accounts.reload()
    } catch (error) {
      setFailure(toApiError(error))
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <>
      <PageIntro>{s.intro}</PageIntro>
      {done && (
        <Text className="staff-account__line" role="status">
          {done}
        </Text>
      )}
      {failure && <ErrorView title={s.changeFailed} error={failure} />}
      {accounts.status === 'loading' && <LoadingView message={s.loading} />}
      {accounts.status === 'error' && <ErrorView title={s.failed} error={accounts.error} onRetry={accounts.reload} />}
      {accounts.status === 'ready' && (
        <View role="list" aria-label={s.pageTitle}>
          {accounts.data.items.map((account) => (
            <StaffAccountItem
              key={account.username}
              account={account}
              isSelf={account.username === me.staffId}
              busy={busy === account.username}
              onToggle={(a) => void toggle(a)}
            />
          ))}
        </View>
      )}
      {confirm.dialog}
    </>
  )
}
