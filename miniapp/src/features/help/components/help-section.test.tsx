import Taro from '@tarojs/taro'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HelpSection } from './help-section'

describe('需要帮助', () => {
  afterEach(() => vi.restoreAllMocks())

  it('calls the 12333 hotline, a button read aloud with what it does', async () => {
    const call = vi.spyOn(Taro, 'makePhoneCall')
    render(<HelpSection />)
    expect(screen.getByRole('region', { name: '需要帮助' })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: '拨打人社服务热线 12333' }))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12333' })
    expect(screen.queryByRole('button', { name: '在线客服' })).toBeNull()
  })
})
