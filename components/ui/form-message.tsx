import { cx } from "@/components/ui/cx";

export function FormMessage({ tone, children }: { tone: "error" | "success"; children: string }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={cx(
        "rounded-md px-3 py-2 text-sm font-medium",
        tone === "error"
          ? "bg-red-50 text-red-800 ring-1 ring-red-200"
          : "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200",
      )}
    >
      {children}
    </p>
  );
}
