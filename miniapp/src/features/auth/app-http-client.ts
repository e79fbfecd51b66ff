import Taro from '@tarojs/taro'
import { createHttpClient, type HttpClient } from '@/shared/api/http-client'
import { taroTransport } from '@/shared/api/taro-transport'
import type { Transport } from '@/shared/api/transport'
import { resolveApiBase } from '@/shared/config/api-base'
import { ROUTES } from '@/shared/navigation/routes'
import { renewStaffSession, signInWithWeChat } from './api/auth-api'
import { createSessionCredentials } from './session-credentials'
import { appSessionStore, type SessionStore } from './session-store'
import { silentLoginCode } from './silent-login-code'

interface SignedInClientOptions {
  baseUrl: string
  transport: Transport
  store: SessionStore
}

/** A client signed with the store's session, renewing it on 401 (a resident by WeChat, staff by their last token). */
export function createSignedInHttpClient({ baseUrl, transport, store }: SignedInClientOptions): HttpClient {
  const signInClient = createHttpClient({ baseUrl, transport })
  const credentials = createSessionCredentials({
    store,
    loginCode: (session) => silentLoginCode(signInClient, session),
    signInWithWeChat: (code) => signInWithWeChat(signInClient, code),
    renewStaff: (token) => renewStaffSession(signInClient, token),
    onStaffSessionEnded: () => void Taro.navigateTo({ url: ROUTES.staffSignInExpired }),
  })
  return createHttpClient({ baseUrl, transport, credentials })
}

/** The client every page uses in the app. */
export function createAppHttpClient(): HttpClient {
  return createSignedInHttpClient({ baseUrl: resolveApiBase(), transport: taroTransport, store: appSessionStore })
}
