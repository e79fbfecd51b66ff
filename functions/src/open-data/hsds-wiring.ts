import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { ServiceRepository } from '../services/repository'
import { SessionRepository } from '../sessions/repository'
import { OpenCatalogReader } from './catalog-reader'

const catalogTable = tableName('catalog')
export const catalogReader = new OpenCatalogReader(
  db,
  catalogTable,
  new ServiceRepository(db, catalogTable),
  new SessionRepository(db, tableName('enrollments')),
)
