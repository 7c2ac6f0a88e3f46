// Public types of the e2e harness that runs a bundled JavaScript action the way the GitHub runner does.

export type StepStage = 'pre' | 'main' | 'post';
export type AnnotationType = 'error' | 'warning' | 'notice';
export type StreamName = 'stdout' | 'stderr';

/** An annotation created by the action through `::error …::`, `::warning …::` or `::notice …::`. */
export interface Annotation {
  type: AnnotationType;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  /** Every property as the runner records it (after its line/column validation; `file` made workspace-relative, `repo` added). */
  properties: Record<string, string>;
}

/** A message issued by the runner itself (not by the action), e.g. "Unexpected input(s) …". */
export interface RunnerMessage {
  type: 'error' | 'warning';
  message: string;
}

/** Use of a deprecated workflow command the runner still honours (`::set-output`, `::save-state`). */
export interface Deprecation {
  command: 'set-output' | 'save-state';
  name: string;
  value: string;
}

export interface LogGroup {
  title: string;
  /** Raw lines logged between `::group::` and `::endgroup::` (commands excluded). */
  lines: string[];
}

/** One line the action wrote, in arrival order across both streams (the runner reads both for commands). */
export interface LogLine {
  stream: StreamName;
  /** The line as the action wrote it. */
  text: string;
  /** The line with the masks registered so far (including by this line) applied, as the runner logs it. */
  masked: string;
  /** The line was consumed as a workflow command. */
  command: boolean;
}

export interface StepResult {
  stage: StepStage;
  conclusion: 'success' | 'failure' | 'skipped';
  /** `conclusion === 'failure'`: non-zero exit, timeout, or a command/file-command the runner could not process. */
  failed: boolean;
  /** Exit code as the runner sees it (128 + signal number when killed by a signal); null when skipped. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  /** Outputs set by this step (GITHUB_OUTPUT, and deprecated `::set-output`). */
  outputs: Record<string, string>;
  /** Variables exported by this step through GITHUB_ENV. */
  env: Record<string, string>;
  /** Lines this step appended to GITHUB_PATH, in file order. */
  path: string[];
  /** State saved by this step (GITHUB_STATE, and deprecated `::save-state`). */
  state: Record<string, string>;
  /** Step summary as GitHub stores it: secrets masked, lines terminated by "\n"; '' when none or rejected. */
  summary: string;
  /** Step summary file exactly as the action wrote it. */
  summaryRaw: string;
  annotations: Annotation[];
  /** Values registered with `::add-mask::` by this step. */
  masks: string[];
  debug: string[];
  groups: LogGroup[];
  deprecations: Deprecation[];
  runnerMessages: RunnerMessage[];
  /** Commands the harness accepts but does not reproduce (problem matchers). */
  unsupported: string[];
  stdout: string;
  stderr: string;
  /** stdout lines as the runner's log would show them: each line masked with the masks registered up to that line. */
  stdoutMasked: string;
  stderrMasked: string;
  log: LogLine[];
  /** The complete environment the step's process received. */
  environment: Record<string, string>;
  /** Error annotations of the action followed by errors the runner issued. */
  errorMessages: string[];
}

export interface RunContext {
  repository: string;
  repositoryId: string;
  repositoryOwnerId: string;
  sha: string;
  ref: string;
  /** Default: derived from `ref` (and the pull_request payload). */
  refName: string;
  refType: 'branch' | 'tag' | '';
  refProtected: boolean;
  headRef: string;
  baseRef: string;
  actor: string;
  actorId: string;
  triggeringActor: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  retentionDays: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  workflow: string;
  workflowRef: string;
  workflowSha: string;
  job: string;
  /** GITHUB_ACTION: the step id, or `__owner_repo` for a step without id. */
  action: string;
  /** GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF: set for `uses: owner/repo@ref`, absent for local `./` actions. */
  actionRepository?: string;
  actionRef?: string;
  /** `github.token` (masked in every log, like the runner does). Default: a fresh random `ghs_…` value. */
  token: string;
  runnerName: string;
}

export interface RunActionOptions {
  /** Directory holding action.yml: absolute, or relative to the repository root. */
  action: string;
  /** The step's `with:` values. */
  inputs?: Record<string, string>;
  /** The step's `env:` (wins over GITHUB_ENV exports, as in the runner). */
  env?: Record<string, string>;
  /** Event payload written to GITHUB_EVENT_PATH. Default `{}`. */
  event?: Record<string, unknown>;
  /** Default 'push'. */
  eventName?: string;
  context?: Partial<RunContext>;
  /** `matrix` / `strategy` contexts for default expressions. */
  matrix?: Record<string, unknown>;
  /** GITHUB_WORKSPACE and the cwd of the process. Default: a fresh directory (removed after the run unless `keep`). */
  workspace?: string;
  /** 'auto' (default): run `runs.pre` honouring `pre-if`; false: never. */
  pre?: 'auto' | false;
  /** 'auto' (default): run `runs.post` honouring `post-if` (status functions only); false: never. */
  post?: 'auto' | false;
  /** Sets RUNNER_DEBUG=1 (runner.debug). */
  debug?: boolean;
  /** Per-step time limit; the process gets SIGINT, then SIGTERM and SIGKILL one second apart. */
  timeoutMs?: number;
  /** Node binary. Default: the Node 24 of `scripts/install-node24.sh`. */
  node?: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN (a job with `id-token: write`); the token is masked. */
  oidc?: { url: string; token: string };
  /** Extra values registered in the log masker before the job starts (workflow secrets). */
  secrets?: string[];
  /** Keep the harness's temporary directories (RUNNER_TEMP, default workspace) after the run, until the process exits. */
  keep?: boolean;
  /** RUNNER_TEMP shared by the steps of one job (kept; the caller removes it). Default: a fresh one per run. */
  runnerTemp?: string;
  /** State an earlier main step saved (STATE_*), for a post step run at the job's end. */
  state?: Record<string, string>;
  /** 'post': run only the post step (with `state`), as the runner does when the job ends. */
  only?: 'post';
}

export interface RunDirectories {
  root: string;
  workspace: string;
  temp: string;
  toolCache: string;
  eventPath: string;
}

export interface ActionRun {
  pre?: StepResult;
  main: StepResult;
  post?: StepResult;
  /** Exit code of the main step. */
  exitCode: number | null;
  /** Any step failed (the job's conclusion). */
  failed: boolean;
  /** Outputs of the main step (what `steps.<id>.outputs` holds). */
  outputs: Record<string, string>;
  /** Job environment exported through GITHUB_ENV by all steps. */
  env: Record<string, string>;
  /** Directories the steps prepended to PATH, highest priority first (as in the next step's PATH). */
  path: string[];
  /** Intra-action state after all steps (what a post step receives as STATE_*). */
  state: Record<string, string>;
  /** Job summary: every step's summary in order. */
  summary: string;
  annotations: Annotation[];
  runnerMessages: RunnerMessage[];
  masks: string[];
  debug: string[];
  deprecations: Deprecation[];
  /** stdout / stderr of the main step. */
  stdout: string;
  stderr: string;
  stdoutMasked: string;
  stderrMasked: string;
  /** Inputs given that action.yml does not declare (the runner warns and still passes them). */
  unexpectedInputs: string[];
  /** The input values the action received (given + defaults), keyed as declared/given. */
  inputs: Record<string, string>;
  errorMessages: string[];
  context: RunContext;
  dirs: RunDirectories;
}
