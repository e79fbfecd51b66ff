import { randomUUID } from 'node:crypto'
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { StaffRole, StaffScope } from '@doorstep/shared'
import { batchGetAll } from '../core/db/batch-get'
import { conditionHeld, isConditionFailure, unlessConditionFails } from '../core/db/conditional'
import { queryAll } from '../core/db/query-all'
import { directoryKey, openIdLinkKey, STAFF_DIRECTORY, staffKey, userKey } from '../core/auth/account-keys'

/** Accounts table: user profiles, WeChat identities, staff accounts and their directory (keys in keys.ts). */
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
  /** Moves on with every password change and every disable: tokens of an earlier version are refused. */
  tokenVersion: number
  disabled?: boolean
  passwordChangedAt?: string
  lastBlockedSignIn?: { at: string; source: string }
}

/** An account as stored; accounts created before token versions count as version 1. */
function toStaffAccount(item: Record<string, unknown>): StaffAccount {
  const { pk: _pk, sk: _sk, failedAttempts: _f, lockedUntil: _l, ...account } = item
  return { ...(account as unknown as StaffAccount), tokenVersion: Number(item.tokenVersion ?? 1) }
}

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
    const link = openIdLinkKey(openid)
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
    const key = userKey(profile.userId)
    const created = await conditionHeld(
      this.db.send(
        new PutCommand({ TableName: this.table, Item: { ...key, ...profile, openid }, ConditionExpression: 'attribute_not_exists(pk)' }),
      ),
    )
    if (created) return profile
    await conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'SET openid = :openid',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(openid)',
          ExpressionAttributeValues: { ':openid': openid },
        }),
      ),
    )
    return (await this.getUser(profile.userId))!
  }

  async getUser(userId: string): Promise<UserProfile | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: userKey(userId) }))
    return Item ? { userId: Item.userId, displayName: Item.displayName, createdAt: Item.createdAt } : undefined
  }

  async getStaff(username: string): Promise<StaffAccount | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: staffKey(username), ConsistentRead: true }))
    return Item ? toStaffAccount(Item) : undefined
  }

  /** A new password: the token version moves on, so every earlier session ends. False when the account is gone. */
  async setPassword(username: string, passwordHash: string, at: string): Promise<StaffAccount | undefined> {
    return this.updateStaff(username, 'SET passwordHash = :hash, passwordChangedAt = :at ADD tokenVersion :one', {
      ':hash': passwordHash,
      ':at': at,
      ':one': 1,
    })
  }

  /** Disables (ending every session) or restores an account. */
  async setDisabled(username: string, disabled: boolean): Promise<StaffAccount | undefined> {
    return this.updateStaff(username, 'SET disabled = :disabled ADD tokenVersion :one', { ':disabled': disabled, ':one': 1 })
  }

  /** A source was stopped after wrong passwords: for the owner (我的) and the admins, unless already recorded since then. */
  async recordBlockedSignIn(username: string, blocked: { at: string; source: string }, unlessRecordedSince: string): Promise<void> {
    await conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: staffKey(username),
          UpdateExpression: 'SET lastBlockedSignIn = :blocked',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(lastBlockedSignIn) OR lastBlockedSignIn.#at < :since)',
          ExpressionAttributeNames: { '#at': 'at' },
          ExpressionAttributeValues: { ':blocked': blocked, ':since': unlessRecordedSince },
        }),
      ),
    )
  }

  /** Every staff account, by username (the directory, then the profiles). */
  async listStaff(): Promise<StaffAccount[]> {
    const names = (
      await queryAll(this.db, {
        TableName: this.table,
        KeyConditionExpression: 'pk = :staff',
        ExpressionAttributeValues: { ':staff': STAFF_DIRECTORY },
      })
    ).map((item) => String(item.sk))
    const profiles = await batchGetAll(this.db, this.table, names.map(staffKey))
    return profiles.map(toStaffAccount).sort((a, b) => a.username.localeCompare(b.username))
  }

  private async updateStaff(username: string, expression: string, values: Record<string, unknown>): Promise<StaffAccount | undefined> {
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: staffKey(username),
          UpdateExpression: expression,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes && toStaffAccount(updated.Attributes)
  }

  /** Seeds: creates the account unless it exists (so a re-seed never resets a password), and lists it in the directory. */
  async createStaffIfAbsent(account: StaffAccount): Promise<boolean> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: directoryKey(account.username) }))
    return conditionHeld(
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...staffKey(account.username), ...account },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    )
  }
}
