import { Text, View } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './companies.scss'

interface ProgressBarProps {
  done: number
  total: number
  percent: number
  /** Inside a tappable card the bar is only a picture; the card's text says the numbers. */
  decorative?: boolean
}

export function ProgressBar({ done, total, percent, decorative = false }: ProgressBarProps) {
  const t = useStrings(strings)
  const words = t.progress(done, total, percent)
  const bar = (
    <View className="progress__track" aria-hidden="true">
      <View className={`progress__fill${percent === 100 ? ' progress__fill--done' : ''}`} style={{ width: `${percent}%` }} />
    </View>
  )
  if (decorative) return <View className="progress progress--small">{bar}</View>
  return (
    <View
      className="progress"
      role="progressbar"
      aria-label={t.progressLabel}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={words}
    >
      {bar}
      <Text className="progress__text">{words}</Text>
    </View>
  )
}
