import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { useConfirm } from './use-confirm'

/** A page with one button that asks before doing something; the answer is shown so the test can read it. */
function Asker() {
  const confirm = useConfirm()
  const [answer, setAnswer] = useState('none')
  const ask = async () => {
    const yes = await confirm.ask({
      title: '取消报名',
      question: '确定取消“防范养老诈骗”吗？',
      confirmText: '确定取消',
      cancelText: '再想想',
    })
    setAnswer(yes ? 'yes' : 'no')
  }
  return (
    <div>
      <button type="button" onClick={() => void ask()}>
        取消报名
      </button>
      <output>{answer}</output>
      {confirm.dialog}
    </div>
  )
}

describe('the H5 confirmation dialog', () => {
  it('is an alert dialog named by its title and described by its question, starting on the safe choice', async () => {
    render(<Asker />)
    await userEvent.click(screen.getByRole('button', { name: '取消报名' }))
    const dialog = screen.getByRole('alertdialog', { name: '取消报名', description: '确定取消“防范养老诈骗”吗？' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '再想想' }))
  })

  it('keeps Tab and Shift+Tab inside, and Escape keeps things as they are and returns focus to the opener', async () => {
    render(<Asker />)
    const opener = screen.getByRole('button', { name: '取消报名' })
    await userEvent.click(opener)
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '确定取消' }))
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '再想想' }))
    await userEvent.tab({ shift: true })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '确定取消' }))
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('no')
    expect(document.activeElement).toBe(opener)
  })

  it('answers yes only through the confirm button', async () => {
    render(<Asker />)
    await userEvent.click(screen.getByRole('button', { name: '取消报名' }))
    await userEvent.click(screen.getByRole('button', { name: '确定取消' }))
    expect(screen.getByRole('status').textContent).toBe('yes')
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})
