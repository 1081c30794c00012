// A worker for WorkerProcessPool's test: answers each job with its own pid, or dies when the job says so.
process.on("message", (job) => {
  if (job.crash) process.exit(3);
  process.send({ pid: process.pid, value: job.value });
});
process.once("disconnect", () => process.exit(0));
