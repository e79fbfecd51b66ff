import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { staffKey } from './account-keys'

/** What a staff request must agree with: the account's current token version, and whether it may sign in at all. */
export interface StaffStanding {
  tokenVersion: number
  disabled: boolean
  /** The name people see where this staff member acted (never the login). */
  displayName: string
}

/**
 * Every staff request checks its token against the account (accounts table, `STAFF#<username>` / `PROFILE`): a
 * password change or a disabled account moves the version on, so older tokens stop working. The answer is kept
 * for `cacheMs` (STAFF_STATUS_CACHE_SECONDS: 30 s in production), so a change reaches every warm container within
 * a minute at one read per container and account. A missing account has no standing.
 */
export class StaffStatus {
  private readonly known = new Map<string, { at: number; standing: Promise<StaffStanding | undefined> }>()

  constructor(
    private readonly db: Pick<DynamoDBDocumentClient, 'send'>,
    private readonly table: () => string,
    private readonly cacheMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  standing(username: string): Promise<StaffStanding | undefined> {
    const kept = this.known.get(username)
    if (kept && this.clock() - kept.at < this.cacheMs) return kept.standing
    const standing = this.read(username)
    const entry = { at: this.clock(), standing }
    this.known.set(username, entry)
    standing.catch(() => this.known.get(username) === entry && this.known.delete(username))
    return standing
  }

  private async read(username: string): Promise<StaffStanding | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table(), Key: staffKey(username), ProjectionExpression: 'tokenVersion, disabled, displayName' }),
    )
    if (!Item) return undefined
    return { tokenVersion: Number(Item.tokenVersion ?? 1), disabled: Item.disabled === true, displayName: String(Item.displayName ?? '') }
  }
}
