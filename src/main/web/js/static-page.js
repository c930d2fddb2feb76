// The 403 and 404 pages: the header for whoever is signed in; the words are in the page itself.
import { signedIn } from './common.js';

signedIn().catch(() => {});

// On a case refused to the user: the way in for an emergency.
const refusedCase = window.location.pathname.match(/^\/cases\/([^/]+)/);
const breakGlass = document.getElementById('break-glass');
if (refusedCase && breakGlass) {
  document.getElementById('break-glass-link').href = `/cases/${refusedCase[1]}/break-glass`;
  breakGlass.hidden = false;
}
