export { runWorkflow, expandMatrix } from './executor';
export type { JobRecord, LocalAction, RunWorkflowOptions, StepRecord, WorkflowResult } from './executor';
export { readWorkflow, WorkflowParseError } from './parse';
export type { Workflow } from './parse';
export { evaluate, condition } from './expressions';
