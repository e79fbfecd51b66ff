import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeAuthApi } from '../../../test/support/fake-auth-api'
import { SESSION_STORAGE_KEY, createSessionStore } from './session-store'

describe('session store', () => {
  afterEach(() => {
    localStorage.clear()
  })

  it('keeps the session in Taro storage under one key, so the next launch is still signed in', () => {
    const session = createFakeAuthApi().sessionFor({ staff: 'admin' })
    createSessionStore().save(session)

    expect(Object.keys(localStorage)).toEqual([SESSION_STORAGE_KEY])
    expect(createSessionStore().getSnapshot()).toEqual(session)
  })

  it('tells subscribers about sign-in and sign-out, and keeps the same snapshot in between', () => {
    const store = createSessionStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.save(createFakeAuthApi().sessionFor({ resident: '小李' }))
    expect(store.getSnapshot()).toBe(store.getSnapshot())
    store.clear()

    expect(listener).toHaveBeenCalledTimes(2)
    expect(store.getSnapshot()).toBeNull()
    expect(createSessionStore().getSnapshot()).toBeNull()
    unsubscribe()
    store.clear()
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('treats a damaged stored value as signed out', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ data: { token: 42 } }))
    expect(createSessionStore().getSnapshot()).toBeNull()
  })
})
