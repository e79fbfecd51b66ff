import { appPreferencesStore } from '@/shared/preferences/preferences-store'
import { usePreferences } from '@/shared/preferences/preferences-context'
import type { Lang } from './lang'

export { LANG_TAG, LANGS, type Lang } from './lang'

/** A catalogue entry: plain text, or a function for text with values in it (counts, names). */
export type StringEntry = string | ((...args: never[]) => string)

export interface Catalogue<T> {
  readonly zh: T
  readonly en: T
}

/**
 * One feature's interface text in both languages. English must have every key with the same shape (a function
 * in Chinese is a function with the same parameters in English); `NoInfer` keeps the Chinese object the only
 * source of the type, so a missing or extra English key is a type error, not a quietly narrower catalogue.
 */
export function defineStrings<T extends Record<string, StringEntry>>(zh: T, en: NoInfer<{ [K in keyof T]: T[K] }>): Catalogue<T> {
  return { zh, en }
}

/** The catalogue in the current language; the component re-renders when the language is switched. */
export function useStrings<T>(catalogue: Catalogue<T>): T {
  return catalogue[usePreferences().lang]
}

/** For code outside components (error texts built in hooks, modal dialogs): the language at the time of the call. */
export function stringsNow<T>(catalogue: Catalogue<T>, lang: Lang = appPreferencesStore.getSnapshot().lang): T {
  return catalogue[lang]
}
