// Whose losses, at whose hands, when the figure's own sentence does not say: a toll reported in
// one sentence often belongs to strikes named in another ("Russian air strikes hit a market in
// Ariha. ... The toll rose to 40, the Observatory said"). The attack phrases of earlier sentences are read
// on demand, and a toll with no actor of its own takes the attacker that the text points back to.
import type { Side } from "./types";

// "the strikes", "those raids", "the attack", "the toll": a definite reference to an event named before
// "the strikes", "those raids", "the attack": a definite reference to strikes named before. A toll,
// an offensive or "the fighting" is not enough: both sides fight, and the labels leave those open
const ANAPHORA_RE = /\b(?:the|those|these|that|this)\s+(?:(?:air|aerial|missile|drone|rocket|artillery|latest|overnight|deadly|same|suspected|reported|first|second|initial)\s+)*(?:strikes?|airstrikes?|air-strikes?|raids?|attacks?|bombardments?|shelling|bombings?|barrages?|salvos?|missiles|rockets|drones)\b/i;

export function pointsBack(sentence: string): boolean {
  return ANAPHORA_RE.test(sentence);
}

export interface PendingActor { idx: number; victim: Side | null; anaphoric: boolean; set: (side: Side) => void }

/** The attack sides named in each sentence of an article, and the resolution of tolls without an actor. */
export class AttackRecord {
  // read lazily: few tolls point back, and reading every sentence's attackers would cost every article
  private readers = new Map<number, () => Side[]>();
  private read = new Map<number, Side[]>();

  note(idx: number, sides: () => Side[]): void {
    this.readers.set(idx, sides);
  }

  private sidesAt(idx: number): Side[] | undefined {
    if (!this.read.has(idx)) {
      const reader = this.readers.get(idx);
      this.read.set(idx, reader ? reader().filter((s) => s !== "media" && s !== "monitor" && s !== "un") : []);
    }
    return this.read.get(idx);
  }

  /** The nearest earlier sentence that names exactly one attacker other than the victims. */
  private recent(idx: number, victim: Side | null): Side | null {
    for (let k = idx; k >= 0 && k >= idx - 6; k--) {
      const sides = this.sidesAt(k)?.filter((s) => s !== victim);
      if (!sides?.length) continue;
      return new Set(sides).size === 1 ? sides[0] : null;
    }
    return null;
  }

  resolve(pending: PendingActor[]): void {
    for (const p of pending) {
      const side = p.anaphoric ? this.recent(p.idx, p.victim) : null;
      if (side) p.set(side);
    }
  }
}
