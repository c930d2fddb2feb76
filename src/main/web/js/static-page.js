// The 403 and 404 pages: the header for whoever is signed in; the words are in the page itself.
import { signedIn } from './common.js';

signedIn().catch(() => {});
