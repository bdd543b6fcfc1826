// `npm start` cold: the production build's time, then how long a fresh `next start` takes to
// serve the first page (the home page, which counts the whole database) after that build.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface StartFigures { buildSeconds: number; firstPageSeconds: number; status: number }

export async function benchStart(databaseUrl: string, distDir: string, port: number): Promise<StartFigures> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  const t = performance.now();
  const build = spawnSync("npx", ["next", "build"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const buildSeconds = (performance.now() - t) / 1000;
  if (build.status !== 0) throw new Error(`next build failed: ${build.stderr.slice(-2000)}`);
  const started = performance.now();
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: ROOT, env, stdio: "ignore", detached: true });
  try {
    for (;;) {
      if (performance.now() - started > 120_000) throw new Error("next start served nothing within 120 s");
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        await res.text();
        return { buildSeconds, firstPageSeconds: (performance.now() - started) / 1000, status: res.status };
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    // The server's process group only: npx, next and its workers, all started here.
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}
