import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface HeadingProps {
  level: 1 | 2 | 3
  children: ReactNode
  className?: string
  /** For a link that moves focus here (H5). */
  id?: string
}

/**
 * Mini-programs have no <h1>: a View carrying the heading role, which H5 screen readers understand. Pages get their
 * one h1 from <Page title>; sections use 2, and parts of a section 3 (never skip a level).
 */
export function Heading({ level, children, className = '', id }: HeadingProps) {
  return (
    <View id={id} role="heading" aria-level={level} className={`heading heading--${level} ${className}`.trim()}>
      {children}
    </View>
  )
}
