const LOCAL_STAGES = new Set(['local', 'test'])

/** The stages that run on a developer's machine or in CI, where stand-ins replace WeChat and AWS secrets. */
export function isLocalStage(stage = process.env.STAGE): boolean {
  return stage !== undefined && LOCAL_STAGES.has(stage)
}
