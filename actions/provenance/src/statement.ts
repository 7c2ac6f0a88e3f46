import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as glob from '@actions/glob';
import { ConfigurationError } from '@shipchain/action-runtime';
import {
  buildProvenance,
  checksumSubjects,
  fileSubjects,
  imageSubject,
  uniqueSubjects,
  STATEMENT_TYPE,
  type JobClaims,
  type Statement,
  type Subject,
} from '@shipchain/provenance';

/** Subjects from the three inputs; at least one is required. */
export async function collectSubjects(
  values: { subject: readonly string[]; subjectPath: readonly string[]; subjectChecksums?: string },
  workspace: string,
): Promise<{ subjects: Subject[]; images: string[] }> {
  const images = [...values.subject];
  const subjects: Subject[] = images.map((reference) => imageSubject(reference));
  if (values.subjectPath.length > 0) {
    const globber = await glob.create(
      values.subjectPath.map((pattern) => resolve(workspace, pattern)).join('\n'),
      {
        matchDirectories: false,
      },
    );
    const files = (await globber.glob()).sort();
    if (files.length === 0)
      throw new ConfigurationError(
        `Input "subject-path" matched no files: ${values.subjectPath.join(', ')}.`,
        'subject-path',
      );
    subjects.push(...(await fileSubjects(files, workspace)));
  }
  if (values.subjectChecksums)
    subjects.push(...(await checksumSubjects(resolve(workspace, values.subjectChecksums))));
  if (subjects.length === 0)
    throw new ConfigurationError(
      'Give at least one of "subject" (images by digest), "subject-path" (file globs) or "subject-checksums" (a sha256sum file).',
      'subject',
    );
  return { subjects: uniqueSubjects(subjects), images };
}

/** SLSA provenance from the claims, or the user's own predicate (e.g. an SBOM) under `predicate-type`. */
export async function statementFor(
  subjects: Subject[],
  claims: JobClaims,
  serverUrl: string,
  custom: { type?: string; predicate?: string; predicatePath?: string },
  workspace: string,
  startedOn: Date,
): Promise<Statement> {
  if (!custom.type) {
    if (custom.predicate || custom.predicatePath)
      throw new ConfigurationError(
        'Input "predicate" or "predicate-path" needs "predicate-type" too.',
        'predicate-type',
      );
    return buildProvenance({ claims, serverUrl, subjects, startedOn, finishedOn: new Date() });
  }
  const text = custom.predicatePath
    ? await readFile(resolve(workspace, custom.predicatePath), 'utf8').catch(() => {
        throw new ConfigurationError(
          `Input "predicate-path" names ${custom.predicatePath}, which cannot be read.`,
          'predicate-path',
        );
      })
    : custom.predicate;
  if (!text)
    throw new ConfigurationError(
      'Input "predicate-type" is set: give the predicate in "predicate" or "predicate-path".',
      'predicate',
    );
  let predicate: unknown;
  try {
    predicate = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `The predicate is not JSON: ${(error as Error).message}.`,
      custom.predicatePath ? 'predicate-path' : 'predicate',
    );
  }
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType: custom.type, predicate };
}
