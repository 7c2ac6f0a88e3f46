import { resolve } from 'node:path';
import * as glob from '@actions/glob';
import {
  ConfigurationError,
  confinedFiles,
  isConfigurationError,
  type ConfinedFiles,
  type ConfinementRoot,
} from '@shipchain/action-runtime';
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
import { noSubjectError } from './subject-inputs';

/**
 * Files the action reads for an input: inside the workspace or RUNNER_TEMP, through links only
 * while they stay there. What is read is signed into a public attestation, so nothing else is.
 */
export function inputFiles(roots: readonly ConfinementRoot[], input: string): ConfinedFiles {
  return confinedFiles({ roots, symlinks: 'inside', input });
}

/** The workspace (first: relative paths resolve from it) and RUNNER_TEMP when there is one. */
export function readableRoots(workspace: string, tempDirectory?: string): ConfinementRoot[] {
  return [
    { path: workspace, name: 'the workspace' },
    ...(tempDirectory ? [{ path: tempDirectory, name: 'RUNNER_TEMP' }] : []),
  ];
}

/** Subjects from the three inputs; at least one is required. */
export async function collectSubjects(
  values: { subject: readonly string[]; subjectPath: readonly string[]; subjectChecksums?: string },
  workspace: string,
  roots: readonly ConfinementRoot[] = readableRoots(workspace),
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
    // Every match or none: an attestation silently missing a file the globs named would mislead.
    const subjectFiles = inputFiles(roots, 'subject-path');
    const { refused } = subjectFiles.partition(files);
    const [first] = refused;
    if (first) {
      if (refused.length === 1) throw first.error;
      throw new ConfigurationError(
        `${first.error.message} (${refused.length - 1} more match(es) of "subject-path" are refused too: ${refused
          .slice(1, 6)
          .map((r) => r.error.path)
          .join(', ')}${refused.length > 6 ? ', …' : ''}.)`,
        'subject-path',
      );
    }
    subjects.push(...(await fileSubjects(files, workspace, 4, (path) => subjectFiles.open(path))));
  }
  if (values.subjectChecksums) {
    const sums = inputFiles(roots, 'subject-checksums');
    subjects.push(
      ...(await checksumSubjects(values.subjectChecksums, 'subject-checksums', (path) => sums.open(path))),
    );
  }
  if (subjects.length === 0) throw noSubjectError();
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
  roots: readonly ConfinementRoot[] = readableRoots(workspace),
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
    ? await inputFiles(roots, 'predicate-path')
        .readFile(custom.predicatePath)
        .then(
          (bytes) => bytes.toString('utf8'),
          (error: unknown) => {
            if (isConfigurationError(error)) throw error; // a refusal says why itself
            throw new ConfigurationError(
              `Input "predicate-path" names ${custom.predicatePath}, which cannot be read.`,
              'predicate-path',
            );
          },
        )
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
