import { spawn, type ChildProcess } from "node:child_process";

export interface WorkerCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface WorkerPoolOptions {
  /** How long a worker with nothing to do stays alive before it is told to exit. */
  idleMs: number;
  /** Jobs one worker runs before it is replaced, so a leak in native code cannot build up. */
  maxJobsPerWorker: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** One long-lived child process that runs one job at a time: a message in, one message back. */
class WorkerProcess {
  readonly child: ChildProcess;
  jobs = 0;
  #pending: Pending | null = null;

  constructor({ command, args, env }: WorkerCommand, onExit: (worker: WorkerProcess) => void) {
    // spawn, not fork: the bundler would try to resolve fork's script as a module to bundle.
    this.child = spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit", "ipc"] });
    this.child.on("message", (message) => this.#settle((p) => p.resolve(message)));
    this.child.once("error", (error) => this.#settle((p) => p.reject(error)));
    this.child.once("exit", (code, signal) => {
      this.#settle((p) => p.reject(new Error(`worker process exited with ${code ?? signal}`)));
      onExit(this);
    });
  }

  get usable(): boolean {
    return this.child.connected && this.child.exitCode === null;
  }

  run(job: unknown): Promise<unknown> {
    this.jobs += 1;
    this.#hold(true);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.child.send(job as object, (error) => {
        if (error) this.#settle((p) => p.reject(error));
      });
    });
  }

  /** Tells the worker to exit once it has nothing to do (it exits when its channel closes). */
  retire(): void {
    if (this.child.connected) this.child.disconnect();
  }

  #settle(finish: (pending: Pending) => void) {
    const pending = this.#pending;
    this.#pending = null;
    this.#hold(false);
    if (pending) finish(pending);
  }

  // While idle the worker must not keep this process alive: a script or a test exits as if it were not there.
  #hold(busy: boolean) {
    if (busy) {
      this.child.ref();
      this.child.channel?.ref();
    } else {
      this.child.unref();
      this.child.channel?.unref();
    }
  }
}

/**
 * Child processes kept between jobs, so each job pays for its work and not for a process's start-up
 * (for an FSRS fit, Node and the optimiser's binding: about 150 ms of CPU, more than a small fit itself).
 * It bounds nothing: callers limit how many jobs run at once, and the pool starts a worker for each.
 */
export class WorkerProcessPool {
  readonly #all = new Set<WorkerProcess>();
  readonly #idle: WorkerProcess[] = [];
  readonly #timers = new Map<WorkerProcess, NodeJS.Timeout>();

  constructor(
    private readonly command: () => WorkerCommand,
    private readonly options: WorkerPoolOptions,
  ) {}

  async run<T>(job: unknown): Promise<T> {
    const worker = this.#take();
    try {
      return (await worker.run(job)) as T;
    } finally {
      this.#giveBack(worker);
    }
  }

  /** Tells every idle process to exit now (busy ones keep running their job). */
  retireAll(): void {
    for (const worker of this.#idle.splice(0)) {
      clearTimeout(this.#timers.get(worker));
      this.#timers.delete(worker);
      worker.retire();
    }
  }

  /** The processes alive now, busy or idle. */
  get pids(): number[] {
    return [...this.#all].map((w) => w.child.pid!);
  }

  #take(): WorkerProcess {
    for (let worker = this.#idle.pop(); worker; worker = this.#idle.pop()) {
      clearTimeout(this.#timers.get(worker));
      this.#timers.delete(worker);
      if (worker.usable) return worker;
    }
    const worker = new WorkerProcess(this.command(), (gone) => this.#forget(gone));
    this.#all.add(worker);
    return worker;
  }

  #giveBack(worker: WorkerProcess) {
    if (!worker.usable) return;
    if (worker.jobs >= this.options.maxJobsPerWorker) return worker.retire();
    this.#idle.push(worker);
    const timer = setTimeout(() => {
      this.#idle.splice(this.#idle.indexOf(worker), 1);
      this.#timers.delete(worker);
      worker.retire();
    }, this.options.idleMs);
    timer.unref();
    this.#timers.set(worker, timer);
  }

  #forget(worker: WorkerProcess) {
    this.#all.delete(worker);
    const at = this.#idle.indexOf(worker);
    if (at >= 0) this.#idle.splice(at, 1);
    clearTimeout(this.#timers.get(worker));
    this.#timers.delete(worker);
  }
}
