export { CloudRefusedError, isTransientCloudError } from './errors';
export { describeFacts, tokenFacts } from './claims';
export type { TokenFacts } from './claims';
export { assumeAwsRole, awsCallerIdentity, checkRegion, checkRoleArn, ecrLogin, sessionName } from './aws';
export type { AwsCredentials, AwsRoleRequest } from './aws';
export { writeDockerLogin } from './docker-login';
export type { DockerLogin } from './docker-login';
