import { useEffect, useRef } from 'react'
import { QUEUE_KEYS, type QueueShortcuts } from './queue-shortcuts'

/** Typing an answer or a note must never trigger a shortcut. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

/** The chosen message beside the queue (the console's right-hand side). */
const detail = () => document.querySelector('.staff-console__detail')

/** C: the chosen message's claim button, clicked, so it is the same path as a tap (busy state and all). */
function pressClaim(label: string) {
  const buttons = Array.from(detail()?.querySelectorAll<HTMLElement>('[role="button"]') ?? [])
  buttons.find((button) => button.textContent?.trim() === label)?.click()
}

/** R: the first reply template if there are any (Enter takes it, Tab moves on to the text), else the text itself. */
function focusReply(formLabel: string) {
  const form = detail()?.querySelector(`[role="form"][aria-label="${formLabel}"]`)
  form?.querySelector<HTMLElement>('[role="button"][aria-pressed], textarea')?.focus()
}

/** H5 at a desk: single keys, as in a mail client, only while no text field has the focus. */
export function useQueueShortcuts(shortcuts: QueueShortcuts): void {
  const latest = useRef(shortcuts)
  latest.current = shortcuts
  useEffect(() => {
    if (!shortcuts.enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      const action = QUEUE_KEYS[event.key as keyof typeof QUEUE_KEYS]
      if (!action || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      // A dialog over the page (a confirmation) owns the keyboard.
      if (document.querySelector('[role="alertdialog"]')) return
      event.preventDefault()
      const { next, previous, claimLabel, replyFormLabel } = latest.current
      if (action === 'next') next()
      else if (action === 'previous') previous()
      else if (action === 'claim') pressClaim(claimLabel)
      else focusReply(replyFormLabel)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [shortcuts.enabled])
}
