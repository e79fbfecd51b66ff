import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useSession } from '@/features/auth/session-context'
import { ClaimForm } from '@/features/services/components/claim-form'
import { EnrollmentCard } from '@/features/services/components/enrollment-card'
import { useEnrollmentActions } from '@/features/services/hooks/use-enrollment-actions'
import { useMyEnrollments } from '@/features/services/hooks/use-my-enrollments'
import { strings } from '@/features/services/strings'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'
import { useConfirm } from '@/shared/confirm/use-confirm'

/** 我的报名: what I signed up for, where I stand, and cancel. */
export default function MyEnrollmentsPage() {
  const s = useStrings(strings)
  const session = useSession()
  const residentId = session?.me.kind === 'user' ? session.me.userId : undefined
  const mine = useMyEnrollments(residentId)
  usePullToRefresh(mine.reload)
  const actions = useEnrollmentActions(() => mine.reload())
  const open = (url: string) => Taro.navigateTo({ url })
  const confirm = useConfirm()
  const cancel = async (enrollment: Parameters<typeof actions.cancel>[0]) => {
    const yes = await confirm.ask({
      title: s.confirmCancelTitle,
      question: s.confirmCancel(enrollment.session.title),
      confirmText: s.confirmCancelYes,
      cancelText: s.confirmCancelNo,
    })
    if (yes) await actions.cancel(enrollment)
  }

  return (
    <Page title={s.mineTitle}>
      {!residentId ? (
        <EmptyView title={s.signInForMine} message={s.signInForMineHint}>
          <ActionButton onClick={() => open(ROUTES.residentSignIn)}>{s.goSignIn}</ActionButton>
        </EmptyView>
      ) : (
        <>
          {mine.status === 'loading' && <LoadingView message={s.loadingMine} />}
          {mine.status === 'error' && <ErrorView title={s.mineFailed} error={mine.error} onRetry={mine.reload} />}
          {mine.status === 'ready' && mine.data.items.length === 0 && (
            <EmptyView title={s.noneMine} message={s.noneMineHint}>
              <ActionButton onClick={() => open(ROUTES.serviceCatalogue)}>{s.browseServices}</ActionButton>
            </EmptyView>
          )}
          {mine.status === 'ready' &&
            mine.data.items.map((enrollment) => (
              <View key={enrollment.id}>
                <EnrollmentCard enrollment={enrollment} busy={actions.isBusy(enrollment.session.id)} onCancel={(e) => void cancel(e)} />
                {actions.messages[enrollment.session.id]?.tone === 'problem' && (
                  <ErrorView title={s.cancelFailed} message={actions.messages[enrollment.session.id]!.text} />
                )}
              </View>
            ))}
          <ClaimForm onClaimed={() => void mine.reload()} />
        </>
      )}
      {confirm.dialog}
    </Page>
  )
}
