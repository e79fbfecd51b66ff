import { Text, View } from '@tarojs/components'
import './dashboard.scss'

export interface Bar {
  key: string
  label: string
  value: number
  /** The number in words, as the reader hears it ("12 条", "6.5 小时"). */
  valueText: string
}

/**
 * A horizontal bar chart of plain Views, so it draws the same in weapp and H5. Each row is a list item whose text is
 * the label and the number; the bar itself is decoration, hidden from screen readers.
 */
export function BarList({ title, bars, max }: { title: string; bars: Bar[]; max?: number }) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value))
  return (
    <View role="list" aria-label={title} className="bar-list">
      {bars.map((bar) => (
        <View role="listitem" key={bar.key} className="bar-list__row">
          <Text className="bar-list__label">{bar.label}</Text>
          <View className="bar-list__track" aria-hidden="true">
            <View className="bar-list__fill" style={{ width: `${Math.round((bar.value / top) * 1000) / 10}%` }} />
          </View>
          <Text className="bar-list__value">{bar.valueText}</Text>
        </View>
      ))}
    </View>
  )
}
