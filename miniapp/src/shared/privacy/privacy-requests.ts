import Taro from '@tarojs/taro'

export type PrivacyAnswer = { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }

/** WeChat asked for the person's consent to its privacy guide before `referrer` (an API such as getLocation) runs. */
export interface PrivacyRequest {
  referrer: string
  answer(answer: PrivacyAnswer): void
}

type Listener = () => void

/**
 * WeChat holds a privacy-guarded call (getLocation, chooseMessageFile, setClipboardData …) until the mini-program
 * shows its own prompt and the person taps an agree button (open-type="agreePrivacyAuthorization") or declines;
 * the held call then goes on or fails with "privacy permission is not authorized". One request at a time.
 */
export function createPrivacyRequests() {
  let current: PrivacyRequest | undefined
  const listeners = new Set<Listener>()
  const notify = () => listeners.forEach((listener) => listener())
  return {
    current: () => current,
    subscribe(listener: Listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** What WeChat's onNeedPrivacyAuthorization listener receives. */
    ask(resolve: (answer: PrivacyAnswer) => void, referrer: string) {
      current = {
        referrer,
        answer(answer) {
          resolve(answer)
          if (answer.event === 'exposureAuthorization') return
          current = undefined
          notify()
        },
      }
      notify()
    },
  }
}

export const privacyRequests = createPrivacyRequests()

/** Weapp only (the app entry calls it once): WeChat's requests reach the prompt every page renders. */
export function listenForPrivacyRequests() {
  if (process.env.TARO_ENV !== 'weapp') return
  Taro.onNeedPrivacyAuthorization((resolve, info) => privacyRequests.ask(resolve, info.referrer))
}
