import Taro from '@tarojs/taro'
import { ApiError } from '@/shared/api/api-error'
import type { SaveFileRequest, SaveFileResult } from './types'

/**
 * WeChat: download into the sandbox, then open a workbook in WeChat's viewer (its menu forwards or saves it).
 * openDocument reads no CSV, so a CSV is sent to a chat instead, where it reaches a computer. The API's domain must
 * be on the mini-program's downloadFile whitelist.
 */
export async function saveFile({ url, authorization, fileName, format }: SaveFileRequest): Promise<SaveFileResult> {
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
