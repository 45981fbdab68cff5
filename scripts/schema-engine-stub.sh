#!/bin/sh
echo "schema-engine stub: Pairwise runs migrations through @prisma/schema-engine-wasm (npm run db:migrate)" >&2
exit 1
