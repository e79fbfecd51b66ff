import { Text, View } from '@tarojs/components'
import type { Enrollment } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { enrollmentWords, formatSpan } from '../format'
import './services.scss'

interface EnrollmentCardProps {
  enrollment: Enrollment
  busy: boolean
  onCancel: (enrollment: Enrollment) => void
}

export function EnrollmentCard({ enrollment, busy, onCancel }: EnrollmentCardProps) {
  const { session } = enrollment
  const live = enrollment.status !== 'cancelled'
  return (
    <View className={`session-card${live ? '' : ' session-card--past'}`} role="group" aria-label={session.title}>
      <Text className="session-card__title">{session.title}</Text>
      <Text className={`session-card__status session-card__status--${enrollment.status}`}>{enrollmentWords(enrollment)}</Text>
      <Text className="session-card__line">服务：{session.serviceName}</Text>
      <Text className="session-card__line">时间：{formatSpan(session)}</Text>
      <Text className="session-card__line">地点：{session.stationName}</Text>
      {live && (
        <ActionButton variant="secondary" label={`取消报名：${session.title}`} disabled={busy} onClick={() => onCancel(enrollment)}>
          {busy ? '正在取消…' : '取消报名'}
        </ActionButton>
      )}
    </View>
  )
}
