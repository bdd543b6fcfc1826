import "server-only";
import type Database from "better-sqlite3";
import { FACET_KEYS, type FacetKey } from "./claim-rollup";

// ClaimFacetCount (prisma/schema.prisma) holds, per (facet, value, side, metric, year), how many
// claims have that value. Deletes and updates of claims keep it right through triggers; inserts
// are counted here, by whoever inserts, because a trigger's seven upserts per claim were a
// quarter of the ingest's storage cost (migration claim_counts_by_writer_word_search).

export interface CountedClaim {
  side: string;
  metric: string;
  claimantId: number | null;
  outletId: number | null;
  location: string | null;
  period: string | null;
  /** ISO text as stored ("2016-03-01T00:00:00.000+00:00"), or null. */
  date: string | null;
}

const SEP = "\u0000";

// Each facet's value of a claim, in JS for the writer and in SQL for a recount: text, as the
// update and delete triggers CAST it; null values are not counted.
const FACET_VALUE: Record<FacetKey, { of: (c: CountedClaim) => string | null; sql: string }> = {
  side: { of: (c) => c.side, sql: "c.side" },
  claimant: { of: (c) => (c.claimantId == null ? null : String(c.claimantId)), sql: "CAST(c.claimantId AS TEXT)" },
  outlet: { of: (c) => (c.outletId == null ? null : String(c.outletId)), sql: "CAST(c.outletId AS TEXT)" },
  metric: { of: (c) => c.metric, sql: "c.metric" },
  location: { of: (c) => c.location, sql: "c.location" },
  period: { of: (c) => c.period, sql: "c.period" },
  year: { of: (c) => (c.date ? c.date.slice(0, 4) : null), sql: "substr(c.date, 1, 4)" },
};

function facetKeysOf(c: CountedClaim): string[] {
  const year = c.date ? c.date.slice(0, 4) : "";
  return FACET_KEYS.flatMap((f) => {
    const v = FACET_VALUE[f].of(c);
    return v == null ? [] : [[f, v, c.side, c.metric, year].join(SEP)];
  });
}

// Counts gathered during one transaction and written at its end, one upsert per distinct key.
export class FacetCounter {
  private readonly pending = new Map<string, number>();
  private readonly upsert: Database.Statement;

  constructor(db: Database.Database) {
    this.upsert = db.prepare(
      'INSERT INTO "ClaimFacetCount" (facet, value, side, metric, year, n) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (facet, value, side, metric, year) DO UPDATE SET n = n + excluded.n',
    );
  }

  add(claim: CountedClaim): void {
    for (const key of facetKeysOf(claim)) this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  /** Inside the transaction that inserted the claims. */
  flush(): void {
    for (const [key, n] of this.pending) this.upsert.run(...key.split(SEP), n);
    this.pending.clear();
  }

  /** After a rolled-back transaction. */
  discard(): void {
    this.pending.clear();
  }
}

// Recounts everything from the claims: for claims inserted in bulk by SQL (the benchmark's
// copies, test fixtures) and as a repair.
export function rebuildFacetCounts(db: Database.Database): void {
  db.transaction(() => {
    db.exec('DELETE FROM "ClaimFacetCount"');
    const value = FACET_KEYS.map((f) => `WHEN '${f}' THEN ${FACET_VALUE[f].sql}`).join(" ");
    const facets = FACET_KEYS.map((f) => `SELECT '${f}' AS f`).join(" UNION ALL ");
    db.exec(`INSERT INTO "ClaimFacetCount" (facet, value, side, metric, year, n)
      SELECT f, v, side, metric, year, count(*) FROM (
        SELECT k.f AS f, CASE k.f ${value} END AS v, c.side AS side, c.metric AS metric, coalesce(substr(c.date, 1, 4), '') AS year
        FROM "Claim" c CROSS JOIN (${facets}) k
      ) WHERE v IS NOT NULL GROUP BY f, v, side, metric, year`);
  })();
}
