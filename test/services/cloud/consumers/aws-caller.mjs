// A later workflow step's view: the real AWS SDK with nothing but the environment cloud-login
// exported (keys or AWS_PROFILE and files), asking STS who it is. Prints the ARN.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

const client = new STSClient({});
const identity = await client.send(new GetCallerIdentityCommand({}));
process.stdout.write(`${identity.Arn}\n`);
