import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { LANG_TAG } from '@/shared/i18n'
import { usePreferences } from '@/shared/preferences'
import { ELDER_COLORS, NORMAL_COLORS } from '@/shared/styles/colors'
import { PrivacyPrompt } from '@/shared/privacy/privacy-prompt'
import { Heading } from './heading'
import { PageNav } from './page-nav'

export interface PageProps {
  /** The page's one h1. Omit only while a detail page has nothing to name yet AND shows a state view instead. */
  title?: ReactNode
  /** The navigation bar (weapp) and document title (H5); defaults to `title` when that is text. */
  navigationTitle?: string
  /** Before the h1 in reading and focus order: small page-level actions (home's 我的). */
  header?: ReactNode
  className?: string
  children?: ReactNode
}

/**
 * The root of every page. Elder mode and the language are classes here, not on <html>/<page>, because a weapp
 * page cannot reach its own <page> element from React: the SCSS tokens are CSS custom properties that
 * `.page--elder` redefines for everything inside (app.scss).
 */
export function Page({ title, navigationTitle, header, className = '', children }: PageProps) {
  const { elder, lang } = usePreferences()
  const barTitle = navigationTitle ?? (typeof title === 'string' ? title : undefined)

  useEffect(() => {
    if (!barTitle) return
    try {
      // Also the H5 document title: what a screen reader announces when the page opens.
      void Promise.resolve(Taro.setNavigationBarTitle({ title: barTitle })).catch(() => undefined)
    } catch {
      // A page shown before the navigation bar exists keeps the title from its config.
    }
  }, [barTitle])

  useEffect(() => {
    // Weapp: the native navigation bar follows 长辈模式's darker colour (it cannot read the page's CSS).
    if (process.env.TARO_ENV !== 'weapp') return
    const backgroundColor = (elder ? ELDER_COLORS : NORMAL_COLORS).primary
    void Promise.resolve(Taro.setNavigationBarColor({ frontColor: '#ffffff', backgroundColor })).catch(() => undefined)
  }, [elder])

  useEffect(() => {
    // H5: the document's language decides the screen reader's voice for everything outside this page too.
    if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') document.documentElement.lang = LANG_TAG[lang]
  }, [lang])

  const classes = ['page', `page--${lang}`, elder ? 'page--elder' : '', className].filter(Boolean).join(' ')
  return (
    <View className={classes} {...{ lang: LANG_TAG[lang] }}>
      <PageNav />
      {header}
      {title !== undefined && <Heading level={1}>{title}</Heading>}
      {children}
      <PrivacyPrompt />
    </View>
  )
}
