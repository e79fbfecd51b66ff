import { randomUUID } from 'node:crypto'
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb'
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { StaffRole, StaffScope } from '@doorstep/shared'

/**
 * Accounts table.
 *   user profile        pk = USER#<userId>,      sk = PROFILE
 *   WeChat identity     pk = WXOPENID#<openid>,  sk = LINK      → userId (one user per openid, by condition)
 *   staff account       pk = STAFF#<username>,   sk = PROFILE   (password hash, role, scope, lockout counters)
 */
export interface UserProfile {
  userId: string
  displayName: string
  createdAt: string
}

export interface StaffAccount {
  username: string
  displayName: string
  role: StaffRole
  scope: StaffScope
  passwordHash: string
  failedAttempts: number
  lockedUntil?: string
}

const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException

export class AccountRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * The user behind an openid, created on first sign-in. Two first sign-ins racing each other both
   * end with the same user: the link is written only if absent, and the loser reads the winner's.
   */
  async userForOpenId(openid: string, displayName: string, now: Date): Promise<UserProfile> {
    const link = { pk: `WXOPENID#${openid}`, sk: 'LINK' }
    const existing = await this.db.send(new GetCommand({ TableName: this.table, Key: link, ConsistentRead: true }))
    let userId = existing.Item?.userId as string | undefined
    if (!userId) {
      const candidate = randomUUID()
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: { ...link, userId: candidate, createdAt: now.toISOString() },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        )
        userId = candidate
      } catch (error) {
        if (!isConditionFailure(error)) throw error
        const winner = await this.db.send(new GetCommand({ TableName: this.table, Key: link, ConsistentRead: true }))
        userId = winner.Item!.userId as string
      }
    }
    return this.ensureProfile({ userId, displayName, createdAt: now.toISOString() }, openid)
  }

  /**
   * The profile carries the openid because WeChat subscription messages are addressed by it (the inbox notifier
   * reads it); profiles written before that gain it on their next sign-in.
   */
  private async ensureProfile(profile: UserProfile, openid: string): Promise<UserProfile> {
    const key = { pk: `USER#${profile.userId}`, sk: 'PROFILE' }
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: { ...key, ...profile, openid }, ConditionExpression: 'attribute_not_exists(pk)' }),
      )
      return profile
    } catch (error) {
      if (!isConditionFailure(error)) throw error
    }
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'SET openid = :openid',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(openid)',
          ExpressionAttributeValues: { ':openid': openid },
        }),
      )
    } catch (error) {
      if (!isConditionFailure(error)) throw error
    }
    return (await this.getUser(profile.userId))!
  }

  async getUser(userId: string): Promise<UserProfile | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `USER#${userId}`, sk: 'PROFILE' } }))
    return Item ? { userId: Item.userId, displayName: Item.displayName, createdAt: Item.createdAt } : undefined
  }

  async getStaff(username: string): Promise<StaffAccount | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: `STAFF#${username}`, sk: 'PROFILE' }, ConsistentRead: true }),
    )
    if (!Item) return undefined
    const { pk: _pk, sk: _sk, ...account } = Item
    return account as StaffAccount
  }

  /** Counts a failed password atomically and returns the new count. */
  async recordFailedSignIn(username: string): Promise<number> {
    const { Attributes } = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: `STAFF#${username}`, sk: 'PROFILE' },
        UpdateExpression: 'ADD failedAttempts :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    )
    return Number(Attributes?.failedAttempts ?? 0)
  }

  async lockStaff(username: string, until: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: `STAFF#${username}`, sk: 'PROFILE' },
        UpdateExpression: 'SET lockedUntil = :until, failedAttempts = :zero',
        ExpressionAttributeValues: { ':until': until.toISOString(), ':zero': 0 },
      }),
    )
  }

  async clearFailedSignIns(username: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: `STAFF#${username}`, sk: 'PROFILE' },
        UpdateExpression: 'SET failedAttempts = :zero REMOVE lockedUntil',
        ExpressionAttributeValues: { ':zero': 0 },
      }),
    )
  }

  /** Seeds: creates the account unless it exists (so a re-seed never resets a password). */
  async createStaffIfAbsent(account: StaffAccount): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `STAFF#${account.username}`, sk: 'PROFILE', ...account },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      )
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }
}
