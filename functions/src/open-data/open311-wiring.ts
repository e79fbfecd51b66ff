import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { ServiceRepository } from '../services/repository'
import { BoardRequestReader } from './board-reader'

const catalogTable = tableName('catalog')
export const boardReader = new BoardRequestReader(db, tableName('messages'), catalogTable, new ServiceRepository(db, catalogTable))
