import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

// next-auth derives the cookie's key from the secret again on every decode; the secret is fixed for the process.
const keys = new Map<string, Uint8Array>();

/** The A256GCM key next-auth encrypts its session cookie with: HKDF-SHA256 of the secret, as next-auth/jwt derives it. */
function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\0${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

// Cookies already decrypted, by their exact text: the same ciphertext always holds the same claims.
const decoded = new Map<string, JWT>();
const DECODED_LIMIT = 5_000;
const CLOCK_TOLERANCE_SECONDS = 15;

const stillValid = (claims: JWT, nowSeconds: number) =>
  (typeof claims.exp !== "number" || claims.exp > nowSeconds - CLOCK_TOLERANCE_SECONDS) &&
  (typeof claims.nbf !== "number" || claims.nbf <= nowSeconds + CLOCK_TOLERANCE_SECONDS);

/**
 * next-auth's session-cookie decode with the key derived once, and each cookie decrypted once (its expiry
 * is still checked on every use): a drop-in for getToken's `decode`. Whether the session stands is the
 * caller's check against the database, made on every request.
 */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const id = `${salt}\0${secret.toString()}\0${token}`;
  const known = decoded.get(id);
  if (known && stillValid(known, Date.now() / 1000)) return { ...known };
  decoded.delete(id);
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: CLOCK_TOLERANCE_SECONDS });
  // Oldest first out: a Map iterates in insertion order.
  if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
  decoded.set(id, payload);
  return { ...(payload as JWT) };
}
