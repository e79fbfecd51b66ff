import { useDidHide, useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/**
 * Reads again when the person comes back to the page (from a case, the roster, the wizard), where what it shows
 * may have moved. Keyed on having left, so the page's first show does not load twice.
 */
export function useReloadOnReturn(reload: () => void) {
  const left = useRef(false)
  useDidHide(() => {
    left.current = true
  })
  useDidShow(() => {
    if (!left.current) return
    left.current = false
    reload()
  })
}
