/**
 * @module analyse/triage/conversation-story
 * Stories a sender tells across a chat, which no single message tells:
 * - the family-impersonation story. The scammer spreads it over messages — "das ist meine neue
 *   Nummer" in one, "mein Handy ist kaputt, das Online-Banking geht nicht" in the next, the IBAN in
 *   a third — and each message, scored alone, carries one part (the demo's WhatsApp chat: only the
 *   IBAN message was flagged). Its parts are those of `signals/family-impersonation.ts` (claim,
 *   story, request for money or IBAN);
 * - the romance-investment story ("pig butchering", `romance-investment.ts`): affection, then a
 *   crypto or trading pitch, then money to a wallet or platform, over days of messages.
 * This pass folds the parts of each sender's messages in one chat export and reports a story that
 * only the messages together tell, as a finding on the export naming the messages that carry each
 * part. The per-message verdicts stay as the model made them: the model reads one message, and a
 * verdict must be reproducible from that message alone.
 *
 * A pure fold: ingest feeds it the chat's messages in order and stores what it returns.
 */
import type { Finding } from '../../core/finding.js';
import { type RomanceParts, romanceParts } from './romance-investment.js';
import { type StoryParts, storyParts, storyValue, tellsStory } from './signals/family-impersonation.js';

/** One message of a chat, as the pass needs it. */
export interface ChatLine {
  /** Evidence id of the message. */
  id: string;
  /** How the evidence names it for a reader (`#5`, its place in the export); the id when absent. */
  ref?: string;
  /** Who wrote it: address, number or display name. */
  sender: string;
  text: string;
  /** An IBAN found in it, if any (a request for money). */
  iban?: string;
  /** A crypto address found in it, if any (where romance-investment fraud wants the money). */
  crypto?: string;
  /** When it was sent (ms since the epoch), if the export dates it. */
  time?: number;
}

const FAMILY_PARTS = ['claim', 'story', 'request'] as const;
const ROMANCE_PARTS = ['affection', 'pitch', 'money'] as const;

/**
 * How close together a story's parts must be: within this many of the sender's messages and, where
 * both messages are dated, this many milliseconds. A Hi-Mum scam is told within hours; a family's
 * chat over years holds a lost phone in March and "can you transfer 50?" in June, which is no
 * story. A courtship runs for weeks, and its three parts together are rare enough without a window.
 */
interface StoryWindow {
  messages: number;
  ms: number;
}
const FAMILY_WINDOW: StoryWindow = { messages: 20, ms: 48 * 3600_000 };
const ROMANCE_WINDOW: StoryWindow = { messages: Number.POSITIVE_INFINITY, ms: Number.POSITIVE_INFINITY };

/** A part as found: its evidence, the message, and where that message sits in the sender's. */
interface PartAt {
  text: string;
  line: ChatLine;
  /** Index of the message among the sender's messages. */
  n: number;
}

/**
 * One sender's parts of one story: the first and the latest message that carried each part, and
 * the most complete story whose parts lie within the window (and in two messages or more) seen so
 * far. The latest decides what is near; the story names the first that is still near, so a
 * courtship reads from its first "my dear", not its last.
 */
class SenderParts<K extends string> {
  private readonly first = new Map<K, PartAt>();
  private readonly last = new Map<K, PartAt>();
  private best: ReadonlyMap<K, PartAt> = new Map();
  private bestValue = 0;

  constructor(
    private readonly keys: ReadonlyArray<K>,
    private readonly window: StoryWindow,
    /** Value of a set of parts; 0 when they tell no story. */
    private readonly value: (parts: ReadonlySet<K>) => number,
  ) {}

