/** Page query values arrive still percent-encoded on H5 and weapp (the test router decodes them already). */
export function decodeRouteParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
