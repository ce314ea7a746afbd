/**
 * @module share/misp-templates
 * The misp-objects templates Dragnet emits (name, uuid, version, meta-category, description as
 * published in github.com/MISP/misp-objects), and the MISP attribute categories each attribute
 * type is valid in (MISP core format, "Attribute type" table) for the types we write. Tests
 * check both tables against the official template files and RFC text.
 */

export interface MispTemplate {
  name: string;
  uuid: string;
  version: string;
  metaCategory: string;
  description: string;
}

const t = (
  name: string,
  uuid: string,
  version: number,
  metaCategory: string,
  description: string,
): MispTemplate => ({
  name,
  uuid,
  version: String(version),
  metaCategory,
  description,
});

export const MISP_TEMPLATES: Readonly<Record<string, MispTemplate>> = {
  url: t(
    'url',
    '60efb77b-40b5-4c46-871b-ed1ed999fce5',
    10,
    'network',
    'url object describes an url along with its normalized field (like extracted using faup parsing library) and its metadata.',
  ),
  'domain-ip': t(
    'domain-ip',
    '43b3b146-77eb-4931-b4cc-b66c60f28734',
    11,
    'network',
    'A domain/hostname and IP address seen as a tuple in a specific time frame.',
  ),
  email: t(
    'email',
    'a0c666e0-fc65-4be8-b48f-3423d788b552',
    19,
    'network',
    'Email object describing an email with meta-information',
  ),
  'phone-number': t(
    'phone-number',
    'c4b5a67c-63d2-11ec-90d6-0242ac120003',
    1,
    'mobile',
    'Phone number based on the E.164 international public telecommunication numbering plan',
  ),
  'bank-account': t(
    'bank-account',
    'b4712203-95a8-4883-80e9-b566f5df11c9',
    3,
    'financial',
    'An object describing bank account information based on account description from goAML 4.0.',
  ),
  'coin-address': t(
    'coin-address',
    'd0e6997e-78da-4815-a6a1-cfc1c1cb8a46',
    7,
    'financial',
    'An address used in a cryptocurrency',
  ),
  file: t(
    'file',
    '688c46fb-5edb-40a3-8273-1af7923e2215',
    25,
    'file',
    'File object describing a file with meta-information',
  ),
  'telegram-account': t(
    'telegram-account',
    '06f02ecf-5afb-42c5-9cb0-b362e222f52c',
    2,
    'misc',
    'Information related to a telegram account',
  ),
};

/** Category → attribute types we emit that the MISP core format allows in it. */
export const MISP_CATEGORY_TYPES: Readonly<Record<string, ReadonlyArray<string>>> = {
  'Network activity': [
    'url',
    'domain',
    'hostname',
    'ip-dst',
    'ip-src',
    'email',
    'email-src',
    'email-dst',
    'text',
  ],
  'Payload delivery': [
    'md5',
    'sha1',
    'sha256',
    'sha512',
    'email',
    'email-src',
    'email-dst',
    'email-subject',
    'email-reply-to',
    'email-message-id',
    'email-src-display-name',
    'url',
    'domain',
    'text',
  ],
  'Financial fraud': ['btc', 'xmr', 'iban', 'bic', 'phone-number', 'text'],
  'Social network': ['text', 'email'],
  Attribution: ['campaign-id', 'campaign-name', 'text'],
  Other: ['datetime', 'text', 'phone-number'],
};
