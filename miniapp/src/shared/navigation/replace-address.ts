/**
 * Weapp: a page's query is not shown anywhere a person could reload or copy it; sharing builds its own path from
 * the page's state (use-share-page.ts). Nothing to do.
 */
export function replaceAddress(_route: string): void {}
