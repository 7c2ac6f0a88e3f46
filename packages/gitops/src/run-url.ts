/** The workflow run's page (GITHUB_SERVER_URL/REPOSITORY/actions/runs/RUN_ID), or empty. */
export function runUrl(env: Readonly<Record<string, string | undefined>>): string {
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : '';
}
