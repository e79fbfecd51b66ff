import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useSession } from '@/features/auth/session-context'
import { EnrollmentCard } from '@/features/services/components/enrollment-card'
import { useEnrollmentActions } from '@/features/services/hooks/use-enrollment-actions'
import { useMyEnrollments } from '@/features/services/hooks/use-my-enrollments'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { ROUTES } from '@/shared/navigation/routes'

/** 我的报名: what I signed up for, where I stand, and cancel. */
export default function MyEnrollmentsPage() {
  const session = useSession()
  const residentId = session?.me.kind === 'user' ? session.me.userId : undefined
  const mine = useMyEnrollments(residentId)
  const actions = useEnrollmentActions(() => mine.reload())
  const open = (url: string) => Taro.navigateTo({ url })
  const cancel = async (enrollment: Parameters<typeof actions.cancel>[0]) => {
    const { confirm } = await Taro.showModal({ title: '取消报名', content: `确定取消“${enrollment.session.title}”的报名吗？`, confirmText: '确定取消', cancelText: '再想想' })
    if (confirm) await actions.cancel(enrollment)
  }

  return (
    <View className="page">
      <Heading level={1}>我的报名</Heading>
      {!residentId ? (
        <View>
          <EmptyView title="登录后查看您的报名" message="报名培训、讲座等活动需要先登录。" />
          <ActionButton onClick={() => open(ROUTES.residentSignIn)}>去登录</ActionButton>
        </View>
      ) : (
        <>
          {mine.status === 'loading' && <LoadingView message="正在加载您的报名…" />}
          {mine.status === 'error' && <ErrorView title="报名记录没有加载出来" message={mine.error.detail ?? mine.error.title} onRetry={mine.reload} />}
          {mine.status === 'ready' && mine.data.items.length === 0 && (
            <View>
              <EmptyView title="您还没有报名" message="培训市集、乐龄学堂等活动都可以在“服务一网了解”里报名。" />
              <ActionButton onClick={() => open(ROUTES.serviceCatalogue)}>去看看服务</ActionButton>
            </View>
          )}
          {mine.status === 'ready' &&
            mine.data.items.map((enrollment) => (
              <View key={enrollment.id}>
                <EnrollmentCard enrollment={enrollment} busy={actions.busy === enrollment.session.id} onCancel={(e) => void cancel(e)} />
                {actions.messages[enrollment.session.id]?.tone === 'problem' && (
                  <ErrorView title="没能取消" message={actions.messages[enrollment.session.id]!.text} />
                )}
              </View>
            ))}
        </>
      )}
    </View>
  )
}
