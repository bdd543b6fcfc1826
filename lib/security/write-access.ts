// Who may write (ingest) through the browser. With the token set in COUNTERCLAIM_WRITE_TOKEN,
// anyone who carries it. Without it, only when the server listens on a loopback address
// (COUNTERCLAIM_LISTEN_HOST, set by scripts/serve.ts): then only this machine can connect,
// which request headers could never prove, since a client that reaches the server can forge
// them. Headers still narrow it: a proxy on this machine appends the remote client to
// x-forwarded-for, and a non-loopback Host is a DNS-rebinding page aiming at localhost.
import { timingSafeEqual } from "node:crypto";

export interface WriteRequest {
  /** x-forwarded-for as received: "client, proxy1, proxy2". */
  forwardedFor: string | null;
  host: string | null;
  /** The token the request carries (form field or header), if any. */
  token: string | null;
}

export interface WriteSettings {
  /** COUNTERCLAIM_WRITE_TOKEN */
  token?: string;
  /** The address the server listens on; unknown means it may be reachable from anywhere. */
  listenHost?: string;
}

export type WriteDecision = { allowed: true; via: "localhost" | "token" } | { allowed: false; reason: string };

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopbackAddress(address: string): boolean {
  const a = address.trim().toLowerCase().replace(/^\[|\]$/g, "");
  return a === "::1" || a === "localhost" || /^127(?:\.\d{1,3}){3}$/.test(a) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(a);
}

function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  return h.replace(/:\d+$/, "");
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readWriteSettings(env: Record<string, string | undefined> = process.env): WriteSettings {
  return { token: env.COUNTERCLAIM_WRITE_TOKEN, listenHost: env.COUNTERCLAIM_LISTEN_HOST };
}

export function checkWriteAccess(req: WriteRequest, settings: WriteSettings = readWriteSettings()): WriteDecision {
  const expected = settings.token;
  // A short token is a misconfiguration; it does not unlock writes.
  if (expected && expected.length >= 12 && req.token && tokensMatch(req.token, expected)) return { allowed: true, via: "token" };
  // Every forwarded hop must be loopback: a proxy in front appends the real client's address.
  const hops = (req.forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const local =
    settings.listenHost != null && isLoopbackAddress(settings.listenHost) &&
    hops.every(isLoopbackAddress) && req.host != null && LOOPBACK_HOSTS.has(hostName(req.host));
  if (local) return { allowed: true, via: "localhost" };
  if (req.token) return { allowed: false, reason: "the write token is not valid" };
  return {
    allowed: false,
    reason: settings.listenHost != null && isLoopbackAddress(settings.listenHost)
      ? "adding articles is allowed only from this machine or with the write token (COUNTERCLAIM_WRITE_TOKEN)"
      : "this server may be reachable from other machines, so adding articles needs the write token (COUNTERCLAIM_WRITE_TOKEN)",
  };
}
