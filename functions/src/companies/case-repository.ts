import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { addDays, REGISTRATION_STEP_ID, type CaseFacts, type CaseNote, type Steward } from '@doorstep/shared'
import { conditionHeld, unlessConditionFails } from '../core/db/conditional'
import { queryAll } from '../core/db/query-all'
import {
  caseKey,
  casesOfOwner,
  casesOfSteward,
  creditCodeKey,
  fromCaseItem,
  REGISTRATIONS_DUE,
  toCaseItem,
  type CaseRecord,
  type StepRecord,
} from './keys'

export type Placement = { index: 'gsi2' | 'gsi3'; partition: string }

export interface CreditCodeClaim {
  companyId: string
  ownerId: string
}

export class CaseRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<CaseRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: caseKey(id), ConsistentRead: true }))
    return Item ? fromCaseItem(Item) : undefined
  }

  /** K3: claim a credit code for a case; false if it is already claimed. */
  async claimCreditCode(code: string, claim: CreditCodeClaim): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...creditCodeKey(code), ...claim, entity: 'credit-code' },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    )
  }

  async creditCodeClaim(code: string): Promise<CreditCodeClaim | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: creditCodeKey(code), ConsistentRead: true }))
    return Item ? { companyId: Item.companyId as string, ownerId: Item.ownerId as string } : undefined
  }

  /**
   * Takes over a claim whose case is completed, or was never written (a crash between the two writes); false if
   * it moved meanwhile.
   */
  async takeOverClaim(code: string, from: CreditCodeClaim, to: CreditCodeClaim): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: creditCodeKey(code),
          UpdateExpression: 'SET companyId = :newId, ownerId = :newOwner',
          ConditionExpression: 'companyId = :oldId',
          ExpressionAttributeValues: { ':newId': to.companyId, ':newOwner': to.ownerId, ':oldId': from.companyId },
        }),
      ),
    )
  }

  async create(record: CaseRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: toCaseItem(record), ConditionExpression: 'attribute_not_exists(pk)' }))
  }

  /** K2: a person's cases, newest first. */
  async listByOwner(userId: string, limit = 50): Promise<CaseRecord[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :owner',
        ExpressionAttributeValues: { ':owner': casesOfOwner(userId) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    )
    return Items.map(fromCaseItem)
  }

  /**
   * K9: appends a note unless the case holds `max` already; undefined if there is no such case or it is full
   * (told apart by the caller). Does not move `version`: notes never decide a step.
   */
  async appendNote(id: string, note: CaseNote, max: number): Promise<CaseRecord | undefined> {
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: caseKey(id),
          UpdateExpression: 'SET notes = list_append(if_not_exists(notes, :none), :note)',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(notes) OR size(notes) < :max)',
          ExpressionAttributeValues: { ':none': [], ':note': [note], ':max': max },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes ? fromCaseItem(updated.Attributes) : undefined
  }

  /** K7/K8: cases of one sub-district or one desk station, newest first, a page at a time. */
  async listByPlacement(
    placement: Placement,
    limit: number,
    startKey: Record<string, unknown> | undefined,
  ): Promise<{ records: CaseRecord[]; lastKey?: Record<string, unknown> }> {
    const { Items = [], LastEvaluatedKey } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: placement.index,
        KeyConditionExpression: `${placement.index}pk = :partition`,
        ExpressionAttributeValues: { ':partition': placement.partition },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    )
    return { records: Items.map(fromCaseItem), lastKey: LastEvaluatedKey }
  }

  /** K11: every case of one sub-district or desk station, only what the dashboard's figures need. */
  async factsByPlacement(placement: Placement): Promise<CaseFacts[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: placement.index,
      KeyConditionExpression: `${placement.index}pk = :partition`,
      ExpressionAttributeValues: { ':partition': placement.partition },
      ProjectionExpression: 'createdAt, foundedOn, deskStartedAt, completedAt, steps, steward',
    })
    return items.map((item) => {
      const steps = item.steps as Record<string, unknown> | undefined
      return {
        createdAt: item.createdAt as string,
        foundedOn: item.foundedOn as string,
        ...(item.deskStartedAt ? { deskStartedAt: item.deskStartedAt as string } : {}),
        ...(item.completedAt ? { completedAt: item.completedAt as string } : {}),
        registered: Boolean(steps?.[REGISTRATION_STEP_ID]),
        stepsDone: Object.keys(steps ?? {}).length,
        ...(item.steward
          ? { steward: { staffId: String((item.steward as Steward).staffId), name: String((item.steward as Steward).name) } }
          : {}),
      }
    })
  }

  /** K12: a steward takes a case (or another takes over from them); the case moves to their list (gsi5). */
  async assignSteward({ id, createdAt }: Pick<CaseRecord, 'id' | 'createdAt'>, steward: Steward): Promise<CaseRecord | undefined> {
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: caseKey(id),
          UpdateExpression: 'SET steward = :steward, gsi5pk = :pk, gsi5sk = :sk',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':steward': steward, ':pk': casesOfSteward(steward.staffId), ':sk': `${createdAt}#${id}` },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes ? fromCaseItem(updated.Attributes) : undefined
  }

  /** K13: a steward's companies, newest first (a steward looks after tens, not thousands). */
  async listBySteward(staffId: string): Promise<CaseRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi5',
      KeyConditionExpression: 'gsi5pk = :pk',
      ExpressionAttributeValues: { ':pk': casesOfSteward(staffId) },
      ScanIndexForward: false,
    })
    return items.map(fromCaseItem)
  }

  /** K10: cases whose social-insurance registration is still open and due on or before `dueBy` (sparse gsi4). */
  async registrationsDueBy(dueBy: string): Promise<CaseRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi4',
      KeyConditionExpression: 'gsi4pk = :due AND gsi4sk < :dayAfter',
      ExpressionAttributeValues: { ':due': REGISTRATIONS_DUE, ':dayAfter': addDays(dueBy, 1) },
    })
    return items.map(fromCaseItem)
  }

  /**
   * K4: records a done step only if nobody changed the case since `expectedVersion` was read, so two
   * completions can never both win. False when the case moved on (re-read and decide again). Completing
   * 单位社保开户 takes the case out of the registrations-due index in the same write.
   */
  async saveStep(
    id: string,
    stepId: string,
    step: StepRecord,
    expectedVersion: number,
    milestones: { deskStartedAt?: string; completedAt?: string },
  ): Promise<boolean> {
    const sets = ['steps.#step = :step', 'version = version + :one']
    const values: Record<string, unknown> = { ':step': step, ':one': 1, ':version': expectedVersion }
    for (const [name, value] of Object.entries(milestones)) {
      if (value === undefined) continue
      sets.push(`${name} = :${name}`)
      values[`:${name}`] = value
    }
    const removes = stepId === REGISTRATION_STEP_ID ? ' REMOVE gsi4pk, gsi4sk' : ''
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: caseKey(id),
          UpdateExpression: `SET ${sets.join(', ')}${removes}`,
          ConditionExpression: 'version = :version',
          ExpressionAttributeNames: { '#step': stepId },
          ExpressionAttributeValues: values,
        }),
      ),
    )
  }
}
