/**
 * H5 can be re-pointed at deploy time by runtime-config.js (window.__DOORSTEP_CONFIG__) without a rebuild;
 * weapp is always the build-time API_BASE (its request domains are whitelisted per build anyway).
 */
export function resolveApiBase(): string {
  if (process.env.TARO_ENV === 'h5') {
    const runtimeBase = typeof window === 'undefined' ? undefined : window.__DOORSTEP_CONFIG__?.apiBase
    if (typeof runtimeBase === 'string' && runtimeBase.trim()) return runtimeBase.trim()
  }
  return API_BASE
}
