import { useCallback, useMemo, useState } from 'react'
import { ConfirmDialog } from './confirm-dialog'
import type { Confirm, ConfirmOptions } from './confirm-options'

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
