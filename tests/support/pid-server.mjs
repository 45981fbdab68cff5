// A stand-in app server for tests/unit/serve-processes.test.ts: answers with its process id;
// /exit answers, then exits with 3. Started with "fail", it exits with 7 at once.
import { createServer } from "node:http";

const [port] = process.argv.slice(2);
if (port === "fail") process.exit(7);
createServer((request, response) => {
  response.end(String(process.pid));
  if (request.url === "/exit") setTimeout(() => process.exit(3), 10);
}).listen(Number(port), "127.0.0.1");
