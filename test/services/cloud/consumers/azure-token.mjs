// A later step's view: @azure/identity's workload identity credential, configured only by the
// exported AZURE_* variables (client, tenant, token file, authority host), gets an ARM token.
import { WorkloadIdentityCredential } from '@azure/identity';

const scope = process.argv[2] ?? 'https://management.azure.com/.default';
// A private authority has no public instance metadata to discover.
const credential = new WorkloadIdentityCredential({ disableInstanceDiscovery: true });
const { token } = await credential.getToken(scope);
process.stdout.write(`${token}\n`);
