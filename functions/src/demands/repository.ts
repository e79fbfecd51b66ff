import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { DemandOutcome, DemandResult, DemandStatus, SubDistrictId } from '@doorstep/shared'
import { batchGetAll } from '../core/db/batch-get'
import { conditionHeld } from '../core/db/conditional'
import { recordOf } from '../core/db/item'
import { queryAll } from '../core/db/query-all'
import {
  DECIDED,
  demandKey,
  demandsOfSubDistrict,
  fieldDemandKey,
  fieldDemandsOfGrid,
  fieldDemandsOfSubDistrict,
  membershipKey,
  referralKey,
  referralsOfGrid,
  referralsOfSubDistrict,
  toDemandItem,
  toFieldDemandItem,
  toReferralItem,
  type DemandRecord,
  type FieldDemandRecord,
  type ReferralRecord,
} from './keys'

/** What a claim on a report found: taken for this demand, or already another demand's. */
export type MembershipClaim = { claimed: true } | { claimed: false; demandId: string }

/** Field demands, demands and the one-demand-per-report claims: each change one conditional write on one item. */
export class DemandRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Stores a field demand once: false when its id (derived from the Idempotency-Key) was already filed. */
  putFieldDemand(record: FieldDemandRecord): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new PutCommand({ TableName: this.table, Item: toFieldDemandItem(record), ConditionExpression: 'attribute_not_exists(pk)' }),
      ),
    )
  }

  async getFieldDemand(id: string): Promise<FieldDemandRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: fieldDemandKey(id), ConsistentRead: true }))
    return Item ? recordOf<FieldDemandRecord>(Item) : undefined
  }

  async getFieldDemands(ids: readonly string[]): Promise<FieldDemandRecord[]> {
    const items = await batchGetAll(this.db, this.table, ids.map(fieldDemandKey), { consistent: true })
    return items.map((item) => recordOf<FieldDemandRecord>(item))
  }

  /** A grid's field demands, or a sub-district's, newest first (bounded: a few hundred a year per sub-district). */
  async fieldDemandsOf(place: { gridId: string } | { subDistrict: SubDistrictId }): Promise<FieldDemandRecord[]> {
    const [index, partition] =
      'gridId' in place ? ['gsi1', fieldDemandsOfGrid(place.gridId)] : ['gsi2', fieldDemandsOfSubDistrict(place.subDistrict)]
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk`,
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: false,
    })
    return items.map((item) => recordOf<FieldDemandRecord>(item))
  }

  /** Tells the field demand which demand it joined and what became of it (its filer reads this in their list). */
  async setOutcome(fieldDemandId: string, outcome: DemandOutcome): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: fieldDemandKey(fieldDemandId),
        UpdateExpression: 'SET demandId = :demand, outcome = :outcome',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':demand': outcome.demandId, ':outcome': outcome },
      }),
    )
  }

  /**
   * Claims a report for a demand. A claim naming a demand that was never written (a crash between the claims and
   * the demand) is taken over, conditional on it still naming that lost demand, so two creators cannot both win.
   */
  async claimMember(memberId: string, demandId: string): Promise<MembershipClaim> {
    const put = (condition: string, values: Record<string, string>) =>
      conditionHeld(
        this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: { ...membershipKey(memberId), demandId, entity: 'demand-member' },
            ConditionExpression: condition,
            ExpressionAttributeValues: values,
          }),
        ),
      )
    if (await put('attribute_not_exists(pk) OR demandId = :mine', { ':mine': demandId })) return { claimed: true }
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: membershipKey(memberId), ConsistentRead: true }))
    const holder = String(Item?.demandId ?? '')
    if (!holder || (await this.getDemand(holder))) return { claimed: false, demandId: holder }
    if (await put('demandId = :lost', { ':lost': holder })) return { claimed: true }
    return this.claimMember(memberId, demandId)
  }

  /** Gives back claims this demand made (its creation failed). Another demand's claim is left alone. */
  async releaseMember(memberId: string, demandId: string): Promise<void> {
    await conditionHeld(
      this.db.send(
        new DeleteCommand({
          TableName: this.table,
          Key: membershipKey(memberId),
          ConditionExpression: 'demandId = :mine',
          ExpressionAttributeValues: { ':mine': demandId },
        }),
      ),
    )
  }

  putDemand(record: DemandRecord): Promise<boolean> {
    return conditionHeld(
      this.db.send(new PutCommand({ TableName: this.table, Item: toDemandItem(record), ConditionExpression: 'attribute_not_exists(pk)' })),
    )
  }

  async getDemand(id: string): Promise<DemandRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: demandKey(id), ConsistentRead: true }))
    return Item ? recordOf<DemandRecord>(Item) : undefined
  }

  async demandsOf(subDistrict: SubDistrictId): Promise<DemandRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': demandsOfSubDistrict(subDistrict) },
      ScanIndexForward: false,
    })
    return items.map((item) => recordOf<DemandRecord>(item))
  }

  /** Decided demands, latest decision first: 你提的需求，我们这样办了. */
  async decided(limit: number): Promise<DemandRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': DECIDED },
      ScanIndexForward: false,
      Limit: limit,
    })
    return items.slice(0, limit).map((item) => recordOf<DemandRecord>(item))
  }

  /**
   * Moves a demand from one status to the next with the step that records why, in one conditional write; the
   * decided index is (re)keyed by the time of the decision. False when the demand was not in `from` any more.
   */
  changeStatus(id: string, from: DemandStatus, step: DemandRecord['trail'][number], result?: DemandResult): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: demandKey(id),
          UpdateExpression: `SET #status = :to, trail = list_append(trail, :step), decidedAt = if_not_exists(decidedAt, :at), gsi2pk = :decided, gsi2sk = :sk${result ? ', #result = :result' : ''}`,
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status', ...(result ? { '#result': 'result' } : {}) },
          ExpressionAttributeValues: {
            ':to': step.status,
            ':from': from,
            ':step': [step],
            ':at': step.at,
            ':decided': DECIDED,
            ':sk': `${step.at}#${id}`,
            ...(result ? { ':result': result } : {}),
          },
        }),
      ),
    )
  }

  /** Stores a referral once: false when its id (derived from the Idempotency-Key) was already filed. */
  putReferral(record: ReferralRecord): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new PutCommand({ TableName: this.table, Item: toReferralItem(record), ConditionExpression: 'attribute_not_exists(pk)' }),
      ),
    )
  }

  async getReferral(id: string): Promise<ReferralRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: referralKey(id), ConsistentRead: true }))
    return Item ? recordOf<ReferralRecord>(Item) : undefined
  }

  /** A grid's referrals newest first, or a sub-district's by deadline (most urgent first). */
  async referralsOf(place: { gridId: string } | { subDistrict: SubDistrictId }): Promise<ReferralRecord[]> {
    const [index, partition, forward] =
      'gridId' in place ? ['gsi1', referralsOfGrid(place.gridId), false] : ['gsi2', referralsOfSubDistrict(place.subDistrict), true]
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: index as string,
      KeyConditionExpression: `${index}pk = :pk`,
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: forward as boolean,
    })
    return items.map((item) => recordOf<ReferralRecord>(item))
  }

  /** Closes an open referral with its outcome; false when it was closed already (the first answer stands). */
  closeReferral(id: string, outcome: NonNullable<ReferralRecord['outcome']>): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: referralKey(id),
          UpdateExpression: 'SET #status = :closed, outcome = :outcome',
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':closed': 'closed', ':open': 'open', ':outcome': outcome },
        }),
      ),
    )
  }

  async setNotified(id: string, count: number): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: demandKey(id),
        UpdateExpression: 'SET notified = :n',
        ExpressionAttributeValues: { ':n': count },
      }),
    )
  }
}
