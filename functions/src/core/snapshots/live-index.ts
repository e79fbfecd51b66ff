import type { Logger } from '../log/logger'
import type { SnapshotStore } from './snapshot-store'

/**
 * What a LiveIndex keeps current: a searchable set built from a table, edited in place from a change feed, and
 * saved to and restored from the snapshot store.
 */
export interface LiveSource<V> {
  /** The snapshot's name in the store. */
  readonly name: string
  /** The format `snapshot` writes; a stored snapshot of another format is not restored. */
  readonly format: number
  /** A cheap, strongly consistent number that moves with every write (0 when the source has none). */
  version(): Promise<number>
  /** The whole set, read from the table: what a cold start did before snapshots, and still does without one. */
  build(): Promise<V>
  restore(bytes: Uint8Array): V
  snapshot(value: V): Uint8Array
  /** Applies, in place, everything written at or after `since` (an ISO time); how many items it changed. */
  catchUp(value: V, since: string): Promise<number>
}

export interface LiveIndexOptions {
  now: () => Date
  log: Logger
  /** A warm copy is served without a look at the source's version for this long (0: every use looks). */
  checkEveryMs: number
  /** A warm copy catches up at least this often even when the version has not moved (a source without one; a lost bump). */
  catchUpEveryMs: number
  /** A warm copy is loaded afresh (from the snapshot) after this long: what the change feed cannot tell, such as removals. */
  reloadEveryMs: number
  /**
   * A snapshot behind the source's version and synced longer ago than this is not restored: the changes it would
   * need may have left the feed.
   */
  snapshotMaxAgeMs: number
}

/**
 * Writes are announced in the change feed before they are made, and a write may take up to a Lambda timeout to
 * land; a catch-up therefore re-reads this far back before its last one, so no write in flight is missed.
 */
export const CHANGE_OVERLAP_MS = 30_000

interface State<V> {
  value: V
  version: number
  /** The time of the last catch-up's read: the feed has been applied up to here. */
  syncedThrough: Date
  checkedAt: number
  loadedAt: number
}

export type ReadyFrom = 'snapshot' | 'table'

/**
 * A set kept in the warm Lambda: restored from its snapshot on a cold start (or built from the table when the
 * snapshot is missing, unreadable or stale, which the log says), then kept current by applying the change feed in
 * place whenever the source's version moves. Concurrent requests during a load or catch-up share it.
 */
export class LiveIndex<V> {
  private state?: State<V>
  private pending?: Promise<State<V>> & { startedAt: number }
  /** Where the current copy came from, for the bench and the tests. */
  readyFrom?: ReadyFrom

  constructor(
    private readonly source: LiveSource<V>,
    private readonly store: SnapshotStore,
    private readonly options: LiveIndexOptions,
  ) {}

  async get(): Promise<V> {
    return (await this.current({ checkVersion: false })).value
  }

  /** With checkVersion, the version is read even if it was checked within checkEveryMs (a save must not lag). */
  private async current({ checkVersion }: { checkVersion: boolean }): Promise<State<V>> {
    const now = this.options.now().getTime()
    const state = this.state
    if (state && !checkVersion && now - state.checkedAt < this.options.checkEveryMs) return state
    const version = await this.source.version()
    const reload = !state || now - state.loadedAt >= this.options.reloadEveryMs
    if (!reload && version === state.version && now - state.syncedThrough.getTime() < this.options.catchUpEveryMs) {
      state.checkedAt = now
      return state
    }
    // A request shares a load or catch-up already under way only if that one started recently enough to count as
    // a check for it (within checkEveryMs): with 0, each request sees at least what was written before it arrived.
    let pending = this.pending
    if (!pending || checkVersion || pending.startedAt < now - this.options.checkEveryMs) {
      const started = (reload ? this.load(version) : this.catchUp(state!, version)).finally(() => {
        if (this.pending === pending) this.pending = undefined
      })
      pending = this.pending = Object.assign(started, { startedAt: now })
    }
    const loaded = await pending
    // a slower, older load finishing last does not replace a newer copy
    if (!this.state || loaded.syncedThrough >= this.state.syncedThrough) this.state = loaded
    return loaded
  }

