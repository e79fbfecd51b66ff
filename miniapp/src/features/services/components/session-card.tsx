import { Text, View } from '@tarojs/components'
import type { Enrollment, ServiceSession } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { availabilityOf, enrollmentWords, formatSpan, formatWhen } from '../format'
import './services.scss'

interface SessionCardProps {
  session: ServiceSession
  now: Date
  /** This person's live enrollment in the session, if any. */
  enrollment?: Enrollment
  signedIn: boolean
  busy: boolean
  /** What the last tap on this card led to, in words (报名成功, 报名已截止 …). */
  message?: { text: string; tone: 'done' | 'problem' }
  onSignUp: (session: ServiceSession) => void
  onSignIn: () => void
}

export function SessionCard({ session, now, enrollment, signedIn, busy, message, onSignUp, onSignIn }: SessionCardProps) {
  const availability = availabilityOf(session, now)
  const seatsLeft = Math.max(0, session.capacity - session.confirmed)
  return (
    <View className="session-card" role="group" aria-label={session.title}>
      <Text className="session-card__title">{session.title}</Text>
      <Text className="session-card__line">时间：{formatSpan(session)}</Text>
      <Text className="session-card__line">地点：{session.stationName}</Text>
      <Text className="session-card__line">
        名额：{session.capacity} 人，{seatsLeft > 0 ? `还剩 ${seatsLeft} 个` : '已满'}
      </Text>
      <Text className="session-card__line">报名截止：{formatWhen(session.signUpBy)}</Text>
      {enrollment ? (
        <Text className="session-card__status session-card__status--mine" role="status">
          {enrollmentWords(enrollment)}
          {enrollment.status === 'waitlisted' ? '：有人取消时按顺序递补，递补成功会显示在“我的报名”' : '：请按时到场'}
        </Text>
      ) : availability === 'closed' ? (
        <Text className="session-card__status">报名已截止</Text>
      ) : !signedIn ? (
        <ActionButton label={`登录后报名：${session.title}`} onClick={onSignIn}>
          登录后报名
        </ActionButton>
      ) : (
        <ActionButton label={`${availability === 'full' ? '报名候补' : '报名'}：${session.title}`} disabled={busy} onClick={() => onSignUp(session)}>
          {busy ? '正在报名…' : availability === 'full' ? '名额已满，报名候补' : '报名'}
        </ActionButton>
      )}
      {message && (
        <Text className={`session-card__message session-card__message--${message.tone}`} role={message.tone === 'problem' ? 'alert' : 'status'}>
          {message.text}
        </Text>
      )}
    </View>
  )
}
