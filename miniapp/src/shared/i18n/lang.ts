/** Interface languages. Content from the API (station names, policy text) stays Chinese in both. */
export type Lang = 'zh' | 'en'

export const LANGS: readonly Lang[] = ['zh', 'en']

export const DEFAULT_LANG: Lang = 'zh'

/** BCP 47 tags for the `lang` attribute, so screen readers pick the right voice. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en'
}
