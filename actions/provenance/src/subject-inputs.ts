import { ConfigurationError } from '@shipchain/action-runtime';

/** What to attest comes from three inputs; a step that gives none of them is told at once. */
export function requireSubjectInput(given: {
  subject: readonly string[];
  'subject-path': readonly string[];
  'subject-checksums': string | undefined;
}): void {
  if (given.subject.length === 0 && given['subject-path'].length === 0 && !given['subject-checksums'])
    throw noSubjectError();
}

export function noSubjectError(): ConfigurationError {
  return new ConfigurationError(
    'Give at least one of "subject" (images by digest), "subject-path" (file globs) or "subject-checksums" (a sha256sum file).',
    'subject',
  );
}
