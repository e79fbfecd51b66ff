/**
 * H5: the page's address follows what it shows (a new search, a filter), so a reload or a copied link opens the same
 * view. `route` is the page's own route with its new query (ROUTES.x(...)): only the hash changes, replaced rather than
 * pushed (back still leaves the page), and without a hashchange event Taro's router does not reopen the page.
 */
export function replaceAddress(route: string): void {
  const hash = `#${route}`
  if (window.location.hash === hash) return
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`)
}
