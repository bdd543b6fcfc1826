// What the /ingest form may send, validated before any file is read: file count and sizes,
// and the pasted article's title and outlet. Shared by the server action and the form.
import { z } from "zod";

export const MAX_UPLOAD_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_TOTAL_BYTES = 12 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 100;
export const UPLOAD_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export const uploadSchema = z
  .object({
    // Oversized files are reported per file by the action, so they are not rejected here.
    files: z.array(z.instanceof(File)).max(MAX_UPLOAD_FILES, `at most ${MAX_UPLOAD_FILES} files at once`),
    text: z.string().max(MAX_UPLOAD_FILE_BYTES, `pasted text may be at most ${mb(MAX_UPLOAD_FILE_BYTES)}`).default(""),
    title: z.string().trim().max(500).default(""),
    outlet: z.string().trim().max(200).default(""),
    token: z.string().max(500).default(""),
  })
  .refine((v) => v.files.reduce((n, f) => n + f.size, 0) + v.text.length <= MAX_UPLOAD_TOTAL_BYTES, {
    message: `the upload is larger than ${mb(MAX_UPLOAD_TOTAL_BYTES)} in total; send fewer files at once`,
  })
  .refine((v) => v.files.length > 0 || v.text.trim().length > 0, { message: "choose a file or paste an article's text" });

export type UploadInput = z.infer<typeof uploadSchema>;

export interface ExtractedFigure {
  figure: string;
  metric: string;
  side: string;
  claimant: string;
}

export type FileResult =
  | { name: string; status: "new" | "unchanged"; articleId: number; title: string; claims: number; figures: ExtractedFigure[] }
  | { name: string; status: "failed"; reason: string };

export interface IngestResponse {
  /** Set when the whole request was refused (access, validation); per-file errors are in results. */
  error: string | null;
  results: FileResult[];
}

/** The browser sends an empty, unnamed File when no file was chosen. */
export function chosenFiles(values: FormDataEntryValue[]): File[] {
  return values.filter((v): v is File => typeof v !== "string" && !(v.name === "" && v.size === 0));
}
