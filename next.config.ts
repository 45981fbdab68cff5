import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // The container image (Dockerfile) builds a self-contained server into .next/standalone; `npm
  // start` keeps serving the ordinary build with `next start`.
  ...(process.env.PAIRWISE_STANDALONE === "1" ? { output: "standalone" as const } : {}),
  // Pages that moved (into the programme hub; the mentor finder to make room for the pair page): old links keep working.
  async redirects() {
    return [
      {
        source: "/matching/:programId/assign/:matchId",
        destination: "/programs/:programId/matching/assign/:matchId",
        permanent: true,
      },
      { source: "/matching/:programId", destination: "/programs/:programId/matching", permanent: true },
      { source: "/programs/:programId/applications", destination: "/programs/:programId/enrolment", permanent: true },
      { source: "/me/mentoring/:programId/find", destination: "/me/mentoring/find/:programId", permanent: true },
    ];
  },
  // forbidden() renders app/forbidden.tsx with a 403 status.
  // Resource uploads travel as base64 in a server action: 5 MB files need about 7 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "8mb" } },
};

export default nextConfig;
