// What the runner does with each output line of a step (actions/runner ActionCommandManager):
// recognise workflow commands, honour ::stop-commands::, and record the effects of each command.
// One processor per step; the secret masker is shared by the whole job.

import { CaseInsensitiveMap } from './ci-map';
import type { SecretMasker } from './masker';
import type { Annotation, AnnotationType, Deprecation, LogGroup, RunnerMessage } from './types';
import { RUNNER_COMMANDS, parseCommand } from './workflow-commands';
import type { WorkflowCommand } from './workflow-commands';

export interface CommandProcessorOptions {
  masker: SecretMasker;
  workspace: string;
  repository: string;
  /** The step's env context (ACTIONS_ALLOW_UNSECURE_COMMANDS, ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS). */
  envContext: Record<string, string>;
}

const DISABLED_COMMAND = (command: string): string =>
  `The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command ` +
  'execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more ' +
  'information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/';

export const DEPRECATED_COMMAND = (command: string): string =>
  `The \`${command}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. ` +
  'For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/';

const INVALID_STOP_TOKEN =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. " +
  'For more information see: https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands ' +
  'or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.';

/** Commands whose raw line the runner never echoes (it names only the command in error messages). */
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice']);

class CommandError extends Error {}

function parseInt32(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  const number = Number(value.trim());
  return number >= -2147483648 && number <= 2147483647 ? number : undefined;
}

/** IOUtil.MakeRelative on Linux. */
function makeRelative(file: string, folder: string): string {
  if (!file.startsWith(folder)) return file;
  if (file.length === folder.length) return '';
  if (folder.endsWith('/')) return file.slice(folder.length);
  if (file[folder.length] === '/') return file.slice(folder.length + 1);
  return file;
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}

export class CommandProcessor {
  readonly annotations: Annotation[] = [];
  readonly masks: string[] = [];
  readonly debug: string[] = [];
  readonly groups: LogGroup[] = [];
  readonly deprecations: Deprecation[] = [];
  readonly runnerMessages: RunnerMessage[] = [];
  readonly unsupported: string[] = [];
  /** Outputs / state / env / path set through (deprecated or opted-in) commands, applied before the files. */
  readonly outputs = new CaseInsensitiveMap();
  readonly state = new CaseInsensitiveMap();
  readonly env: Record<string, string> = {};
  readonly path: string[] = [];
  /** A command could not be processed: the runner fails the step. */
  failed = false;

  readonly #registered = new Set(RUNNER_COMMANDS);
  #stopToken: string | undefined;
  #openGroup: LogGroup | undefined;

  constructor(readonly options: CommandProcessorOptions) {}

  /** Process one output line; returns true when the runner consumes it as a command. */
  process(line: string): boolean {
    const consumed = this.#process(line);
    if (!consumed && this.#openGroup) this.#openGroup.lines.push(line);
    return consumed;
  }

  #process(line: string): boolean {
    if (line === '' || !(line.includes('##[') || line.includes('::'))) return false;
    const command = parseCommand(line, this.#registered);
    if (!command) return false;
    const name = command.name.toLowerCase();

    if (this.#stopToken !== undefined) {
      if (name !== this.#stopToken.toLowerCase()) return false;
      this.#registered.delete(this.#stopToken.toLowerCase());
      this.#stopToken = undefined;
      return true;
    }

    if (name === 'stop-commands') {
      const token = command.data;
      const invalid =
        token === '' || this.#registered.has(token.toLowerCase()) || token.toLowerCase() === 'pause-logging';
      if (invalid && !isTrue(this.options.envContext.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS)) {
        this.#fail(INVALID_STOP_TOKEN);
        return true;
      }
      this.#stopToken = token;
      this.#registered.add(token.toLowerCase());
      if (token.length > 6) this.options.masker.addValue(token);
      return true;
    }

    try {
      this.#execute(name, command);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      this.#fail(
        `Unable to process command '${OMIT_ECHO.has(name) ? name : line}' successfully.`,
        error.message,
      );
    }
    return true;
  }

  #fail(...messages: string[]): void {
    for (const message of messages) this.runnerMessages.push({ type: 'error', message });
    this.failed = true;
  }

