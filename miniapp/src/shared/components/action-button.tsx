import { Button } from '@tarojs/components'
import type { ReactNode } from 'react'

interface ActionButtonProps {
  children: ReactNode
  onClick?: () => void
  disabled?: boolean
  /** Read by screen readers instead of the visible text, when that text alone would be unclear. */
  label?: string
  variant?: 'primary' | 'secondary' | 'plain'
  /** For toggles such as filter chips. */
  pressed?: boolean
  className?: string
}

/**
 * A native <button> on weapp. On H5 Taro renders Button as a <div>, so the role, aria-disabled and what a keyboard
 * needs (a tab stop; Enter and Space press it) are spelled out here.
 */
export function ActionButton({
  children,
  onClick,
  disabled = false,
  label,
  variant = 'primary',
  pressed,
  className = '',
}: ActionButtonProps) {
  const look = variant === 'plain' ? 'plain-button' : `primary-button${variant === 'secondary' ? ' primary-button--secondary' : ''}`
  const keyboard =
    process.env.TARO_ENV === 'h5'
      ? {
          tabIndex: 0,
          onKeyDown: (event: { key: string; preventDefault(): void }) => {
            if (event.key !== 'Enter' && event.key !== ' ') return
            event.preventDefault()
            if (!disabled) onClick?.()
          },
        }
      : {}
  return (
    <Button
      role="button"
      aria-label={label}
      aria-disabled={disabled}
      aria-pressed={pressed}
      disabled={disabled}
      hoverClass="none"
      className={`${look} ${className}`.trim()}
      onClick={disabled ? undefined : onClick}
      {...keyboard}
    >
      {children}
    </Button>
  )
}
