/**
 * @module share/to-misp-event
 * A case (or one campaign) as a MISP event in the MISP core format: one misp-objects object per
 * indicator (IBANs in `bank-account`, wallets in `coin-address`, phones in `phone-number`, URLs in
 * `url`, domains and IPs in `domain-ip`, hashes in `file`, Telegram handles in
 * `telegram-account`), free e-mail addresses as `email` attributes, one `email` object per lure
 * message (sender, reply-to, subject, date — never the victim recipients), and one `campaign-id`
 * attribute per campaign carrying its summary.
 *
 * Deterministic: uuids are UUIDv5 of type + value, timestamps come from the data (or the
 * injected clock).
 */
import { INDICATOR_TYPES } from './indicator-types.js';
import { MISP_TEMPLATES } from './misp-templates.js';
import {
  type CaseIndicator,
  type ExportOptions,
  latestTime,
  type SharedMessage,
  type ShareInput,
} from './share-input.js';
import { uuidV5 } from './uuid-v5.js';

export interface MispAttribute {
  uuid: string;
  event_id: string;
  type: string;
  category: string;
  to_ids: boolean;
  value: string;
  distribution: string;
  timestamp: string;
  comment: string;
  sharing_group_id: string;
  deleted: boolean;
  disable_correlation: boolean;
  object_relation?: string;
  first_seen?: string;
  last_seen?: string;
}

export interface MispObject {
  uuid: string;
  name: string;
  'meta-category': string;
  description: string;
  template_uuid: string;
  template_version: string;
  event_id: string;
  distribution: string;
  sharing_group_id: string;
  timestamp: string;
  comment: string;
  deleted: boolean;
  first_seen?: string;
  last_seen?: string;
  Attribute: MispAttribute[];
}

export interface MispEvent {
  Event: {
    uuid: string;
    info: string;
    date: string;
    timestamp: string;
    publish_timestamp: string;
    published: boolean;
    threat_level_id: string;
    analysis: string;
    distribution: string;
    sharing_group_id: string;
    org_id: string;
    orgc_id: string;
    attribute_count: string;
    Org: { id: string; name: string; uuid: string };
    Orgc: { id: string; name: string; uuid: string };
    Tag: { name: string }[];
    Attribute: MispAttribute[];
    Object: MispObject[];
  };
}

const unix = (iso: string): string => String(Math.floor((Date.parse(iso) || 0) / 1000));

/** Builds the event; see the module comment. */
export function toMispEvent(input: ShareInput, options: ExportOptions = {}): MispEvent {
  const now = options.now ? options.now() : latestTime(input);
  const scope = input.campaignId ?? 'case';
  const attribute = (
    key: string,
    fields: {
      type: string;
      category: string;
      to_ids: boolean;
      value: string;
      relation?: string;
      comment?: string;
    },
    seen?: { first: string; last: string },
  ): MispAttribute => ({
    uuid: uuidV5(`misp-attribute|${key}`),
    // Instance-local ids do not exist outside a MISP instance: "0", as PyMISP writes for new data.
    event_id: '0',
    type: fields.type,
    category: fields.category,
    to_ids: fields.to_ids,
    value: fields.value,
    distribution: '5',
    timestamp: unix(seen?.last ?? now),
    comment: fields.comment ?? '',
    sharing_group_id: '0',
    deleted: false,
    disable_correlation: false,
    ...(fields.relation ? { object_relation: fields.relation } : {}),
    ...(seen ? { first_seen: seen.first, last_seen: seen.last } : {}),
  });
  const attributes: MispAttribute[] = [];
  const objects: MispObject[] = [];
  for (const c of input.campaigns) {
    attributes.push(
      attribute(`campaign|${c.id}`, {
        type: 'campaign-id',
        category: 'Attribution',
        to_ids: false,
        value: c.id,
        comment: c.summary,
      }),
    );
  }
  for (const ind of input.indicators) {
    const mapping = INDICATOR_TYPES[ind.type];
    if (!mapping) continue;
    const seen = { first: ind.first_seen, last: ind.last_seen };
    const comment = indicatorComment(ind);
    if (ind.type === 'email') {
      // A bare address is no e-mail message: it stays an attribute (the email object describes lures).
      attributes.push(
        attribute(
          `email|${ind.value}`,
          { type: 'email', category: 'Payload delivery', to_ids: true, value: ind.value, comment },
          seen,
        ),
      );
      continue;
    }
    const m = mapping.misp;
    const attrs: MispAttribute[] = [
      attribute(
        `${ind.type}|${ind.value}`,
        { type: m.type, category: m.category, to_ids: m.to_ids, value: ind.value, relation: m.relation },
        seen,
      ),
    ];
    if (m.object === 'coin-address' && mapping.symbol) {
      attrs.push(
        attribute(`${ind.type}|${ind.value}|symbol`, {
          type: 'text',
          category: 'Financial fraud',
          to_ids: false,
          value: mapping.symbol,
          relation: 'symbol',
        }),
      );
    }
    if (m.object === 'coin-address' && ind.cluster) {
      attrs.push(
        attribute(`${ind.type}|${ind.value}|cluster`, {
          type: 'text',
          category: 'Financial fraud',
          to_ids: false,
          value: `wallet cluster ${ind.cluster}`,
          relation: 'text',
        }),
      );
    }
    objects.push(mispObject(m.object, `${ind.type}|${ind.value}`, attrs, comment, seen));
  }
  for (const msg of input.messages) {
    const o = emailObject(msg, attribute);
    if (o) objects.push(o);
  }
  const org = {
    id: '0',
    name: options.producer ?? `Dragnet case ${input.caseName}`,
    uuid: uuidV5(`misp-org|${input.caseId}`),
  };
  const count = attributes.length + objects.reduce((n, o) => n + o.Attribute.length, 0);
  return {
    Event: {
      uuid: uuidV5(`misp-event|${input.caseId}|${scope}`),
      info: input.campaignId ? `Dragnet campaign ${input.campaignId}` : `Dragnet case ${input.caseName}`,
      date: now.slice(0, 10),
      timestamp: unix(now),
      publish_timestamp: '0',
      published: false,
      threat_level_id: '2',
      analysis: '2',
      distribution: '0',
      sharing_group_id: '0',
      org_id: '0',
      orgc_id: '0',
      attribute_count: String(count),
      Org: org,
      Orgc: org,
      Tag: [{ name: 'tlp:amber' }],
      Attribute: attributes,
      Object: objects,
    },
  };
}

