import { createHash } from 'node:crypto'
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { conditionHeld } from '../core/db/conditional'
import { POLICY_ITEM_VERSION, toPolicyItem } from '../policies/keys'
import { PolicyRepository } from '../policies/repository'
import { withSearchPinyin } from '../policies/search/pinyin-readings'
import { toServiceItem } from '../services/keys'
import { STATION_KEY_SCHEMA_VERSION, toStationItem } from '../stations/keys'
import type { SeedFiles } from './seed-files'

export interface SeedReport {
  [kind: string]: { written: number; unchanged: number }
}

const PARALLEL_WRITES = 16

/**
 * Idempotent: each item carries the hash of its seed record, and the put is conditional on that hash
 * having changed. A second run writes nothing, and records edited in the app (whose seedHash stays as
 * it was) are not overwritten unless their seed record itself changes.
 */
export async function seedCatalog(
  db: DynamoDBDocumentClient,
  table: string,
  files: SeedFiles,
  onProgress: (line: string) => void = () => {},
): Promise<SeedReport> {
  type Pair = readonly [record: object, item: Record<string, unknown>]
  const groups: Record<string, Pair[]> = {
    // the key schema version is hashed with the record, so items seeded under older keys are rewritten
    stations: files.stations.map((s) => [{ ...s, keySchema: STATION_KEY_SCHEMA_VERSION }, toStationItem(s)]),
    services: files.services.map((s) => [s, toServiceItem(s)]),
    policies: files.policies.map((p) => [{ ...p, itemSchema: POLICY_ITEM_VERSION }, toPolicyItem(withSearchPinyin(p))]),
  }
  const report: SeedReport = {}
  const policiesWritten: string[] = []
  for (const [kind, records] of Object.entries(groups)) {
    const counts = { written: 0, unchanged: 0 }
    await forEachLimited(records, PARALLEL_WRITES, async ([record, item]) => {
      const seedHash = createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 16)
      const wrote = await putIfChanged(db, table, { ...item, seedHash })
      counts[wrote ? 'written' : 'unchanged']++
      if (wrote && kind === 'policies') policiesWritten.push(String(item.id))
    })
    report[kind] = counts
    onProgress(`  ${kind.padEnd(9)} ${records.length} records: ${counts.written} written, ${counts.unchanged} unchanged`)
  }
  // announced like an admin write, so warm search indexes and the saved snapshot take the seeded policies in place
  if (policiesWritten.length) {
    const policies = new PolicyRepository(db, table)
    await forEachLimited(policiesWritten, PARALLEL_WRITES, (id) => policies.recordChange(id, new Date()))
    await policies.bumpVersion()
  }
  return report
}

async function putIfChanged(db: DynamoDBDocumentClient, table: string, item: Record<string, unknown>) {
  return conditionHeld(
    db.send(
      new PutCommand({
        TableName: table,
        Item: item,
        ConditionExpression: 'attribute_not_exists(pk) OR seedHash <> :hash',
        ExpressionAttributeValues: { ':hash': item.seedHash },
      }),
    ),
  )
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await run(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
