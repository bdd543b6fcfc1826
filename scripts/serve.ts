// npm start / npm run dev: runs `next start|dev` on 127.0.0.1 unless COUNTERCLAIM_HOST names
// another address, and tells the app which address it listens on. Writes without the token are
// allowed only when that address is loopback (lib/security/write-access.ts): the listening
// socket, unlike request headers, cannot be forged by a client. Plain `next start` binds every
// interface, so the app treats an unknown address as "reachable from other machines".
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { z } from "zod";

const Args = z.tuple([z.enum(["start", "dev"])]);
const Env = z.object({
  COUNTERCLAIM_HOST: z.string().trim().min(1).regex(/^[\w.:[\]-]+$/, "an IP address or host name").default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
});

const args = Args.safeParse(process.argv.slice(2));
const env = Env.safeParse(process.env);
if (!args.success || !env.success) {
  const issues = [...(args.error?.issues ?? []), ...(env.error?.issues ?? [])];
  console.error(`usage: [COUNTERCLAIM_HOST=addr] [PORT=n] tsx scripts/serve.ts start|dev\n  ${issues.map((i) => `${i.path.join(".") || "mode"}: ${i.message}`).join("\n  ")}`);
  process.exit(2);
}

const [mode] = args.data;
const { COUNTERCLAIM_HOST: host, PORT: port } = env.data;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, mode, "-H", host, "-p", String(port)], {
  stdio: "inherit",
  env: { ...process.env, COUNTERCLAIM_LISTEN_HOST: host },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
