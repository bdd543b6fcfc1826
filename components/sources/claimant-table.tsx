import Link from "next/link";
import type { ClaimantSummary } from "@/lib/db/sources";
import { SideChip } from "@/components/side-chip";
import { claimsHref } from "@/components/claims/claims-href";

const MAX_ALIASES = 8;

export function ClaimantTable({ claimants }: { claimants: ClaimantSummary[] }) {
  return (
    <div role="region" aria-label="Claimants table" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700">
      <table className="w-full min-w-[36rem] text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Claimant</th>
            <th scope="col" className="px-3 py-2 font-semibold">Side</th>
            <th scope="col" className="px-3 py-2 font-semibold">Also named as</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Claims</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {claimants.map((c) => (
            <tr key={c.id} className="align-top">
              <th scope="row" className="px-3 py-2.5 text-left font-medium">
                <Link href={claimsHref({ claimant: [c.name] })} className="text-blue-800 underline decoration-blue-300 hover:decoration-blue-800">{c.name}</Link>
              </th>
              <td className="px-3 py-2.5"><SideChip side={c.side} /></td>
              <td className="px-3 py-2.5 text-slate-700">
                {c.aliases.length === 0 ? <span className="text-slate-500">—</span> : (
                  <>
                    {c.aliases.slice(0, MAX_ALIASES).join(", ")}
                    {c.aliases.length > MAX_ALIASES && <span className="text-slate-600"> and {c.aliases.length - MAX_ALIASES} more</span>}
                  </>
                )}
              </td>
              <td className="px-3 py-2.5 text-right tabular-nums">{c.claims.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
