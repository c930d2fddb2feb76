// A family's case: who they are, level and lead, tasks, handoffs, sharing, the children seen and
// heard, and the chronology with the practitioner's own entries.
import {
  h, api, signedIn, main, table, tag, levelTag, date, dateTime, today, select, field,
  showError, notification, markFieldError, clearFieldErrors,
} from './common.js';
import { initAll as initMojComponents } from '@ministryofjustice/frontend';
import { KINDS, timeline } from './chronology.js';
import { accessLogSearch } from './access-log.js';

const caseId = decodeURIComponent(window.location.pathname.split('/')[2]);
const params = new URLSearchParams(window.location.search);
const me = await signedIn();
const agencyName = (id) => me.everyAgency.find((a) => a.id === id)?.name ?? id;

const accessLogContainer = h('div', { id: 'access-log-section', class: 'carepath-no-print' });

const file = await api(`/api/cases/${encodeURIComponent(caseId)}`);
if (file.status !== 200) {
  main().replaceChildren(
    h('h1', { class: 'govuk-heading-l' }, file.status === 403 ? 'You cannot open this case' : 'Case not found'),
    h('p', { class: 'govuk-body' }, file.body.detail),
    file.status === 403 && file.body.type?.endsWith(':case-not-yours') && h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: `/cases/${encodeURIComponent(caseId)}/break-glass` }, 'Use emergency access (break-glass)')),
  );
} else {
  await render(file.body);
}

function identityBar(c) {
  const names = c.adults.map((a) => a.name).join(' and ');
  return h(
    'div',
    { class: 'moj-identity-bar' },
    h(
      'div',
      { class: 'moj-identity-bar__container' },
      h(
        'div',
        { class: 'moj-identity-bar__details' },
        h('span', { class: 'moj-identity-bar__title' }, h('strong', {}, names || 'Family'), ` · ${c.id}`),
        ' ',
        levelTag(c.currentLevel, c.currentLevelName),
        ' ',
        c.status === 'CLOSED' ? tag('Closed', 'grey') : '',
      ),
    ),
  );
}

function summary(c) {
  const lead = c.leadProfessionals?.filter((l) => !l.until).at(-1);
  const rows = [
    ['Level', c.currentLevelName ?? 'Not decided yet'],
    ['Lead agency', agencyName(c.leadAgency)],
    ['Lead since', lead ? date(lead.since) : ''],
    ['Agencies working with the family', c.agencies.map(agencyName).join(', ')],
    ['Next review', c.nextReviewDue ? date(c.nextReviewDue) : 'None planned'],
    ['Referred', `${date(c.referredAt)} by ${agencyName(c.referringAgency)}: ${c.reason ?? ''}`],
  ];
  return h(
    'dl',
    { class: 'govuk-summary-list' },
    rows.map(([key, value]) => h('div', { class: 'govuk-summary-list__row' }, h('dt', { class: 'govuk-summary-list__key' }, key), h('dd', { class: 'govuk-summary-list__value' }, value))),
  );
}

function family(c) {
  return [
    h('h2', { class: 'govuk-heading-m', id: 'family' }, 'Family'),
    table('Adults', [
      { heading: 'Name', cell: (a) => a.name },
      { heading: 'Role', cell: (a) => a.role ?? '' },
      { heading: 'Date of birth', cell: (a) => date(a.dateOfBirth) },
      { heading: 'Substances', cell: (a) => (a.substances ?? []).join(', ') || 'None recorded' },
      { heading: 'Pregnant', cell: (a) => (a.pregnant ? `Yes, due ${date(a.expectedDeliveryDate)}` : 'No') },
    ], c.adults, 'No adult is recorded.'),
    table('Children', [
      { heading: 'Name', cell: (child) => child.name },
      { heading: 'Date of birth', cell: (child) => date(child.dateOfBirth) },
      { heading: 'Lives with', cell: (child) => child.livesWith ?? 'Not recorded' },
    ], c.children, 'No child is recorded.'),
  ];
}

