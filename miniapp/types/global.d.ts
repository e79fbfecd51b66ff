/// <reference types="@tarojs/taro" />

declare module '*.scss'

/** Build-time API base (config/index.ts, from TARO_APP_API_BASE). */
declare const API_BASE: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony'
    TARO_APP_API_BASE?: string
  }
}

interface Window {
  /** Set by runtime-config.js, which the H5 host may serve next to index.html. */
  __DOORSTEP_CONFIG__?: { apiBase?: string }
}

