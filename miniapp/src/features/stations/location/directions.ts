import Taro from '@tarojs/taro'
import type { Station } from '@doorstep/shared'

/** Weapp: WeChat's own map with the station marked, from which the person picks a navigation app. */
export function openDirections({ location, name, address }: Pick<Station, 'location' | 'name' | 'address'>): void {
  void Promise.resolve(Taro.openLocation({ latitude: location.lat, longitude: location.lng, name, address, scale: 17 })).catch(
    () => undefined,
  )
}
