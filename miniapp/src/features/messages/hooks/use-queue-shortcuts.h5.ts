import { useEffect, useRef } from 'react'
import { QUEUE_KEYS, type QueueShortcuts } from './queue-shortcuts'

/** Typing an answer or a note must never trigger a shortcut. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

/** H5 at a desk: single keys, as in a mail client, only while no text field has the focus. */
export function useQueueShortcuts(shortcuts: QueueShortcuts): void {
  const latest = useRef(shortcuts)
  latest.current = shortcuts
  useEffect(() => {
    if (!shortcuts.enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      const action = QUEUE_KEYS[event.key]
      if (!action || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      // A dialog over the page (a confirmation) owns the keyboard.
      if (document.querySelector('[role="alertdialog"]')) return
      event.preventDefault()
      latest.current[action]()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [shortcuts.enabled])
}
