/// <reference types="@tarojs/taro" />

declare module '*.scss'

/** Build-time API base (config/index.ts, from TARO_APP_API_BASE). */
declare const API_BASE: string

/** Build-time H5 map tile URL template (config/index.ts, from TARO_APP_MAP_TILE_URL); empty = no tiles. */
declare const MAP_TILE_URL: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony'
    TARO_APP_API_BASE?: string
  }
}

interface Window {
  /** Set by runtime-config.js, which the H5 host may serve next to index.html. */
  __DOORSTEP_CONFIG__?: {
    apiBase?: string
    /** Stages on this machine only: where test people get login codes (the WeChat stand-in's wx.login). */
    loginCodeUrl?: string
  }
}