function childrenSeen(c) {
  const form = h('form', { id: 'child-seen-form', novalidate: true });
  form.append(
    h('h3', { class: 'govuk-heading-s' }, 'Record that a child was seen and spoken to'),
    field('seen-child', 'Child', select([['', 'Choose a child'], ...c.children.map((child) => [child.name, child.name])], '', { name: 'child' })),
    field('seen-on', 'Date seen', h('input', { class: 'govuk-input govuk-input--width-10', type: 'date', name: 'seenOn', value: today() })),
    h(
      'div',
      { class: 'govuk-form-group' },
      h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, h('div', { class: 'govuk-checkboxes__item' }, h('input', { class: 'govuk-checkboxes__input', type: 'checkbox', id: 'seen-alone', name: 'seenAlone' }), h('label', { class: 'govuk-label govuk-checkboxes__label', for: 'seen-alone' }, 'Seen on their own'))),
    ),
    field('seen-views', 'The child’s own words or views', h('textarea', { class: 'govuk-textarea', rows: 3, name: 'childViews' }), 'Write what the child said, in their words where you can (practice toolkit: “Has the child been seen and spoken to?”).'),
    h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Record the child was seen'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    await send(form, `/api/cases/${encodeURIComponent(caseId)}/child-seen`, {
      child: data.get('child') || null,
      seenOn: data.get('seenOn') || null,
      seenAlone: data.get('seenAlone') === 'on',
      childViews: data.get('childViews') || null,
    }, 'The child being seen is recorded.');
  });
  return [
    h('h2', { class: 'govuk-heading-m', id: 'children-seen' }, 'Children seen and heard'),
    table(null, [
      { heading: 'Child', cell: (s) => s.child },
      { heading: 'Last seen and spoken to', cell: (s) => (s.lastSeenOn ? date(s.lastSeenOn) : 'Not yet') },
      { heading: 'See by', cell: (s) => (s.seeBy ? [date(s.seeBy), s.overdue ? [' ', tag('Overdue', 'red')] : []] : 'No interval at this level') },
    ], c.childrenSeen ?? [], 'No child is recorded.'),
    c.children.length > 0 && form,
  ];
}

function tasks(c) {
  const routed = c.agencyTasks ?? [];
  return [
    h('h2', { class: 'govuk-heading-m', id: 'tasks' }, 'Tasks'),
    table('Open', [
      { heading: 'Task', cell: (t) => (me.agencies.some((a) => t.agencies.includes(a.id)) ? h('a', { class: 'govuk-link', href: `/tasks/${encodeURIComponent(t.taskId)}` }, t.name) : t.name) },
      { heading: 'Agency', cell: (t) => t.agencies.map(agencyName).join(', ') },
      { heading: 'Due', cell: (t) => (t.dueAt ? [date(t.dueAt), t.overdue ? [' ', tag('Overdue', 'red')] : []] : 'No date'), sort: (t) => t.dueAt ?? '9999' },
      { heading: 'Assigned to', cell: (t) => t.assignee ?? 'No one' },
    ], c.openTasks ?? [], 'No task is open.', { sortable: true }),
    table('Done', [
      { heading: 'Task', cell: (t) => t.name },
      { heading: 'Agency', cell: (t) => t.agencies.map(agencyName).join(', ') },
      { heading: 'Done by', cell: (t) => t.doneBy },
      { heading: 'When', cell: (t) => dateTime(t.doneAt), sort: (t) => t.doneAt },
    ], c.doneTasks ?? [], 'No task has been done yet.', { sortable: true }),
    table('Asked of agencies', [
      { heading: 'Agency', cell: (t) => agencyName(t.agency) },
      { heading: 'Why', cell: (t) => t.reason ?? '' },
      { heading: 'Status', cell: (t) => tag(t.status === 'OPEN' ? 'Open' : t.status === 'DONE' ? 'Done' : t.status.toLowerCase(), t.status === 'OPEN' ? 'blue' : t.status === 'DONE' ? 'green' : 'grey') },
      { heading: 'Closed', cell: (t) => (t.closedAt ? `${date(t.closedAt)} by ${t.closedBy ?? ''}` : ''), sort: (t) => t.closedAt ?? '' },
    ], routed, 'No task has been asked of another agency.', { sortable: true }),
  ];
}

