import Taro from '@tarojs/taro'

/** What the app keeps on the device; tests give stores an in-memory one. */
export interface KeyValueStorage {
  read(key: string): unknown
  write(key: string, value: unknown): void
  remove(key: string): void
}

/** Taro's storage: wx storage on weapp, localStorage on H5. */
export const taroStorage: KeyValueStorage = {
  read: (key) => Taro.getStorageSync(key),
  write: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
}

/** A store that cannot be read (full, corrupt, private mode) is treated as empty rather than breaking the page. */
export function safeRead(storage: KeyValueStorage, key: string): unknown {
  try {
    return storage.read(key)
  } catch {
    return undefined
  }
}

/** Keeping something is a convenience: a failed write must never fail what the person was doing. */
export function safeWrite(storage: KeyValueStorage, key: string, value: unknown): void {
  try {
    storage.write(key, value)
  } catch {
    // Nothing to do: the value simply is not remembered.
  }
}
