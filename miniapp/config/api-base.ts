/** Where a local build of the mini-program points: the API `npm start` serves. */
export const LOCAL_API_BASE = 'http://127.0.0.1:3000'

/**
 * The API address baked into the weapp build. A release build (`npm run release:weapp`, DOORSTEP_RELEASE=1) must
 * name an https API: WeChat only calls whitelisted https domains, so a release quietly pointed at 127.0.0.1 would
 * ship a mini-program in which nothing loads.
 */
export function buildApiBase(env: { TARO_APP_API_BASE?: string; DOORSTEP_RELEASE?: string }): string {
  const configured = env.TARO_APP_API_BASE?.trim()
  if (env.DOORSTEP_RELEASE !== '1') return configured || LOCAL_API_BASE
  if (!configured || !/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(configured)) {
    throw new Error(
      `A release build needs TARO_APP_API_BASE=https://<your API domain> (got ${configured ? JSON.stringify(configured) : 'nothing'})`,
    )
  }
  return configured.replace(/\/+$/, '')
}
