/**
 * @module analyse/crypto
 * Crypto capability: address validation, transaction import, clustering, tracing, tags.
 */
export * from './address/index.js';
