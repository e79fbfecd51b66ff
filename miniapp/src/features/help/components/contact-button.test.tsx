import { render, screen } from '@testing-library/react'
import type { ComponentProps } from 'react'
import { describe, expect, it, vi } from 'vitest'
// The weapp button itself (pages' tests resolve the H5 twin, which has no WeChat service chat).
import { ContactButton } from './contact-button.tsx'

// Taro's H5 Button drops `openType`, which only WeChat acts on: show what the component hands it.
vi.mock('@tarojs/components', async (original) => ({
  ...(await original<object>()),
  Button: ({ openType, hoverClass: _hover, ...rest }: ComponentProps<'button'> & { openType?: string; hoverClass?: string }) => (
    <button data-open-type={openType} {...rest} />
  ),
}))

describe('在线客服 (weapp)', () => {
  it("opens WeChat's service chat for the mini-program, and says what it is for", () => {
    render(<ContactButton />)
    expect(screen.getByRole('button', { name: '在线客服' }).dataset.openType).toBe('contact')
    expect(screen.getByText('在微信里直接和工作人员文字沟通')).toBeTruthy()
  })
})
