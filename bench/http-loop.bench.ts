// The review loop against its ceiling: at each concurrency (1, 10 and 50 clients by default), first an
// empty route handler (GET /api/ping, answering uncompressed as the grade does) and then grade-and-next (POST /api/practice/grade), each client
// sending its next request as soon as the last one answered, against one `next start`, in one run; the
// ratio between the two is what the grade costs beyond Next itself. The two take turns in slices (HTTP_SLICES)
// so load from elsewhere on the machine falls on both alike. Then "the floor", the same
// grade-and-next called directly on the database in one process. HTTP_DB=postgres for PostgreSQL.
// Each client's learner reaches 100 reviews within the run, and with them its first FSRS fit (a background
// process, counted in the server's CPU); HTTP_NO_FITS=1 gives them no fit due, to see the grade without its fits.
import { execFileSync, spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { readdirSync, readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { freshBenchDatabase } from "./support/bench-db";

const LEVELS = (process.env.HTTP_LEVELS ?? "1,10,50").split(",").map(Number);
const SECONDS = Number(process.env.HTTP_SECONDS ?? 10);
// The two routes take turns in slices, so a burst of load from elsewhere on the machine hits both alike.
const SLICES = Number(process.env.HTTP_SLICES ?? 5);
const PORT = Number(process.env.HTTP_PORT ?? 3250);
const provider = process.env.HTTP_DB === "postgres" ? "postgresql" : "sqlite";
const noFits = process.env.HTTP_NO_FITS === "1";
// HTTP_PIN_DATABASE=1: PostgreSQL on the last core alone, the server and this load generator on the others, as
// when the database runs on a host of its own (the set-up for several app instances). Linux with taskset only.
const pinDatabase = process.env.HTTP_PIN_DATABASE === "1";

const { db, cleanup } = await freshBenchDatabase(`bench-http-${provider}`, provider);
const { gradeCard } = await import("../lib/server/practice/grade-card");
const { getNextCard } = await import("../lib/server/practice/get-next-card");
const secret = process.env.NEXTAUTH_SECRET!;

// One per client, and spares for a client whose learner has been through the whole bank (about 11 s of grading alone).
const SPARE_USERS = 30;
const users = await Promise.all(
  Array.from({ length: Math.max(...LEVELS) + SPARE_USERS }, async (_, i) => {
    const user = await db.user.create({
      data: { email: `http-${i}-${randomUUID()}@example.com`, passwordHash: "x", newCardsPerDay: 1000, ...(noFits ? { fitAttemptReviews: 1_000_000 } : {}) },
    });
    const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    return { ...user, cookie: `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, sv: 0, sid: session.id }, secret })}` };
  }),
);

const base = `http://127.0.0.1:${PORT}`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

const serverMs = (response: Response) => Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN);

interface Run {
  perSecond: number;
  p50: number;
  p99: number;
  serverP50: number;
  serverP99: number;
  errors: number;
}

interface Samples {
  latencies: number[];
  server: number[];
  errors: number;
  /** CPU time the server process tree used while these samples ran, in ms (Linux /proc; NaN elsewhere). */
  cpuMs: number;
  /** The same for the PostgreSQL server, when it runs on this machine. */
  databaseCpuMs: number;
}
const samples = (): Samples => ({ latencies: [], server: [], errors: 0, cpuMs: 0, databaseCpuMs: 0 });

const TICK_MS = 10; // USER_HZ is 100 on Linux
/** A process and its descendants, each with the user + system CPU it has used, in ms (Linux /proc; empty elsewhere). */
function processTree(root: number): { pid: number; cpu: number }[] {
  const stats = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const fields = readFileSync(`/proc/${d}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
        return [{ pid: Number(d), ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) * TICK_MS }];
      } catch {
        return [];
      }
    });
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) {
      if (tree.has(s.pid) || !tree.has(s.ppid)) continue;
      tree.add(s.pid);
      grew = true;
    }
  }
  return stats.filter((s) => tree.has(s.pid));
}

/** User + system CPU of a process and its descendants, in ms. */
function treeCpuMs(root: number): number {
  try {
    return processTree(root).reduce((sum, s) => sum + s.cpu, 0);
  } catch {
    return NaN;
  }
}

/** Binds every thread of a process tree to the given CPUs; processes it starts later inherit the binding. */
function pinTree(root: number, cpus: string) {
  for (const { pid } of processTree(root)) execFileSync("taskset", ["-a", "-p", "-c", cpus, String(pid)], { stdio: "ignore" });
}

/** Runs one slice and adds the server's CPU time over it to the samples. */
async function measured(into: Samples, slice: () => Promise<void>) {
  const [before, databaseBefore] = [treeCpuMs(server.pid!), postmaster ? treeCpuMs(postmaster) : NaN];
  await slice();
  into.cpuMs += treeCpuMs(server.pid!) - before;
  into.databaseCpuMs += (postmaster ? treeCpuMs(postmaster) : NaN) - databaseBefore;
}

function summarise({ latencies, server, errors }: Samples): Run {
  latencies.sort((a, b) => a - b);
  server.sort((a, b) => a - b);
  return { perSecond: latencies.length / SECONDS, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), serverP50: pct(server, 0.5), serverP99: pct(server, 0.99), errors };
}

/** The empty route handler as fast as `count` clients can call it for `seconds`. */
async function emptyRoute(count: number, seconds: number, into: Samples): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: count }, async () => {
      while (Date.now() < deadline) {
        const t = performance.now();
        const response = await fetch(`${base}/api/ping`);
        await response.arrayBuffer();
        if (response.status !== 200) into.errors += 1;
        into.latencies.push(performance.now() - t);
      }
    }),
  );
}

/** PostgreSQL's postmaster, the parent of our own backend, if the server runs on this machine. */
async function findPostmaster(): Promise<number | undefined> {
  if (provider !== "postgresql") return undefined;
  const [backend] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS "pid"`;
  try {
    return Number(readFileSync(`/proc/${backend!.pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]);
  } catch {
    return undefined;
  }
}
const postmaster = await findPostmaster();

const cards = new Map<string, { questionId: string; clientKey: string } | undefined>();
// The learner each client grades as: its own until that one has seen the whole bank, then a spare, kept across slices.
const clients = users.slice(0, Math.max(...LEVELS));
const spares = users.slice(Math.max(...LEVELS));

/** Grades as fast as it can for `seconds` with `count` users at once; latency is per grade request. */
async function overHttp(count: number, seconds: number, into: Samples): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    clients.slice(0, count).map(async (_, slot) => {
      let user = clients[slot]!;
      let headers = { cookie: user.cookie, "content-type": "application/json", origin: base };
      const firstCard = async () =>
        cards.get(user.id) ?? ((await (await fetch(`${base}/api/practice/next`, { headers })).json()) as { card?: { questionId: string; clientKey: string } }).card;
      let card = await firstCard();
      while (Date.now() < deadline) {
        if (!card) {
          // This learner has seen every question: carry on as a fresh one.
          const spare = spares.shift();
          if (!spare) break;
          user = clients[slot] = spare;
          headers = { ...headers, cookie: user.cookie };
          card = await firstCard();
          continue;
        }
        const t = performance.now();
        const response = await fetch(`${base}/api/practice/grade`, { method: "POST", headers, body: JSON.stringify({ questionId: card.questionId, rating: 3, clientKey: card.clientKey }) });
        const body = (await response.json()) as { next?: { card?: { questionId: string; clientKey: string } } };
        if (response.status !== 200) into.errors += 1;
        into.latencies.push(performance.now() - t);
        into.server.push(serverMs(response));
        card = body.next?.card;
      }
      cards.set(user.id, card);
    }),
  );
}

/** The same loop with no HTTP and no Next: the data layer called directly, one grade after another. */
async function floor() {
  const user = await db.user.create({ data: { email: `floor-${randomUUID()}@example.com`, passwordHash: "x", newCardsPerDay: 1000 } });
  const latencies: number[] = [];
  let next = await getNextCard(db, { userId: user.id });
  const deadline = Date.now() + SECONDS * 1000;
  while (next.kind === "card" && Date.now() < deadline) {
    const t = performance.now();
    await gradeCard(db, { userId: user.id, questionId: next.card.questionId, rating: 3, clientKey: next.card.clientKey, durationMs: 0, source: "practice" });
    next = await getNextCard(db, { userId: user.id });
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  return { gradesPerSecond: latencies.length / ((latencies.reduce((s, x) => s + x, 0) || 1) / 1000), p50: pct(latencies, 0.5), p99: pct(latencies, 0.99) };
}

// HTTP_PROFILE_DIR=dir writes a V8 CPU profile of the server there when it stops.
const profile = process.env.HTTP_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.HTTP_PROFILE_DIR}`] : [];
const server = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env: { ...process.env, LOG_LEVEL: "warn" }, stdio: "ignore" });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  if (i > 200) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 250));
}
if (pinDatabase) {
  if (!postmaster) throw new Error("HTTP_PIN_DATABASE needs HTTP_DB=postgres with the server on this machine");
  const last = availableParallelism() - 1;
  if (last < 1) throw new Error("HTTP_PIN_DATABASE needs at least two cores");
  pinTree(postmaster, String(last));
  pinTree(server.pid!, `0-${last - 1}`);
  pinTree(process.pid, `0-${last - 1}`);
}
await emptyRoute(10, 2, samples()); // warm-up: compile paths, fill caches
await overHttp(10, 2, samples());
const results: Record<string, Record<string, string | number>> = {};
const ratios: string[] = [];
const cpu: string[] = [];
const row = (r: Run, empty?: Run) => ({
  "req/s": Math.round(r.perSecond),
  "p50 ms": r.p50.toFixed(2),
  "p99 ms": r.p99.toFixed(2),
  "p99/p50": (r.p99 / r.p50).toFixed(2),
  "server p50 ms": Number.isNaN(r.serverP50) ? "" : r.serverP50.toFixed(2),
  "server p99 ms": Number.isNaN(r.serverP99) ? "" : r.serverP99.toFixed(2),
  "vs empty": empty ? (r.perSecond / empty.perSecond).toFixed(2) : "",
  errors: r.errors,
});
for (const level of LEVELS) {
  const [emptySamples, gradeSamples] = [samples(), samples()];
  for (let slice = 0; slice < SLICES; slice++) {
    await measured(emptySamples, () => emptyRoute(level, SECONDS / SLICES, emptySamples));
    await measured(gradeSamples, () => overHttp(level, SECONDS / SLICES, gradeSamples));
  }
  const [empty, grade] = [summarise(emptySamples), summarise(gradeSamples)];
  const cpuPerRequest = (x: Samples) => x.cpuMs / x.latencies.length;
  // Both servers share this machine's cores, so PostgreSQL's share is part of what a grade costs.
  const databasePerGrade = postmaster ? `; PostgreSQL ${(gradeSamples.databaseCpuMs / gradeSamples.latencies.length).toFixed(2)} ms per grade-and-next` : "";
  cpu.push(
    `${level} clients: ${cpuPerRequest(emptySamples).toFixed(2)} ms empty, ${cpuPerRequest(gradeSamples).toFixed(2)} ms grade-and-next, ratio ${(cpuPerRequest(emptySamples) / cpuPerRequest(gradeSamples)).toFixed(2)}${databasePerGrade}`,
  );
  results[`empty route, ${level} clients`] = row(empty);
  results[`grade-and-next, ${level} clients`] = row(grade, empty);
  ratios.push(`${level} clients: ${(grade.perSecond / empty.perSecond).toFixed(2)}`);
}
server.kill("SIGTERM");
await new Promise((resolve) => server.once("exit", resolve));
const f = await floor();
results["floor: data layer, 1 caller"] = { "req/s": Math.round(f.gradesPerSecond), "p50 ms": f.p50.toFixed(2), "p99 ms": f.p99.toFixed(2), "p99/p50": (f.p99 / f.p50).toFixed(2), errors: 0 };
console.log(
  `\nreview loop on ${provider}: ${SECONDS} s per route and level in ${SLICES} alternating slices, every client sending without pause, one next start` +
    (noFits ? "; no FSRS fit due (HTTP_NO_FITS)" : "; FSRS fits run as learners reach 100 reviews and each doubling") +
    (pinDatabase ? "; PostgreSQL alone on the last core, the server and the load on the rest (HTTP_PIN_DATABASE)" : ""),
);
console.table(results);
console.log(`grade-and-next / empty route throughput: ${ratios.join(", ")}`);
// Throughput swings with whatever else the machine runs; CPU per request much less so.
console.log(`server CPU per request (and empty / grade-and-next, the throughput ratio a CPU-bound server would reach):\n  ${cpu.join("\n  ")}`);
await cleanup();
