// Exports hold the whole filtered set, not one page; the cap bounds a single download's time.
export const EXPORT_ROW_CAP = 1_000_000;
export const EXPORT_BATCH_SIZE = 5_000;
