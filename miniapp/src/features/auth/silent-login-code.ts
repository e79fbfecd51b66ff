import Taro from '@tarojs/taro'
import type { HttpClient } from '@/shared/api/http-client'
import { devLoginCodeUrl } from '@/shared/config/dev-sign-in'
import type { StoredSession } from './session-store'

/** A code to sign this resident in again without asking: WeChat's on weapp, the stand-in's for a test person on H5. */
export async function silentLoginCode(client: HttpClient, session: StoredSession): Promise<string | undefined> {
  if (process.env.TARO_ENV === 'weapp') return (await Taro.login()).code
  const source = devLoginCodeUrl()
  if (source && session.devName) return devLoginCode(client, source, session.devName)
  return undefined
}

/** What wx.login gives the test person `name` on the WeChat stand-in: a one-time code for code2Session. */
export async function devLoginCode(client: HttpClient, source: string, name: string): Promise<string> {
  return (await client.post<{ code: string }>(source, { name }, { anonymous: true })).code
}
