// Exports hold the whole filtered set, not one page; the cap bounds a single download's time.
export const EXPORT_ROW_CAP = 1_000_000;
// Rows handed to the formatter at a time by the export's single SQL pass: memory holds one
// batch. (Prisma keyset batches would have to stay under SQLite's 999 bound values; this
// statement binds none per row.)
// Text an export stream hands on at a time (a pull fills one chunk): memory holds a chunk, not the export.
export const EXPORT_CHUNK_CHARS = 256 * 1024;

export const EXPORT_BATCH_SIZE = 5_000;
