/**
 * @module analyse/crypto/simulate/write-simulation
 * Writes a simulation to a folder:
 * - `blocks.json`: a JSON array of `getblock` verbosity-3 results, one block per line;
 * - `tags.csv`: the exchanges' addresses (`address,label,category,source`);
 * - `truth/addresses.csv`: every address with its true owner (`address,entity,kind,name`);
 * - `truth/flows.json`: the criminal flows hop by hop, and a summary.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { type SimulateOptions, type SimulationTruth, simulateChain } from './simulate-chain.js';

export interface SimulationFiles {
  dir: string;
  blocks: string;
  tags: string;
  addresses: string;
  flows: string;
  truth: SimulationTruth;
}

export function writeSimulation(dir: string, options: SimulateOptions): SimulationFiles {
  mkdirSync(path.join(dir, 'truth'), { recursive: true });
  const files = {
    blocks: path.join(dir, 'blocks.json'),
    tags: path.join(dir, 'tags.csv'),
    addresses: path.join(dir, 'truth', 'addresses.csv'),
    flows: path.join(dir, 'truth', 'flows.json'),
  };
  const blocksFd = openSync(files.blocks, 'w');
  const tagsFd = openSync(files.tags, 'w');
  const addrFd = openSync(files.addresses, 'w');
  let first = true;
  let tagBuf = 'address,label,category,source\n';
  let addrBuf = 'address,entity,kind,name\n';
  try {
    writeSync(blocksFd, '[\n');
    const truth = simulateChain(options, {
      block(json) {
        writeSync(blocksFd, first ? json : `,\n${json}`);
        first = false;
      },
      address(address, e) {
        addrBuf += `${address},${e.id},${e.kind},${e.name}\n`;
        if (e.kind === 'exchange')
          tagBuf += `${address},${e.name},exchange,dragnet-simulation seed ${options.seed}\n`;
        if (addrBuf.length > 1 << 20) {
          writeSync(addrFd, addrBuf);
          addrBuf = '';
        }
        if (tagBuf.length > 1 << 20) {
          writeSync(tagsFd, tagBuf);
          tagBuf = '';
        }
      },
    });
    writeSync(blocksFd, '\n]\n');
    writeSync(addrFd, addrBuf);
    writeSync(tagsFd, tagBuf);
    writeFileSync(
      files.flows,
      `${JSON.stringify({ ...truth, entities: undefined, entityCount: truth.entities.length }, null, 2)}\n`,
    );
    return { dir, ...files, truth };
  } finally {
    closeSync(blocksFd);
    closeSync(tagsFd);
    closeSync(addrFd);
  }
}
