import * as v from 'valibot'
import { AUDIENCE_IDS, CATEGORY_IDS } from '../domain/categories'
import { Id, IsoDate, SampleFlag, Text } from './common'

/** One of the 23 service projects (培训市集、乐龄学堂 …) offered through the stations. */
export const ServiceProject = v.strictObject({
  id: Id,
  categoryId: v.picklist(CATEGORY_IDS),
  name: Text(30),
  summary: Text(300),
  audiences: v.pipe(v.array(v.picklist(AUDIENCE_IDS)), v.minLength(1)),
  benefits: v.pipe(v.array(Text(120)), v.minLength(1)),
  materials: v.array(Text(80)),
  channels: v.pipe(v.array(v.picklist(['online', 'station'])), v.minLength(1)),
  processingTime: Text(40),
  fee: Text(40),
  policyIds: v.array(Id),
  hasSessions: v.boolean(),
  verifiedOn: IsoDate,
  sample: SampleFlag,
})
export type ServiceProject = v.InferOutput<typeof ServiceProject>
