import type { PolicyDetail } from '@doorstep/shared'

/** H5 has no share menu: the share card's 复制链接 button does the job. */
export function useSharePolicy(_policy: PolicyDetail | undefined, _path: string) {}
