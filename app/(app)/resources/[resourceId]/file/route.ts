import { attachmentDisposition } from "@/lib/http/content-disposition";
import { resourceFile } from "@/lib/resources/resources";
import { routeHandler } from "@/app/_server/route-handler";

export const GET = routeHandler(
  "Sign in to open this file.",
  async (actor, _request, { params }: { params: Promise<{ resourceId: string }> }) => {
    const file = await resourceFile(actor, (await params).resourceId);
    return new Response(new Uint8Array(file.fileData!), {
      headers: {
        "Content-Type": file.fileType ?? "application/octet-stream",
        "Content-Disposition": attachmentDisposition(file.fileName ?? "resource"),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
