import type { ReactNode } from 'react'

/** A yes/no question before something that cannot be undone (cancel a sign-up, remove an employee or account). */
export interface ConfirmOptions {
  title: string
  question: string
  /** The button that goes ahead, e.g. 确定取消. */
  confirmText: string
  /** The button that keeps things as they are, e.g. 再想想. */
  cancelText: string
}

export interface Confirm {
  /** Resolves true only when the person chose `confirmText`. */
  ask(options: ConfirmOptions): Promise<boolean>
  /** Render this inside the page (H5 draws the dialog there; weapp uses WeChat's own modal and renders nothing). */
  dialog: ReactNode
}
