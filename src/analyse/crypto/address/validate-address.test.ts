import { readFileSync } from 'node:fs';
import { hex } from '@scure/base';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCashaddr } from './cashaddr.js';
import { segwitScriptPubKey } from './segwit.js';
import { validateAddress } from './validate-address.js';

const vec = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../test/fixtures/crypto/vectors/${name}`, import.meta.url), 'utf8'),
  );

interface Bech32Vectors {
  valid_address: { address: string; scriptPubKeyHex: string }[];
  invalid_address: string[];
  invalid_checksum_bech32: string[];
  invalid_checksum_bech32m: string[];
}
const bech = vec('bech32_vectors.json') as Bech32Vectors;

describe('BIP 173 / BIP 350 segwit addresses', () => {
  it.each(bech.valid_address)('accepts $address with its scriptPubKey', ({ address, scriptPubKeyHex }) => {
    const r = validateAddress(address);
    expect(r.valid).toBe(true);
    expect(r.chain).toBe('btc');
    expect(r.normalized).toBe(address.toLowerCase());
    expect(hex.encode(segwitScriptPubKey(address) ?? new Uint8Array())).toBe(scriptPubKeyHex);
  });
  it.each(bech.invalid_address)('rejects %s', (address) => {
    expect(validateAddress(address).valid).toBe(false);
  });
  it('rejects every checksum-invalid string', () => {
    for (const s of [...bech.invalid_checksum_bech32, ...bech.invalid_checksum_bech32m])
      expect(validateAddress(s).valid).toBe(false);
  });
  it('types v0 and v1 programs and names the network', () => {
    expect(validateAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toMatchObject({
      type: 'p2wpkh',
      network: 'mainnet',
    });
    expect(validateAddress('tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7')).toMatchObject({
      type: 'p2wsh',
      network: 'testnet',
    });
    expect(validateAddress('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toMatchObject({
      type: 'p2tr',
    });
    expect(validateAddress('bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs')).toMatchObject({
      type: 'witness-unknown',
    });
  });
  it('says why a v1 address with a bech32 checksum is wrong', () => {
    expect(validateAddress('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd').error).toMatch(
      /bech32m/,
    );
  });
  it('accepts regtest (bcrt) and a Litecoin segwit address', () => {
    const reg = 'bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080';
    expect(validateAddress(reg)).toMatchObject({
      valid: true,
      chain: 'btc',
      network: 'regtest',
      type: 'p2wpkh',
    });
    const ltc = 'ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9';
    expect(validateAddress(ltc)).toMatchObject({ valid: true, chain: 'ltc', type: 'p2wpkh' });
  });
});

describe('bitcoinjs-lib address fixtures', () => {
  const fx = vec('address.json') as {
    standard: { network: string; base58check?: string; bech32?: string }[];
    invalid: { bech32: { address: string }[]; fromBase58Check: { address: string }[] };
  };
  const chainOf: Record<string, string> = { bitcoin: 'btc', testnet: 'btc', litecoin: 'ltc', regtest: 'btc' };
  it.each(fx.standard.filter((f) => chainOf[f.network]))('accepts $network $base58check$bech32', (f) => {
    const r = validateAddress((f.base58check ?? f.bech32) as string);
    expect(r.valid).toBe(true);
    expect(r.chain).toBe(chainOf[f.network]);
  });
  it.each([...fx.invalid.bech32, ...fx.invalid.fromBase58Check])('rejects $address', ({ address }) => {
    expect(validateAddress(address).valid).toBe(false);
  });
});

describe('Bitcoin Core base58 key vectors', () => {
  type Row = [string, string, { isPrivkey: boolean; isTestnet: boolean; addrType?: string }];
  const valid = vec('base58_keys_valid.json') as Row[];
  it('accepts every address row with its type and network, and no private key as an address', () => {
    for (const [s, , meta] of valid) {
      const r = validateAddress(s, { chain: 'btc' });
      if (meta.isPrivkey) {
        expect(r.valid, s).toBe(false);
        continue;
      }
      expect(r.valid, s).toBe(true);
      expect(r.network).toBe(meta.isTestnet ? 'testnet' : 'mainnet');
      if (meta.addrType === 'pubkey') expect(r.type).toBe('p2pkh');
      if (meta.addrType === 'script') expect(r.type).toBe('p2sh');
    }
  });
  it('rejects every invalid row', () => {
    for (const [s] of vec('base58_keys_invalid.json') as [string][])
      expect(validateAddress(s).valid, s).toBe(false);
  });
  it('reports a bad base58 checksum as such', () => {
    expect(validateAddress('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb').error).toBe('bad checksum');
  });
});

describe('EIP-55', () => {
  const v = vec('eip55_vectors.json') as {
    spec_valid: { address: string }[];
    derived_invalid_case_flipped: { address: string }[];
    ofac_eth_checksummed: { input: string; checksummed: string; inputIsValidChecksum: boolean }[];
  };
  it.each(v.spec_valid)('accepts $address', ({ address }) => {
    expect(validateAddress(address)).toMatchObject({ valid: true, chain: 'eth', type: 'account' });
  });
  it.each(v.derived_invalid_case_flipped)('rejects case-flipped $address', ({ address }) => {
    expect(validateAddress(address)).toMatchObject({ valid: false, chain: 'eth' });
  });
  it('normalises to the checksummed form and rejects bad mixed case (OFAC list)', () => {
    for (const row of v.ofac_eth_checksummed) {
      const r = validateAddress(row.input);
      const mixed = /[a-f]/.test(row.input.slice(2)) && /[A-F]/.test(row.input.slice(2));
      expect(r.valid, row.input).toBe(row.inputIsValidChecksum || !mixed);
      if (r.valid) expect(r.normalized).toBe(row.checksummed);
    }
  });
  it('accepts all-lower and all-upper bodies', () => {
    expect(validateAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed').normalized).toBe(
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    );
    expect(validateAddress('0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED').valid).toBe(true);
  });
});

describe('Bitcoin Cash', () => {
  // Legacy/cashaddr pairs from the cashaddr specification.
  const pairs: [string, string][] = [
    ['1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a'],
    ['1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR', 'bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy'],
    ['16w1D5WRVKJuZUsSRzdLp9w3YGcgoxDXb', 'bitcoincash:qqq3728yw0y47sqn6l2na30mcw6zm78dzqre909m2r'],
    ['3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC', 'bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq'],
    ['3LDsS579y7sruadqu11beEJoTjdFiFCdX4', 'bitcoincash:pr95sy3j9xwd2ap32xkykttr4cvcu7as4yc93ky28e'],
    ['31nwvkZwyPdgzjBJZXfDmSWsC4ZLKpYyUw', 'bitcoincash:pqq3728yw0y47sqn6l2na30mcw6zm78dzq5ucqzc37'],
  ];
  it.each(pairs)('legacy %s is cashaddr %s', (legacy, cash) => {
    expect(validateAddress(legacy, { chain: 'bch' })).toMatchObject({
      valid: true,
      chain: 'bch',
      normalized: cash,
    });
    expect(validateAddress(cash)).toMatchObject({
      valid: true,
      chain: 'bch',
      normalized: cash,
      type: cash.includes(':q') ? 'p2pkh' : 'p2sh',
    });
    expect(validateAddress(cash.slice('bitcoincash:'.length))).toMatchObject({
      valid: true,
      normalized: cash,
    });
    expect(validateAddress(cash.toUpperCase())).toMatchObject({ valid: true, normalized: cash });
  });
  it('encodes the spec example hash on mainnet and testnet', () => {
    const h = hex.decode('f5bf48b397dae70be82b3cca4793f8eb2b6cdac9');
    expect(encodeCashaddr('bitcoincash', 0, h)).toBe(
      'bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2',
    );
    expect(encodeCashaddr('bchtest', 1, h)).toBe('bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t');
    expect(validateAddress('bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t')).toMatchObject({
      valid: true,
      network: 'testnet',
    });
  });
  it('accepts a 32-byte P2SH32 cashaddr with and without prefix', () => {
    const a = encodeCashaddr(
      'bitcoincash',
      1,
      hex.decode('c07138323e00fa4fc122d3b85b9628ea810b3f381706385e289b0b25631197d1'),
    );
    expect(validateAddress(a)).toMatchObject({ valid: true, type: 'p2sh', normalized: a });
    expect(validateAddress(a.slice('bitcoincash:'.length))).toMatchObject({ valid: true, normalized: a });
  });
  it('rejects a one-character typo and mixed case', () => {
    expect(validateAddress('bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6c')).toMatchObject({
      valid: false,
      error: 'bad checksum',
    });
    expect(validateAddress('bitcoincash:Qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a').valid).toBe(false);
  });
});

describe('other chains', () => {
  it('Litecoin and Dogecoin legacy', () => {
    expect(validateAddress('LUxXFcwXFPpRZdMv4aYu6bDwPdC2skQ5YW')).toMatchObject({
      valid: true,
      chain: 'ltc',
      type: 'p2pkh',
    });
    expect(validateAddress('MCZjFcwYJwwYqXAbd3bbnxaCVGs81cp43Z')).toMatchObject({
      valid: true,
      chain: 'ltc',
      type: 'p2sh',
    });
    expect(validateAddress('DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L')).toMatchObject({
      valid: true,
      chain: 'doge',
      type: 'p2pkh',
    });
  });
  it('TRON, and a TRON address named as BTC (the OFAC XBT list error)', () => {
    expect(validateAddress('TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq')).toMatchObject({
      valid: true,
      chain: 'trx',
    });
    expect(validateAddress('TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq', { chain: 'btc' })).toMatchObject({
      valid: false,
      chain: 'btc',
      error: 'a valid TRX address, not BTC',
    });
  });
  it('XRP uses its own alphabet', () => {
    expect(validateAddress('rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66')).toMatchObject({
      valid: true,
      chain: 'xrp',
    });
    expect(validateAddress('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh')).toMatchObject({
      valid: true,
      chain: 'xrp',
    });
    expect(validateAddress('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTj').valid).toBe(false);
  });
  it('Monero standard, integrated, subaddress and stagenet; Keccak checksum', () => {
    const std =
      '49Xgwx3RfyV3ZMEVyrUNuUMzgQ1WHjkWL5T6Xk7QaTszggbtPbRPEkZQau9yACYEmUCHPNrU2MBdnJf4s4xLK5AyLDP5ucd';
    expect(validateAddress(std)).toMatchObject({
      valid: true,
      chain: 'xmr',
      type: 'standard',
      network: 'mainnet',
    });
    expect(
      validateAddress(
        '4KEMxkrvHF13ZMEVyrUNuUMzgQ1WHjkWL5T6Xk7QaTszggbtPbRPEkZQau9yACYEmUCHPNrU2MBdnJf4s4xLK5AyVTr66Q8LFefPwwfA1t',
      ),
    ).toMatchObject({ valid: true, type: 'integrated' });
    expect(
      validateAddress(
        '85cqdW5fHGvUQzGXzrRUHf6P6AJjJrYxa25v351wNJCrS3p1g8wL1gk35HjxyQGGJPY3SygtnFxKjHtVcA7rAM1JBHukQod',
      ),
    ).toMatchObject({
      valid: true,
      type: 'subaddress',
    });
    expect(
      validateAddress(
        '58qRVVjZ4KxMX57TH6yWqGcH5AswvZZS494hWHcHPt6cDkP7V8AqxFhi3RKXZueVRgUnk8niQGHSpY5Bm9DjuWn16GDKXpF',
      ),
    ).toMatchObject({
      valid: true,
      network: 'stagenet',
    });
    expect(validateAddress(`${std.slice(0, -1)}e`)).toMatchObject({ valid: false, chain: 'xmr' });
  });
  it('OFAC XMR list: the two addresses validate, the stray hex line does not', () => {
    expect(
      validateAddress(
        '49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL',
      ).valid,
    ).toBe(true);
    expect(
      validateAddress(
        '884Bz8UH63aYsjVdkfWfScRYWZGGNbjFL7pztqvWNSrtYT4reFSwyvkCj9KEGUtheHhhMUj87ciTBFyzoesrMJ4L1FvSoxL',
      ).type,
    ).toBe('subaddress');
    expect(validateAddress('5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320').valid).toBe(
      false,
    );
  });
  it('Solana is accepted with low confidence only when it decodes to 32 bytes', () => {
    expect(validateAddress('Ho87cuS3aSRgUMCeMrV7uNCCWx6Fj2ytnufYQ1W7KCLr')).toMatchObject({
      valid: true,
      chain: 'sol',
      confidence: 'low',
    });
    expect(validateAddress('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', { chain: 'sol' }).valid).toBe(
      false,
    );
  });
  it('wrong chain named explicitly', () => {
    expect(validateAddress('LUxXFcwXFPpRZdMv4aYu6bDwPdC2skQ5YW', { chain: 'btc' }).error).toMatch(/LTC/);
    expect(validateAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', { chain: 'trx' }).valid).toBe(false);
  });
});

describe('robustness', () => {
  it('never throws and is deterministic on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const a = validateAddress(s);
        expect(validateAddress(s)).toEqual(a);
        expect(a.input).toBe(s);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