  /** Saves the current copy (after catching up) as the snapshot; 'superseded' when a newer one is already saved. */
  async saveSnapshot(): Promise<'written' | 'superseded'> {
    const { value, version, syncedThrough } = await this.current({ checkVersion: true })
    const meta = {
      version,
      syncedThrough: syncedThrough.toISOString(),
      format: this.source.format,
      builtAt: this.options.now().toISOString(),
    }
    return this.store.write(this.source.name, meta, this.source.snapshot(value), this.options.now())
  }

  private async load(version: number): Promise<State<V>> {
    const started = this.options.now()
    const log = this.options.log.child({ index: this.source.name })
    const reason = await this.restorable(started, version)
    if (typeof reason !== 'string') {
      const { value, snapshotState } = reason
      const applied = await this.source.catchUp(value, new Date(snapshotState.syncedThrough.getTime() - CHANGE_OVERLAP_MS).toISOString())
      this.readyFrom = 'snapshot'
      log.info('search index restored from its snapshot', {
        snapshotVersion: snapshotState.version,
        version,
        caughtUp: applied,
        ms: this.options.now().getTime() - started.getTime(),
      })
      return { value, version, syncedThrough: started, checkedAt: started.getTime(), loadedAt: started.getTime() }
    }
    const value = await this.source.build()
    this.readyFrom = 'table'
    log.warn(`search index built from the table: the snapshot is ${reason}`, {
      version,
      ms: this.options.now().getTime() - started.getTime(),
    })
    return { value, version, syncedThrough: started, checkedAt: started.getTime(), loadedAt: started.getTime() }
  }

  /** The restored snapshot, or why it cannot be used. */
  private async restorable(
    now: Date,
    version: number,
  ): Promise<{ value: V; snapshotState: { version: number; syncedThrough: Date } } | string> {
    let stored
    try {
      stored = await this.store.read(this.source.name)
    } catch (error) {
      this.options.log.error('search snapshot could not be read', { index: this.source.name, error })
      return 'unreadable'
    }
    if (!stored) return 'missing'
    if (stored.meta.format !== this.source.format) return `of format ${stored.meta.format}, not ${this.source.format}`
    const syncedThrough = new Date(stored.meta.syncedThrough)
    // however old, a snapshot of the current version is current: nothing has been written since
    const behind = stored.meta.version !== version
    if (behind && now.getTime() - syncedThrough.getTime() > this.options.snapshotMaxAgeMs)
      return `stale (synced through ${stored.meta.syncedThrough})`
    try {
      return { value: this.source.restore(stored.bytes), snapshotState: { version: stored.meta.version, syncedThrough } }
    } catch (error) {
      this.options.log.error('search snapshot could not be restored', { index: this.source.name, error })
      return 'unreadable'
    }
  }

  private async catchUp(state: State<V>, version: number): Promise<State<V>> {
    const started = this.options.now()
    await this.source.catchUp(state.value, new Date(state.syncedThrough.getTime() - CHANGE_OVERLAP_MS).toISOString())
    return { ...state, version, syncedThrough: started, checkedAt: started.getTime() }
  }
}

/**
 * Builds the set from the table and saves it as the snapshot, whatever is stored: what a scheduled job runs for
 * a source whose change feed cannot tell everything (the board). The snapshot's version is its build time.
 */
export async function rebuildSnapshot<V>(source: LiveSource<V>, store: SnapshotStore, now: () => Date) {
  const started = now()
  const bytes = source.snapshot(await source.build())
  const meta = { version: started.getTime(), syncedThrough: started.toISOString(), format: source.format, builtAt: now().toISOString() }
  const result = await store.write(source.name, meta, bytes, now())
  return { result, bytes: bytes.length, ms: now().getTime() - started.getTime() }
}
