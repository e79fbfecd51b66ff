/**
 * The H5 sign-in screen for test people (开发登录) appears only when runtime-config.js names a login-code source:
 * the WeChat stand-in that the local stack runs (local, test and staging), whose `/__standin/login` plays wx.login
 * for a named person. The code then goes through the same code2Session path as on a phone. A deployed H5 site
 * serves its own runtime-config.js without it; weapp always signs in with Taro.login().
 */
export function devLoginCodeUrl(): string | undefined {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return undefined
  const url = window.__DOORSTEP_CONFIG__?.loginCodeUrl
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined
}

export function isDevSignInEnabled(): boolean {
  return devLoginCodeUrl() !== undefined
}
