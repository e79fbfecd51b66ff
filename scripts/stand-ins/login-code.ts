/** What wx.login gives the test person `name` on the WeChat stand-in: a one-time code for POST /v1/auth/wechat. */
export async function standInLoginCode(weChatStandIn: string, name: string): Promise<string> {
  const response = await fetch(`${weChatStandIn}/__standin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  })
  const body = (await response.json()) as { code?: string; error?: string }
  if (!response.ok || !body.code) throw new Error(`no login code for ${name}: ${body.error ?? response.status}`)
  return body.code
}
