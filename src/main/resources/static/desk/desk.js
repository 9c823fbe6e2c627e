// Helpers shared by the desk's pages. Every value is written with textContent, never as
// HTML, so text from a form cannot add markup to a page.

/** Formats an ISO instant in the institute's zone, or '-' when there is none. */
export const format = (iso) => iso
  ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
  : '-';

/** Appends a cell with the text, or '-' for an empty value. */
export const cell = (row, text, className) => {
  const td = row.insertCell();
  td.textContent = (text === null || text === undefined || text === '') ? '-' : text;
  if (className) td.className = className;
  return td;
};

/** Replaces the body of the table with one row per item, one cell per column function. */
export const fill = (tableId, items, columns) => {
  const body = document.querySelector('#' + tableId + ' tbody');
  body.replaceChildren();
  for (const item of items) {
    const row = body.insertRow();
    for (const column of columns) cell(row, column(item), 'pre');
  }
  if (items.length === 0) cell(body.insertRow(), '无');
};

/** Fetches JSON from the desk's API, and raises the API's message on an error status. */
export const fetchJson = (url) => fetch(url, { credentials: 'same-origin' }).then((response) => {
  if (!response.ok) {
    return response.json().catch(() => ({})).then((body) => {
      throw new Error(body.message || ('HTTP ' + response.status));
    });
  }
  return response.json();
});

/**
 * Sends a change to the desk's API with the session's CSRF token, and raises the API's
 * message on an error status. The token comes from the desk, because the webapps' token
 * cookie is visible only under /camunda.
 */
export const sendJson = (method, url, body) => fetchJson('/api/session/csrf-token')
  .then(({ token }) => fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
    body: body ? JSON.stringify(body) : undefined,
  }))
  .then((response) => response.ok ? response : response.json().catch(() => ({})).then((error) => {
    throw new Error(error.message || ('HTTP ' + response.status));
  }));

/** Appends a term and its value to a description list. */
export const fact = (list, label, value) => {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = (value === null || value === undefined || value === '') ? '-' : value;
  list.append(dt, dd);
};
