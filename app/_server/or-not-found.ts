import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** What a loader returns, with its NOT_FOUND error shown as the 404 page; other errors go on. */
export function orNotFound<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
