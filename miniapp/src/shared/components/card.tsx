import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ActionButton } from './action-button'

interface CardProps {
  title?: ReactNode
  children?: ReactNode
  /** Makes the whole card one button (opening a detail page), named by its own text. */
  onOpen?: () => void
  /**
   * The name of a card that is not a button (read as a group). A tappable card ignores it: its visible text must be
   * its name (WCAG 2.5.3), which an aria-label would replace.
   */
  label?: string
  /** The "查看详情 ›" line at the foot of a tappable card. */
  more?: string
  className?: string
  /** A tappable card that stays chosen (the message open beside a list). */
  pressed?: boolean
}

/** A bordered block in a list: a station, a service, a policy, a session. */
export function Card({ title, children, onOpen, label, more, className = '', pressed }: CardProps) {
  const body = (
    <>
      {title !== undefined && <Text className="card__title">{title}</Text>}
      {children}
      {onOpen && more && <Text className="card__more">{more}</Text>}
    </>
  )
  if (onOpen) {
    return (
      <ActionButton variant="plain" className={`card--tappable ${className}`.trim()} onClick={onOpen} pressed={pressed}>
        {body}
      </ActionButton>
    )
  }
  return (
    <View className={`card ${className}`.trim()} role={label ? 'group' : undefined} aria-label={label}>
      {body}
    </View>
  )
}
