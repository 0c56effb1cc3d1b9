import { Command, CommanderError } from 'commander';

/** Adds one command to the program. */
export type Register = (program: Command) => void;
/** Each command's loader, by name, in the order `--help` lists them. */
export type Commands = Record<string, () => Promise<Register>>;

/**
 * The commands `argv` needs registered: the one it names, or all of them for `--help`, `help …`, no command or an
 * unknown one (commander lists them, or suggests the nearest name).
 */
function commandsFor(argv: string[], commands: Commands): Array<() => Promise<Register>> {
  const [first] = argv;
  const named = Object.entries(commands).filter(([name]) => name === first);
  return (named.length > 0 ? named : Object.entries(commands)).map(([, load]) => load);
}

/** Runs `argv` as a program of `commands`; returns the exit code. */
export async function run(argv: string[], commands: Commands): Promise<number> {
  const program = new Command('rumourmill').description('a ledger of evidence about celebrity rumours').exitOverride();
  try {
    const registers = await Promise.all(commandsFor(argv, commands).map((load) => load()));
    for (const register of registers) register(program);
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`rumourmill: ${(error as Error).message}\n`);
    return 1;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
