// A TypeScript port of devset/score.py: the same collapsing, matching and counting rules.
export interface GoldRow {
  article: string; value: number; valueMax?: number | null; metric: string; side: string;
  actorSide?: string | null; optional?: boolean; sentence?: string; unit?: string; claimant?: string;
}
export interface PredRow { article: string; value: number; valueMax?: number | null; metric: string; side?: string; actorSide?: string | null }
export interface ArticleScore { article: string; p: number; r: number; nPred: number; nPredOk: number; nGold: number; nGoldOk: number; sideOk: number; actorOk: number }
export interface Score { articles: ArticleScore[]; precision: number; recall: number; f1: number; nPred: number; nPredOk: number; nGold: number; nGoldOk: number; side: number; actor: number }

function close(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (b === 0) return a === 0;
  return Math.abs(a - b) <= 0.01 * Math.abs(b);
}

export function matches(p: PredRow, g: GoldRow): boolean {
  if (p.metric !== g.metric || !close(p.value, g.value)) return false;
  if (g.valueMax !== null && g.valueMax !== undefined) return close(p.valueMax, g.valueMax);
  return true;
}

const base = (s: string) => s.split(/[\\/]/).pop() ?? s;
// python's dict.get("actorSide") is None for both a missing key and null
const norm = (v: string | null | undefined) => (v === undefined ? null : v);

export function collapse(preds: PredRow[]): PredRow[] {
  const seen = new Map<string, PredRow>();
  for (const p of preds) {
    const k = JSON.stringify([p.value, p.valueMax ?? null, p.metric]);
    if (!seen.has(k)) seen.set(k, p);
  }
  return [...seen.values()];
}

export function score(preds: PredRow[], gold: GoldRow[]): Score {
  const goldBy = new Map<string, GoldRow[]>();
  for (const g of gold) goldBy.set(g.article, [...(goldBy.get(g.article) ?? []), g]);
  const predBy = new Map<string, PredRow[]>();
  for (const p of preds) predBy.set(base(String(p.article ?? "")), [...(predBy.get(base(String(p.article ?? ""))) ?? []), p]);
  const articles: ArticleScore[] = [];
  let nPred = 0, nPredOk = 0, nGold = 0, nGoldOk = 0, sideOk = 0, actorOk = 0;
  for (const art of [...goldBy.keys()].sort()) {
    const golds = goldBy.get(art)!;
    const cps = collapse(predBy.get(art) ?? []);
    const pm = cps.filter((p) => golds.some((g) => matches(p, g))).length;
    const req = golds.filter((g) => !g.optional);
    let gm = 0, so = 0, ao = 0;
    for (const g of req) {
      const hit = cps.find((p) => matches(p, g));
      if (!hit) continue;
      gm++;
      if (hit.side === g.side) so++;
      if (norm(hit.actorSide) === norm(g.actorSide)) ao++;
    }
    articles.push({ article: art, p: cps.length ? pm / cps.length : 0, r: req.length ? gm / req.length : 0, nPred: cps.length, nPredOk: pm, nGold: req.length, nGoldOk: gm, sideOk: so, actorOk: ao });
    nPred += cps.length; nPredOk += pm; nGold += req.length; nGoldOk += gm; sideOk += so; actorOk += ao;
  }
  const precision = nPred ? nPredOk / nPred : 0;
  const recall = nGold ? nGoldOk / nGold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { articles, precision, recall, f1, nPred, nPredOk, nGold, nGoldOk, side: nGoldOk ? sideOk / nGoldOk : 0, actor: nGoldOk ? actorOk / nGoldOk : 0 };
}
