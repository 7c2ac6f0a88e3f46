// A later step's view: google-auth-library finds the credentials through
// GOOGLE_APPLICATION_CREDENTIALS alone and gets an access token (STS, then impersonation).
import { GoogleAuth } from 'google-auth-library';

const auth = new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] });
const client = await auth.getClient();
const { token } = await client.getAccessToken();
process.stdout.write(`${token}\n`);
