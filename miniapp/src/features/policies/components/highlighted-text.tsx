import { Text } from '@tarojs/components'
import type { HighlightRange } from '@doorstep/shared'
import './policies.scss'

interface HighlightedTextProps {
  text: string
  ranges?: readonly HighlightRange[]
  className?: string
}

/** The text with the matched parts marked (bold, underlined: not colour alone). */
export function HighlightedText({ text, ranges = [], className }: HighlightedTextProps) {
  const parts: { text: string; marked: boolean }[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false })
    parts.push({ text: text.slice(start, end), marked: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false })
  return (
    <Text className={className}>
      {parts.map((part, i) =>
        part.marked ? (
          <Text key={i} className="policy-mark">
            {part.text}
          </Text>
        ) : (
          part.text
        ),
      )}
    </Text>
  )
}
