import { ApiError } from '@/shared/api/api-error'
import type { SaveFileRequest, SaveFileResult } from './types'

/** Browser: fetch with the session's token (a plain link could not send it), then save through a download link. */
export async function saveFile({ url, authorization, fileName }: SaveFileRequest): Promise<SaveFileResult> {
  let response: Response
  try {
    response = await fetch(url, { headers: authorization ? { Authorization: authorization } : {} })
  } catch {
    throw ApiError.network()
  }
  if (!response.ok) throw ApiError.fromResponse(response.status, await response.json().catch(() => undefined))
  const href = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked later: some browsers start reading the blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(href), 60_000)
  return 'downloaded'
}