function indicatorComment(ind: CaseIndicator): string {
  const verdicts = Object.entries(ind.verdicts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const parts = [`seen in ${ind.evidence.length} evidence item(s)`];
  if (verdicts) parts.push(`verdicts: ${verdicts}`);
  if (ind.campaigns.length > 0) parts.push(`campaigns: ${ind.campaigns.join(', ')}`);
  return parts.join('; ');
}

function mispObject(
  name: string,
  key: string,
  attrs: MispAttribute[],
  comment: string,
  seen?: { first: string; last: string },
): MispObject {
  const tpl = MISP_TEMPLATES[name];
  if (!tpl) throw new Error(`no MISP template declared for ${name}`);
  return {
    uuid: uuidV5(`misp-object|${name}|${key}`),
    name: tpl.name,
    'meta-category': tpl.metaCategory,
    description: tpl.description,
    template_uuid: tpl.uuid,
    template_version: tpl.version,
    event_id: '0',
    distribution: '5',
    sharing_group_id: '0',
    timestamp: attrs[0]?.timestamp ?? '0',
    comment,
    deleted: false,
    ...(seen ? { first_seen: seen.first, last_seen: seen.last } : {}),
    Attribute: attrs,
  };
}

type AttributeFn = (
  key: string,
  fields: {
    type: string;
    category: string;
    to_ids: boolean;
    value: string;
    relation?: string;
    comment?: string;
  },
  seen?: { first: string; last: string },
) => MispAttribute;

function emailObject(msg: SharedMessage, attribute: AttributeFn): MispObject | undefined {
  if (msg.kind !== 'email' || !msg.from) return undefined;
  const k = `message|${msg.id}`;
  const attrs: MispAttribute[] = [
    attribute(`${k}|from`, {
      type: 'email-src',
      category: 'Payload delivery',
      to_ids: true,
      value: msg.from.toLowerCase(),
      relation: 'from',
    }),
  ];
  if (msg.fromName) {
    attrs.push(
      attribute(`${k}|from-display-name`, {
        type: 'email-src-display-name',
        category: 'Payload delivery',
        to_ids: false,
        value: msg.fromName,
        relation: 'from-display-name',
      }),
    );
  }
  for (const r of msg.replyTo ?? []) {
    attrs.push(
      attribute(`${k}|reply-to|${r}`, {
        type: 'email-reply-to',
        category: 'Payload delivery',
        to_ids: true,
        value: r.toLowerCase(),
        relation: 'reply-to',
      }),
    );
  }
  if (msg.subject) {
    attrs.push(
      attribute(`${k}|subject`, {
        type: 'email-subject',
        category: 'Payload delivery',
        to_ids: false,
        value: msg.subject,
        relation: 'subject',
      }),
    );
  }
  if (msg.messageId) {
    attrs.push(
      attribute(`${k}|message-id`, {
        type: 'email-message-id',
        category: 'Payload delivery',
        to_ids: false,
        value: msg.messageId,
        relation: 'message-id',
      }),
    );
  }
  attrs.push(
    attribute(`${k}|send-date`, {
      type: 'datetime',
      category: 'Other',
      to_ids: false,
      value: msg.time,
      relation: 'send-date',
    }),
  );
  return mispObject('email', k, attrs, `evidence ${msg.id}${msg.verdict ? ` (${msg.verdict})` : ''}`);
}
