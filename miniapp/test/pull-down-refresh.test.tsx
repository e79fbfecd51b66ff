/**
 * Every list that changes while it is open refreshes when pulled down, as WeChat users expect: the page config
 * turns WeChat's pull-down on, the page asks the API again, and lets go of the spinner once the answer is shown.
 */
import { screen, waitFor } from '@testing-library/react'
import type { ComponentType } from 'react'
import { describe, expect, it } from 'vitest'
import { OWNER, PEOPLE } from './fixtures/companies'
import { ANSWERER, OPEN_PUBLIC, ANSWERED_PUBLIC, RESIDENT } from './fixtures/messages'
import { RESIDENT as SERVICES_RESIDENT, SENIOR_SCHOOL } from './fixtures/services'
import { createFakeCompaniesApi } from './support/fake-companies-api'
import { createFakeMessagesApi } from './support/fake-messages-api'
import { createFakeServicesApi } from './support/fake-services-api'
import { renderWithSession } from './support/render-with-session'
import { pullDown, pullDownSpinnersStopped } from './taro-shim'

type Session = Parameters<typeof renderWithSession>[1]['session']
interface Fake {
  transport: Parameters<typeof renderWithSession>[1]['transport']
  requests: unknown[]
}

const messagesApi = () =>
  createFakeMessagesApi({
    people: { [RESIDENT.token]: RESIDENT.me, [ANSWERER.token]: ANSWERER.me },
    messages: [ANSWERED_PUBLIC, OPEN_PUBLIC],
  })

type Module = { default: unknown }
const LISTS: { page: string; files: () => Promise<[Module, Module]>; fake: () => Fake; session?: Session }[] = [
  {
    page: 'messages/pages/board',
    files: () => Promise.all([import('@/packages/messages/pages/board/index.config'), import('@/packages/messages/pages/board/index')]),
    fake: messagesApi,
  },
  {
    page: 'account/pages/inbox',
    files: () => Promise.all([import('@/packages/account/pages/inbox/index.config'), import('@/packages/account/pages/inbox/index')]),
    fake: messagesApi,
    session: RESIDENT,
  },
  {
    page: 'staff/pages/queue',
    files: () => Promise.all([import('@/packages/staff/pages/queue/index.config'), import('@/packages/staff/pages/queue/index')]),
    fake: messagesApi,
    session: ANSWERER,
  },
  {
    page: 'messages/pages/mine',
    files: () => Promise.all([import('@/packages/messages/pages/mine/index.config'), import('@/packages/messages/pages/mine/index')]),
    fake: messagesApi,
    session: RESIDENT,
  },
  {
    page: 'services/pages/mine',
    files: () => Promise.all([import('@/packages/services/pages/mine/index.config'), import('@/packages/services/pages/mine/index')]),
    fake: () =>
      createFakeServicesApi({
        services: [SENIOR_SCHOOL],
        sessions: [],
        residents: { [SERVICES_RESIDENT.token]: SERVICES_RESIDENT.me.userId },
      }),
    session: SERVICES_RESIDENT,
  },
  {
    page: 'business/pages/mine',
    files: () => Promise.all([import('@/packages/business/pages/mine/index.config'), import('@/packages/business/pages/mine/index')]),
    fake: () => createFakeCompaniesApi({ people: PEOPLE }),
    session: OWNER,
  },
]

;(globalThis as { definePageConfig?: (config: object) => object }).definePageConfig = (config) => config

describe('pull-down refresh', () => {
  it.each(LISTS)('$page: on in its config, asks again and lets go of the spinner', async ({ files, fake, session }) => {
    const [config, page] = await files()
    expect((config.default as { enablePullDownRefresh?: boolean }).enablePullDownRefresh).toBe(true)

    const Page = page.default as ComponentType
    const api = fake()
    renderWithSession(<Page />, { transport: api.transport, ...(session ? { session } : {}) })
    await waitFor(() => expect(api.requests.length).toBeGreaterThan(0))
    await waitFor(() => expect(screen.queryAllByText(/正在加载/).length).toBe(0))
    const before = api.requests.length

    pullDown()
    await waitFor(() => expect(pullDownSpinnersStopped()).toBe(1))
    expect(api.requests.length).toBeGreaterThan(before)
  })
})
