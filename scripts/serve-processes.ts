// Runs `next start` in several processes that share one port (Node's cluster module hands each
// new connection to the next process). Each app server is a single JavaScript thread, so on a
// PostgreSQL deployment one per core lets page rendering use the whole machine.
import cluster, { type Worker } from "node:cluster";
import { createRequire } from "node:module";
import { env } from "@/lib/env";

const require = createRequire(import.meta.url);

/** The production server, as `next start` runs it. */
export const nextStart = (port: string) => ({ exec: require.resolve("next/dist/bin/next"), args: ["start", "-p", port] });

export interface ServerProcesses {
  /** Settles with the exit code once every process has stopped. */
  stopped: Promise<number>;
  stop(signal: NodeJS.Signals): void;
}

/**
 * Starts `count` processes of `server` and starts again one that stops, unless it stops within
 * `startupMs` of starting: that one is failing to start (bad settings, the port taken), starting it
 * again would only loop, so they all stop with its exit code.
 */
export function serveProcesses(
  server: { exec: string; args: string[] },
  count: number,
  { startupMs = 15_000, log = console.error }: { startupMs?: number; log?: (message: string) => void } = {},
): ServerProcesses {
  cluster.setupPrimary({ ...server, execArgv: [] });
  // Background jobs are safe to run in every instance, but one runner per machine is enough.
  const jobRunner = env().JOB_RUNNER;
  const running = new Map<Worker, { index: number; at: number }>();
  let stopping: { code: number } | null = null;
  let settle: (code: number) => void = () => {};
  const stopped = new Promise<number>((resolve) => (settle = resolve));

  const fork = (index: number) => {
    const worker = cluster.fork({ JOB_RUNNER: index === 0 ? jobRunner : "off" });
    running.set(worker, { index, at: Date.now() });
  };
  const stopAll = (code: number, signal: NodeJS.Signals) => {
    stopping ??= { code };
    for (const worker of running.keys()) worker.process.kill(signal);
  };

  cluster.on("exit", (worker, code, signal) => {
    const started = running.get(worker);
    if (!started) return;
    const { index, at } = started;
    running.delete(worker);
    const name = `App server process ${index + 1} of ${count}`;
    if (!stopping && Date.now() - at < startupMs) {
      log(`${name} stopped while starting (exit ${code ?? signal}).`);
      stopAll(code || 1, "SIGTERM");
    } else if (!stopping) {
      log(`${name} stopped (exit ${code ?? signal}); starting it again.`);
      fork(index);
    }
    if (stopping && running.size === 0) settle(stopping.code);
  });
  for (let index = 0; index < count; index++) fork(index);
  return { stopped, stop: (signal) => stopAll(0, signal) };
}
