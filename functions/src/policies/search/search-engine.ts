import { compactEngine } from './compact-index'
import type { SearchEngine } from './search-index'

/** The engine the product runs: the one `npm run bench:search` found fastest and smallest with the relevance set held. */
export const searchEngine: SearchEngine = compactEngine
