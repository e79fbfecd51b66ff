import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { ServiceRepository } from '../services/repository'
import { SessionRepository } from '../sessions/repository'
import { StationRepository } from '../stations/repository'
import { BoardRequestReader, OpenCatalogReader } from './repository'

const catalogTable = tableName('catalog')
export const catalogReader = new OpenCatalogReader(
  new StationRepository(db, catalogTable),
  new ServiceRepository(db, catalogTable),
  new SessionRepository(db, tableName('enrollments')),
)
export const boardReader = new BoardRequestReader(db, tableName('messages'))
