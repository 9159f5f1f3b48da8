// The editable indicator table of 自评预览: one row per indicator with its actual, typed or pasted from Excel.
// The table is rendered when rows are added or replaced, never while someone types: scoring results are
// written into the row's status cells and classes, so focus and caret stay where they are.
'use strict';

const Rows = (() => {
  // editable columns, in the order a pasted block fills them
  const COLUMNS = [
    {key: 'level1', label: '一级指标'}, {key: 'level2', label: '二级指标'}, {key: 'level3', label: '三级指标'},
    {key: 'target', label: '年度指标值'}, {key: 'halfYearTarget', label: '半年指标值'},
    {key: 'points', label: '分值', num: true}, {key: 'actual', label: '实际完成值'},
    {key: 'reason', label: '偏差原因'}, {key: 'claimedScore', label: '自评得分', num: true}];

  let rows = [];
  let serial = 0;
  let onChange = () => {};
  let body = null;

  function blank() {
    let id;
    do { id = 'p' + (++serial); } while (rows.some(r => r.id === id));
    return {id};
  }

  /** Rows from an imported or stored declaration and assessment, joined by indicator id. */
  function fromInputs(declaration, assessment) {
    const actuals = new Map(((assessment && assessment.actuals) || []).map(a => [a.id, a]));
    const out = (declaration.indicators || []).map(i => {
      const a = actuals.get(i.id) || {};
      actuals.delete(i.id);
      return {...i, actual: a.actual, reason: a.reason, claimedScore: a.claimedScore,
        completionLikelihood: a.completionLikelihood};
    });
    return {rows: out, unmatched: [...actuals.values()]};
  }

  function textOf(row, key) { return J.valueText(row[key]); }

  function cell(row, col, index) {
    const input = J.el('input', {type: 'text', value: textOf(row, col.key), 'data-key': col.key,
      class: (col.num ? 'num ' : '') + (col.key === 'reason' ? 'reason' : ''), inputmode: col.num ? 'decimal' : null,
      'aria-label': col.label + '（第 ' + (index + 1) + ' 行）'});
    input.addEventListener('input', () => { row[col.key] = input.value; onChange(); });
    input.addEventListener('paste', ev => paste(ev, row, col));
    return J.el('td', {}, input);
  }

  function render() {
    J.clear(body);
    rows.forEach((row, index) => {
      const remove = J.el('button', {type: 'button', class: 'secondary', 'aria-label': '删除第 ' + (index + 1) + ' 行',
        onclick: () => { rows.splice(index, 1); render(); onChange(); }}, '删除');
      body.append(J.el('tr', {'data-id': row.id},
        J.el('td', {class: 'num'}, index + 1),
        COLUMNS.map(c => cell(row, c, index)),
        J.el('td', {class: 'row-status'}, ''), J.el('td', {class: 'num row-score'}, ''),
        J.el('td', {}, remove)));
    });
  }

  /** Splits text copied from a spreadsheet: tab-separated cells, quoted when they hold a tab or line break. */
  function parseTsv(text) {
    const out = [[]];
    let cur = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
      } else if (ch === '"' && cur === '') quoted = true;
      else if (ch === '\t') { out[out.length - 1].push(cur); cur = ''; }
      else if (ch === '\n') { out[out.length - 1].push(cur); cur = ''; out.push([]); }
      else if (ch !== '\r') cur += ch;
    }
    out[out.length - 1].push(cur);
    while (out.length && out[out.length - 1].every(c => c.trim() === '')) out.pop();
    return out;
  }

  /** A block pasted into a cell fills the table from that cell rightwards and down, adding rows as needed. */
  function paste(ev, row, col) {
    const text = ev.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;  // one value: the input takes it
    ev.preventDefault();
    const block = parseTsv(text);
    let r = rows.indexOf(row);
    const c0 = COLUMNS.indexOf(col);
    for (const values of block) {
      if (r >= rows.length) rows.push(blank());
      values.forEach((v, k) => {
        const column = COLUMNS[c0 + k];
        if (column) rows[r][column.key] = v.trim() === '' ? null : v.trim();
      });
      r++;
    }
    render();
    onChange();
  }

  /** Marks each row with its result: status, score, and whether it still needs a 偏差原因. */
  function showResult(result) {
    const byId = new Map((result ? result.indicators : []).map(i => [i.id, i]));
    const needReason = new Set((result ? result.deviations : [])
      .filter(d => d.type === 'MISSING_REASON').map(d => d.indicatorId));
    for (const tr of body.rows) {
      const scored = byId.get(tr.dataset.id);
      J.clear(tr.querySelector('.row-status')).append(scored ? J.status(scored.status) : '');
      tr.querySelector('.row-score').textContent = scored ? J.num(scored.score) : '';
      const needs = needReason.has(tr.dataset.id);
      tr.classList.toggle('needs-reason', needs);
      const reason = tr.querySelector('input.reason');
      if (needs) reason.setAttribute('aria-invalid', 'true'); else reason.removeAttribute('aria-invalid');
      reason.placeholder = needs ? '请填写偏差原因' : '';
    }
  }

  function focusReason(id) {
    const tr = [...body.rows].find(t => t.dataset.id === id);
    if (tr) tr.querySelector('input.reason').focus();
  }

  function number(v) {
    if (v === null || v === undefined || v === '') return null;
    const s = String(v).trim();
    return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
  }

  function value(v) {
    if (v === null || v === undefined) return null;
    if (typeof v === 'object') return v;
    const s = String(v).trim();
    return s === '' ? null : s;
  }

  /** The declaration's indicators and the assessment's actuals as the API takes them. */
  function toInputs() {
    const indicators = rows.map(r => ({id: r.id, level1: value(r.level1), level2: value(r.level2),
      level3: value(r.level3), target: value(r.target), halfYearTarget: value(r.halfYearTarget),
      points: number(r.points), unit: value(r.unit), cumulative: r.cumulative ?? null}));
    const actuals = rows.filter(r => value(r.actual) !== null || value(r.reason) !== null || value(r.claimedScore) !== null)
      .map(r => ({id: r.id, level3: value(r.level3), actual: value(r.actual), reason: value(r.reason),
        claimedScore: number(r.claimedScore), completionLikelihood: r.completionLikelihood ?? null}));
    return {indicators, actuals};
  }

  function init(tbody, changed) {
    body = tbody;
    onChange = changed;
  }

  function set(newRows) {
    rows = newRows.length ? newRows : [blank(), blank(), blank()];
    render();
  }

  function add() {
    rows.push(blank());
    render();
    body.rows[body.rows.length - 1].querySelector('input').focus();
  }

  function hasContent() { return rows.some(r => value(r.level3) !== null || value(r.target) !== null); }

  return {init, set, add, fromInputs, toInputs, showResult, focusReason, hasContent, parseTsv};
})();
