/**
 * @module analyse/triage/conversation-story
 * The family-impersonation story told across a chat. The scammer spreads it over messages — "das
 * ist meine neue Nummer" in one, "mein Handy ist kaputt, das Online-Banking geht nicht" in the
 * next, the IBAN in a third — and each message, scored alone, carries one part (the demo's
 * WhatsApp chat: only the IBAN message was flagged). This pass folds the parts of each sender's
 * messages in one chat export (`signals/family-impersonation.ts`: claim, story, request for money
 * or IBAN) and reports a story that only the messages together tell, as a finding on the export
 * naming the messages that carry each part. The per-message verdicts stay as the model made them:
 * the model reads one message, and a verdict must be reproducible from that message alone.
 *
 * A pure fold: ingest feeds it the chat's messages in order and stores what it returns.
 */
import type { Finding } from '../../core/finding.js';
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
}

const PARTS = ['claim', 'story', 'request'] as const;

interface SenderStory {
  parts: StoryParts;
  /** The first message that carried each part. */
  where: Partial<Record<(typeof PARTS)[number], ChatLine>>;
}

/** Folds one chat's messages into the stories each sender tells across them. */
export class ConversationStories {
  private readonly bySender = new Map<string, SenderStory>();

  add(line: ChatLine): void {
    const p = storyParts(line.text, line.iban, true);
    if (!p.claim && !p.story && !p.request) return;
    let s = this.bySender.get(line.sender);
    if (!s) {
      s = { parts: { claim: '', story: '', request: '' }, where: {} };
      this.bySender.set(line.sender, s);
    }
    for (const k of PARTS) {
      if (p[k] === '' || s.parts[k] !== '') continue;
      s.parts[k] = p[k];
      s.where[k] = line;
    }
  }

  /**
   * One `triage/conversation-story` finding per sender whose messages together tell the story
   * while its parts sit in two messages or more (one message telling it is that message's verdict).
   */
  findings(): Finding[] {
    const out: Finding[] = [];
    for (const [sender, s] of this.bySender) {
      const messages = [...new Set(Object.values(s.where).map((l) => l.id))];
      if (!tellsStory(s.parts) || messages.length < 2) continue;
      const evidence = PARTS.filter((k) => s.parts[k] !== '')
        .map((k) => `${s.parts[k]} (${s.where[k]?.ref ?? s.where[k]?.id})`)
        .join(' + ');
      out.push({
        analyser: 'triage',
        kind: 'conversation-story',
        label: 'scam',
        // Weight 0: a finding of the pass, not a term of the model's score.
        reasons: [{ signal: 'family-impersonation', weight: 0, evidence: `${sender}: ${evidence}` }],
        data: { sender, messages, parts: storyValue(s.parts) },
      });
    }
    return out;
  }
}
