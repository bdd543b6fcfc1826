import "server-only";
import Database from "better-sqlite3";
import { findGazetteerEntry, type ExtractedClaim } from "@/lib/extract";
import type { PreparedArticle } from "@/lib/ingest/prepare-article";
import { resolveDatabaseFile } from "./client";
import { FacetCounter, type CountedClaim } from "./facet-counts";
import { indexClaimSentences, lastClaimId } from "./sentence-index";

// The ingest write path, on its own better-sqlite3 connection next to the Prisma client.
// Why not Prisma here:
// - speed: Prisma issues one round trip through the driver adapter per claim and per mention
//   (about 25 statements per article); prepared statements in one synchronous transaction
//   write an article with its ~10 claims in well under a millisecond.
// - concurrency: the adapter opens transactions with a deferred BEGIN; two processes that
//   both read first and then write can hit SQLITE_BUSY at once, without the busy handler
//   being consulted. BEGIN IMMEDIATE takes the write lock up front, so concurrent ingests
//   simply queue behind each other for up to busy_timeout.
// Reads stay on Prisma; both connections see the same file, and WAL lets readers go on
// while a writer commits.

export const BUSY_TIMEOUT_MS = 15_000;
/** The writer connection's page cache, in SQLite's negative-KiB form (64 MiB). */
export const WRITER_CACHE_SIZE = -65_536;

export type StoreResult = { status: "new"; id: number; claims: number } | { status: "unchanged"; id: number; claims: number };
export type BatchResult = StoreResult | { status: "failed"; reason: string };

// Prisma's SQLite DateTime format, so rows written here read back through Prisma unchanged.
export function toPrismaDate(d: Date | null): string | null {
  return d ? d.toISOString().replace("Z", "+00:00") : null;
}

export function openDatabase(file = resolveDatabaseFile()): Database.Database {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  // WAL persists in the file; setting it on every connect also covers a file made by hand.
  db.pragma("journal_mode = WAL");
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last
  // commits, never corrupt the file) and saves an fsync per transaction.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  // A batch of 2,000 articles touches index pages all over eleven Claim indexes; with SQLite's
  // default 2 MB cache they were read again and again (and dirty ones spilled to the WAL before
  // the commit). 64 MB, allocated only as pages are used: storing 12,000 articles onto a
  // million claims took 1.40-1.48 ms per article against 1.62-1.77 with the default.
  db.pragma(`cache_size = ${WRITER_CACHE_SIZE}`);
  return db;
}

