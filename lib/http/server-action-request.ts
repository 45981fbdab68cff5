/**
 * Checks Next.js would make on a server-action POST, made first so a refusal is the 4xx it is
 * rather than the 500 Next answers with: an Origin that is not this host (Next's own CSRF rule,
 * comparing with X-Forwarded-Host, then Host), and a body Next cannot decode into arguments.
 */
export interface ActionRefusal {
  status: 400 | 403;
  message: string;
}

export function foreignOriginRefusal(headers: Headers): ActionRefusal | null {
  const origin = headers.get("origin");
  // No Origin at all: Next lets it through (old browsers, same-origin tools); so do we.
  if (origin === null) return null;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    originHost = null;
  }
  if (originHost !== null && originHost === host) return null;
  return { status: 403, message: "This form was sent from another site, so it was refused. Nothing was changed." };
}

const malformed: ActionRefusal = {
  status: 400,
  message: "This request could not be read, so nothing was changed. Reload the page and try again.",
};

/** Multipart and URL-encoded bodies are decoded by Next; any other body must be a JSON array of arguments. */
export function malformedBodyRefusal(contentType: string | null, readText: () => Promise<string>) {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    return Promise.resolve(/boundary=/i.test(contentType ?? "") ? null : malformed);
  }
  if (type === "application/x-www-form-urlencoded") return Promise.resolve(null);
  return readText().then(
    (text) => {
      try {
        return Array.isArray(JSON.parse(text)) ? null : malformed;
      } catch {
        return malformed;
      }
    },
    () => malformed,
  );
}
