// Scripts read .env files the way `next start` does, so both always see the same database.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV === "development");
