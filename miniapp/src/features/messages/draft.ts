import type { MessageCategoryId, MessageSubmit, SubDistrictId } from '@doorstep/shared'
import { MESSAGE_CONTENT_MAX } from '@doorstep/shared/schemas/message'
import type { ApiError } from '@/shared/api/api-error'

/** What the resident (or staff filing for one) has typed so far. */
export interface Draft {
  category?: MessageCategoryId
  title: string
  content: string
  phone: string
  subDistrict?: SubDistrictId
  public: boolean
  anonymous: boolean
}

export const EMPTY_DRAFT: Draft = { title: '', content: '', phone: '', public: true, anonymous: false }

export const TITLE_MAX = 40
export const CONTENT_MAX = MESSAGE_CONTENT_MAX

export type DraftField = 'category' | 'title' | 'content' | 'phone' | 'subDistrict' | 'public' | 'residentName' | 'residentPhone'

/** The body the API takes: empty optional fields left out, anonymity only for a public message. */
export function toSubmit(draft: Draft): MessageSubmit {
  return {
    category: draft.category!,
    title: draft.title.trim(),
    content: draft.content.trim(),
    ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    ...(draft.subDistrict ? { subDistrict: draft.subDistrict } : {}),
    public: draft.public,
    anonymous: draft.public && draft.anonymous,
  }
}

/**
 * The API names a bad field `body.<field>` (the schema) or `<field>` (the content check, with the reason to show);
 * forms show each message under its field.
 */
export function fieldErrorsOf<Field extends string>(error: ApiError | undefined, fields: readonly Field[]): Partial<Record<Field, string>> {
  const byField: Partial<Record<Field, string>> = {}
  for (const { path, message } of error?.fieldErrors ?? []) {
    const field = fields.find((name) => path === `body.${name}` || path === name)
    if (field && !byField[field]) byField[field] = message
  }
  return byField
}
