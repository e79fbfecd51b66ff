import type { SearchablePolicy } from './keys'
import type { PolicyRepository } from './repository'

interface Built<T> {
  version: number
  builtAt: number
  value: T
}

/**
 * Something derived from the whole policy library (the search index, the matcher's list), kept in the warm
 * Lambda. Each use costs one GetItem of the set's version; the library is re-read and `derive` re-run only when
 * an admin write has moved the version (or, as a backstop for a write whose version bump failed, after `maxAgeMs`).
 */
export class PolicySetCache<T> {
  private cached?: Built<T>
  private loading?: Promise<Built<T>>

  constructor(
    private readonly repository: PolicyRepository,
    private readonly derive: (policies: SearchablePolicy[]) => T,
    private readonly maxAgeMs = 10 * 60_000,
  ) {}

  async get(): Promise<T> {
    const version = await this.repository.version()
    const fresh = this.cached && this.cached.version === version && Date.now() - this.cached.builtAt < this.maxAgeMs
    if (fresh) return this.cached!.value
    // Concurrent requests during a rebuild share it.
    this.loading ??= this.load(version).finally(() => {
      this.loading = undefined
    })
    this.cached = await this.loading
    return this.cached.value
  }

  private async load(version: number): Promise<Built<T>> {
    return { version, builtAt: Date.now(), value: this.derive(await this.repository.listAll()) }
  }
}
