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
}

const FAMILY_PARTS = ['claim', 'story', 'request'] as const;
const ROMANCE_PARTS = ['affection', 'pitch', 'money'] as const;

/** One sender's parts of one story so far, and the first message that carried each. */
class SenderParts<K extends string> {
  readonly parts = new Map<K, string>();
  readonly where = new Map<K, ChatLine>();

  add(line: ChatLine, found: Readonly<Record<K, string>>, keys: ReadonlyArray<K>): void {
    for (const k of keys) {
      if (found[k] === '' || this.parts.has(k)) continue;
      this.parts.set(k, found[k]);
      this.where.set(k, line);
    }
  }

  /** Ids of the messages that carry the parts, in part order, each once. */
  messages(): string[] {
    return [...new Set([...this.where.values()].map((l) => l.id))];
  }

  /** "part (#ref) + part (#ref)" in the order of `keys`. */
  evidence(keys: ReadonlyArray<K>): string {
    return keys
      .filter((k) => this.parts.has(k))
      .map((k) => `${this.parts.get(k)} (${this.where.get(k)?.ref ?? this.where.get(k)?.id})`)
      .join(' + ');
  }
}

/** A sender's parts in one map per story, created on the first part found. */
function partsOf<K extends string>(stories: Map<string, SenderParts<K>>, sender: string): SenderParts<K> {
  let s = stories.get(sender);
  if (!s) {
    s = new SenderParts<K>();
    stories.set(sender, s);
  }
  return s;
}

/** Folds one chat's messages into the stories each sender tells across them. */
export class ConversationStories {
  private readonly family = new Map<string, SenderParts<keyof StoryParts>>();
  private readonly romance = new Map<string, SenderParts<keyof RomanceParts>>();

  add(line: ChatLine): void {
    const p = storyParts(line.text, line.iban, true);
    if (p.claim || p.story || p.request) partsOf(this.family, line.sender).add(line, p, FAMILY_PARTS);
    const r = romanceParts(line.text, line.crypto);
    if (r.affection || r.pitch || r.money) partsOf(this.romance, line.sender).add(line, r, ROMANCE_PARTS);
  }

  /**
   * One `triage/conversation-story` finding per sender and story their messages together tell,
   * its parts in two messages or more (a family story in one message is that message's verdict; a
   * romance story in one message is not the slow courtship this pass looks for).
   */
  findings(): Finding[] {
    const out: Finding[] = [];
    for (const [sender, s] of this.family) {
      const parts: StoryParts = { claim: '', story: '', request: '', ...Object.fromEntries(s.parts) };
      if (!tellsStory(parts) || s.messages().length < 2) continue;
      out.push(
        storyFinding(
          'family-impersonation',
          sender,
          s.evidence(FAMILY_PARTS),
          s.messages(),
          storyValue(parts),
        ),
      );
    }
    for (const [sender, s] of this.romance) {
      if (s.parts.size < ROMANCE_PARTS.length || s.messages().length < 2) continue;
      out.push(
        storyFinding('romance-investment', sender, s.evidence(ROMANCE_PARTS), s.messages(), s.parts.size),
      );
    }
    return out;
  }
}

function storyFinding(
  story: string,
  sender: string,
  evidence: string,
  messages: string[],
  parts: number,
): Finding {
  return {
    analyser: 'triage',
    kind: 'conversation-story',
    label: 'scam',
    // Weight 0: a finding of the pass, not a term of the model's score.
    reasons: [{ signal: story, weight: 0, evidence: `${sender}: ${evidence}` }],
    data: { sender, messages, parts, story },
  };
}
