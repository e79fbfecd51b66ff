import Taro from '@tarojs/taro'
import { ApiError } from '@/shared/api/api-error'
import type { RosterFileRequest, RosterFileResult } from './file-types'

/**
 * WeChat: download into the sandbox, then open the workbook in WeChat's viewer (its menu forwards or saves it).
 * openDocument reads no CSV, so a CSV is sent to a chat instead, where it reaches a computer. The API's domain must
 * be on the mini-program's downloadFile whitelist.
 */
export async function saveRosterFile({ url, authorization, fileName, format }: RosterFileRequest): Promise<RosterFileResult> {
  let download: Taro.downloadFile.FileSuccessCallbackResult
  try {
    download = await Taro.downloadFile({ url, header: authorization ? { Authorization: authorization } : {} })
  } catch {
    throw ApiError.network()
  }
  if (download.statusCode !== 200) throw ApiError.fromResponse(download.statusCode, undefined)
  if (format === 'xlsx') {
    await Taro.openDocument({ filePath: download.tempFilePath, fileType: 'xlsx', showMenu: true })
    return 'opened'
  }
  await Taro.shareFileMessage({ filePath: download.tempFilePath, fileName })
  return 'shared'
}
