export { splitByTimings } from './split';
export type { Shard, ShardPlan } from './split';
export { readTimings, writeTimings, mergeTimings } from './timings-file';
export type { TimingsDocument } from './timings-file';
export { shardsToFit, MAX_MATRIX_SHARDS } from './shard-count';
export type { ShardCountProposal, ShardCountQuestion } from './shard-count';
