import Taro from '@tarojs/taro'
import { isDevSignInEnabled } from '@/shared/config/dev-sign-in'
import type { StoredSession } from './session-store'

/** A code to sign this resident in again without asking: WeChat's on weapp, the stored dev name on H5 dev. */
export async function silentLoginCode(session: StoredSession): Promise<string | undefined> {
  if (process.env.TARO_ENV === 'weapp') return (await Taro.login()).code
  if (isDevSignInEnabled() && session.devName) return devCode(session.devName)
  return undefined
}

export const devCode = (name: string) => `dev:${name}`
