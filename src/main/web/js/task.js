// A task's Camunda Form, rendered with form-js (the renderer Camunda's Tasklist uses) and submitted
// through the engine's REST API. The engine's 400 problems show next to the fields they name.
import { Form } from '@bpmn-io/form-js-viewer';
import { h, api, signedIn, main, date, showError, caseLink, tag } from './common.js';

const taskId = decodeURIComponent(window.location.pathname.split('/').pop());
await signedIn();

const [work, task] = await Promise.all([
  api(`/api/work/${encodeURIComponent(taskId)}`),
  api(`/engine-rest/task/${encodeURIComponent(taskId)}`),
]);
if (work.status !== 200 || task.status !== 200) {
  main().replaceChildren(
    h('h1', { class: 'govuk-heading-l' }, 'This task is not open'),
    h('p', { class: 'govuk-body' }, (work.status !== 200 ? work.body : task.body)?.detail ?? 'It may have been completed already.'),
    h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: '/' }, "Go to your agency's work")),
  );
} else {
  await show(work.body, task.body);
}

async function show(item, engineTask) {
  const [schema, variables] = await Promise.all([
    api(`/engine-rest/task/${encodeURIComponent(taskId)}/deployed-form`),
    // Serialized, as Tasklist asks: a JSON variable comes as its JSON text.
    api(`/engine-rest/task/${encodeURIComponent(taskId)}/form-variables?deserializeValues=false`),
  ]);
  const container = h('div', { id: 'task-form' });
  main().replaceChildren(
    h('span', { class: 'govuk-caption-l' }, item.familyName ? `${item.familyName} · ${item.caseId}` : item.caseId),
    // The work list's name for the task: the case reference is in the caption already.
    h('h1', { class: 'govuk-heading-l' }, item.name ?? engineTask.name),
    h(
      'p',
      { class: 'govuk-body' },
      engineTask.due ? ['Due ', date(engineTask.due), item.overdue ? [' ', tag('Overdue', 'red')] : []] : 'No due date',
      item.caseId ? [' · ', caseLink(item.caseId, 'Open the case')] : [],
    ),
    container,
  );
  if (schema.status !== 200) {
    container.append(h('p', { class: 'govuk-body' }, 'This task has no form to complete here. Open it in Tasklist.'));
    return;
  }
  const form = new Form({ container });
  await form.importSchema(schema.body, values(variables.body ?? {}));
  // Camunda Forms carry no button of their own: Tasklist adds "Complete", and so do we.
  container.after(
    h('button', { type: 'button', class: 'govuk-button', id: 'complete-task', 'data-module': 'govuk-button', onclick: () => form.submit() }, 'Complete task'),
  );
  const labels = Object.fromEntries(form.get('formFieldRegistry').getAll().filter((f) => f.key).map((f) => [f.key, f.label ?? f.key]));

  form.on('submit', async ({ data, errors }) => {
    if (Object.keys(errors).length > 0) {
      showError(main(), { detail: 'Some answers need changing: see the messages next to them.' });
      return;
    }
    const answer = await api(`/engine-rest/task/${encodeURIComponent(taskId)}/submit-form`, {
      method: 'POST',
      body: { variables: typed(data) },
    });
    if (answer.status === 204) {
      window.location.assign(item.caseId ? `/cases/${encodeURIComponent(item.caseId)}?done=${encodeURIComponent(item.name ?? engineTask.name)}` : '/');
      return;
    }
    const problems = answer.body?.errors ?? [];
    setServerErrors(form, problems);
    showError(main(), answer.body, (key) => labels[key] ?? key);
  });
}

/** The engine's typed variables as the form's plain values. */
function values(variables) {
  return Object.fromEntries(
    Object.entries(variables).map(([name, variable]) => {
      if (variable.type === 'Json' && typeof variable.value === 'string') {
        try {
          return [name, JSON.parse(variable.value)];
        } catch {
          return [name, variable.value];
        }
      }
      return [name, variable.value];
    }),
  );
}

/** The form's answers as engine variables: lists and objects as JSON, as Tasklist sends them. */
function typed(data) {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => {
        if (value === null) return [name, { value: null, type: 'Null' }];
        if (Array.isArray(value) || typeof value === 'object') return [name, { value: JSON.stringify(value), type: 'Json' }];
        if (typeof value === 'boolean') return [name, { value, type: 'Boolean' }];
        if (typeof value === 'number') return [name, { value, type: Number.isInteger(value) ? 'Long' : 'Double' }];
        return [name, { value: String(value), type: 'String' }];
      }),
  );
}

/** Shows the server's messages under the fields they name (form-js keys errors by field id). */
function setServerErrors(form, problems) {
  const fields = form.get('formFieldRegistry').getAll();
  const errors = {};
  for (const { field, message } of problems) {
    const target = fields.find((f) => f.key === field || (f.path && f.path === field));
    if (target) (errors[target.id] ??= []).push(message);
  }
  form._setState({ errors });
}