function handoffsAndSharing(c) {
  return [
    h('h2', { class: 'govuk-heading-m', id: 'handoffs' }, 'Handoffs'),
    table(null, [
      { heading: 'From', cell: (x) => agencyName(x.fromAgency) },
      { heading: 'To', cell: (x) => agencyName(x.toAgency) },
      { heading: 'Asked', cell: (x) => `${date(x.requestedAt)}: ${x.requestReason ?? ''}` },
      { heading: 'Status', cell: (x) => x.status.toLowerCase() },
      { heading: 'Family told', cell: (x) => (x.familyToldAt ? date(x.familyToldAt) : 'Not yet') },
    ], c.handoffs ?? [], 'No handoff between agencies.', { sortable: true }),
    h('h2', { class: 'govuk-heading-m', id: 'sharing' }, 'Sharing decisions'),
    table(null, [
      { heading: 'Agency', cell: (d) => agencyName(d.agency) },
      { heading: 'Shared', cell: (d) => (d.shared ? tag('Shared', 'green') : tag('Not shared', 'grey')) },
      { heading: 'Basis', cell: (d) => d.basis },
      { heading: 'Why', cell: (d) => d.reason ?? '' },
      { heading: 'Decided', cell: (d) => `${dateTime(d.decidedAt)} by ${d.decidedBy}`, sort: (d) => d.decidedAt },
    ], c.sharingDecisions ?? [], 'No sharing decision yet.', { sortable: true }),
  ];
}

function audits(c) {
  if (!c.audits?.length) return [];
  return [
    h('h2', { class: 'govuk-heading-m', id: 'audits' }, 'Managers’ audits'),
    ...c.audits.map((audit) =>
      h(
        'div',
        { class: 'govuk-!-margin-bottom-6' },
        h('h3', { class: 'govuk-heading-s' }, audit.auditedAt ? `Audited ${date(audit.auditedAt)} by ${audit.auditedBy} at Level ${audit.level}` : `Audit asked for ${date(audit.startedAt)}, not done yet`),
        table(null, [
          { heading: 'Question (practice toolkit checklist)', cell: (a) => a.question },
          { heading: 'Answer', cell: (a) => (a.answer === 'yes' ? tag('Yes', 'green') : tag('No', 'red')) },
          { heading: 'What is missing', cell: (a) => a.missing ?? '' },
        ], audit.answers, 'No answers yet.'),
        audit.followUpResponse && h('p', { class: 'govuk-body' }, `${audit.followedUpBy} answered on ${date(audit.followedUpAt)}: ${audit.followUpResponse}`),
      ),
    ),
  ];
}

async function chronology(c, container, filters = {}) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  const { status, body } = await api(`/api/cases/${encodeURIComponent(caseId)}/chronology?${query}`);
  const filterForm = h(
    'form',
    { class: 'carepath-no-print', id: 'chronology-filter', novalidate: true },
    h(
      'div',
      { class: 'govuk-grid-row' },
      h('div', { class: 'govuk-grid-column-one-third' }, field('filter-child', 'Child', select([['', 'All children'], ...c.children.map((x) => [x.name, x.name])], filters.child ?? '', { name: 'child' }))),
      h('div', { class: 'govuk-grid-column-one-third' }, field('filter-agency', 'Agency', select([['', 'All agencies'], ...c.agencies.map((a) => [a, agencyName(a)])], filters.agency ?? '', { name: 'agency' }))),
      h('div', { class: 'govuk-grid-column-one-third' }, field('filter-kind', 'Kind', select([['', 'Everything'], ...KINDS], filters.kind ?? '', { name: 'kind' }))),
    ),
    h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Filter the chronology'),
  );
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(filterForm);
    chronology(c, container, { child: data.get('child'), agency: data.get('agency'), kind: data.get('kind') });
  });
  container.replaceChildren(
    h('h2', { class: 'govuk-heading-m', id: 'chronology-heading' }, 'Chronology'),
    h(
      'p',
      { class: 'govuk-body carepath-no-print' },
      h('a', { class: 'govuk-link', href: `/cases/${encodeURIComponent(caseId)}/chronology/print` }, 'Print view'),
      ' · ',
      h('a', { class: 'govuk-link', href: '#', onclick: (event) => { event.preventDefault(); download(); } }, 'Download as CSV (spreadsheet)'),
    ),
    filterForm,
    entryForm(c),
    status === 200 ? timeline(body.items) : h('p', { class: 'govuk-body' }, body.detail),
  );
}

