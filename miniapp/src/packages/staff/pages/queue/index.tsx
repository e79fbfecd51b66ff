import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { MessageCategoryId, MessageQueueItem, SubDistrictId } from '@doorstep/shared'
import { AWAITING_ANSWER_STATUSES, MESSAGE_CATEGORIES } from '@doorstep/shared/domain/message-board'
import { SUB_DISTRICTS } from '@doorstep/shared/domain/sub-districts'
import { useRef, useState } from 'react'
import { QueueDetail } from '@/features/messages/components/queue-detail'
import { useQueueShortcuts } from '@/features/messages/hooks/use-queue-shortcuts'
import { useWideScreen } from '@/shared/hooks/use-wide-screen'
import { fetchQueue, type QueueFilter } from '@/features/messages/api/staff-messages-api'
import { overdueFirst } from '@/features/messages/format'
import { QueueCard } from '@/features/messages/components/queue-card'
import { strings } from '@/features/messages/strings'
import { BOARD_ROLES, StaffGate, type StaffMe } from '@/features/staff/components/staff-gate'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useNow } from '@/shared/clock/clock-context'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadMore } from '@/shared/components/load-more'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { usePagedResource } from '@/shared/hooks/use-paged-resource'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/messages/components/messages.scss'
import '@/features/staff/components/staff.scss'
import { usePullToRefresh } from '@/shared/hooks/use-pull-to-refresh'

/** 留言队列: open messages in my scope, overdue first, each with its deadline clock. */
export default function MessageQueuePage() {
  const s = useStrings(strings)
  return (
    <Page title={s.queueTitle} className="staff-page">
      <StaffGate roles={BOARD_ROLES}>{(me) => <Queue me={me} />}</StaffGate>
    </Page>
  )
}

function Queue({ me }: { me: StaffMe }) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const [filter, setFilter] = useState<QueueFilter>({})
  const queue = usePagedResource<MessageQueueItem>(
    (cursor) => fetchQueue(client, filter, cursor),
    [client, filter.status, filter.category, filter.subDistrict],
  )
  usePullToRefresh(queue.reload)
  const now = useNow()
  // At a desk the chosen message opens beside the queue; on a phone it is a page of its own.
  const wide = useWideScreen()
  const [chosen, setChosen] = useState<string>()
  const open = (id: string) => (wide ? setChosen(id) : void Taro.navigateTo({ url: ROUTES.staffMessage(id) }))
  const ordered = queue.status === 'ready' ? overdueFirst(queue.items) : []
  const step = (by: number) => {
    if (ordered.length === 0) return
    const at = ordered.findIndex((item) => item.id === chosen)
    const next = at === -1 ? (by > 0 ? 0 : ordered.length - 1) : Math.min(Math.max(at + by, 0), ordered.length - 1)
    setChosen(ordered[next]!.id)
  }
  useQueueShortcuts({
    enabled: wide,
    next: () => step(1),
    previous: () => step(-1),
    claimLabel: s.claim,
    replyFormLabel: s.replyLabel,
  })
  // Back from a message just answered: it has left the queue.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) queue.reload()
    shown.current = true
  })
  const set =
    <K extends keyof QueueFilter>(key: K) =>
    (value: QueueFilter[K]) =>
      setFilter((current) => ({ ...current, [key]: value }))
  // each filter has 全部 first and says what it filters above its chips
  const filterChips = { visibleLabel: true, noneLabel: s.all }

  const controls = (
    <View className={wide ? 'staff-console__filters' : undefined}>
      {!wide && <PageIntro>{s.queueIntro}</PageIntro>}
      <ChoiceChips
        {...filterChips}
        label={s.statusFilter}
        options={AWAITING_ANSWER_STATUSES.map((id) => ({ id, name: s.statusName(id) }))}
        value={filter.status}
        onChange={set('status')}
      />
      <ChoiceChips
        {...filterChips}
        label={s.categoryFilter}
        options={MESSAGE_CATEGORIES.map((c) => ({ id: c.id as MessageCategoryId, name: s.categoryName(c.id) }))}
        value={filter.category}
        onChange={set('category')}
      />
      {me.scope.kind === 'district' && (
        <ChoiceChips
          {...filterChips}
          label={s.subDistrictFilter}
          options={SUB_DISTRICTS.map((d) => ({ id: d.id as SubDistrictId, name: s.subDistrictName(d.id) }))}
          value={filter.subDistrict}
          onChange={set('subDistrict')}
        />
      )}
      <ActionButton variant="secondary" onClick={queue.reload}>
        {s.refresh}
      </ActionButton>
      {queue.status === 'loading' && <LoadingView message={s.queueLoading} />}
      {queue.status === 'error' && <ErrorView title={s.queueError} error={queue.error} onRetry={queue.reload} />}
      {queue.status === 'ready' && queue.items.length === 0 && <EmptyView title={s.queueEmpty} message={s.queueEmptyHint} />}
    </View>
  )
  const list = queue.status === 'ready' && queue.items.length > 0 && (
    <View role="list" aria-label={s.queueTitle}>
      {ordered.map((item) => (
        <View role="listitem" key={item.id}>
          <QueueCard item={item} now={now} onOpen={open} dense={wide} chosen={wide && item.id === chosen} />
        </View>
      ))}
    </View>
  )
  if (!wide) {
    return (
      <>
        {controls}
        {list}
        {queue.status === 'ready' && <LoadMore paged={queue} />}
      </>
    )
  }
  return (
    <>
      {controls}
      <View className="staff-console">
        <View className="staff-console__list">
          {list}
          {queue.status === 'ready' && <LoadMore paged={queue} />}
        </View>
        {chosen ? (
          <QueueDetail key={chosen} id={chosen} onChanged={() => queue.reload()} />
        ) : (
          <View className="staff-console__detail">
            <EmptyView title={s.chooseMessage} message={s.queueShortcuts} />
          </View>
        )}
      </View>
    </>
  )
}
