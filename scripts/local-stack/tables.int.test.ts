import { DescribeTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDynamo, type LocalDynamo } from './dynamo'
import type { CfnTable } from './serverless-config'
import { ensureTables, localClient } from './tables'

const table = (indexes: string[]): CfnTable => ({
  Type: 'AWS::DynamoDB::Table',
  Properties: {
    TableName: 'evolving',
    BillingMode: 'PAY_PER_REQUEST',
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      ...indexes.map((i) => ({ AttributeName: `${i}pk`, AttributeType: 'S' })),
    ],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    ...(indexes.length
      ? {
          GlobalSecondaryIndexes: indexes.map((i) => ({
            IndexName: i,
            KeySchema: [{ AttributeName: `${i}pk`, KeyType: 'HASH' }],
            Projection: { ProjectionType: 'ALL' },
          })),
        }
      : {}),
  },
})

let dynamo: LocalDynamo
beforeAll(async () => {
  dynamo = await startDynamo()
})
afterAll(() => dynamo.close())

describe('ensureTables', () => {
  it('creates a table once, then adds the indexes a later serverless.yml declares, keeping every item', async () => {
    const client = localClient(dynamo.endpoint)
    expect(await ensureTables(client, [table([])])).toEqual(['created evolving'])
    expect(await ensureTables(client, [table([])])).toEqual([])
    for (let i = 0; i < 60; i++) {
      await client.send(new PutItemCommand({ TableName: 'evolving', Item: { pk: { S: `item-${i}` }, n: { N: String(i) } } }))
    }
    expect(await ensureTables(client, [table(['gsi1', 'gsi2'])])).toEqual(['added index gsi1, index gsi2 to evolving (60 items kept)'])
    const { Item } = await client.send(new GetItemCommand({ TableName: 'evolving', Key: { pk: { S: 'item-59' } } }))
    expect(Item?.n).toEqual({ N: '59' })
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'evolving' }))
    expect(Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName).sort()).toEqual(['gsi1', 'gsi2'])
    client.destroy()
  })
})
