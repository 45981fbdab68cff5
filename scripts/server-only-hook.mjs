// Scripts run lib modules outside Next.js, where `import "server-only"` would throw: they are
// server code by definition, so `tsx --import ./scripts/server-only-hook.mjs` resolves it to
// an empty module, as Next.js does on the server.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
