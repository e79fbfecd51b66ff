import { useState, type PropsWithChildren } from 'react'
import { createAppHttpClient } from '@/features/auth/app-http-client'
import { HttpClientProvider } from '@/shared/api/http-client-context'
import { CalendarProvider } from '@/shared/calendar/calendar-context'
import { listenForPrivacyRequests } from '@/shared/privacy/privacy-requests'
import './app.scss'

listenForPrivacyRequests()

/** Taro renders each page as a child of App, so every page gets the signed-in HTTP client and the holiday calendar. */
export default function App({ children }: PropsWithChildren) {
  const [client] = useState(createAppHttpClient)
  return (
    <HttpClientProvider client={client}>
      <CalendarProvider>{children}</CalendarProvider>
    </HttpClientProvider>
  )
}
