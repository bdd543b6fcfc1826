// Who may write (ingest) through the browser: a request from this machine, or one carrying
// the token set in COUNTERCLAIM_WRITE_TOKEN. "From this machine" is read from the forwarding
// headers Next sets from the socket (x-forwarded-for) and the Host header; both can be forged
// by a client that reaches the server directly, so a server reachable from other machines
// must either sit behind a proxy that appends x-forwarded-for or set the token.
import { timingSafeEqual } from "node:crypto";

export interface WriteRequest {
  /** x-forwarded-for as received: "client, proxy1, proxy2". */
  forwardedFor: string | null;
  host: string | null;
  /** The token the request carries (form field or header), if any. */
  token: string | null;
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

export function checkWriteAccess(req: WriteRequest, expectedToken = process.env.COUNTERCLAIM_WRITE_TOKEN): WriteDecision {
  // A short token is a misconfiguration; it does not unlock writes.
  if (expectedToken && expectedToken.length >= 12 && req.token && tokensMatch(req.token, expectedToken)) return { allowed: true, via: "token" };
  // Every hop must be loopback: a proxy in front appends the real client's address.
  const hops = (req.forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const local = hops.length > 0 && hops.every(isLoopbackAddress) && req.host != null && LOOPBACK_HOSTS.has(hostName(req.host));
  if (local) return { allowed: true, via: "localhost" };
  if (req.token) return { allowed: false, reason: "the write token is not valid" };
  return { allowed: false, reason: "adding articles is allowed only from this machine or with the write token (COUNTERCLAIM_WRITE_TOKEN)" };
}
