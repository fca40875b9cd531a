/** Minimal, strict flag parsing: unknown flags and missing values are usage errors. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** `spec` maps each allowed flag to whether it takes a value. */
export function parseArgs(argv: string[], spec: Record<string, boolean>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!(name in spec)) throw new UsageError(`unknown option --${name}`);
      if (spec[name]) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
        flags.set(name, value);
      } else {
        if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
        flags.set(name, true);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | null {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : null;
}
