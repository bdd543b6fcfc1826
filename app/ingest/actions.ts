"use server";

import { headers } from "next/headers";
import { storeArticle } from "@/lib/db/store-article";
import { checkFileName, InputError } from "@/lib/ingest/decode-text";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { chosenFiles, MAX_UPLOAD_FILE_BYTES, uploadSchema, type FileResult, type IngestResponse } from "@/lib/ingest/upload-schema";
import { checkWriteAccess } from "@/lib/security/write-access";
import { formatFigure, formatMetric } from "@/lib/sides/format-figure";

const PREVIEW_FIGURES = 8;

// One file: parse, extract, store in one transaction. A failure is this file's result only.
async function ingestOne(name: string, bytes: Uint8Array, meta: { title?: string; outlet?: string }): Promise<FileResult> {
  try {
    checkFileName(name);
    if (bytes.length > MAX_UPLOAD_FILE_BYTES) throw new InputError(`the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; one article may be at most 5 MB`);
    const prepared = prepareArticle({ bytes, fileName: name, source: `upload:${name}`, title: meta.title, outlet: meta.outlet });
    const stored = await storeArticle(prepared);
    return {
      name, status: stored.status, articleId: stored.id, title: prepared.title, claims: stored.claims,
      figures: prepared.claims.slice(0, PREVIEW_FIGURES).map((c) => ({ figure: `${formatFigure(c)} ${c.unit}`, metric: formatMetric(c.metric), side: c.side, claimant: c.claimant })),
    };
  } catch (error) {
    if (error instanceof InputError) return { name, status: "failed", reason: error.message };
    console.error(`ingest of ${name} failed`, error);
    return { name, status: "failed", reason: "the server could not store it (nothing was saved); try again" };
  }
}

export async function ingestArticles(formData: FormData): Promise<IngestResponse> {
  const h = await headers();
  const parsed = uploadSchema.safeParse({
    files: chosenFiles(formData.getAll("files")),
    text: formData.get("text") ?? undefined,
    title: formData.get("title") ?? undefined,
    outlet: formData.get("outlet") ?? undefined,
    token: formData.get("token") ?? undefined,
  });
  const token = parsed.success ? parsed.data.token : null;
  const access = checkWriteAccess({ forwardedFor: h.get("x-forwarded-for"), host: h.get("host"), token: token || h.get("x-counterclaim-token") });
  if (!access.allowed) return { error: `Not allowed: ${access.reason}.`, results: [] };
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join("; "), results: [] };

  const { files, text, title, outlet } = parsed.data;
  const results: FileResult[] = [];
  // One at a time: SQLite has one writer, and each article is its own transaction.
  for (const file of files) results.push(await ingestOne(file.name, new Uint8Array(await file.arrayBuffer()), { outlet: undefined }));
  if (text.trim()) {
    // A pasted title may hold slashes; the derived name must still pass checkFileName.
    const name = title ? `${title.slice(0, 80).replace(/[\\/\u0000-\u001f\u007f]/g, "-")}.txt` : "pasted-text.txt";
    results.push(await ingestOne(name, new TextEncoder().encode(text), { title: title || undefined, outlet: outlet || undefined }));
  }
  return { error: null, results };
}
