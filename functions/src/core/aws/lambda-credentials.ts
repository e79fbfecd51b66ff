import { fromEnv } from '@aws-sdk/credential-provider-env'

/**
 * Replaces the SDK's default credential chain in Lambda bundles (see `alias` in serverless.yml).
 * Lambda hands every function its role's credentials in environment variables, which is the first place the
 * default chain looks anyway; the rest of the chain (SSO, ini files, STS web identity…) is ~80 KB of bundle
 * and cold-start parsing that can never run there. Locally the clients get explicit credentials instead.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init)
