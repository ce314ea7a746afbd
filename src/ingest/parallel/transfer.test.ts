import { describe, expect, it } from 'vitest';
import { addTransfer, ownBuffer } from './transfer.js';

describe('ownBuffer', () => {
  it('copies a small Buffer out of the shared pool, so the pool is never transferred', () => {
    const pooled = Buffer.from('From: a@example.org\r\n\r\nhi'); // small: allocated from Node's pool
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.byteLength);
    const own = ownBuffer(pooled);
    expect(own.buffer).not.toBe(pooled.buffer);
    expect(own.byteOffset).toBe(0);
    expect(own.buffer.byteLength).toBe(pooled.byteLength);
    expect(Buffer.from(own).toString()).toBe(pooled.toString());
  });

  it('keeps a view that already spans its own buffer', () => {
    const whole = new Uint8Array([1, 2, 3]);
    expect(ownBuffer(whole)).toBe(whole);
  });

  it('lists each buffer once for transfer', () => {
    const a = new Uint8Array(4);
    const list: ArrayBuffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    addTransfer(list, seen, a);
    addTransfer(list, seen, a.subarray(1));
    expect(list).toEqual([a.buffer]);
  });
});
