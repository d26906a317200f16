import { Readout } from '../engine.js';
import { ReadoutError } from '../errors.js';
import { codeCommand } from './code-command.js';
import { demoCommand } from './demo-command.js';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = `readout — code news into CAMEO political events

usage:
  readout code FILE... [--lang auto|zh|en] [--published YYYY-MM-DD] [--format table|jsonl|csv] [--explain]
                       [--quad gdelt|icews] [--modalities LIST|all]  code files ('-' reads stdin)
  readout demo                                                      code the bundled examples, print a table
  readout --help
`;

/** Entry point of the CLI; returns the exit status. Kept apart from process globals so tests can run it. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'code':
        return codeCommand(rest, io, lazyEngine);
      case 'demo':
        return demoCommand(rest, io, lazyEngine);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr.write(`readout: unknown command '${command}'\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ReadoutError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.stderr.write(`readout: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}

let engine: Readout | null = null;
function lazyEngine(): Readout {
  engine ??= new Readout();
  return engine;
}

export type EngineFactory = () => Readout;
