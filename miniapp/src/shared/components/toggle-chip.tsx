import type { ReactNode } from 'react'
import { ActionButton } from './action-button'
import './toggle-chip.scss'

interface ToggleChipProps {
  children: ReactNode
  on: boolean
  onChange: (on: boolean) => void
}

/** One filter that is on or off (只看现行有效, 只看营业中), a chip like those of ChoiceChips, pressed when on. */
export function ToggleChip({ children, on, onChange }: ToggleChipProps) {
  return (
    <ActionButton variant="plain" pressed={on} className={`toggle-chip${on ? ' toggle-chip--on' : ''}`} onClick={() => onChange(!on)}>
      {children}
    </ActionButton>
  )
}
