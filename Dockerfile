# syntax=docker/dockerfile:1
# Pairwise for container platforms: build once, run N copies of this image behind any load
# balancer, all on one PostgreSQL database. compose.yaml shows the whole topology; the README's
# "Several instances behind a load balancer" section says what each platform needs.
#
#   docker build -t pairwise --build-arg NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(openssl rand -base64 32)" .
#   docker build -t pairwise-migrate --target migrate .

# --- Dependencies: the lockfile's packages; postinstall generates the Prisma client. ------------
FROM node:22-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/schema-engine-stub.sh ./scripts/
COPY prisma ./prisma
# As in .ci/run: `npm install` honours the lockfile (npm ci refuses lockfiles written where only
# one platform's optional binaries could be resolved).
RUN npm install --no-audit --no-fund

# --- Build: one production build, as a self-contained server (.next/standalone). ----------------
FROM deps AS build
COPY . .
# Server-action ids are encrypted with this key. One image serves every instance, so they agree;
# pass the same key when images are built separately for several hosts.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
ENV NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY}
RUN PAIRWISE_STANDALONE=1 npx next build

# --- Migrate: a one-off job run before the app instances start (once per release, not per
# instance). Has the full toolchain: `npm run db:migrate`, `npm run db:seed`, backups. -----------
FROM build AS migrate
RUN chown -R node:node /app/.next
USER node
CMD ["npm", "run", "db:migrate"]

# --- Runtime: only the standalone server and its static files, as an unprivileged user. --------
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Needs DATABASE_URL, NEXTAUTH_URL, NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY; the
# server stops at start-up naming any that is missing.
CMD ["node", "server.js"]
