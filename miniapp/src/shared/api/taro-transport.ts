import Taro from '@tarojs/taro'
import { TransportFailure, type Transport } from './transport'

/** Taro.request calls `success` for every HTTP status and `fail` only when no response arrived. */
export const taroTransport: Transport = (request) =>
  new Promise((resolve, reject) => {
    Taro.request({
      url: request.url,
      method: request.method,
      header: request.headers,
      data: request.body,
      timeout: request.timeoutMs,
      dataType: 'json',
      success: (response) => resolve({ status: response.statusCode, body: response.data, headers: lowerCaseKeys(response.header) }),
      fail: (error: { errMsg?: string; name?: string }) => {
        const timedOut = error.name === 'AbortError' || /timeout/i.test(error.errMsg ?? '')
        reject(new TransportFailure(timedOut ? 'timeout' : 'network', error.errMsg ?? 'request failed'))
      },
    })
  })

/** weapp keeps the server's spelling of header names; H5 (fetch) lower-cases them. */
function lowerCaseKeys(headers: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers ?? {})) result[name.toLowerCase()] = String(value)
  return result
}
