// Emergency access (break-glass) to a case the user's agency does not work with: a warning in
// plain words, a reason, and then the case to read for a few hours.
import { h, api, signedIn, main, field, showError, markFieldError, clearFieldErrors } from './common.js';

const caseId = decodeURIComponent(window.location.pathname.split('/')[2]);
await signedIn();

const form = h('form', { novalidate: true });
form.append(
  field(
    'reason',
    'Why do you need to see this family’s record now?',
    h('textarea', { class: 'govuk-textarea', rows: 4, name: 'reason', id: 'reason' }),
    'For example: "Child brought to A&E out of hours with a head injury; need to know who is involved." At least 10 characters.',
  ),
  h('button', { type: 'submit', class: 'govuk-button govuk-button--warning', 'data-module': 'govuk-button' }, 'Open the record in an emergency'),
  ' ',
  h('a', { class: 'govuk-link', href: '/' }, 'Cancel'),
);
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  const { status, body } = await api(`/api/cases/${encodeURIComponent(caseId)}/break-glass`, {
    method: 'POST',
    body: { reason: new FormData(form).get('reason') },
  });
  if (status === 201) {
    window.location.assign(`/cases/${encodeURIComponent(caseId)}?saved=${encodeURIComponent(body.notice)}`);
    return;
  }
  for (const error of body.errors ?? []) markFieldError(form, error.field, error.message);
  showError(main(), body, (name) => (name === 'reason' ? 'Why you need to see it' : name));
});

main().replaceChildren(
  h('h1', { class: 'govuk-heading-l' }, `Emergency access to case ${caseId}`),
  h(
    'div',
    { class: 'govuk-warning-text' },
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    h(
      'strong',
      { class: 'govuk-warning-text__text' },
      h('span', { class: 'govuk-visually-hidden' }, 'Warning'),
      'Your agency does not work with this family. Open their record only if a child may be at risk now, or you need it for the care you are giving at this moment.',
    ),
  ),
  h(
    'ul',
    { class: 'govuk-list govuk-list--bullet' },
    h('li', {}, 'You will be able to read the record for a limited time (4 hours unless your partnership has changed it). You will not be able to change it or work its tasks.'),
    h('li', {}, 'Everything you open is recorded with your name. The lead professional or information governance will review why you needed it within 2 working days.'),
    h('li', {}, 'Share what you learn only as the information-sharing rules allow: with consent, or without it where a child is at risk of significant harm.'),
  ),
  form,
);
