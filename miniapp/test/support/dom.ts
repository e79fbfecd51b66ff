/**
 * A small subset of @testing-library's API (render, screen, within, waitFor, click) on React's `act`.
 *
 * Why: @testing-library/react needs its peer @testing-library/dom, which the root install leaves out
 * (`legacy-peer-deps=true` skips peers). The names and semantics match testing-library's, so once
 * @testing-library/dom is installed, tests can switch by changing their import.
 * Roles come from explicit `role` attributes (Taro renders <div>/<span>, so the app sets them) plus
 * the implicit roles of <button>, <h1>–<h6>, <ul>/<ol> and <li>.
 */
import { act, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

type TextMatch = string | RegExp
interface RoleOptions {
  name?: TextMatch
  level?: number
}

const mounted = new Set<{ root: Root; container: HTMLElement }>()

export function render(ui: ReactElement) {
  const container = document.body.appendChild(document.createElement('div'))
  const root = createRoot(container)
  act(() => root.render(ui))
  const entry = { root, container }
  mounted.add(entry)
  return { container, unmount: () => unmount(entry) }
}

export function cleanup() {
  mounted.forEach(unmount)
}

function unmount(entry: { root: Root; container: HTMLElement }) {
  act(() => entry.root.unmount())
  entry.container.remove()
  mounted.delete(entry)
}

const IMPLICIT_ROLES: Record<string, string> = {
  BUTTON: 'button',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  UL: 'list',
  OL: 'list',
  LI: 'listitem',
}

function roleOf(element: Element): string | undefined {
  return element.getAttribute('role') ?? IMPLICIT_ROLES[element.tagName]
}

function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

export function accessibleName(element: Element): string {
  return normalise(element.getAttribute('aria-label') || element.textContent)
}

function matches(text: string, match: TextMatch): boolean {
  return typeof match === 'string' ? text === match : match.test(text)
}

function headingLevel(element: Element): number | undefined {
  const level = element.getAttribute('aria-level') ?? /^H(\d)$/.exec(element.tagName)?.[1]
  return level ? Number(level) : undefined
}

function describe(what: string, scope: Element): string {
  return `${what}\n\nin:\n${normalise(scope.textContent).slice(0, 800)}`
}

function queries(scope: () => Element) {
  const allByRole = (role: string, options: RoleOptions = {}) =>
    Array.from(scope().querySelectorAll('*')).filter(
      (element) =>
        roleOf(element) === role &&
        (options.name === undefined || matches(accessibleName(element), options.name)) &&
        (options.level === undefined || headingLevel(element) === options.level),
    ) as HTMLElement[]

  /** The innermost elements whose text matches, like testing-library's getByText. */
  const allByText = (match: TextMatch) =>
    Array.from(scope().querySelectorAll('*')).filter(
      (element) =>
        matches(normalise(element.textContent), match) &&
        !Array.from(element.children).some((child) => matches(normalise(child.textContent), match)),
    ) as HTMLElement[]

  const single = <A extends unknown[]>(all: (...args: A) => HTMLElement[], what: (...args: A) => string) => ({
    get: (...args: A): HTMLElement => {
      const found = all(...args)
      if (found.length !== 1) throw new Error(describe(`Expected one ${what(...args)}, found ${found.length}`, scope()))
      return found[0]!
    },
    query: (...args: A): HTMLElement | null => {
      const found = all(...args)
      if (found.length > 1) throw new Error(describe(`Expected at most one ${what(...args)}, found ${found.length}`, scope()))
      return found[0] ?? null
    },
  })

  const role = single(allByRole, (r: string, o?: RoleOptions) => `role "${r}"${o?.name ? ` named ${String(o.name)}` : ''}`)
  const text = single(allByText, (m: TextMatch) => `element with text ${String(m)}`)

  return {
    getAllByRole: (r: string, o?: RoleOptions) => {
      const found = allByRole(r, o)
      if (found.length === 0) throw new Error(describe(`Expected some role "${r}"`, scope()))
      return found
    },
    queryAllByRole: allByRole,
    getByRole: role.get,
    queryByRole: role.query,
    findByRole: (r: string, o?: RoleOptions) => waitFor(() => role.get(r, o)),
    getByText: text.get,
    queryByText: text.query,
    findByText: (m: TextMatch) => waitFor(() => text.get(m)),
  }
}

export const screen = queries(() => document.body)

export function within(element: Element) {
  return queries(() => element)
}

/** Retries `assertion` while letting React flush pending updates, like testing-library's waitFor. */
export async function waitFor<T>(assertion: () => T, { timeout = 2000, interval = 20 } = {}): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    try {
      return assertion()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await act(() => new Promise((resolve) => setTimeout(resolve, interval)))
    }
  }
}

/** A real click event dispatched inside act, so React has re-rendered when it resolves. */
export async function click(element: Element) {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
  })
}
