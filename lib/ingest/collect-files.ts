import { promises as fs } from "node:fs";
import path from "node:path";

export const ARTICLE_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml)$/i;

// Expands the CLI's PATH arguments: files are taken as given (so a wrong type is reported,
// not skipped silently); folders are walked for article files, hidden entries skipped.
export async function collectFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name)) files.push(full);
    }
  };
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
