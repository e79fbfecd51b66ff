/** One entry of a fixed list of choices: a stable id, and the name people read. */
export interface Choice {
  readonly id: string
  readonly name: string
}

/** The ids of a fixed list, in its order, as the non-empty tuple a picklist schema takes. */
export function idsOf<const T extends readonly { readonly id: string }[]>(list: T): [T[number]['id'], ...T[number]['id'][]] {
  return list.map((entry) => entry.id) as [T[number]['id'], ...T[number]['id'][]]
}

/** The name of `id` in `list`; the id itself when the list does not hold it. */
export function nameIn(list: readonly Choice[], id: string): string {
  return list.find((entry) => entry.id === id)?.name ?? id
}
