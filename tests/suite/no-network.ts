/**
 * Preloaded into `npm run rejudge` by the proof (`node --import tsx --import ./tests/suite/no-network.ts`): any socket
 * the process opens, or any name it looks up, ends it with exit 3 and one line on stderr. Re-judging must need no
 * network (issue 23): this proves it of the command itself, as a network namespace without interfaces would, on any
 * machine.
 */
import dns from 'node:dns';
import net from 'node:net';

/** The exit status that says "it reached for the network". */
const REACHED_NETWORK = 3;

function refuse(what: string): never {
  process.stderr.write(`no-network: the process tried to ${what}\n`);
  process.exit(REACHED_NETWORK);
}

net.Socket.prototype.connect = function connect(...args: unknown[]) {
  refuse(`open a socket (${JSON.stringify(args[0])})`);
} as typeof net.Socket.prototype.connect;
dns.lookup = ((hostname: string) => refuse(`look up ${hostname}`)) as unknown as typeof dns.lookup;
