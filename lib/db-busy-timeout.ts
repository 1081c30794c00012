import type { Client } from "@libsql/client";

export const BUSY_TIMEOUT_MS = 5_000;

/**
 * A libsql client whose every connection waits up to BUSY_TIMEOUT_MS for another process's write
 * lock instead of failing with SQLITE_BUSY. The client opens a fresh connection after each
 * transaction, and PRAGMAs are per connection, so the timeout is set again after every one.
 * Calls never overlap: the Prisma adapter serialises them behind its own mutex.
 */
export function withBusyTimeout(client: Client): Client {
  let fresh = true;
  const prepare = async () => {
    if (!fresh) return;
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    fresh = false;
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "execute" || property === "batch" || property === "executeMultiple") {
        return async (...args: unknown[]) => {
          await prepare();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (property === "transaction") {
        return async (...args: unknown[]) => {
          await prepare();
          const tx: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          // The transaction took the connection; the next call opens a new one.
          fresh = true;
          return tx;
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