function statements(db: Database.Database) {
  return {
    byHash: db.prepare<[string], { id: number }>('SELECT id FROM "Article" WHERE "contentHash" = ?'),
    countClaims: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM "Claim" WHERE "articleId" = ?'),
    outlet: db.prepare<[string], { id: number }>('SELECT id FROM "Outlet" WHERE name = ?'),
    addOutlet: db.prepare('INSERT INTO "Outlet" (name) VALUES (?)'),
    claimant: db.prepare<[string], { id: number }>('SELECT id FROM "Claimant" WHERE name = ?'),
    addClaimant: db.prepare('INSERT INTO "Claimant" (name, side, kind) VALUES (?, ?, ?)'),
    addAlias: db.prepare('INSERT OR IGNORE INTO "ClaimantAlias" ("claimantId", alias) VALUES (?, ?)'),
    addArticle: db.prepare(
      'INSERT INTO "Article" (title, "outletId", "publishedAt", text, original, format, "contentHash", source, "ingestedAt", "extractorVersion") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    addClaim: db.prepare(
      'INSERT INTO "Claim" ("articleId", value, "valueMax", qualifier, unit, metric, "claimantId", side, "actorSide", period, location, sentence, start, "end", cue, speaker, "outletId", date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    addMention: db.prepare('INSERT INTO "Mention" ("claimId", start, "end", sentence) VALUES (?, ?, ?, ?)'),
    dropClaims: db.prepare('DELETE FROM "Claim" WHERE "articleId" = ?'),
    setVersion: db.prepare('UPDATE "Article" SET "extractorVersion" = ? WHERE id = ?'),
  };
}

export class ArticleWriter {
  readonly db: Database.Database;
  private readonly st: ReturnType<typeof statements>;
  // Outlets and claimants are never deleted, so their ids can be cached for the connection.
  private readonly outlets = new Map<string, number>();
  private readonly claimants = new Map<string, number>();
  private readonly counts: FacetCounter;

  constructor(db: Database.Database) {
    this.db = db;
    this.st = statements(db);
    this.counts = new FacetCounter(db);
  }

  private outletId(name: string | null): number | null {
    if (!name) return null;
    const cached = this.outlets.get(name);
    if (cached) return cached;
    const id = this.st.outlet.get(name)?.id ?? Number(this.st.addOutlet.run(name).lastInsertRowid);
    this.outlets.set(name, id);
    return id;
  }

  private claimantId(claim: ExtractedClaim): number {
    const cached = this.claimants.get(claim.claimant);
    if (cached) return cached;
    let id = this.st.claimant.get(claim.claimant)?.id;
    if (id === undefined) {
      const entry = findGazetteerEntry(claim.claimant);
      const kind = entry?.kind ?? (claim.side === "media" ? "outlet" : "organisation");
      id = Number(this.st.addClaimant.run(claim.claimant, entry?.side ?? claim.side, kind).lastInsertRowid);
      for (const alias of (entry?.aliases ?? []).slice(0, 50)) this.st.addAlias.run(id, alias);
    }
    this.claimants.set(claim.claimant, id);
    return id;
  }

  // The facet counts are added after the last insert: a claim that fails mid-article throws
  // before any of the article's claims were counted, and its savepoint rolls the rest back.
  private insertClaims(articleId: number, outletId: number | null, date: string | null, claims: ExtractedClaim[]): void {
    const counted: CountedClaim[] = [];
    for (const c of claims) {
      const claimantId = this.claimantId(c);
      const claimId = this.st.addClaim.run(
        articleId, c.value, c.valueMax, c.qualifier, c.unit, c.metric, claimantId, c.side, c.actorSide,
        c.period, c.location, c.sentence, c.start, c.end, c.cue, c.speaker, outletId, date,
      ).lastInsertRowid;
      for (const m of c.mentions) this.st.addMention.run(claimId, m.start, m.end, m.sentence);
      counted.push({ side: c.side, metric: c.metric, claimantId, outletId, location: c.location, period: c.period, date });
    }
    for (const c of counted) this.counts.add(c);
  }

  /** The stored article with this content hash, if any. */
  findArticleId(contentHash: string): number | undefined {
    return this.st.byHash.get(contentHash)?.id;
  }

  private unchanged(id: number): StoreResult {
    return { status: "unchanged", id, claims: this.st.countClaims.get(id)?.n ?? 0 };
  }

  private insertArticle(article: PreparedArticle): StoreResult {
    const existing = this.findArticleId(article.contentHash);
    if (existing !== undefined) return this.unchanged(existing);
    const outletId = this.outletId(article.outlet);
    const date = toPrismaDate(article.publishedAt);
    const id = Number(
      this.st.addArticle.run(
        article.title.slice(0, 500), outletId, date, article.text, article.original, article.format,
        article.contentHash, article.source.slice(0, 1000), toPrismaDate(new Date()), article.extractorVersion,
      ).lastInsertRowid,
    );
    this.insertClaims(id, outletId, date, article.claims);
    return { status: "new", id, claims: article.claims.length };
  }

  // One article in one IMMEDIATE transaction: the hash check and the inserts happen under the
  // write lock, so a concurrent ingest of the same text finds it stored ("unchanged").
  store(article: PreparedArticle): StoreResult {
    const [result] = this.storeBatch([article]);
    if (result.status === "failed") throw new Error(result.reason);
    return result;
  }

  // Several articles in one IMMEDIATE transaction, each in a savepoint of its own: an article
  // that fails is rolled back alone and reported, and the others commit with it. A crash before
  // the commit loses the whole batch, never part of an article, and a re-run stores it. One
  // commit per batch rather than per article: each commit writes every index page it touched,
  // which cost more than the inserts themselves (on the ingest floor, 245 articles/s at one
  // article per commit, 445 at 100, 494 at 3,000).
  storeBatch(articles: PreparedArticle[]): BatchResult[] {
    const one = this.db.transaction((a: PreparedArticle) => this.insertArticle(a));
    const all = this.db.transaction((): BatchResult[] =>
      this.insertingClaims(() => articles.map((a): BatchResult => {
        try {
          return one(a);
        } catch (error) {
          this.forgetIds();
          return { status: "failed", reason: error instanceof Error ? error.message : String(error) };
        }
      })),
    );
    return this.immediate(all);
  }

  // Runs `insert` (inside a transaction), then counts its claims into the facets and indexes the
  // sentences of the claims that stayed (after any savepoint inside it rolled back).
  private insertingClaims<T>(insert: () => T): T {
    const before = lastClaimId(this.db);
    const result = insert();
    this.counts.flush();
    indexClaimSentences(this.db, before);
    return result;
  }

  // Runs a write transaction under the write lock; after a rollback, what it cached or counted
  // is forgotten.
  private immediate<T>(tx: Database.Transaction<() => T>): T {
    try {
      return tx.immediate();
    } catch (error) {
      this.forgetIds();
      this.counts.discard();
      throw error;
    }
  }

  // A rolled-back transaction may have cached ids that no longer exist.
  private forgetIds(): void {
    this.outlets.clear();
    this.claimants.clear();
  }

  // Replaces an article's claims (mentions go by ON DELETE CASCADE) in one transaction.
  replaceClaims(articleId: number, outletId: number | null, date: string | null, claims: ExtractedClaim[], version: string): void {
    this.immediate(this.db.transaction(() => {
      this.st.dropClaims.run(articleId);
      this.insertingClaims(() => {
        this.insertClaims(articleId, outletId, date, claims);
        this.st.setVersion.run(version, articleId);
      });
    }));
  }
}

const globalForWriter = globalThis as unknown as { counterclaimWriter?: { file: string; writer: ArticleWriter } };

// One writer per process and database file, opened on first use.
export function getWriter(): ArticleWriter {
  const file = resolveDatabaseFile();
  const current = globalForWriter.counterclaimWriter;
  if (current && current.file === file && current.writer.db.open) return current.writer;
  const writer = new ArticleWriter(openDatabase(file));
  globalForWriter.counterclaimWriter = { file, writer };
  return writer;
}

export function closeWriter(): void {
  globalForWriter.counterclaimWriter?.writer.db.close();
  globalForWriter.counterclaimWriter = undefined;
}
