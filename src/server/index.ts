/** @module server — the HTTP API and web UI host behind `dragnet serve`. */
export { type BuiltServer, buildServer, type RouteEntry, type ServerOptions } from './build-server.js';
export type { Capabilities, IngestFn } from './capabilities.js';
export { type CaseOpener, CaseRegistry } from './case-registry.js';
export { defaultUiDir } from './static-ui.js';
export { type Role, UserDirectory } from './user-directory.js';
