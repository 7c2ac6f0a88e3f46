import type { Logger, Toolkit } from '@shipchain/action-runtime';
import {
  checkMutableTags,
  computeImageMetadata,
  resolveCreatedTimestamp,
  type ImageMetadata,
} from '@shipchain/image-metadata';
import type { RunContext } from './context';
import type { Inputs } from './contract';

/** What the image will be called and carry: its creation time, tags, refs and labels. */
export interface ImagePlan {
  created: string;
  metadata: ImageMetadata;
}

/**
 * The tags and labels from the inputs and the run, with the created time fixed by SOURCE_DATE_EPOCH or
 * the commit (same commit, same image). Notices and warnings about the tags are reported here.
 */
export function planImage(
  inputs: Inputs,
  run: RunContext,
  env: Readonly<Record<string, string | undefined>>,
  report: { toolkit: Toolkit; log: Logger },
): ImagePlan {
  const created = resolveCreatedTimestamp({
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    commitTime: run.commitTime,
    now: new Date(),
  });
  const metadata = computeImageMetadata(
    {
      image: inputs.image,
      tags: inputs.tags,
      tagRules: inputs['tag-rules'],
      shaLength: inputs['sha-length'],
      labels: inputs.labels,
      created,
    },
    run.github,
  );
  for (const notice of metadata.notices) report.toolkit.notice(notice);
  for (const warning of metadata.warnings) report.log.warning(warning);
  const mutable = checkMutableTags(metadata.tags, {
    push: inputs.push,
    forbidMutableTags: inputs['forbid-mutable-tags'],
  });
  if (mutable) report.log.warning(mutable);
  return { created, metadata };
}
