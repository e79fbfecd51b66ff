/**
 * The H5 dev sign-in screen (`dev:<name>` codes) appears only when runtime-config.js says so, which the local
 * stack writes for the local and test stages. A deployed H5 site serves its own runtime-config.js without the
 * flag, and the API outside those stages rejects `dev:` codes anyway. weapp always signs in with Taro.login().
 */
export function isDevSignInEnabled(): boolean {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return false
  return window.__DOORSTEP_CONFIG__?.devSignIn === true
}
