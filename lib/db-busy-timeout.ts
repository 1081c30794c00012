import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from "@libsql/client";

export const BUSY_TIMEOUT_MS = 5_000;

/**
 * WAL with synchronous=NORMAL: a commit is written to the log but not flushed to the disk each time, so it
 * survives the server's crash and only a power cut or OS crash can undo the last few; FULL flushes every
 * commit (about 0.6 ms here, held on the event loop). SQLITE_SYNCHRONOUS=full chooses that instead.
 */
export const SYNCHRONOUS_PRAGMA = `PRAGMA synchronous = ${process.env.SQLITE_SYNCHRONOUS === "full" ? "FULL" : "NORMAL"}`;

const BEGIN: Record<TransactionMode, string> = {
  write: "BEGIN IMMEDIATE",
  read: "BEGIN TRANSACTION READONLY",
  deferred: "BEGIN DEFERRED",
};

export interface SqliteConnection extends Client {
  /** Resolves once no transaction is open on this connection. */
  transactionsDone(): Promise<void>;
}

/**
 * A libsql client on one connection for the life of the process. Stock libsql hands its connection to
 * each transaction and opens a fresh one (file open, schema read, PRAGMAs) for the next call; here a
 * transaction is BEGIN … COMMIT on the same connection instead, which is safe because the Prisma adapter
 * holds its mutex from BEGIN to COMMIT, so no other statement can land inside it. The connection waits up
 * to BUSY_TIMEOUT_MS for another process's write lock instead of failing with SQLITE_BUSY.
 */
export function withBusyTimeout(client: Client): SqliteConnection {
  let prepared = false;
  const prepare = async () => {
    if (prepared) return;
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await client.execute(SYNCHRONOUS_PRAGMA);
    prepared = true;
  };
  // Resolves when the open transaction (if any) commits or rolls back.
  let open: Promise<void> | null = null;

  const transaction = async (mode: TransactionMode = "write"): Promise<Transaction> => {
    await prepare();
    await client.execute(BEGIN[mode]);
    let finish!: () => void;
    open = new Promise<void>((resolve) => (finish = resolve));
    let closed = false;
    const end = async (sql: "COMMIT" | "ROLLBACK") => {
      if (closed) return;
      try {
        await client.execute(sql);
      } catch (error) {
        // A COMMIT that failed (SQLITE_BUSY) leaves the transaction open on the shared connection: end it.
        if (sql === "COMMIT") await client.execute("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        closed = true;
        open = null;
        finish();
      }
    };
    return {
      execute: (stmt: InStatement) => client.execute(stmt),
      batch: async (stmts: InStatement[]) => {
        const out: ResultSet[] = [];
        for (const stmt of stmts) out.push(await client.execute(stmt));
        return out;
      },
      executeMultiple: (sql: string) => client.executeMultiple(sql),
      commit: () => end("COMMIT"),
      rollback: () => end("ROLLBACK").catch(() => undefined),
      close: () => void end("ROLLBACK").catch(() => undefined),
      get closed() {
        return closed;
      },
    };
  };

  const transactionsDone = async () => {
    while (open) await open;
  };

  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "transaction") return transaction;
      if (property === "transactionsDone") return transactionsDone;
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "execute" || property === "batch" || property === "executeMultiple") {
        return async (...args: unknown[]) => {
          await prepare();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  }) as SqliteConnection;
}
