// Times the claim explorer's queries (page, facets, deep keyset page, export batches) on the
// database in DATABASE_URL: `DATABASE_URL=file:./data/big.db npx tsx --conditions=react-server scripts/bench-claims.ts`.
import { getClaimFacets } from "@/lib/db/claim-facets";
import { iterateClaims, listClaimPage } from "@/lib/db/claims";
import { parseClaimFilters } from "@/lib/filters/claim-filters";
import { EXPORT_BATCH_SIZE } from "@/lib/export/export-limits";

const CASES = ["", "side=russia", "side=monitor&metric=civilians_killed", "sort=value", "sort=claimant&dir=asc", "q=Raqqa", "outlet=Bench%20Outlet%203&sort=outlet", "from=2016-01-01&to=2016-12-31"];

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, Math.round(performance.now() - t)];
}

async function main() {
  for (const query of CASES) {
    const filters = parseClaimFilters(new URLSearchParams(query));
    const [page, pageMs] = await time(() => listClaimPage(filters, {}));
    const [, facetMs] = await time(() => getClaimFacets(filters));
    // Ten pages in: the cursor is a row id, so this costs what the first page costs.
    let after = page.nextAfter;
    for (let i = 0; i < 9 && after; i++) after = (await listClaimPage(filters, { after })).nextAfter;
    const [, deepMs] = await time(() => listClaimPage(filters, { after: after ?? undefined }));
    const [rows, exportMs] = await time(async () => {
      let n = 0;
      for await (const batch of iterateClaims(filters, { batchSize: EXPORT_BATCH_SIZE, limit: 50_000 })) n += batch.length;
      return n;
    });
    console.log(`${query || "(no filter)"}\ttotal=${page.total}\tpage=${pageMs}ms\tfacets=${facetMs}ms\tpage11=${deepMs}ms\texport ${rows} rows=${exportMs}ms`);
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
