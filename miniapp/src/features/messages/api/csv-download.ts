import Taro from '@tarojs/taro'
import { ApiError } from '@/shared/api/api-error'

/**
 * WeChat: download into the sandbox, then send the file to a chat (WeChat's document viewer reads no CSV), from
 * where it reaches a computer. The API's domain must be on the mini-program's downloadFile whitelist.
 */
export async function downloadCsv(url: string, authorization: string | undefined, fileName: string): Promise<'downloaded' | 'shared'> {
  let download: Taro.downloadFile.FileSuccessCallbackResult
  try {
    download = await Taro.downloadFile({ url, header: authorization ? { Authorization: authorization } : {} })
  } catch {
    throw ApiError.network()
  }
  if (download.statusCode !== 200) throw ApiError.fromResponse(download.statusCode, undefined)
  await Taro.shareFileMessage({ filePath: download.tempFilePath, fileName })
  return 'shared'
}
