/**
 * The pages worth passing on — a station, a service, a policy, the public board — can be shared to a chat and to
 * 朋友圈, and the card opens the same page for whoever receives it.
 */
import { screen, waitFor } from '@testing-library/react'
import type { ComponentType } from 'react'
import { describe, expect, it } from 'vitest'
import { FIXTURE_STATIONS } from './fixtures/stations'
import { RESIDENT } from './fixtures/messages'
import { SENIOR_SCHOOL } from './fixtures/services'
import { createFakeMessagesApi } from './support/fake-messages-api'
import { createFakePoliciesApi } from './support/fake-policies-api'
import { createFakeServicesApi } from './support/fake-services-api'
import { createFakeStationsApi } from './support/fake-stations-api'
import { openRoute, renderWithApi } from './support/render-with-api'
import { sharedCard } from './taro-shim'

type Module = { default: unknown }
const station = FIXTURE_STATIONS[0]!

const SHARED: {
  page: string
  route: string
  files: () => Promise<[Module, Module]>
  transport: () => Parameters<typeof renderWithApi>[1]
  title: string
}[] = [
  {
    page: 'station detail',
    route: `/packages/stations/pages/detail/index?id=${station.id}`,
    files: () => Promise.all([import('@/packages/stations/pages/detail/index.config'), import('@/packages/stations/pages/detail/index')]),
    transport: () => createFakeStationsApi(FIXTURE_STATIONS).transport,
    title: station.name,
  },
  {
    page: 'service detail',
    route: `/packages/services/pages/detail/index?id=${SENIOR_SCHOOL.id}`,
    files: () => Promise.all([import('@/packages/services/pages/detail/index.config'), import('@/packages/services/pages/detail/index')]),
    transport: () => createFakeServicesApi({ services: [SENIOR_SCHOOL], sessions: [] }).transport,
    title: SENIOR_SCHOOL.name,
  },
  {
    page: 'policy detail',
    route: '/packages/policies/pages/detail/index?id=pol-startup-loan',
    files: () => Promise.all([import('@/packages/policies/pages/detail/index.config'), import('@/packages/policies/pages/detail/index')]),
    transport: () => createFakePoliciesApi().transport,
    title: '创业担保贷款及贴息',
  },
  {
    page: 'public board',
    route: '/packages/messages/pages/board/index',
    files: () => Promise.all([import('@/packages/messages/pages/board/index.config'), import('@/packages/messages/pages/board/index')]),
    transport: () => createFakeMessagesApi({ people: { [RESIDENT.token]: RESIDENT.me } }).transport,
    title: '留言通道',
  },
]

;(globalThis as { definePageConfig?: (config: object) => object }).definePageConfig = (config) => config

describe('sharing a page', () => {
  it.each(SHARED)('$page: to a chat and to 朋友圈, opening the same page', async ({ route, files, transport, title }) => {
    const [config, page] = await files()
    expect(config.default).toMatchObject({ enableShareAppMessage: true, enableShareTimeline: true })

    openRoute(route)
    const Page = page.default as ComponentType
    renderWithApi(<Page />, transport())
    await screen.findByRole('heading', { level: 1, name: title })
    await waitFor(() => expect((sharedCard().message as { title?: string } | undefined)?.title).toContain(title))
    const [path, query = ''] = route.split('?')
    expect(sharedCard()).toEqual({
      message: { title: expect.stringContaining(title), path: expect.stringMatching(new RegExp(`^${path}(\\?${query})?$`)) },
      timeline: { title: expect.stringContaining(title), query },
    })
  })
})
