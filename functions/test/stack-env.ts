import { inject } from 'vitest'

// Code a test runs in its own process (signing a token, a repository) reads the same settings as the API's
// functions: table names, the SSM stand-in holding the stage's keys, and its stand-in credentials.
Object.assign(process.env, inject('stackEnv'))
