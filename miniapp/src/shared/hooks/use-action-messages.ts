import { useCallback, useRef, useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { toApiError } from '@/shared/api/to-api-error'
import { errorMessage } from '@/shared/components/error-view'
import type { ActionMessage } from '@/shared/components/action-message'
import { strings as sharedStrings } from '@/shared/components/strings'
import { stringsNow } from '@/shared/i18n'

export interface ActionWords<T> {
  /** What the result means to the person (报名成功, 候补第 2 位). */
  done: (result: T) => string
  /** What went wrong and what to do; by default the words `errorMessage` finds for the error. */
  problem?: (error: ApiError) => string
}

/**
 * Taps on several things of a page (the steps of a case, the sessions of a service, the formats of an export),
 * each keyed: which are busy, and what the last tap on each led to, shown by ActionMessageView next to it. A tap on
 * a busy thing sends nothing more; its earlier message clears while it is busy, so the new one is announced.
 */
export function useActionMessages<Key extends string = string>() {
  const [busy, setBusy] = useState<ReadonlySet<Key>>(new Set())
  const [messages, setMessages] = useState<Partial<Record<Key, ActionMessage>>>({})
  const inFlight = useRef(new Set<Key>())

  const say = useCallback(
    (key: Key, message: ActionMessage | undefined) => setMessages((previous) => ({ ...previous, [key]: message })),
    [],
  )
  const mark = useCallback((key: Key, on: boolean) => {
    if (on) inFlight.current.add(key)
    else inFlight.current.delete(key)
    setBusy(new Set(inFlight.current))
  }, [])

  /** Runs `action` for `key` unless one is already running for it; true when it succeeded. */
  const run = useCallback(
    async <T>(key: Key, action: () => Promise<T>, words: ActionWords<T>): Promise<boolean> => {
      if (inFlight.current.has(key)) return false
      mark(key, true)
      say(key, undefined)
      try {
        const result = await action()
        say(key, { text: words.done(result), tone: 'done' })
        return true
      } catch (error) {
        const problem = toApiError(error)
        say(key, { text: words.problem ? words.problem(problem) : errorMessage(problem, stringsNow(sharedStrings)), tone: 'problem' })
        return false
      } finally {
        mark(key, false)
      }
    },
    [mark, say],
  )

  /** Says something about `key` without a request: a check the form makes before sending (请选择场次). */
  const tell = useCallback((key: Key, message: ActionMessage) => say(key, message), [say])

  return { isBusy: (key: Key) => busy.has(key), messages, run, tell }
}
