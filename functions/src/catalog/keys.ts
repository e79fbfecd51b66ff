/**
 * The catalog table's item keys that more than one feature reads: a service's detail names its policies, a policy's
 * detail names its services, a station's edit checks service ids. Kept here, below all three, so none of them
 * imports another (docs/data-model.md: catalog table).
 */
export const policyKey = (id: string) => ({ pk: `POLICY#${id}`, sk: 'POLICY' })
export const serviceKey = (id: string) => ({ pk: `SERVICE#${id}`, sk: 'SERVICE' })
