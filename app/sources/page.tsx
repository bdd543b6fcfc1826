import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listClaimants, listOutlets } from "@/lib/db/sources";
import { ClaimantTable } from "@/components/sources/claimant-table";
import { OutletTable } from "@/components/sources/outlet-table";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  await connection();
  const [claimants, outlets] = await Promise.all([listClaimants(), listOutlets()]);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-semibold">Sources</h1>
        <p className="text-slate-700">
          Who makes the claims and who reports them. Choose a claimant or an outlet to see its claims in the{" "}
          <Link href="/claims" className="text-blue-800 underline">claim explorer</Link>.
        </p>
      </header>
      <section aria-labelledby="claimants-heading" className="space-y-3">
        <h2 id="claimants-heading" className="text-lg font-semibold">Claimants <span className="font-normal text-slate-600">({claimants.length})</span></h2>
        {claimants.length ? <ClaimantTable claimants={claimants} /> : (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-slate-700">
            No claimants yet: they are found when articles are added. <Link href="/ingest" className="text-blue-800 underline">Add articles</Link>.
          </p>
        )}
      </section>
      <section aria-labelledby="outlets-heading" className="space-y-3">
        <h2 id="outlets-heading" className="text-lg font-semibold">Outlets <span className="font-normal text-slate-600">({outlets.length})</span></h2>
        {outlets.length ? <OutletTable outlets={outlets} /> : (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-slate-700">
            No outlets recorded. An article&apos;s outlet comes from its metadata or the outlet field on the{" "}
            <Link href="/ingest" className="text-blue-800 underline">add articles</Link> page.
          </p>
        )}
      </section>
    </div>
  );
}