  #requireName(command: WorkflowCommand, commandName: string): string {
    const name = command.properties.get('name');
    if (!name) throw new CommandError(`Required field 'name' is missing in ##[${commandName}] command.`);
    return name;
  }

  #execute(name: string, command: WorkflowCommand): void {
    switch (name) {
      case 'error':
      case 'warning':
      case 'notice':
        this.annotations.push(this.#annotation(name, command));
        return;
      case 'add-mask': {
        if (command.data.trim() === '') {
          this.runnerMessages.push({
            type: 'warning',
            message: "Can't add secret mask for empty string in ##[add-mask] command.",
          });
          return;
        }
        this.masks.push(command.data);
        this.options.masker.addValue(command.data);
        for (const part of command.data.split(/[\r\n]/)) {
          const trimmed = part.trim();
          if (trimmed !== '') this.options.masker.addValue(trimmed);
        }
        return;
      }
      case 'debug':
        this.debug.push(command.data);
        return;
      case 'group':
        this.#openGroup = { title: command.data, lines: [] };
        this.groups.push(this.#openGroup);
        return;
      case 'endgroup':
        this.#openGroup = undefined;
        return;
      case 'set-output':
      case 'save-state': {
        this.runnerMessages.push({ type: 'warning', message: DEPRECATED_COMMAND(name) });
        const key = this.#requireName(command, name);
        (name === 'set-output' ? this.outputs : this.state).set(key, command.data);
        this.deprecations.push({ command: name, name: key, value: command.data });
        return;
      }
      case 'set-env': {
        if (!isTrue(this.options.envContext.ACTIONS_ALLOW_UNSECURE_COMMANDS)) {
          throw new CommandError(DISABLED_COMMAND(name));
        }
        const key = this.#requireName(command, name);
        if (key.toUpperCase() === 'NODE_OPTIONS') {
          this.runnerMessages.push({
            type: 'error',
            message: "Can't update NODE_OPTIONS environment variable using ::set-env:: command.",
          });
          return;
        }
        this.env[key] = command.data;
        return;
      }
      case 'add-path':
        if (!isTrue(this.options.envContext.ACTIONS_ALLOW_UNSECURE_COMMANDS)) {
          throw new CommandError(DISABLED_COMMAND(name));
        }
        if (command.data === '') throw new CommandError("Value cannot be null or empty. (Parameter 'path')");
        this.path.push(command.data);
        return;
      case 'echo': {
        const value = command.data.trim().toUpperCase();
        if (command.data === '') throw new CommandError("Value cannot be null or empty. (Parameter 'value')");
        if (value !== 'ON' && value !== 'OFF') {
          throw new CommandError(
            `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${command.data}'.`,
          );
        }
        return;
      }
      case 'add-matcher':
      case 'remove-matcher':
        this.unsupported.push(`${name} ${command.data}: problem matchers are not reproduced by the harness`);
        return;
      default:
        this.runnerMessages.push({
          type: 'warning',
          message: `Can't find command extension for ##[${name}.command].`,
        });
    }
  }

  #annotation(type: AnnotationType, command: WorkflowCommand): Annotation {
    const properties = command.properties;
    validateLinesAndColumns(properties);
    const file = properties.get('file');
    if (file) {
      const relative = makeRelative(file, this.options.workspace);
      if (relative !== file) {
        if (this.options.repository) properties.set('repo', this.options.repository);
        if (relative !== '') properties.set('file', relative);
      }
    }
    const annotation: Annotation = { type, message: command.data, properties: properties.toRecord() };
    const text = (key: string): string | undefined => properties.get(key);
    const set = <K extends 'line' | 'endLine' | 'col' | 'endColumn'>(key: K): void => {
      const value = parseInt32(text(key));
      if (value !== undefined) annotation[key] = value;
    };
    if (text('file') !== undefined) annotation.file = text('file');
    set('line');
    set('endLine');
    set('col');
    set('endColumn');
    if (text('title') !== undefined) annotation.title = text('title');
    return annotation;
  }

  /** Commands left open at the end of the step are closed. */
  finish(): void {
    this.#openGroup = undefined;
  }
}

/** The runner's IssueCommandExtension.ValidateLinesAndColumns. */
export function validateLinesAndColumns(properties: CaseInsensitiveMap): void {
  let line = properties.get('line');
  const endLine = properties.get('endLine');
  let column = properties.get('col');
  const endColumn = properties.get('endColumn');
  let hasStartLine = parseInt32(line) !== undefined;
  const hasEndLine = parseInt32(endLine) !== undefined;
  let hasStartColumn = parseInt32(column) !== undefined;
  const hasEndColumn = parseInt32(endColumn) !== undefined;
  const hasColumn = hasStartColumn || hasEndColumn;

  if (hasEndLine && !hasStartLine) {
    properties.set('line', endLine as string);
    hasStartLine = true;
    line = endLine;
  }
  if (hasEndColumn && !hasStartColumn) {
    properties.set('col', endColumn as string);
    hasStartColumn = true;
    column = endColumn;
  }
  if (!hasStartLine && hasColumn) {
    properties.delete('col');
    properties.delete('endColumn');
  }
  if (hasEndLine && line !== endLine && hasColumn) {
    properties.delete('col');
    properties.delete('endColumn');
  }
  if (hasStartLine && hasEndLine && (parseInt32(endLine) as number) < (parseInt32(line) as number)) {
    properties.delete('line');
    properties.delete('endLine');
  }
  if (hasStartColumn && hasEndColumn && (parseInt32(endColumn) as number) < (parseInt32(column) as number)) {
    properties.delete('col');
    properties.delete('endColumn');
  }
}
