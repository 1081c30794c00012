// Counts the calls this process makes to its database driver, so a test can hold the grade to its
// budget of round trips: each query, each BEGIN and each COMMIT or ROLLBACK is one.
import { AsyncLocalStorage } from "node:async_hooks";

export const roundTrips = { count: 0 };

// The counter of the countRoundTrips call the current async context runs in, if any.
const scope = new AsyncLocalStorage<{ count: number }>();

/** Adds one round trip to the process total and to the enclosing countRoundTrips, if any. */
export function countRoundTrip(): void {
  roundTrips.count += 1;
  const counter = scope.getStore();
  if (counter) counter.count += 1;
}

/** The round trips `run` made itself (work it leaves for after its response is not counted). */
export async function countRoundTrips<T>(run: () => Promise<T>): Promise<{ result: T; roundTrips: number }> {
  const counter = { count: 0 };
  const result = await scope.run(counter, run);
  return { result, roundTrips: counter.count };
}

/** Runs work that belongs to no request (after-response tasks) outside any countRoundTrips. */
export const outsideRoundTripCount = <T>(run: () => T): T => scope.exit(run);

type Method = (...args: unknown[]) => unknown;
const COUNTED = new Set(["queryRaw", "executeRaw", "startTransaction"]);

function counting<T extends object>(target: T, extra: (property: string | symbol, value: unknown) => boolean): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      const method = value as Method;
      if (!COUNTED.has(String(property)) && !extra(property, object)) return method.bind(object);
      return (...args: unknown[]) => {
        countRoundTrip();
        const out = method.apply(object, args);
        if (property !== "startTransaction") return out;
        // A transaction's own queries count too; its COMMIT and ROLLBACK count when the adapter sends them
        // itself (libsql) rather than as a query (pg, whose COMMIT arrives through executeRaw).
        return (out as Promise<{ options?: { usePhantomQuery?: boolean } } & object>).then((tx) =>
          counting(tx, (p) => (p === "commit" || p === "rollback") && tx.options?.usePhantomQuery === true),
        );
      };
    },
  });
}

/** A Prisma driver adapter factory whose adapters count every round trip in `roundTrips`. */
export function countingAdapterFactory<F extends { connect(): Promise<object> }>(factory: F): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (property !== "connect" || typeof value !== "function")
        return typeof value === "function" ? (value as Method).bind(object) : value;
      return async () => counting(await (value as () => Promise<object>).call(object), () => false);
    },
  });
}
