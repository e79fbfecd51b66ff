import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createMemoryStorage } from '../../../test/support/render-with-session'
import { Page } from '@/shared/components/page'
import { createPreferencesStore, PREFERENCES_STORAGE_KEY, PreferencesProvider, usePreferences } from './index'

function Probe() {
  const { elder, lang, setElder, setLang } = usePreferences()
  return (
    <Page title="标题">
      <button onClick={() => setElder(!elder)}>elder</button>
      <button onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>lang</button>
    </Page>
  )
}

describe('display preferences', () => {
  it('start in Chinese, normal mode, and survive a broken stored value', () => {
    const storage = createMemoryStorage()
    expect(createPreferencesStore(storage).getSnapshot()).toEqual({ elder: false, lang: 'zh' })
    storage.write(PREFERENCES_STORAGE_KEY, { elder: 'yes', lang: 'fr' })
    expect(createPreferencesStore(storage).getSnapshot()).toEqual({ elder: false, lang: 'zh' })
    storage.write(PREFERENCES_STORAGE_KEY, { elder: true })
    expect(createPreferencesStore(storage).getSnapshot()).toEqual({ elder: true, lang: 'zh' })
  })

  it('put elder and language classes on the page root, and are remembered for the next launch', async () => {
    const storage = createMemoryStorage()
    const store = createPreferencesStore(storage)
    const { container } = render(
      <PreferencesProvider store={store}>
        <Probe />
      </PreferencesProvider>,
    )
    const root = () => container.firstElementChild!
    expect(root().className).toBe('page page--zh')
    expect(root().getAttribute('lang')).toBe('zh-CN')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('标题')

    await userEvent.click(screen.getByRole('button', { name: 'elder' }))
    await userEvent.click(screen.getByRole('button', { name: 'lang' }))
    expect(root().className).toBe('page page--en page--elder')
    expect(root().getAttribute('lang')).toBe('en')
    expect(document.documentElement.lang).toBe('en')

    expect(storage.read(PREFERENCES_STORAGE_KEY)).toEqual({ elder: true, lang: 'en' })
    expect(createPreferencesStore(storage).getSnapshot()).toEqual({ elder: true, lang: 'en' })
  })

  it('keep the same snapshot until something changes, and tell subscribers once per change', () => {
    const store = createPreferencesStore(createMemoryStorage())
    let calls = 0
    store.subscribe(() => calls++)
    const before = store.getSnapshot()
    store.update({ elder: false })
    expect(store.getSnapshot()).toBe(before)
    store.update({ elder: true })
    expect(calls).toBe(1)
  })
})
