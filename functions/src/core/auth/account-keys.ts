/**
 * The accounts table (docs/data-model.md, A1–A6): read by the edge (core/auth: a staff token's standing; core/wechat:
 * a person's openid) and by the auth feature, so its keys live in core.
 *   user profile        pk = USER#<userId>,      sk = PROFILE
 *   WeChat identity     pk = WXOPENID#<openid>,  sk = LINK      → userId (one user per openid, by condition)
 *   staff account       pk = STAFF#<username>,   sk = PROFILE   (password hash, role, scope, token version, disabled)
 *   staff directory     pk = STAFF,              sk = <username>  (one item per account: the admin's list)
 * A person's other items (the inbox's subscription consents, inbox/keys.ts) share the user's partition.
 */
export const userPartition = (userId: string) => `USER#${userId}`
export const userKey = (userId: string) => ({ pk: userPartition(userId), sk: 'PROFILE' })
export const openIdLinkKey = (openid: string) => ({ pk: `WXOPENID#${openid}`, sk: 'LINK' })
export const staffKey = (username: string) => ({ pk: `STAFF#${username}`, sk: 'PROFILE' })
export const STAFF_DIRECTORY = 'STAFF'
export const directoryKey = (username: string) => ({ pk: STAFF_DIRECTORY, sk: username })
