import type { PropsWithChildren } from 'react'
import './app.scss'

/** Taro renders each page as a child of App. */
export default function App({ children }: PropsWithChildren) {
  return children
}
