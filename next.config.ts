import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 status.
  // Resource uploads travel as base64 in a server action: 5 MB files need about 7 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "8mb" } },
};

export default nextConfig;