  add(line: ChatLine, n: number, found: Readonly<Record<K, string>>): void {
    for (const k of this.keys) {
      if (found[k] === '') continue;
      const here = { text: found[k], line, n };
      const first = this.first.get(k);
      if (!first || !this.within(first, line, n)) this.first.set(k, here);
      this.last.set(k, here);
    }
    const near = new Map<K, PartAt>();
    for (const [k, p] of this.last) {
      const first = this.first.get(k) as PartAt;
      if (this.within(p, line, n)) near.set(k, this.within(first, line, n) ? first : p);
    }
    if (new Set([...near.values()].map((p) => p.line.id)).size < 2) return;
    const v = this.value(new Set(near.keys()));
    if (v > this.bestValue) {
      this.best = near;
      this.bestValue = v;
    }
  }

  private within(p: PartAt, line: ChatLine, n: number): boolean {
    if (n - p.n > this.window.messages) return false;
    const [t0, t1] = [p.line.time, line.time];
    return t0 === undefined || t1 === undefined || t1 - t0 <= this.window.ms;
  }

  /** The story found, if any: its value, the messages in part order, "part (#ref) + …". */
  story(): { value: number; messages: string[]; evidence: string } | undefined {
    if (this.bestValue === 0) return undefined;
    const parts = this.keys.flatMap((k) => {
      const p = this.best.get(k);
      return p ? [p] : [];
    });
    return {
      value: this.bestValue,
      messages: [...new Set(parts.map((p) => p.line.id))],
      evidence: parts.map((p) => `${p.text} (${p.line.ref ?? p.line.id})`).join(' + '),
    };
  }
}

const familyValue = (parts: ReadonlySet<keyof StoryParts>): number => {
  const p = { claim: '', story: '', request: '' };
  for (const k of parts) p[k] = 'x';
  return tellsStory(p) ? storyValue(p) : 0;
};
const romanceValue = (parts: ReadonlySet<keyof RomanceParts>): number =>
  parts.size === ROMANCE_PARTS.length ? parts.size : 0;

/** Folds one chat's messages into the stories each sender tells across them. */
export class ConversationStories {
  private readonly sent = new Map<string, number>();
  private readonly family = new Map<string, SenderParts<keyof StoryParts>>();
  private readonly romance = new Map<string, SenderParts<keyof RomanceParts>>();

  add(line: ChatLine): void {
    const n = this.sent.get(line.sender) ?? 0;
    this.sent.set(line.sender, n + 1);
    const p = storyParts(line.text, line.iban, true);
    if (p.claim || p.story || p.request) {
      const s = this.family.get(line.sender) ?? new SenderParts(FAMILY_PARTS, FAMILY_WINDOW, familyValue);
      this.family.set(line.sender, s);
      s.add(line, n, p);
    }
    const r = romanceParts(line.text, line.crypto);
    if (r.affection || r.pitch || r.money) {
      const s = this.romance.get(line.sender) ?? new SenderParts(ROMANCE_PARTS, ROMANCE_WINDOW, romanceValue);
      this.romance.set(line.sender, s);
      s.add(line, n, r);
    }
  }

  /**
   * One `triage/conversation-story` finding per sender and story their messages together tell,
   * its parts in two messages or more (a family story in one message is that message's verdict; a
   * romance story in one message is not the slow courtship this pass looks for).
   */
  findings(): Finding[] {
    const out: Finding[] = [];
    for (const [name, stories] of [
      ['family-impersonation', this.family],
      ['romance-investment', this.romance],
    ] as const) {
      for (const [sender, s] of stories) {
        const story = s.story();
        if (story) out.push(storyFinding(name, sender, story));
      }
    }
    return out;
  }
}

function storyFinding(
  story: string,
  sender: string,
  found: { value: number; messages: string[]; evidence: string },
): Finding {
  return {
    analyser: 'triage',
    kind: 'conversation-story',
    label: 'scam',
    // Weight 0: a finding of the pass, not a term of the model's score.
    reasons: [{ signal: story, weight: 0, evidence: `${sender}: ${found.evidence}` }],
    data: { sender, messages: found.messages, parts: found.value, story },
  };
}
