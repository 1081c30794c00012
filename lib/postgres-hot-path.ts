import { createHash } from "node:crypto";
import pg from "pg";
import { countRoundTrip } from "./db-round-trips";

type Value = string | number | boolean | null | Date;
export interface PostgresStatement {
  /** The statement with $1, $2, … placeholders. */
  text: string;
  values: readonly unknown[];
}

const TIMESTAMP = 1114;
// Prisma's DateTime is timestamp(3) without a time zone, holding UTC; pg would read it as local time.
const parseUtcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const defaultParser = pg.types.getTypeParser as (oid: number, format?: "text" | "binary") => (text: string) => unknown;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? parseUtcTimestamp : defaultParser(oid, format)) as typeof pg.types.getTypeParser,
};

// PostgreSQL reads a zone in a literal for timestamp without time zone as noise, so send UTC text.
const toPg = (value: unknown): Value => (value instanceof Date ? value.toISOString() : (value as Value));

// PostgreSQL's answer to a prepared statement whose result columns a migration has changed (SQLSTATE 0A000).
const isStalePlan = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === "0A000" && /cached plan must not change result type/.test(String((error as Error).message));

/**
 * The grade's own statements on PostgreSQL, past Prisma (whose compiler and unnamed statements cost
 * about a millisecond per query and a fresh plan on every execution): the same pool, each statement
 * named after its text so every connection parses and plans it once and then only binds it.
 * Each statement is one implicit transaction; a write that spans rows is written as one statement.
 */
export class PostgresHotPath {
  readonly #names = new Map<string, string>();
  // Part of every name: raised when a migration changed a table under statements already prepared.
  #generation = 0;

  constructor(private readonly pool: pg.Pool) {}

  #name(text: string): string {
    let name = this.#names.get(text);
    if (!name) {
      name = `hot${this.#generation}_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
      // A process runs a handful of distinct hot statements; a leak here would be a bug, not load.
      if (this.#names.size > 500) this.#names.clear();
      this.#names.set(text, name);
    }
    return name;
  }

  /** Rows as objects; timestamps as Dates, int8 and numeric as text (callers read counts with Number). */
  async query<T>(statement: PostgresStatement): Promise<T[]> {
    try {
      return await this.#run<T>(statement);
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      // A column was added or dropped since this connection prepared the statement: prepare it afresh, under new names.
      this.#generation += 1;
      this.#names.clear();
      return this.#run<T>(statement);
    }
  }

  async #run<T>({ text, values }: PostgresStatement): Promise<T[]> {
    countRoundTrip();
    const result = await this.pool.query({ name: this.#name(text), text, values: values.map(toPg), types });
    return result.rows as T[];
  }
}
