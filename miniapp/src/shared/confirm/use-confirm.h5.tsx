import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Confirm, ConfirmOptions } from './confirm-options'
import './confirm-dialog.scss'

interface Pending {
  options: ConfirmOptions
  answer(yes: boolean): void
}

/** H5: the page's own dialog (Taro's H5 showModal has no dialog role, no focus handling and ignores 长辈模式). */
export function useConfirm(): Confirm {
  const [pending, setPending] = useState<Pending>()
  const ask = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setPending({
          options,
          answer: (yes) => {
            setPending(undefined)
            resolve(yes)
          },
        })
      }),
    [],
  )
  return useMemo(() => ({ ask, dialog: pending ? <ConfirmDialog {...pending.options} onAnswer={pending.answer} /> : null }), [ask, pending])
}

interface ConfirmDialogProps extends ConfirmOptions {
  onAnswer(yes: boolean): void
}

/**
 * An alert dialog in plain HTML (H5 only): focus starts on the safe choice, Tab stays inside, Escape keeps things as
 * they are, and focus goes back to the button that opened it. Rendered inside the page, so 长辈模式's tokens apply.
 */
function ConfirmDialog({ title, question, confirmText, cancelText, onAnswer }: ConfirmDialogProps) {
  const id = useId()
  const keep = useRef<HTMLButtonElement>(null)
  const goAhead = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined
    keep.current?.focus()
    return () => opener?.focus()
  }, [])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onAnswer(false)
    } else if (event.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab both move to the other one.
      event.preventDefault()
      ;(document.activeElement === keep.current ? goAhead : keep).current?.focus()
    }
  }

  return (
    <div className="confirm-dialog">
      <div
        className="confirm-dialog__box"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-question`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="heading heading--2">
          {title}
        </h2>
        <p id={`${id}-question`} className="confirm-dialog__question">
          {question}
        </p>
        <div className="confirm-dialog__actions">
          <button type="button" ref={keep} className="primary-button primary-button--secondary" onClick={() => onAnswer(false)}>
            {cancelText}
          </button>
          <button type="button" ref={goAhead} className="primary-button" onClick={() => onAnswer(true)}>
            {confirmText}
          </button>
        </div>
      </div>
    </div>
  )
}
