// What every workspace page shares: the header, calls to the API with the session's CSRF token,
// and small builders for GOV.UK markup. Text from the server is always set as text, never as HTML.
import { initAll } from 'govuk-frontend';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

/** Builds an element: h('a', {href: '/', class: 'govuk-link'}, 'text', child, ...). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

let csrf;
function csrfToken() {
  csrf ??= fetch('/session/csrf', { credentials: 'same-origin' }).then((r) => r.json());
  return csrf;
}

/** Calls the API; answers {status, body}. Not signed in (any more): back to the login page. */
export async function api(path, { method = 'GET', body, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (method !== 'GET') {
    const token = await csrfToken();
    headers[token.headerName] = token.token;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer(response);
}

/** {status, body} of an API response. Not signed in (any more): back to the login page. */
async function answer(response) {
  if (response.status === 401) {
    window.location.assign('/login?expired');
    return new Promise(() => {});
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : await response.text();
  return { status: response.status, body: payload };
}

/** Sends a form with files (multipart) to the API; answers {status, body}. */
export async function upload(path, formData) {
  const token = await csrfToken();
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', [token.headerName]: token.token },
    credentials: 'same-origin',
    body: formData,
  });
  return answer(response);
}

/** The signed-in user; renders the header once known. */
export async function signedIn() {
  const { status, body } = await api('/api/me');
  if (status !== 200) throw new Error('Could not find out who is signed in');
  await header(body);
  return body;
}

export async function header(me) {
  const navigation = [
    ['/', "My agency's work"],
    me?.roles?.includes('managers') && ['/dashboard', 'Pathway dashboard'],
    (me?.roles?.includes('managers') || me?.roles?.includes('service-designers')) && ['/models/what-if', 'Try a decision change'],
    me?.roles?.includes('information-governance') && ['/audit', 'Information governance'],
    ['/camunda/app/tasklist/default/', 'Tasklist'],
  ].filter(Boolean);
  const here = window.location.pathname;
  const item = (content, current) =>
    h('li', { class: `govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}` }, content);
  document.getElementById('header').replaceChildren(
    h(
      'div',
      { class: 'govuk-generic-header' },
      h(
        'div',
        { class: 'govuk-generic-header__container govuk-width-container' },
        h('div', { class: 'govuk-generic-header__logo' }, h('a', { href: '/', class: 'govuk-generic-header__homepage-link' }, 'carepath')),
      ),
    ),
    me &&
      h(
        'div',
        { class: 'govuk-service-navigation', 'data-module': 'govuk-service-navigation' },
        h(
          'div',
          { class: 'govuk-width-container' },
          h(
            'div',
            { class: 'govuk-service-navigation__container' },
            h(
              'nav',
              { 'aria-label': 'Menu', class: 'govuk-service-navigation__wrapper' },
              h(
                'ul',
                { class: 'govuk-service-navigation__list', id: 'navigation' },
                navigation.map(([href, text]) =>
                  item(h('a', { class: 'govuk-service-navigation__link', href, 'aria-current': href === here ? 'page' : null }, text), href === here),
                ),
                item(
                  h(
                    'form',
                    { method: 'post', action: '/logout' },
                    h('input', { type: 'hidden', name: '_csrf', value: (await csrfToken()).token }),
                    h('button', { type: 'submit', class: 'govuk-service-navigation__link carepath-link-button' }, `Sign out ${me.name}`),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
  );
  initAll();
}

export function main() {
  return document.getElementById('main-content');
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function date(value) {
  return value ? DATE.format(new Date(value)) : '';
}

export function dateTime(value) {
  return value ? DATE_TIME.format(new Date(value)) : '';
}

export function today() {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

export function tag(text, colour) {
  return h('strong', { class: `govuk-tag${colour ? ` govuk-tag--${colour}` : ''}` }, text);
}

export const LEVEL_COLOURS = { 1: 'green', 2: 'blue', 3: 'yellow', 4: 'red' };

export function levelTag(level, name) {
  if (!level) return tag('Not decided yet', 'grey');
  return tag(name || `Level ${level}`, LEVEL_COLOURS[level]);
}

/** A GOV.UK error summary for a problem answer; field messages go to the fields themselves. */
export function errorSummary(problem, labelOf = (field) => field) {
  const errors = problem?.errors ?? [];
  const summary = h(
    'div',
    { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', tabindex: '-1' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h(
        'div',
        { class: 'govuk-error-summary__body' },
        (problem?.detail ?? problem?.message) && h('p', { class: 'govuk-body' }, problem.detail ?? problem.message),
        errors.length > 0 &&
          h(
            'ul',
            { class: 'govuk-list govuk-error-summary__list' },
            errors.map((error) => h('li', {}, `${labelOf(error.field)}: ${error.message}`)),
          ),
      ),
    ),
  );
  return summary;
}

export function showError(container, problem, labelOf) {
  container.querySelector('.govuk-error-summary')?.remove();
  const summary = errorSummary(problem, labelOf);
  container.prepend(summary);
  summary.focus();
  return summary;
}

export function notification(text, success = true) {
  return h(
    'div',
    {
      class: `govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`,
      role: success ? 'alert' : 'region',
      'aria-labelledby': 'banner-title',
    },
    h(
      'div',
      { class: 'govuk-notification-banner__header' },
      h('h2', { class: 'govuk-notification-banner__title', id: 'banner-title' }, success ? 'Success' : 'Important'),
    ),
    h('div', { class: 'govuk-notification-banner__content' }, h('p', { class: 'govuk-notification-banner__heading' }, text)),
  );
}

/**
 * A GOV.UK table: columns [{heading, cell(row)}], rows; an empty list says so. A sortable table
 * (MoJ's, sorted in the browser) holds all its rows; a paged list is sorted by the server instead.
 */
export function table(caption, columns, rows, empty, { sortable = false } = {}) {
  if (rows.length === 0) return h('p', { class: 'govuk-body' }, empty);
  return h(
    'table',
    { class: 'govuk-table', 'data-module': sortable ? 'moj-sortable-table' : null },
    caption && h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, caption),
    h(
      'thead',
      { class: 'govuk-table__head' },
      h('tr', { class: 'govuk-table__row' }, columns.map((c) => h('th', { scope: 'col', class: 'govuk-table__header', 'aria-sort': sortable ? 'none' : null }, c.heading))),
    ),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      rows.map((row) =>
        h('tr', { class: 'govuk-table__row' }, columns.map((c) => h('td', { class: 'govuk-table__cell', 'data-sort-value': c.sort?.(row) }, c.cell(row)))),
      ),
    ),
  );
}

/** A GOV.UK form group with label, hint and a control; the control gets the id. */
export function field(id, label, control, hint) {
  control.id = id;
  if (!control.name) control.name = id;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'govuk-form-group' },
    h('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    hint && h('div', { class: 'govuk-hint', id: `${id}-hint` }, hint),
    control,
  );
}

export function select(options, selected, attributes = {}) {
  return h(
    'select',
    { class: 'govuk-select', ...attributes },
    options.map(([value, text]) => h('option', { value, selected: value === selected }, text)),
  );
}

/** Puts a field's message next to it, the GOV.UK way. */
export function markFieldError(form, name, message) {
  const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
  const group = control?.closest('.govuk-form-group');
  if (!group) return false;
  group.classList.add('govuk-form-group--error');
  group.querySelector('.govuk-error-message')?.remove();
  const error = h('p', { class: 'govuk-error-message', id: `${control.id}-error` }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), message);
  control.before(error);
  control.setAttribute('aria-describedby', `${control.id}-error`);
  return true;
}

export function clearFieldErrors(form) {
  form.querySelectorAll('.govuk-error-message').forEach((e) => e.remove());
  form.querySelectorAll('.govuk-form-group--error').forEach((g) => g.classList.remove('govuk-form-group--error'));
}

export function caseLink(caseId, text) {
  return h('a', { class: 'govuk-link', href: `/cases/${encodeURIComponent(caseId)}` }, text ?? caseId);
}
