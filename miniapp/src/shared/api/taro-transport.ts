import Taro from '@tarojs/taro'
import { TransportFailure, type Transport } from './transport'

/** Taro.request calls `success` for every HTTP status and `fail` only when no response arrived. */
export const taroTransport: Transport = (request) =>
  new Promise((resolve, reject) => {
    Taro.request({
      url: request.url,
      method: request.method,
      header: request.headers,
      timeout: request.timeoutMs,
      dataType: 'json',
      success: (response) => resolve({ status: response.statusCode, body: response.data }),
      fail: (error: { errMsg?: string; name?: string }) => {
        const timedOut = error.name === 'AbortError' || /timeout/i.test(error.errMsg ?? '')
        reject(new TransportFailure(timedOut ? 'timeout' : 'network', error.errMsg ?? 'request failed'))
      },
    })
  })
