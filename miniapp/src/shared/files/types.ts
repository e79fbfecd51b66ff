/** Shared by the platform files (`save-file.ts` for weapp, `save-file.h5.ts` for the browser). */
export interface SaveFileRequest {
  url: string
  authorization?: string
  fileName: string
  format: 'csv' | 'xlsx'
}

/** What happened to the file, for the page to say in words. */
export type SaveFileResult = 'downloaded' | 'opened' | 'shared'
