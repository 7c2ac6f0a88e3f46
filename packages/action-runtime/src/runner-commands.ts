/**
 * Workflow commands (`::name key=value,…::message`): the toolkit's annotations, masks and debug
 * lines, and the exec fence (`::stop-commands::`, see command-fence). Values the runner reads from
 * files (outputs, state, env, PATH) go through runner-files instead.
 */

/** Command data: `%`, CR and LF are escaped so a message cannot end the command early. */
export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values also escape `:` and `,`, which separate properties. */
export const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

declare const commandLine: unique symbol;
/**
 * A workflow command line built here, with its message and properties escaped. The runner output
 * writes only these as commands; every other line it writes goes through the log guard.
 */
export type CommandLine = string & { readonly [commandLine]: true };

/** `::name key=value,…::message` (`name` and the property keys are ours, never from elsewhere). */
export function workflowCommand(
  name: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): CommandLine {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}` as CommandLine;
}
