import Taro from '@tarojs/taro'
import { ROUTES } from '@/shared/navigation/routes'

/** Back to where the person came from (usually 我的); straight to 我的 when the sign-in page was the first one. */
export function leaveSignIn() {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack({ delta: 1 })
  else void Taro.redirectTo({ url: ROUTES.me })
}
