// The sign-in form. Spring Security checks it against the engine's users (and their lockout).
import { h, header, main, notification, errorSummary } from './common.js';

const params = new URLSearchParams(window.location.search);
header(null);

const token = await fetch('/session/csrf', { credentials: 'same-origin' }).then((r) => r.json());
const form = h(
  'form',
  { method: 'post', action: '/login', novalidate: true },
  h('input', { type: 'hidden', name: token.parameterName, value: token.token }),
  h(
    'div',
    { class: 'govuk-form-group' },
    h('label', { class: 'govuk-label', for: 'username' }, 'User name'),
    h('input', { class: 'govuk-input govuk-input--width-20', id: 'username', name: 'username', type: 'text', autocomplete: 'username', spellcheck: 'false', required: true }),
  ),
  h(
    'div',
    { class: 'govuk-form-group' },
    h('label', { class: 'govuk-label', for: 'password' }, 'Password'),
    h('input', { class: 'govuk-input govuk-input--width-20', id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
  ),
  h('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button' }, 'Sign in'),
);

const messages = [];
if (params.has('error')) {
  messages.push(
    errorSummary({
      detail:
        'The user name or password is not correct. After several wrong passwords an account is locked for a short while; wait a minute before you try again.',
    }),
  );
}
if (params.has('signed-out')) messages.push(notification('You have signed out.'));
if (params.has('expired')) messages.push(notification('Your session ended, so you need to sign in again. Sessions end after 30 minutes without activity.', false));

main().replaceChildren(
  ...messages,
  h('h1', { class: 'govuk-heading-l' }, 'Sign in to carepath'),
  h('p', { class: 'govuk-body' }, 'One sign-in for your agency’s work, the family’s case and Tasklist.'),
  form,
);
document.getElementById('username').focus();
