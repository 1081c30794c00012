import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// Marks the code running inside a grade's transaction, so slow work such as a fit can refuse to run there.
const gradeScope = new AsyncLocalStorage<true>();

export const inGradeTransaction = <T>(run: () => Promise<T>): Promise<T> => gradeScope.run(true, run);

export function assertOutsideGradeTransaction(what: string): void {
  if (gradeScope.getStore()) throw new Error(`${what} must never run inside a grade transaction`);
}
