import "server-only";
import type Database from "better-sqlite3";

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

// The keys the dropped insert trigger wrote; values are text like the trigger's CAST.
export function facetKeysOf(c: CountedClaim): string[] {
  const year = c.date ? c.date.slice(0, 4) : "";
  const values: Array<[string, string | null]> = [
    ["side", c.side], ["metric", c.metric],
    ["claimant", c.claimantId == null ? null : String(c.claimantId)], ["outlet", c.outletId == null ? null : String(c.outletId)],
    ["location", c.location], ["period", c.period], ["year", c.date ? year : null],
  ];
  return values.filter(([, v]) => v != null).map(([f, v]) => [f, v, c.side, c.metric, year].join(SEP));
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
    db.exec(`INSERT INTO "ClaimFacetCount" (facet, value, side, metric, year, n)
      SELECT f, v, side, metric, year, count(*) FROM (
        SELECT k.f AS f, CASE k.f WHEN 'side' THEN c.side WHEN 'metric' THEN c.metric
            WHEN 'claimant' THEN CAST(c.claimantId AS TEXT) WHEN 'outlet' THEN CAST(c.outletId AS TEXT)
            WHEN 'location' THEN c.location WHEN 'period' THEN c.period ELSE substr(c.date, 1, 4) END AS v,
          c.side AS side, c.metric AS metric, coalesce(substr(c.date, 1, 4), '') AS year
        FROM "Claim" c CROSS JOIN (SELECT 'side' AS f UNION ALL SELECT 'metric' UNION ALL SELECT 'claimant'
          UNION ALL SELECT 'outlet' UNION ALL SELECT 'location' UNION ALL SELECT 'period' UNION ALL SELECT 'year') k
      ) WHERE v IS NOT NULL GROUP BY f, v, side, metric, year`);
  })();
}
