// My agency's work: open tasks of the user's agencies, overdue first, from carepath's own work
// list (GET /api/work), never the engine's task query.
import { h, api, signedIn, main, table, tag, levelTag, date, select, field, showError, caseLink } from './common.js';

const PAGE_SIZE = 50;
const params = new URLSearchParams(window.location.search);
const me = await signedIn();
const kinds = (await api('/api/work/tasks')).body.items ?? [];

function filters() {
  const mine = h('input', { class: 'govuk-checkboxes__input', type: 'checkbox', id: 'mine', name: 'mine', value: 'true', checked: params.get('mine') === 'true' });
  return h(
    'form',
    { method: 'get', action: '/', class: 'moj-filter', 'aria-label': 'Filter the work list' },
    h('div', { class: 'moj-filter__header' }, h('div', { class: 'moj-filter__header-title' }, h('h2', { class: 'govuk-heading-m' }, 'Filter'))),
    h(
      'div',
      { class: 'moj-filter__content' },
      h(
        'div',
        { class: 'moj-filter__options' },
        field('agency', 'Agency', select([['', 'All my agencies'], ...me.agencies.map((a) => [a.id, a.name])], params.get('agency') ?? '')),
        field('task', 'Task', select([['', 'Any task'], ...kinds.map((k) => [k.key, k.name])], params.get('task') ?? '')),
        field('due', 'Due', select([['', 'Any time'], ['overdue', 'Overdue'], ['today', 'By the end of today'], ['week', 'Within 7 days']], params.get('due') ?? '')),
        field('level', 'Level', select([['', 'Any level'], ['1', 'Level 1 Universal'], ['2', 'Level 2 Targeted'], ['3', 'Level 3 Coordinated/Specialist'], ['4', 'Level 4 Intensive']], params.get('level') ?? '')),
        h(
          'div',
          { class: 'govuk-form-group' },
          h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, h('div', { class: 'govuk-checkboxes__item' }, mine, h('label', { class: 'govuk-label govuk-checkboxes__label', for: 'mine' }, 'Assigned to me'))),
        ),
        h('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button' }, 'Apply filters'),
        ' ',
        h('a', { class: 'govuk-link', href: '/' }, 'Clear filters'),
      ),
    ),
  );
}

async function claim(item, action) {
  const { status, body } = await api(`/api/work/${encodeURIComponent(item.taskId)}/${action}`, { method: 'POST' });
  if (status >= 400) {
    showError(main(), body);
    return;
  }
  await render();
}

function columns() {
  return [
    {
      heading: 'Due',
      cell: (item) => (item.dueAt ? h('span', { class: 'carepath-nowrap' }, date(item.dueAt), item.overdue ? [' ', tag('Overdue', 'red')] : []) : 'No date'),
    },
    { heading: 'Task', cell: (item) => h('a', { class: 'govuk-link', href: `/tasks/${encodeURIComponent(item.taskId)}` }, item.name) },
    { heading: 'Family', cell: (item) => (item.caseId ? [caseLink(item.caseId, item.familyName || item.caseId), h('br'), h('span', { class: 'govuk-hint' }, item.caseId)] : '') },
    { heading: 'Agency', cell: (item) => me.agencies.find((a) => a.id === item.agency)?.name ?? item.agency },
    { heading: 'Level', cell: (item) => levelTag(item.level) },
    {
      heading: 'Assigned to',
      cell: (item) =>
        h(
          'span',
          { class: 'carepath-actions' },
          item.assignee === me.userId ? 'You' : item.assignee || 'No one',
          item.assignee === me.userId
            ? h('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0', onclick: () => claim(item, 'unclaim') }, h('span', {}, 'Unclaim'), h('span', { class: 'govuk-visually-hidden' }, ` ${item.name}`))
            : !item.assignee && h('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0', onclick: () => claim(item, 'claim') }, h('span', {}, 'Claim'), h('span', { class: 'govuk-visually-hidden' }, ` ${item.name}`)),
        ),
    },
  ];
}

function pagination(total, page) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const link = (to) => {
    const next = new URLSearchParams(params);
    next.set('page', String(to));
    return `/?${next}`;
  };
  return h(
    'nav',
    { class: 'govuk-pagination', 'aria-label': 'Pages of the work list' },
    page > 0 && h('div', { class: 'govuk-pagination__prev' }, h('a', { class: 'govuk-link govuk-pagination__link', href: link(page - 1), rel: 'prev' }, h('span', { class: 'govuk-pagination__link-title' }, 'Previous page'))),
    h('p', { class: 'govuk-body govuk-!-margin-bottom-0' }, `Page ${page + 1} of ${pages}`),
    page + 1 < pages && h('div', { class: 'govuk-pagination__next' }, h('a', { class: 'govuk-link govuk-pagination__link', href: link(page + 1), rel: 'next' }, h('span', { class: 'govuk-pagination__link-title' }, 'Next page'))),
  );
}

async function render() {
  const page = Number(params.get('page') ?? 0);
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  for (const name of ['agency', 'task', 'due', 'level', 'mine']) {
    if (params.get(name)) query.set(name, params.get(name));
  }
  const { status, body } = await api(`/api/work?${query}`);
  const list =
    status === 200
      ? [
          h('p', { class: 'govuk-body', id: 'work-total' }, h('strong', {}, String(body.total)), body.total === 1 ? ' open task' : ' open tasks', ', overdue first'),
          table(null, columns(), body.items, 'There is no open task for these filters.'),
          pagination(body.total, page),
        ]
      : [];
  main().replaceChildren(
    h('h1', { class: 'govuk-heading-l' }, "My agency's work"),
    h('p', { class: 'govuk-body' }, me.agencies.length ? `Open tasks for ${me.agencies.map((a) => a.name).join(', ')}.` : 'You are not a member of an agency, so no tasks are offered to you.'),
    h(
      'div',
      { class: 'moj-filter-layout' },
      h('div', { class: 'moj-filter-layout__filter' }, filters()),
      h('div', { class: 'moj-filter-layout__content' }, h('div', { class: 'moj-scrollable-pane' }, list)),
    ),
  );
  if (status !== 200) showError(main(), body);
}

await render();
