import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { userKey } from '../auth/account-keys'

/** Where a person's WeChat openid is kept: WeChat addresses msgSecCheck and subscription messages by it. */
export interface OpenIdDirectory {
  /** Undefined for someone who never signed in through WeChat (a walk-in resident, a sample author). */
  openIdOf(userId: string): Promise<string | undefined>
}

/** Openids remembered per container: a person's openid for this mini-program never changes. */
const REMEMBERED = 1000

/** Reads `openid` from the user's profile item in the accounts table (`USER#<id>`, `PROFILE`). */
export class AccountsOpenIds implements OpenIdDirectory {
  private readonly known = new Map<string, string>()

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async openIdOf(userId: string): Promise<string | undefined> {
    const remembered = this.known.get(userId)
    if (remembered) return remembered
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: userKey(userId), ProjectionExpression: 'openid' }))
    if (typeof Item?.openid !== 'string') return undefined
    if (this.known.size >= REMEMBERED) this.known.delete(this.known.keys().next().value!)
    this.known.set(userId, Item.openid)
    return Item.openid
  }
}
