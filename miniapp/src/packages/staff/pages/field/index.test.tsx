import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DESK, GRID, RESIDENT } from '../../../../../test/fixtures/messages'
import { OPEN_SESSION, SENIOR_SCHOOL } from '../../../../../test/fixtures/services'
import { FIXTURE_STATIONS } from '../../../../../test/fixtures/stations'
import { createFakeDemandsApi } from '../../../../../test/support/fake-demands-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import FieldPage from './index'

const api = () =>
  createFakeDemandsApi({
    people: { [GRID.token]: GRID.me, [DESK.token]: DESK.me },
    services: [SENIOR_SCHOOL],
    sessions: [OPEN_SESSION],
    stations: FIXTURE_STATIONS,
  })
const form = (name: string) => screen.getByRole('form', { name })

describe('网格走访 page', () => {
  it('records a need heard on a round — a resident’s name only with consent — and lists it with its progress', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<FieldPage />, { transport: fake.transport, session: GRID })
    const heard = form('登记走访需求')

    await user.type(within(heard).getByLabelText('需求主题'), '老年人手机课')
    await fillTextarea(within(heard).getByLabelText('需求内容'), '三户老人想学用手机查养老金。')
    await user.clear(within(heard).getByLabelText('涉及户数'))
    await user.type(within(heard).getByLabelText('涉及户数'), '3')
    await user.type(within(heard).getByLabelText('居民姓名（选填）'), '王秀英')
    await user.click(within(heard).getByRole('button', { name: '登记需求' }))
    expect(within(heard).getByText('留下姓名或电话前，须征得居民同意')).toBeTruthy()
    expect(fake.fieldDemands).toHaveLength(0)

    await user.click(within(heard).getByRole('switch', { name: '居民同意留下姓名和电话，以便回访' }))
    await user.click(within(heard).getByRole('button', { name: '登记需求' }))
    expect(await screen.findByText('已登记：老年人手机课')).toBeTruthy()
    expect(fake.fieldDemands[0]).toMatchObject({ topic: '老年人手机课', households: 3, resident: { name: '王秀英' } })
    expect(fake.requests.filter((r) => r.startsWith('POST /v1/admin/field-demands'))).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: '登记需求' }))
    const mine = screen.getByRole('region', { name: '我登记的需求' })
    await waitFor(() => expect(within(mine).getByText('老年人手机课')).toBeTruthy())
    expect(within(mine).getByText('处理进度：待归集')).toBeTruthy()
  })

  it('signs a resident up for a session on their behalf, with their consent, and shows the code to hand them', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<FieldPage />, { transport: fake.transport, session: GRID })
    const signUp = form('代居民报名')
    await user.click(await within(signUp).findByRole('button', { name: '乐龄学堂' }))
    await user.click(await within(signUp).findByRole('button', { name: /智能手机办社保/ }))
    await user.type(within(signUp).getByLabelText('居民姓名'), '李阿婆')
    await user.type(within(signUp).getByLabelText('居民电话'), '13912345678')
    await user.click(within(signUp).getByRole('button', { name: '代为报名' }))
    expect(within(signUp).getByText('留下姓名或电话前，须征得居民同意')).toBeTruthy()

    await user.click(within(signUp).getByRole('switch', { name: '居民同意由我代为报名' }))
    await user.click(within(signUp).getByRole('button', { name: '代为报名' }))
    const done = await within(signUp).findByText(/已为李阿婆报名/)
    expect(done.textContent).toMatch(/领取码 \d{6}/)
    expect(fake.claims.size).toBe(1)
  })

  it('refers a resident, who agreed to be called, to a station of the sub-district, and shows what became of it', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<FieldPage />, { transport: fake.transport, session: GRID })
    const refer = form('转介居民')
    const station = FIXTURE_STATIONS.find((s) => s.subDistrict === 'pingjiang' && s.kind === 'subdistrict-centre')!
    await user.click(await within(refer).findByRole('button', { name: station.name }))
    await user.type(within(refer).getByLabelText('需求主题'), '失业登记')
    await fillTextarea(within(refer).getByLabelText('需求内容'), '刚失业，想问失业金怎么领')
    await user.type(within(refer).getByLabelText('居民姓名'), '赵先生')
    await user.type(within(refer).getByLabelText('居民电话'), '13800001111')
    await user.click(within(refer).getByRole('button', { name: '转介' }))
    expect(fake.referrals).toHaveLength(0)
    await user.click(within(refer).getByRole('switch', { name: '居民同意由服务站专员联系' }))
    await user.click(within(refer).getByRole('button', { name: '转介' }))
    expect(await within(refer).findByText(/已转介，服务站将在 .+ 前联系居民/)).toBeTruthy()
    expect(fake.referrals[0]).toMatchObject({ stationId: station.id, resident: { name: '赵先生', phone: '13800001111' } })
    const mine = screen.getByRole('region', { name: '我转介的居民' })
    await waitFor(() => expect(within(mine).getByText('等待服务站联系')).toBeTruthy())
  })

  it('gives a desk the sign-up form only, and residents nothing', async () => {
    renderWithSession(<FieldPage />, { transport: api().transport, session: DESK })
    expect(screen.getByRole('form', { name: '代居民报名' })).toBeTruthy()
    expect(screen.queryByRole('form', { name: '登记走访需求' })).toBeNull()
  })

  it('is not for residents', () => {
    renderWithSession(<FieldPage />, { transport: api().transport, session: RESIDENT })
    expect(screen.getByText('请用工作人员账号登录')).toBeTruthy()
  })
})
