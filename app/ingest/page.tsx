import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { IngestForm } from "@/components/ingest/ingest-form";
import { checkWriteAccess } from "@/lib/security/write-access";

export const metadata: Metadata = { title: "Add articles" };

export default async function IngestPage() {
  await connection();
  const h = await headers();
  // Only decides whether to ask for the token; the action checks again on every write.
  const local = checkWriteAccess({ forwardedFor: h.get("x-forwarded-for"), host: h.get("host"), token: null }).allowed;
  return (
    <div className="max-w-3xl space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Add articles</h1>
        <p className="text-slate-700">
          Upload saved articles or paste one. Counterclaim extracts every numeric claim — figure, what it counts, who asserts it — and
          adds the article to the comparison and the explorer.
        </p>
      </header>
      <IngestForm needsToken={!local} />
    </div>
  );
}
