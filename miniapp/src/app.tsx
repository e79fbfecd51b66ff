import { useState, type PropsWithChildren } from 'react'
import { createAppHttpClient } from '@/features/auth/app-http-client'
import { HttpClientProvider } from '@/shared/api/http-client-context'
import './app.scss'

/** Taro renders each page as a child of App, so every page gets the signed-in HTTP client. */
export default function App({ children }: PropsWithChildren) {
  const [client] = useState(createAppHttpClient)
  return <HttpClientProvider client={client}>{children}</HttpClientProvider>
}
