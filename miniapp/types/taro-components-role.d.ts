import type { BaseTouchEvent, ITouchEvent } from '@tarojs/components/types/common'

/**
 * Taro types `role` on View only. The H5 build renders every component as an HTML element that keeps it
 * (the app relies on it for buttons, headings, lists and tables), so allow it on all components.
 */
declare module '@tarojs/components/types/common' {
  interface StandardProps<T = any, TouchEvent extends BaseTouchEvent<any> = ITouchEvent> {
    role?: string
  }
}
