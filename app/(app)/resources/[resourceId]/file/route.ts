import { AppError } from "@/lib/errors";
import { resourceFile } from "@/lib/resources/resources";
import { getActor } from "@/app/_server/session";

export async function GET(_request: Request, { params }: { params: Promise<{ resourceId: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to open this file.", { status: 401 });
  try {
    const file = await resourceFile(actor, (await params).resourceId);
    return new Response(new Uint8Array(file.fileData!), {
      headers: {
        "Content-Type": file.fileType ?? "application/octet-stream",
        "Content-Disposition": `attachment; filename="${(file.fileName ?? "resource").replace(/["\\\r\n]/g, "_")}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
}