async function download() {
  const { body } = await api(`/api/cases/${encodeURIComponent(caseId)}/chronology`, { accept: 'text/csv' });
  const link = h('a', { href: URL.createObjectURL(new Blob([body], { type: 'text/csv' })), download: `chronology-${caseId}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
}

function entryForm(c) {
  const form = h('form', { id: 'chronology-entry-form', class: 'carepath-no-print', novalidate: true });
  form.append(
    h('h3', { class: 'govuk-heading-s' }, 'Add an entry'),
    h('p', { class: 'govuk-hint' }, 'Entries cannot be changed or removed. To put one right, add a correction that names its entry number.'),
    field('entry-date', 'Date it happened', h('input', { class: 'govuk-input govuk-input--width-10', type: 'date', name: 'occurredOn', value: today() })),
    field('entry-kind', 'Kind', select([['note', 'Note'], ['visit', 'Visit'], ['meeting', 'Meeting'], ['call', 'Phone call'], ['correction', 'Correction']], 'note', { name: 'kind' })),
    field('entry-child', 'About a child (optional)', select([['', 'The whole family'], ...c.children.map((x) => [x.name, x.name])], '', { name: 'child' })),
    field('entry-corrects', 'Entry number it corrects (corrections only)', h('input', { class: 'govuk-input govuk-input--width-5', type: 'text', inputmode: 'numeric', name: 'corrects' })),
    field('entry-summary', 'What happened', h('textarea', { class: 'govuk-textarea', rows: 4, name: 'summary' })),
    h('button', { type: 'submit', class: 'govuk-button' }, 'Add to the chronology'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    await send(form, `/api/cases/${encodeURIComponent(caseId)}/chronology`, {
      occurredOn: data.get('occurredOn') || null,
      kind: data.get('kind'),
      child: data.get('child') || null,
      corrects: data.get('corrects') ? Number(data.get('corrects')) : null,
      summary: data.get('summary') || null,
    }, 'The entry is added to the chronology.');
  });
  return form;
}

/** Posts a form; 400 problems go next to their fields, success reloads the case. */
async function send(form, path, body, done) {
  clearFieldErrors(form);
  const answer = await api(path, { method: 'POST', body });
  if (answer.status === 201 || answer.status === 200) {
    window.location.assign(`/cases/${encodeURIComponent(caseId)}?saved=${encodeURIComponent(done)}`);
    return;
  }
  for (const error of answer.body?.errors ?? []) markFieldError(form, error.field, error.message);
  showError(form, answer.body);
}

/** Who has seen the record is for the lead professional's agency, managers and information governance. */
function mayReadAccessLog(c) {
  return me.roles.includes('managers') || me.roles.includes('information-governance') || me.agencies.some((a) => a.id === c.leadAgency);
}

async function render(c) {
  const chronologyContainer = h('div', { id: 'chronology-section' });
  const sections = [
    identityBar(c),
    params.get('done') ? notification(`Done: ${params.get('done')}`) : '',
    params.get('saved') ? notification(params.get('saved')) : '',
    h('h1', { class: 'govuk-heading-l govuk-!-margin-top-6' }, `Case ${c.id}`),
    summary(c),
    family(c),
    childrenSeen(c),
    tasks(c),
    handoffsAndSharing(c),
    audits(c),
    chronologyContainer,
    mayReadAccessLog(c) && accessLogContainer,
  ];
  main().replaceChildren(...sections.flat(2).filter((part) => part !== '' && part !== false && part != null));
  initMojComponents({ scope: main() });
  await chronology(c, chronologyContainer);
  if (mayReadAccessLog(c)) await accessLogSearch(accessLogContainer, `/api/cases/${encodeURIComponent(caseId)}/access-log`, { title: 'Who has seen this record' });
}
