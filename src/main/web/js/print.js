// The chronology of a case, whole, laid out to print.
import { h, api, signedIn, main } from './common.js';
import { timeline } from './chronology.js';

const caseId = decodeURIComponent(window.location.pathname.split('/')[2]);
await signedIn();
const { status, body } = await api(`/api/cases/${encodeURIComponent(caseId)}/chronology?purpose=print`);
main().replaceChildren(
  h('h1', { class: 'govuk-heading-l' }, `Chronology of case ${caseId}`),
  h('p', { class: 'govuk-body carepath-no-print' }, h('button', { type: 'button', class: 'govuk-button', onclick: () => window.print() }, 'Print'), ' ', h('a', { class: 'govuk-link', href: `/cases/${encodeURIComponent(caseId)}` }, 'Back to the case')),
  status === 200 ? timeline(body.items) : h('p', { class: 'govuk-body' }, body.detail),
);
