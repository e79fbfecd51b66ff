/**
 * A fixed ES256 key pair that the local stack puts in its SSM stand-in for the local and test stages, so tokens
 * survive a restart of `npm start`. It never reaches a bundle: the functions read whatever key SSM holds, and the
 * staging stage gets a fresh pair on every start, like a real environment with its own keys.
 */
export const DEV_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAES7e+wJtdxeb76qJtOz0xBZxBJYix
is0a7Aqyv0nGfRtTXd2uiW1Wze+RJCiwD3dadrYm9+9nFvOHR/C+RszrlA==
-----END PUBLIC KEY-----`

export const DEV_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgcYlG0TJxkUsrrDgn
G7B7isd3UN76frjLXMFi+7L0ywChRANCAARLt77Am13F5vvqom07PTEFnEEliLGK
zRrsCrK/ScZ9G1Nd3a6JbVbN75EkKLAPd1p2tib372cW84dH8L5GzOuU
-----END PRIVATE KEY-----`
