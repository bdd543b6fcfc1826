// Exports hold the whole filtered set, not one page; the cap bounds a single download's time.
export const EXPORT_ROW_CAP = 1_000_000;
// Prisma loads a batch's relations (mentions, article, claimant) with one `IN (…)` list per
// relation, and the SQLite driver rejects lists longer than 999 bound values; 900 stays clear.
export const EXPORT_BATCH_SIZE = 900;
