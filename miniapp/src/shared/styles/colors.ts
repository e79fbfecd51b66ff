/**
 * The few token colours that JavaScript must hand to a native component (weapp <Map> callouts, the navigation bar):
 * native views cannot read CSS custom properties. Same values as _tokens.scss; colors.test.ts keeps them equal.
 */
export const NORMAL_COLORS = {
  text: '#1a1a1a',
  primary: '#0b4f9c',
  surface: '#fff',
  page: '#f3f5f8',
  border: '#c9d0da',
} as const

export const ELDER_COLORS = {
  ...NORMAL_COLORS,
  text: '#000',
  primary: '#083b75',
  page: '#fff',
  border: '#4d5663',
} as const

/** Token names in _tokens.scss of the keys above. */
export const TOKEN_NAMES: Record<keyof typeof NORMAL_COLORS, string> = {
  text: 'color-text',
  primary: 'color-primary',
  surface: 'color-surface',
  page: 'color-page',
  border: 'color-border',
}
