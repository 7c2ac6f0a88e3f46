export { CloudRefusedError, isTransientCloudError } from './errors';
export { describeFacts, tokenFacts } from './claims';
export type { TokenFacts } from './claims';
export { assumeAwsRole, awsCallerIdentity, checkRegion, checkRoleArn, ecrLogin, sessionName } from './aws';
export type { AwsCredentials, AwsRoleRequest } from './aws';
export { writeDockerLogin } from './docker-login';
export type { DockerLogin } from './docker-login';
export {
  GOOGLE_IAM_CREDENTIALS,
  GOOGLE_STS,
  checkServiceAccount,
  checkWorkloadIdentityProvider,
  externalAccountConfig,
  googleFederatedToken,
  projectOfServiceAccount,
  serviceAccountAccessToken,
  serviceAccountIdToken,
} from './gcp';
export type { GoogleEndpoints } from './gcp';
export {
  AZURE_CLOUDS,
  acrRefreshToken,
  armSubscription,
  checkGuid,
  checkTenant,
  entraAccessToken,
} from './azure';
export type { AzureCloud } from './azure';
