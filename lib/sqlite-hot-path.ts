import path from "node:path";
import { Worker } from "node:worker_threads";
import Database from "libsql";
import { BUSY_TIMEOUT_MS, SYNCHRONOUS_PRAGMA } from "./db-busy-timeout";
import { countRoundTrip } from "./db-round-trips";

const CHECKPOINT_WORKER_FILE = path.join(process.cwd(), "lib/sqlite-checkpoint-worker.mjs");
const CHECKPOINT_INTERVAL_MS = 250;
// SQLite's default: a commit that finds this many pages in the log copies them back itself, on the event loop.
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
// With the checkpoint worker running, a commit does so only if the worker has fallen this far behind.
const FALLBACK_AUTOCHECKPOINT_PAGES = 20_000;

type Value = string | number | bigint | null | Uint8Array;
export interface HotStatement {
  sql: string;
  args: Value[];
}

/**
 * The grade's own statements on SQLite, past Prisma and @libsql/client (which re-parse every statement
 * and read its columns twice): one more connection per process, opened once, with its statements
 * prepared once. Reads never wait (WAL: they see committed data only). A write first waits for any
 * transaction open on the Prisma connection, then runs BEGIN IMMEDIATE … COMMIT synchronously, so
 * nothing in this process can interleave with it; other processes are waited for by the busy timeout.
 */
export class SqliteHotPath {
  #db: Database.Database | null = null;
  #checkpointer: Worker | null = null;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(
    private readonly file: string,
    private readonly transactionsDone: () => Promise<void>,
  ) {}

  #open(): Database.Database {
    if (!this.#db) {
      this.#db = new Database(this.file);
      this.#db.prepare(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).all();
      this.#db.prepare(SYNCHRONOUS_PRAGMA).run();
      this.#startCheckpointer(this.#db);
    }
    return this.#db;
  }

  /** Moves this connection's WAL checkpoints to a worker thread; if the worker cannot run, they stay in the commit. */
  #startCheckpointer(db: Database.Database): void {
    const autocheckpoint = (pages: number) => db.prepare(`PRAGMA wal_autocheckpoint = ${pages}`).all();
    const worker = new Worker(CHECKPOINT_WORKER_FILE, { workerData: { file: this.file, intervalMs: CHECKPOINT_INTERVAL_MS } });
    // A checkpoint thread must never keep a finished process (a script, a test run) alive.
    worker.unref();
    worker.once("error", () => {
      if (this.#db === db) autocheckpoint(DEFAULT_AUTOCHECKPOINT_PAGES);
    });
    autocheckpoint(FALLBACK_AUTOCHECKPOINT_PAGES);
    this.#checkpointer = worker;
  }

  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#open().prepare(sql);
      // A process runs a handful of distinct hot statements; a leak here would be a bug, not load.
      if (this.#statements.size > 200) this.#statements.clear();
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Rows as objects; dates come back as their ISO text, booleans as 0/1. */
  query<T>({ sql, args }: HotStatement): T[] {
    countRoundTrip();
    return this.#statement(sql).all(args) as T[];
  }

  /** The statements in one write transaction, in one synchronous call; the rows each one changed. */
  async write(statements: HotStatement[]): Promise<number[]> {
    await this.transactionsDone();
    countRoundTrip();
    const begin = this.#statement("BEGIN IMMEDIATE");
    const commit = this.#statement("COMMIT");
    begin.run();
    try {
      const changes = statements.map(({ sql, args }) => this.#statement(sql).run(args).changes);
      commit.run();
      return changes;
    } catch (error) {
      if (this.#db?.inTransaction) this.#statement("ROLLBACK").run();
      throw error;
    }
  }

  close(): void {
    this.#checkpointer?.postMessage("stop");
    this.#checkpointer = null;
    this.#db?.close();
    this.#db = null;
    this.#statements.clear();
  }
}
