import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import seedStations from '../../../../../../data/seed/stations.json'
import { createFakePoliciesApi } from '../../../../../test/support/fake-policies-api'
import { openRoute, renderWithApi } from '../../../../../test/support/render-with-api'
import PolicyDetailPage from './index'

function showPolicy(id: string) {
  openRoute(`/packages/policies/pages/detail/index?id=${id}`)
  const api = createFakePoliciesApi()
  renderWithApi(<PolicyDetailPage />, api.transport)
  return api
}

describe('policy detail page', () => {
  it('shows every field of the policy', async () => {
    showPolicy('pol-unemployment-benefit')
    expect(await screen.findByRole('heading', { level: 1, name: '失业保险金申领' })).toBeTruthy()
    for (const text of [
      '现行有效',
      '发文机关：苏州市人力资源和社会保障局',
      '文号：苏人保规〔2022〕3号',
      '发布日期：2022年6月20日',
      '生效日期：2022年7月1日',
      '失效日期：长期有效',
      '类别：社会保障',
      '适用对象：失业人员',
      '失业保险金：按月发放，标准为苏州市最低工资标准的90%',
      '失业前用人单位和本人已缴纳失业保险费满1年',
      '解除或终止劳动合同的证明',
      '1. 在手机上或到就近人社服务站办理失业登记',
      '网上办：江苏智慧人社 App 或“苏州人社”微信公众号',
      '可到：区级服务大厅、街道便民服务中心、社区服务站、特色点位',
      '姑苏区社保服务窗口 0512-65101256（示例号码）',
    ]) {
      expect(document.body.textContent, text).toContain(text)
    }
    expect(document.body.textContent).toMatch(/信息核实于(2026年)?11月1日（周日）/)
    expect(screen.getAllByText('示例数据').length).toBeGreaterThan(0)
  })

  it('lists, under 到哪里办, stations offering each of its services, and opens one', async () => {
    const api = showPolicy('pol-unemployment-benefit')
    const group = await screen.findByRole('group', { name: '提供“就业帮扶行动”的站点' })
    const offering = seedStations.filter((s) => s.serviceIds.includes('svc-employment-assistance')).slice(0, 3)
    await waitFor(() => expect(within(group).getAllByRole('button')).toHaveLength(offering.length))
    expect(api.requests).toContain('GET /v1/stations?service=svc-employment-assistance&limit=3')
    await userEvent.click(within(group).getByText(`${offering[0]!.name} ›`))
    expect(window.location.hash).toBe(`#/packages/stations/pages/detail/index?id=${offering[0]!.id}`)
  })

  it('marks an expired policy 已失效 and says since when', async () => {
    showPolicy('pol-unemployment-subsidy')
    expect((await screen.findAllByText('已失效')).length).toBeGreaterThan(0)
    expect(screen.getByRole('note').textContent).toMatch(/这条政策已于(2023年)?12月31日（周日）失效/)
  })

  it('copies its link to share on H5', async () => {
    const user = userEvent.setup()
    showPolicy('pol-startup-loan')
    await user.click(await screen.findByRole('button', { name: '复制链接分享' }))
    expect(await screen.findByText('链接已复制，可以粘贴发给亲友')).toBeTruthy()
    expect(await navigator.clipboard.readText()).toContain('/packages/policies/pages/detail/index?id=pol-startup-loan')
  })

  it('says so for a policy that does not exist', async () => {
    showPolicy('pol-nowhere')
    expect(await screen.findByText('没有找到这条政策')).toBeTruthy()
  })

  it('retries after a server error', async () => {
    openRoute('/packages/policies/pages/detail/index?id=pol-startup-loan')
    const api = createFakePoliciesApi()
    api.failNext(1)
    renderWithApi(<PolicyDetailPage />, api.transport)
    const alert = await screen.findByRole('alert')
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('heading', { level: 1, name: '创业担保贷款及贴息' })).toBeTruthy()
  })
})
