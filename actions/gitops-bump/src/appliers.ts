import { ConfigurationError } from '@shipchain/action-runtime';
import {
  ConflictError,
  bumpManifests,
  manifestFiles,
  promotedReference,
  renderTemplate,
  revertApplier as revertCommit,
  withTrailers,
  writeTree,
  type Applied,
  type Checkout,
  type FileChange,
  type MessageVariables,
} from '@shipchain/gitops';
import { splitImage, type ImageBump } from '@shipchain/manifest-edit';
import { checkDowngrade, type BuildDates } from './downgrade';
import type { Plan } from './plan';

/** What the last attempt did: the outputs and the summary are made from it. */
export interface BumpRecord {
  files: FileChange[];
  oldRefs: string[];
  newRef: string;
  image: string;
  refused: string[];
  warnings: string[];
}

export { ConflictError };

type Variables = Omit<MessageVariables, 'image' | 'digest' | 'tag' | 'new-ref' | 'old-ref'>;

export interface ApplierContext {
  checkout: Checkout;
  template: string;
  variables: Variables;
  /** Build dates for forbid-downgrade; absent when the guard is off. */
  buildDates?: BuildDates;
  /** Where the source commit lives (server URL/owner/repo), for dora-report's change counts. */
  sourceRepository: string;
  /** Why a revert is made (the revert-reason input); empty for none. */
  reason: string;
}

/**
 * The bump (or promotion), made afresh on each attempt's head. Fields whose value differs from
 * what the first attempt saw were changed by someone else meanwhile: a true conflict.
 */
export function bumpApplier(plan: Extract<Plan, { kind: 'bump' | 'promote' }>, context: ApplierContext) {
  const record: BumpRecord = {
    files: [],
    oldRefs: [],
    newRef: '',
    image: plan.image,
    refused: [],
    warnings: [],
  };
  // What the first application saw (not necessarily attempt 1's: a fetch the network broke
  // is retried before anything was applied).
  let firstSeen: Map<string, Set<string>> | undefined;
  const apply = async (head: string, _attempt: number): Promise<Applied | undefined> => {
    const { git } = context.checkout;
    // The head into the index only: manifests are read from and written to git's objects, so
    // none of the repository's files is checked out (or followed, were it a link).
    await git.run(['read-tree', head]);
    const bump: ImageBump = {
      image: plan.image,
      form: plan.form,
      helmKeys: plan.helmKeys,
      ...(plan.tag ? { tag: plan.tag } : {}),
    };
    if (plan.digest) bump.digest = plan.digest;
    // Warnings are per attempt: the last attempt's are the ones reported.
    record.warnings = [];
    const skipped = (warning: string) => record.warnings.push(warning);
    if (plan.kind === 'promote') {
      const source = await promotedReference(git, plan.promoteFrom, plan.image, plan.helmKeys, skipped);
      bump.digest = source.digest;
      if (plan.form === 'tag-digest') {
        const tag = plan.tag ?? source.tag;
        if (!tag)
          throw new ConfigurationError(
            `Input "form" is tag-digest but ${source.files.join(', ')} pins ${plan.image} by digest alone; set the "tag" input.`,
            'tag',
          );
        bump.tag = tag;
      }
    }
    const manifests = await manifestFiles(git, plan.paths, 'paths', skipped);
    const { changed, edits } = await bumpManifests(git, plan.paths, manifests, bump, {
      addToKustomizations: plan.addToKustomizations,
    });
    record.newRef = `${plan.image}${bump.tag && plan.form !== 'digest' ? `:${bump.tag}` : ''}${bump.digest ? `@${bump.digest}` : ''}`;
    record.files = changed;
    record.oldRefs = [...new Set(changed.filter((f) => f.changes.length > 0).flatMap((f) => f.before))];
    record.refused = changed.flatMap((f) =>
      f.held.map((h) => `${f.file}:${h.line} is held (shipchain:hold), left at ${h.old}`),
    );
    if (!firstSeen) firstSeen = new Map(changed.map((f) => [f.file, new Set(f.changes.map((c) => c.old))]));
    else checkConflicts(changed, firstSeen, record.newRef);

    const edited = changed.filter((f) => f.changes.length > 0);
    if (edited.length === 0) return undefined;
    if (context.buildDates && bump.digest) {
      const current = edited.flatMap((f) =>
        f.before.flatMap((ref) => {
          const digest = splitImage(ref).digest;
          return digest ? [{ digest, where: f.file }] : [];
        }),
      );
      const verdict = await checkDowngrade(context.buildDates, plan.image, bump.digest, current);
      record.warnings.push(...verdict.warnings);
      if (verdict.refused) {
        // Nothing was written: the edits are dropped with the index the next attempt reads afresh.
        record.refused.push(verdict.refused);
        record.files = [];
        return undefined;
      }
    }
    const message = renderTemplate(context.template, {
      ...context.variables,
      image: plan.image,
      digest: bump.digest ?? '',
      tag: bump.tag ?? '',
      'new-ref': record.newRef,
      'old-ref': record.oldRefs.join(', '),
    });
    return {
      files: edited.map((f) => f.file),
      tree: await writeTree(git, head, edits, `${context.checkout.baseRef}-edit`),
      message: withTrailers(message, {
        kind: plan.kind === 'promote' ? 'promote' : 'deploy',
        environment: plan.environment,
        image: plan.image,
        digest: bump.digest ?? '',
        oldRef: record.oldRefs.join(', '),
        newRef: record.newRef,
        paths: plan.paths.join(', '),
        sourceRepository: context.sourceRepository,
        source: context.variables['source-commit'],
        run: context.variables['run-url'],
      }),
    };
  };
  return { apply, record };
}

function checkConflicts(changed: FileChange[], firstSeen: Map<string, Set<string>>, newRef: string): void {
  for (const file of changed) {
    const seen = firstSeen.get(file.file) ?? new Set<string>();
    const moved = file.changes.find((change) => !seen.has(change.old));
    if (moved)
      throw new ConflictError(
        `Conflict: while this run was pushing, someone else changed ${file.file}:${moved.line} to ${moved.old}${seen.size ? ` (it was ${[...seen].join(', ')})` : ''}. Not overwriting it with ${newRef}: check which change should win and re-run.`,
      );
  }
}

/** The revert of one of our commits (packages/gitops), its record in this action's shape. */
export function revertApplier(plan: Extract<Plan, { kind: 'revert' }>, context: ApplierContext) {
  const record: BumpRecord = { files: [], oldRefs: [], newRef: '', image: '', refused: [], warnings: [] };
  const revert = revertCommit({
    checkout: context.checkout,
    commit: plan.commit,
    input: 'revert',
    kind: 'revert',
    environment: context.variables.environment,
    sourceRepository: context.sourceRepository,
    sourceCommit: context.variables['source-commit'],
    runUrl: context.variables['run-url'],
    reason: context.reason,
  });
  const apply = async (head: string, attempt: number): Promise<Applied | undefined> => {
    const applied = await revert.apply(head, attempt);
    const done = revert.record;
    Object.assign(record, {
      image: done.image,
      oldRefs: done.removedRef ? [done.removedRef] : [],
      newRef: done.restoredRef,
      files: done.files.map((file) => ({ file, changes: [], held: [], skipped: [], before: [] })),
    });
    return applied;
  };
  return { apply, record };
}
