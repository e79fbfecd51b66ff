import { act, fireEvent } from '@testing-library/react'

/**
 * Fills a multi-line TextField. On H5 it is a plain <textarea> (React's change event); a Taro <Textarea> elsewhere
 * is the `taro-textarea-core` web component, which jsdom does not run, so its own `input` event is sent instead.
 */
export async function fillTextarea(element: HTMLElement, value: string) {
  const tag = element.tagName.toLowerCase()
  if (tag === 'textarea') {
    fireEvent.change(element, { target: { value } })
    return
  }
  if (tag !== 'taro-textarea-core') throw new Error(`expected a textarea, got <${tag}>`)
  await act(async () => {
    element.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}
