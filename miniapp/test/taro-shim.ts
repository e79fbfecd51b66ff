/**
 * `@tarojs/taro` for jsdom tests. `@tarojs/taro-h5`'s default export lacks most APIs (request, …), so
 * default and named exports are merged. The page router and lifecycle hooks come from Taro's runtime in
 * a real build; here they are light stand-ins driven by `location.hash`, like the H5 build's hash router.
 */
import * as h5 from '@tarojs/taro-h5'

interface RouterInfo {
  path: string
  params: Record<string, string | undefined>
}

/** `#/packages/stations/pages/detail/index?id=x` → { path, params: { id: 'x' } } */
export function currentRoute(): RouterInfo {
  const [path = '', search = ''] = window.location.hash.replace(/^#/, '').split('?')
  const params: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=')
    params[decodeURIComponent(key)] = decodeURIComponent(value)
  }
  return { path, params }
}

export function useRouter(): RouterInfo {
  return currentRoute()
}

/**
 * Navigation only moves the hash (tests assert where the app wanted to go) and keeps a page stack like the
 * mini-program's, so going back lands where the person came from. The page under test is the stack's bottom.
 */
const pageStack: string[] = []

function stack(): string[] {
  if (pageStack.length === 0) pageStack.push(window.location.hash.replace(/^#/, ''))
  return pageStack
}

function show(url: string) {
  window.location.hash = url
}

export function navigateTo({ url }: { url: string }): Promise<{ errMsg: string }> {
  stack().push(url)
  show(url)
  return Promise.resolve({ errMsg: 'navigateTo:ok' })
}

export function redirectTo({ url }: { url: string }): Promise<{ errMsg: string }> {
  stack().splice(-1, 1, url)
  show(url)
  return Promise.resolve({ errMsg: 'redirectTo:ok' })
}

export function navigateBack({ delta = 1 }: { delta?: number } = {}): Promise<{ errMsg: string }> {
  const pages = stack()
  pages.splice(Math.max(1, pages.length - delta))
  show(pages.at(-1)!)
  return Promise.resolve({ errMsg: 'navigateBack:ok' })
}

export function reLaunch({ url }: { url: string }): Promise<{ errMsg: string }> {
  pageStack.splice(0, pageStack.length, url)
  show(url)
  return Promise.resolve({ errMsg: 'reLaunch:ok' })
}

export function getCurrentPages(): { route: string }[] {
  return stack().map((route) => ({ route }))
}

/** Between tests: no pages open. */
export function resetPageStack() {
  pageStack.length = 0
  pullDownHandler = undefined
  spinnersStopped = 0
  share = {}
  phoneCalendar.length = 0
  nextCalendarAnswer = undefined
}

export function makePhoneCall(_options: { phoneNumber: string }): Promise<{ errMsg: string }> {
  return Promise.resolve({ errMsg: 'makePhoneCall:ok' })
}

/** Opening the map app leaves the mini-program: tests assert that it was asked, with what. */
export function openLocation(_options: { latitude: number; longitude: number; name?: string; address?: string; scale?: number }) {
  return Promise.resolve({ errMsg: 'openLocation:ok' })
}

const noopHook = (_callback: () => void) => {}
export const useLoad = noopHook
export const useReady = noopHook
export const useDidShow = noopHook
export const useDidHide = noopHook

/** The open page's pull-down handler, as WeChat would call it (`pullDown()` in tests). */
let pullDownHandler: (() => void) | undefined
let spinnersStopped = 0
export function usePullDownRefresh(callback: () => void) {
  pullDownHandler = callback
}
export function stopPullDownRefresh(): Promise<{ errMsg: string }> {
  spinnersStopped++
  return Promise.resolve({ errMsg: 'stopPullDownRefresh:ok' })
}
/** Pulls the page down; fails when the page has no pull-down refresh. */
export function pullDown() {
  if (!pullDownHandler) throw new Error('this page has no pull-down refresh (usePullDownRefresh)')
  pullDownHandler()
}
/** How many times the page let go of the pull-down spinner. */
export const pullDownSpinnersStopped = () => spinnersStopped

/** Events the app put in the phone's calendar (addPhoneCalendar), and how the next request will end. */
export const phoneCalendar: object[] = []
let nextCalendarAnswer: string | undefined
export function addPhoneCalendar(options: object): Promise<{ errMsg: string }> {
  const refusal = nextCalendarAnswer
  nextCalendarAnswer = undefined
  if (refusal) return Promise.reject({ errMsg: `addPhoneCalendar:fail ${refusal}` })
  phoneCalendar.push(options)
  return Promise.resolve({ errMsg: 'addPhoneCalendar:ok' })
}
/** The next addPhoneCalendar fails like WeChat's: 'cancel' (the person closed the prompt) or another reason. */
export const failNextCalendar = (reason: string) => {
  nextCalendarAnswer = reason
}

/** What the open page would send when shared, as WeChat asks it (`sharedCard()` in tests). */
let share: { message?: () => unknown; timeline?: () => unknown } = {}
export function useShareAppMessage(callback: () => unknown) {
  share.message = callback
}
export function useShareTimeline(callback: () => unknown) {
  share.timeline = callback
}
/** The card 转发 sends and what 分享到朋友圈 sends; undefined where the page offers none. */
export const sharedCard = () => ({ message: share.message?.(), timeline: share.timeline?.() })
export const useReachBottom = noopHook

const Taro = {
  ...(h5 as Record<string, unknown>),
  ...((h5 as { default?: object }).default ?? {}),
  useRouter,
  navigateTo,
  redirectTo,
  navigateBack,
  reLaunch,
  getCurrentPages,
  makePhoneCall,
  openLocation,
  useLoad,
  useReady,
  useDidShow,
  useDidHide,
  usePullDownRefresh,
  stopPullDownRefresh,
  useShareAppMessage,
  useShareTimeline,
  addPhoneCalendar,
  useReachBottom,
  requestSubscribeMessage,
}

export * from '@tarojs/taro-h5'
export default Taro

/**
 * wx.requestSubscribeMessage as a person on a phone would answer it: `answer` for every template asked (允许 unless a
 * test says otherwise); each prompt is recorded. On weapp the real prompt only opens inside a tap.
 */
export const subscribePrompt = { answer: 'accept' as 'accept' | 'reject', asked: [] as string[][] }

export function requestSubscribeMessage({ tmplIds }: { tmplIds: string[] }): Promise<Record<string, string>> {
  subscribePrompt.asked.push([...tmplIds])
  return Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(tmplIds.map((id) => [id, subscribePrompt.answer])) })
}
