import Link from "next/link";
import type { OutletSummary } from "@/lib/db/sources";
import { claimsHref } from "@/components/claims/claims-href";

export function OutletTable({ outlets }: { outlets: OutletSummary[] }) {
  return (
    <div role="region" aria-label="Outlets table" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700">
      <table className="w-full min-w-[24rem] text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Outlet</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Articles</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Claims</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {outlets.map((o) => (
            <tr key={o.id}>
              <th scope="row" className="px-3 py-2.5 text-left font-medium">
                <Link href={claimsHref({ outlet: [o.name] })} className="text-blue-800 underline decoration-blue-300 hover:decoration-blue-800">{o.name}</Link>
                {o.domain && <span className="ml-2 text-xs font-normal text-slate-600">{o.domain}</span>}
              </th>
              <td className="px-3 py-2.5 text-right tabular-nums">{o.articles.toLocaleString("en-US")}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">{o.claims.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
