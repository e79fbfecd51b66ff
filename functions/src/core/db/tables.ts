/** Table names come from the environment that serverless.yml sets per stage; a missing one is a deploy bug. */
export const TABLE_ENV = {
  catalog: 'CATALOG_TABLE',
  accounts: 'ACCOUNTS_TABLE',
  rateLimits: 'RATE_LIMITS_TABLE',
  enrollments: 'ENROLLMENTS_TABLE',
  companies: 'COMPANIES_TABLE',
  messages: 'MESSAGES_TABLE',
  inbox: 'INBOX_TABLE',
  snapshots: 'SNAPSHOTS_TABLE',
  demands: 'DEMANDS_TABLE',
} as const

export type TableKey = keyof typeof TABLE_ENV

export function tableName(table: TableKey): string {
  const name = process.env[TABLE_ENV[table]]
  if (!name) throw new Error(`${TABLE_ENV[table]} is not set`)
  return name
}
