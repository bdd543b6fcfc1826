import "server-only";
import { EXTRACTOR_VERSION, extractClaims } from "@/lib/extract";
import { getWriter } from "./sqlite-writer";

export interface ReextractReport { checked: number; reextracted: number; claimsBefore: number; claimsAfter: number; failed: { id: number; reason: string }[] }

interface Row { id: number; text: string; outletId: number | null; outlet: string | null; publishedAt: string | null; claims: number }

// Re-runs the current extractor over stored articles from another extractor version (or all
// with `all`), replacing each article's claims in one transaction: a crash midway leaves every
// article either fully old or fully new, and a re-run picks up the rest.
export function reextractArticles(options: { all?: boolean; onProgress?: (done: number, total: number) => void } = {}): ReextractReport {
  const writer = getWriter();
  const filter = options.all ? "1 = 1" : '"extractorVersion" <> @version';
  const total = (writer.db.prepare(`SELECT count(*) AS n FROM "Article" WHERE ${filter}`).get({ version: EXTRACTOR_VERSION }) as { n: number }).n;
  const page = writer.db.prepare(
    `SELECT a.id, a.text, a."outletId", o.name AS outlet, a."publishedAt", (SELECT count(*) FROM "Claim" c WHERE c."articleId" = a.id) AS claims
     FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId" WHERE a.id > @after AND ${filter.replace('"extractorVersion"', 'a."extractorVersion"')} ORDER BY a.id LIMIT 500`,
  );
  const report: ReextractReport = { checked: 0, reextracted: 0, claimsBefore: 0, claimsAfter: 0, failed: [] };
  // Pages by id, so rows updated to the new version do not shift the next page.
  for (let after = 0; ; ) {
    const rows = page.all({ after, version: EXTRACTOR_VERSION }) as Row[];
    if (rows.length === 0) break;
    for (const row of rows) {
      report.checked++;
      try {
        const publishedAt = row.publishedAt ? new Date(row.publishedAt) : null;
        const claims = extractClaims(row.text, { outlet: row.outlet, publishedAt });
        writer.replaceClaims(row.id, row.outletId, row.publishedAt, claims, EXTRACTOR_VERSION);
        report.reextracted++;
        report.claimsBefore += row.claims;
        report.claimsAfter += claims.length;
      } catch (error) {
        report.failed.push({ id: row.id, reason: error instanceof Error ? error.message : String(error) });
      }
      options.onProgress?.(report.checked, total);
    }
    after = rows[rows.length - 1].id;
  }
  return report;
}
