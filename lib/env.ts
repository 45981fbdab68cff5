import "server-only";
import { z } from "zod";

/**
 * Every setting Pairwise reads from the environment, parsed once. The embedded mode needs none:
 * each has a default that runs the app on the built-in database.
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string, or unset for the embedded database")
        .optional(),
    ),
    PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
    NEXTAUTH_URL: optionalText.pipe(z.url("must be the app's public address, e.g. http://localhost:3000").optional()),
    NEXTAUTH_SECRET: optionalText.pipe(
      z.string().min(32, "must be at least 32 characters; generate one with `openssl rand -base64 32`").optional(),
    ),
    OIDC_ISSUER: optionalText.pipe(z.url("must be the issuer URL of your identity provider").optional()),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_DISPLAY_NAME: z.string().trim().min(1).default("Single sign-on"),
    /** E-mail domains single sign-on accepts, comma-separated (northwind.example, eu.northwind.example). */
    OIDC_ALLOWED_DOMAINS: z
      .string()
      .trim()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
          .filter((domain) => domain !== ""),
      ),
    /** Build-wide key for server-action ids; every instance of one deployment needs the same one. */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalText,
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, "must look like smtp://user:password@host:587 (or smtps://…)")
        .optional(),
    ),
    MAIL_FROM: z.string().trim().min(3).default("Pairwise <pairwise@localhost>"),
    /** "off" when background jobs run in separate `npm run worker` processes instead of the app. */
    JOB_RUNNER: z.enum(["on", "off"], "must be on or off").default("on"),
    SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    SIGN_IN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /**
     * App server processes `npm start` runs on this machine. Unset: one per core on PostgreSQL, one
     * on the embedded database (a single process owns its folder).
     */
    WEB_CONCURRENCY: optionalText.pipe(z.coerce.number<string | undefined>("must be a number").int().min(1).max(64).optional()),
    /** Proxies in front of the app that append to X-Forwarded-For (a load balancer counts one). */
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((env, ctx) => {
    if (!env.DATABASE_URL && env.WEB_CONCURRENCY !== undefined && env.WEB_CONCURRENCY > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["WEB_CONCURRENCY"],
        message: "must be 1 on the embedded database, which one process owns; set DATABASE_URL to run more",
      });
    }
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const set = oidc.filter((key) => env[key] !== undefined);
    if (set.length > 0 && set.length < oidc.length) {
      for (const key of oidc.filter((k) => env[k] === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `is required when ${set.join(", ")} ${set.length === 1 ? "is" : "are"} set (single sign-on needs all three)`,
        });
      }
    }
    if (set.length === oidc.length && env.OIDC_ALLOWED_DOMAINS.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ALLOWED_DOMAINS"],
        message: "is required with single sign-on: the e-mail domains it may sign in, e.g. northwind.example",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/**
 * What an app server on a PostgreSQL server needs on top of the rest, because several instances
 * may share the database: one session key, and one server-action key for every build.
 */
export function serverInstanceProblems(env: Env): string[] {
  if (!env.DATABASE_URL) return [];
  const problems: string[] = [];
  if (!env.NEXTAUTH_SECRET) {
    problems.push(
      "NEXTAUTH_SECRET is required with DATABASE_URL: every app instance must sign sessions with the same key (`openssl rand -base64 32`)",
    );
  }
  if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    problems.push(
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required with DATABASE_URL: builds for several instances must share it (`openssl rand -base64 32`)",
    );
  }
  return problems;
}

/** How many app server processes share the port: each is one Node.js thread, so one per core. */
export function serverProcessCount(env: Env, cores: number): number {
  return env.WEB_CONCURRENCY ?? (env.DATABASE_URL ? Math.max(1, cores) : 1);
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Pairwise cannot start: fix these environment variables (see .env.example):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change process.env before the first query; this makes the next read see it. */
export function resetEnvForTests(): void {
  cached = undefined;
}
