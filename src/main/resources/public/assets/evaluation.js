// 评价详情: find a stored evaluation (by year and unit, or by id) and show it whole — the exact inputs, the
// ruleset version, every indicator's rule, rule file and explanation, the declaration's history of
// (re-)evaluations with what each re-evaluation changed and why. A department sees its own unit only.
'use strict';

(async () => {
  const who = await J.header().catch(() => null);
  const message = J.$('#message');
  const PERIOD = {FULL_YEAR: '全年', HALF_YEAR: '年中'};
  const FIELD = {status: '状态', points: '分值', score: '得分', light: '监控灯', rule: '规则', totalScore: '总分', grade: '等级'};
  if (!who) { J.message(message, 'error', '请先登录。'); J.$('#find-section').classList.add('hidden'); return; }

  J.$('#find-year').value = new Date().getFullYear();
  if (who.role === 'DEPARTMENT') { J.$('#find-unit').value = who.unit || ''; J.$('#find-unit').readOnly = true; }

  /** A value exactly as stored: text as it is, anything else as JSON. */
  function raw(v) {
    if (v === null || v === undefined) return '—';
    return typeof v === 'string' ? v : JSON.stringify(v);
  }

  function time(t) { return t ? new Date(t).toLocaleString('zh-CN', {hour12: false}) : '—'; }

  function evaluationLink(id, text) {
    return J.el('a', {href: '?id=' + encodeURIComponent(id)}, text || '查看');
  }

  async function find(ev) {
    ev.preventDefault();
    const q = new URLSearchParams({year: J.$('#find-year').value.trim(), size: '200'});
    if (J.$('#find-unit').value.trim()) q.set('unit', J.$('#find-unit').value.trim());
    try {
      const page = await J.api('GET', '/api/v1/declarations?' + q);
      J.$('#declarations-box').classList.remove('hidden');
      J.clear(J.$('#declarations tbody')).append(...page.items.map(d => {
        const cell = J.el('td', {});
        const button = J.el('button', {type: 'button', class: 'secondary', onclick: () => history(d.id, cell)}, '评价记录');
        cell.append(button);
        return J.el('tr', {}, J.el('td', {}, d.unit), J.el('td', {}, d.name), J.el('td', {class: 'num'}, d.year),
          J.numCell(d.indicatorCount), cell);
      }));
      J.$('#declarations-count').textContent = '共 ' + page.total + ' 项申报' + (page.total > page.items.length ? '，显示前 ' + page.items.length + ' 项' : '') + '。';
      J.message(message, '', '');
    } catch (e) {
      J.showError(message, e);
    }
  }

  /** The declaration's evaluations as links, in its row. */
  async function history(declarationId, cell) {
    try {
      const list = await J.api('GET', '/api/v1/declarations/' + encodeURIComponent(declarationId) + '/evaluations');
      J.clear(cell).append(list.length ? '' : '尚未评价',
        ...list.map((e, i) => J.el('span', {}, i ? '，' : '', evaluationLink(e.id, time(e.createdAt) + ' ' + J.num(e.totalScore) + ' 分'))));
    } catch (e) {
      J.showError(message, e);
    }
  }

  function fact(k, v) { return J.el('tr', {}, J.el('th', {scope: 'row'}, k), J.el('td', {}, v)); }

  async function open(id) {
    let e;
    try {
      e = await J.api('GET', '/api/v1/evaluations/' + encodeURIComponent(id));
    } catch (err) {
      J.$('#evaluation').classList.add('hidden');
      J.showError(message, err);
      return;
    }
    J.message(message, '', '');
    const d = e.inputs.declaration;
    const a = e.inputs.assessment;
    J.$('#evaluation').classList.remove('hidden');
    J.$('#h-evaluation').textContent = '评价：' + (d.unit || '') + ' · ' + (d.name || '');
    J.$('#total').textContent = J.num(e.totalScore);
    J.$('#grade').textContent = e.grade || '—';
    J.$('#period').textContent = (PERIOD[e.period] || e.period || '全年') + (e.month ? ' ' + e.month + ' 月' : '');
    J.clear(J.$('#light')).append(J.light(e.light));
    J.clear(J.$('#facts tbody')).append(
      fact('评价编号', J.el('span', {class: 'mono'}, e.id)),
      fact('评价时间', time(e.createdAt)),
      fact('规则版本', J.el('span', {class: 'mono', id: 'ruleset'}, e.ruleset ? e.ruleset.version : '—')),
      fact('评分表', e.scoringTable || d.scoringTable || '—'),
      fact('预算执行率', e.budgetExecution && e.budgetExecution.rate !== null ? J.num(e.budgetExecution.rate) + '%' : '—'),
      fact('总分计算', e.explanation || '—'),
      fact('上一次评价', e.previousEvaluationId ? evaluationLink(e.previousEvaluationId, e.previousEvaluationId) : '无（首次评价）'));
    J.$('#xlsx').href = '/api/v1/evaluations/' + encodeURIComponent(e.id) + '.xlsx';
    const targets = new Map((d.indicators || []).map(i => [i.id, i]));
    const actuals = new Map(((a && a.actuals) || []).map(x => [x.id, x]));
    J.clear(J.$('#indicators tbody')).append(...e.indicators.map(i => J.el('tr', {},
      J.el('td', {class: 'mono'}, i.id), J.el('td', {}, i.level3 || '—'),
      J.el('td', {}, raw(targets.has(i.id) ? targets.get(i.id).target : i.target)),
      J.el('td', {}, raw(actuals.has(i.id) ? actuals.get(i.id).actual : null)),
      J.el('td', {}, J.status(i.status)), J.numCell(i.points), J.numCell(i.score),
      J.el('td', {class: 'rule'}, i.rule || '—'), J.el('td', {class: 'mono'}, i.ruleFile || '—'),
      J.el('td', {}, i.explanation || ''))));
    J.clear(J.$('#deviations tbody')).append(...e.deviations.map(x => J.el('tr', {class: 'sev-' + x.severity},
      J.el('td', {}, J.deviationName(x.type)), J.el('td', {}, J.SEVERITY[x.severity] || x.severity),
      J.el('td', {}, x.level3 || '—'), J.el('td', {}, x.message || ''))));
    J.$('#declaration-json').textContent = JSON.stringify(d, null, 2);
    J.$('#assessment-json').textContent = JSON.stringify(a, null, 2);
    J.$('#reevaluate').classList.toggle('hidden', who.role !== 'BUREAU');
    J.$('#reevaluate').onclick = () => reevaluate(e.id);
    showHistory(e);
  }

  async function showHistory(e) {
    let list = [];
    try {
      list = await J.api('GET', '/api/v1/declarations/' + encodeURIComponent(e.declarationId) + '/evaluations');
    } catch (err) {
      J.showError(message, err);
    }
    J.clear(J.$('#history tbody')).append(...list.map(h => J.el('tr', {'aria-current': h.id === e.id ? 'true' : null},
      J.el('td', {}, time(h.createdAt)), J.el('td', {}, PERIOD[h.period] || h.period), J.numCell(h.totalScore),
      J.el('td', {}, h.grade || '—'), J.el('td', {class: 'mono'}, (h.ruleset || '').substring(0, 19)),
      J.el('td', {}, h.previousEvaluationId ? '重新评价' : '提交'),
      J.el('td', {}, h.id === e.id ? '当前' : evaluationLink(h.id)))));
    const diffs = J.clear(J.$('#diffs'));
    for (const h of list.filter(x => x.previousEvaluationId)) {
      try {
        const re = h.id === e.id ? e : await J.api('GET', '/api/v1/evaluations/' + encodeURIComponent(h.id));
        if (re.diff) diffs.append(diffView(re, h));
      } catch (err) { /* shown once above */ }
    }
  }

  function change(c) {
    return J.el('li', {}, (FIELD[c.field] || c.field) + '：' + raw(c.before) + ' → ' + raw(c.after));
  }

  /** What a re-evaluation changed and why. */
  function diffView(re, h) {
    const diff = re.diff;
    const box = J.el('section', {class: 'diff', 'aria-label': '重新评价 ' + time(h.createdAt)},
      J.el('h4', {}, '重新评价 ' + time(h.createdAt) + '：' + diff.reason),
      diff.identical ? J.el('p', {class: 'muted'}, '结果与上一次完全相同。') : '');
    if (diff.changes.length) box.append(J.el('ul', {}, diff.changes.map(change)));
    if (diff.indicators.length) {
      box.append(J.el('div', {class: 'table-wrap'}, J.el('table', {},
        J.el('thead', {}, J.el('tr', {}, J.el('th', {scope: 'col'}, '指标'), J.el('th', {scope: 'col'}, '变化'), J.el('th', {scope: 'col'}, '原因'))),
        J.el('tbody', {}, diff.indicators.map(i => J.el('tr', {}, J.el('td', {}, raw(i.level3)),
          J.el('td', {}, J.el('ul', {}, i.changes.map(change))), J.el('td', {}, i.reason || '')))))));
    }
    const dev = diff.deviations;
    if (dev && (dev.added.length || dev.removed.length)) {
      box.append(J.el('p', {}, '偏差新增：' + (dev.added.join('、') || '无') + '；消失：' + (dev.removed.join('、') || '无')));
    }
    return box;
  }

  async function reevaluate(id) {
    try {
      const fresh = await J.api('POST', '/api/v1/evaluations/' + encodeURIComponent(id) + '/reevaluate', {});
      location.search = '?id=' + encodeURIComponent(fresh.id);
    } catch (e) {
      J.showError(message, e);
    }
  }

  J.$('#find').addEventListener('submit', find);
  J.$('#open-id').addEventListener('click', () => {
    const id = J.$('#find-id').value.trim();
    if (id) location.search = '?id=' + encodeURIComponent(id);
  });
  const id = new URLSearchParams(location.search).get('id');
  if (id) { J.$('#find-id').value = id; open(id); }
})();
