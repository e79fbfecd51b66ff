/** H5: the browser asks for location and files itself; WeChat's privacy prompt does not exist there. */
export function PrivacyPrompt() {
  return null
}
