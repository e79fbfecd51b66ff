import Taro from '@tarojs/taro'
import type { Confirm, ConfirmOptions } from './confirm-options'

const ask = async ({ title, question, confirmText, cancelText }: ConfirmOptions): Promise<boolean> => {
  const { confirm } = await Taro.showModal({ title, content: question, confirmText, cancelText })
  return confirm
}

/** Weapp: WeChat's native modal, which its screen reader and 长辈模式 users already know. */
export function useConfirm(): Confirm {
  return { ask, dialog: null }
}
