/**
 * @module cli/commands/serve
 * `dragnet serve [--case DIR] [--cases DIR] [--home DIR] [--port N] [--host H]`: the HTTP API and
 * web UI. Users, sessions, tokens and case memberships live in the server home (`--home`, env
 * `DRAGNET_SERVER_HOME`, default `~/.dragnet-server`); cases stay plain case folders. On first
 * run the server prints a one-time setup token to stderr: the first administrator is created
 * with it in the browser (or non-interactively with DRAGNET_ADMIN_USER / DRAGNET_ADMIN_PASSWORD).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { initCase, isCaseDir, openCase, openOrInitCase } from '../../case/open-case.js';
import { DragnetError, usageError } from '../../core/errors.js';
import type { CampaignRecord, TimelineRecord, TraceRecord } from '../../server/capabilities.js';
import { buildServer, type Capabilities, CaseRegistry, defaultUiDir } from '../../server/index.js';
import { hashPassword, passwordProblem } from '../../server/password.js';
import { action } from '../run-command.js';
import { VERSION } from '../version.js';

interface ServeOptions {
  cases?: string;
  home?: string;
  port: string;
  host: string;
  ui: boolean;
  log?: boolean;
}

/**
 * The capabilities this build has, loaded lazily (first use) so the server starts even while one
 * analysis module is broken, and so `dragnet serve --help` stays fast.
 */
export function serverCapabilities(): Capabilities {
  return {
    ingest: async (store, paths, options) =>
      (await import('../../ingest/ingest-paths.js')).ingestPaths(store, paths, options),
    campaigns: async (store) => {
      const { loadCaseCampaigns } = await import('../../graph/load-case-campaigns.js');
      return loadCaseCampaigns(store).campaigns as unknown as CampaignRecord[];
    },
    timeline: async (store, campaignId) => {
      const [{ loadCaseCampaigns }, { buildTimeline }] = await Promise.all([
        import('../../graph/load-case-campaigns.js'),
        import('../../graph/build-timeline.js'),
      ]);
      const { messages, campaigns } = loadCaseCampaigns(store);
      if (campaignId && !campaigns.some((c) => c.id === campaignId))
        throw new DragnetError('NOT_FOUND', `no campaign ${campaignId}`);
      return buildTimeline(messages, campaigns, campaignId) as unknown as TimelineRecord[];
    },
    exportCase: async (store, format, campaignId) => {
      const share = await import('../../share/index.js');
      const input = share.loadShareInput(store, campaignId);
      const stem = `dragnet-${store.info.name}${campaignId ? `-${campaignId}` : ''}`;
      if (format === 'stix')
        return {
          contentType: 'application/stix+json;version=2.1',
          fileName: `${stem}.stix.json`,
          body: `${JSON.stringify(share.toStixBundle(input), null, 2)}\n`,
        };
      if (format === 'misp')
        return {
          contentType: 'application/json',
          fileName: `${stem}.misp.json`,
          body: `${JSON.stringify(share.toMispEvent(input), null, 2)}\n`,
        };
      return { contentType: 'text/csv; charset=utf-8', fileName: `${stem}.csv`, body: share.toCsv(input) };
    },
    cryptoImport: async (store, paths, actor) => {
      const { importCryptoFiles } = await import('../../analyse/crypto/import/import-files.js');
      const sqlite = store as unknown as Parameters<typeof importCryptoFiles>[0];
      // Same store, but every write is recorded under the API user, not the server's OS user.
      const asUser: typeof sqlite = {
        db: sqlite.db,
        write: (options, fn) => sqlite.write({ ...options, actor }, fn),
      };
      return importCryptoFiles(asUser, paths, { skipDuplicates: true });
    },
    cryptoTrace: async (store, seed, options) => {
      const { traceInCase } = await import('../../analyse/crypto/trace/trace-case.js');
      // The SQLite adapter is a CryptoCase (it exposes its database handle); see crypto-case.ts.
      const report = traceInCase(store as unknown as Parameters<typeof traceInCase>[0], seed, {
        hops: options.hops,
        model: options.model,
      });
      return report.results as unknown as TraceRecord[];
    },
  };
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /openapi.json) and the web UI; binds 127.0.0.1 by default')
    .option('--cases <dir>', 'also serve every case in this folder (new cases are created here)')
    .option(
      '--home <dir>',
      'server home: users, sessions, tokens, uploads (env DRAGNET_SERVER_HOME, default ~/.dragnet-server)',
    )
    .option('--port <n>', 'TCP port', '8484')
    .option(
      '--host <host>',
      'interface to bind (anything but loopback exposes the case to the network)',
      '127.0.0.1',
    )
    .option('--no-ui', 'API only')
    .option('--log', 'log every request to stderr (JSON lines)')
    .action(
      action(async (opts: ServeOptions, self: Command) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw usageError('--port takes a number from 0 to 65535');
        const global = self.optsWithGlobals<{ case?: string }>();
        const caseArg = global.case ?? process.env.DRAGNET_CASE;
        const caseDirs = caseArg ? [path.resolve(caseArg)] : opts.cases ? [] : [path.resolve('dragnet-case')];
        const homeDir = path.resolve(
          opts.home ?? process.env.DRAGNET_SERVER_HOME ?? path.join(os.homedir(), '.dragnet-server'),
        );
        const registry = new CaseRegistry(
          {
            open: (dir) => (caseDirs.includes(dir) ? openOrInitCase(dir) : openCase(dir)),
            init: (dir, name) => initCase(dir, { name }),
            isCase: isCaseDir,
          },
          opts.cases ? path.resolve(opts.cases) : undefined,
        );
        await registry.load(caseDirs);
        const setupToken = randomBytes(18).toString('base64url');
        const server = await buildServer({
          homeDir,
          registry,
          caps: serverCapabilities(),
          setupToken,
          version: VERSION,
          logger: opts.log === true,
          ...(opts.ui ? { uiDir: defaultUiDir() } : {}),
        });
        await bootstrapAdmin(server.ctx.users);
        const address = await server.app.listen({ port, host: opts.host });
        process.stderr.write(
          `dragnet: serving ${registry.list().length} case(s) at ${address} (home ${homeDir})\n`,
        );
        if (opts.host !== '127.0.0.1' && opts.host !== 'localhost' && opts.host !== '::1') {
          process.stderr.write(
            'dragnet: WARNING: not bound to loopback; use TLS in front of it and firewall it\n',
          );
        }
        if (server.ctx.users.countUsers() === 0) {
          process.stderr.write(
            `dragnet: first run: open ${address}/ and create the administrator with setup token ${setupToken}\n`,
          );
        }
        await new Promise<void>((resolve) => {
          const stop = (): void => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        await server.close();
        return 0;
      }),
    );
}

async function bootstrapAdmin(users: import('../../server/user-directory.js').UserDirectory): Promise<void> {
  const name = process.env.DRAGNET_ADMIN_USER;
  const password = process.env.DRAGNET_ADMIN_PASSWORD;
  if (!name || !password || users.countUsers() > 0) return;
  const problem = passwordProblem(password);
  if (problem) throw usageError(`DRAGNET_ADMIN_PASSWORD: ${problem}`);
  users.createUser(name, await hashPassword(password), 'admin');
  process.stderr.write(`dragnet: created administrator ${name}\n`);
}
