// Lets Node scripts (seed, benchmarks) import server-only modules: the guard exists for bundles
// that reach the browser, and a script run by Node is server code by definition.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
