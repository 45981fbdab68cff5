"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { cx } from "@/components/ui/cx";
import { formatDate } from "@/lib/format";
import { markReadAction } from "@/app/(app)/me/inbox/actions";

interface InboxItem {
  id: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export function InboxList({ items }: { items: InboxItem[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (items.length === 0) return <EmptyState title="No messages yet" />;

  const markRead = (id: string) =>
    startTransition(async () => {
      await markReadAction({ notificationId: id });
      router.refresh();
    });

  return (
    <ul className="divide-y divide-slate-100" aria-label="Messages">
      {items.map((item) => (
        <li key={item.id} className={cx("flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0")}>
          <div className="min-w-0 flex-1 space-y-1 text-sm">
            <p className={cx("text-slate-900", item.readAt ? "font-medium" : "font-semibold")}>
              {!item.readAt && (
                <>
                  <Badge tone="brand">New</Badge>{" "}
                </>
              )}
              {item.link ? (
                <Link
                  href={item.link}
                  className="text-brand-700 underline-offset-2 hover:underline"
                  onClick={() => {
                    if (!item.readAt) void markReadAction({ notificationId: item.id });
                  }}
                >
                  {item.subject}
                </Link>
              ) : (
                item.subject
              )}
            </p>
            <p className="whitespace-pre-line text-slate-700">{item.body}</p>
            <p className="text-xs text-slate-500">{formatDate(item.createdAt)}</p>
          </div>
          {!item.readAt && (
            <Button
              variant="ghost"
              disabled={pending}
              onClick={() => markRead(item.id)}
              aria-label={`Mark read: ${item.subject}`}
            >
              Mark read
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
