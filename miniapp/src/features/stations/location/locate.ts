import Taro from '@tarojs/taro'
import type { LocateResult } from './locate-result'

/** WeChat: GCJ-02 straight from the phone; needs requiredPrivateInfos: ['getLocation'] in app.config.ts. */
export async function locate(): Promise<LocateResult> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { kind: 'located', position: { lat: latitude, lng: longitude } }
  } catch (error) {
    const message = (error as { errMsg?: string } | undefined)?.errMsg ?? ''
    return { kind: /auth|deny|denied|permission/i.test(message) ? 'denied' : 'unavailable' }
  }
}
