import { get } from "node:http";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { serveProcesses } from "@/scripts/serve-processes";

const exec = fileURLToPath(new URL("../support/pid-server.mjs", import.meta.url));
const port = 3900 + Math.floor(Math.random() * 90);

/** One request on a new connection, so the cluster may hand it to any process; null while none listens. */
const pidAt = (path = "/") =>
  new Promise<string | null>((resolve) =>
    get({ host: "127.0.0.1", port, path, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(body));
    }).on("error", () => resolve(null)),
  );

/** The process ids that answer, once `enough` says they are the ones awaited. */
async function answering(enough: (pids: Set<string>) => boolean): Promise<Set<string>> {
  const pids = new Set<string>();
  for (let attempt = 0; attempt < 200 && !enough(pids); attempt++) {
    const pid = await pidAt();
    if (pid) pids.add(pid);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return pids;
}

describe("serving with several processes", () => {
  it("shares one port between the processes, starts one that stops again, and stops them all", { timeout: 30_000 }, async () => {
    const logged: string[] = [];
    const server = serveProcesses({ exec, args: [String(port)] }, 2, { startupMs: 100, log: (line) => logged.push(line) });
    const first = await answering((pids) => pids.size === 2);
    expect(first.size).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 150));
    const gone = (await pidAt("/exit"))!;
    expect(first.has(gone)).toBe(true);
    const replaced = await answering((pids) => [...pids].some((pid) => !first.has(pid)));
    expect([...replaced].filter((pid) => !first.has(pid))).toHaveLength(1);
    expect(logged).toEqual([expect.stringMatching(/^App server process [12] of 2 stopped \(exit 3\); starting it again\.$/)]);

    server.stop("SIGTERM");
    expect(await server.stopped).toBe(0);
    expect(await pidAt()).toBeNull();
  });

  it("stops every process with the exit code of one that fails while starting", { timeout: 30_000 }, async () => {
    const logged: string[] = [];
    const server = serveProcesses({ exec, args: ["fail"] }, 2, { log: (line) => logged.push(line) });
    expect(await server.stopped).toBe(7);
    expect(logged[0]).toMatch(/^App server process [12] of 2 stopped while starting \(exit 7\)\.$/);
  });
});
