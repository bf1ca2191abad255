/**
 * An option of the runner's commands given as `--name <value>` or `--name=<value>`: its value, and the other
 * arguments without it (Playwright gets the rest). `given` with no value is an option missing its value.
 */
export function takeOption(args: readonly string[], name: string): { given: boolean; value?: string; rest: string[] } {
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return { given: false, rest: [...args] };
  const inline = args[at].startsWith(`${name}=`) ? args[at].slice(name.length + 1) : undefined;
  const value = inline ?? args[at + 1];
  return { given: true, value, rest: args.filter((_, i) => i !== at && (inline !== undefined || i !== at + 1)) };
}
