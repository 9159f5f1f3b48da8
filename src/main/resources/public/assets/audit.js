// The audit log on 评价详情 (BUREAU, AUDITOR): GET /api/v1/audit?from=&to=&user=&action=&page=, newest pages on demand.
'use strict';

(async () => {
  const who = await J.me().catch(() => null);
  if (!who || (who.role !== 'BUREAU' && who.role !== 'AUDITOR')) return;
  const ACTION = {LOGIN: '登录', DECLARATION_CREATED: '提交申报', ASSESSMENT_SUBMITTED: '提交自评', BATCH_SUBMITTED: '批量提交',
    REEVALUATED: '重新评价', ACCOUNT_CREATED: '创建账户', ACCOUNT_CHANGED: '修改账户', PASSWORD_CHANGED: '修改密码',
    YEAR_EXPORTED: '导出年度数据'};
  const OUTCOME = {SUCCESS: '成功', FAILURE: '失败'};
  let page = 0;
  J.$('#audit-section').classList.remove('hidden');
  const select = J.$('#audit-action');
  select.append(J.el('option', {value: ''}, '全部'), ...Object.entries(ACTION).map(([k, v]) => J.el('option', {value: k}, v)));

  async function load(more) {
    page = more ? page + 1 : 0;
    const q = new URLSearchParams({page: String(page), size: '50'});
    for (const [name, sel] of [['from', '#audit-from'], ['to', '#audit-to'], ['user', '#audit-user'], ['action', '#audit-action']]) {
      if (J.$(sel).value.trim()) q.set(name, J.$(sel).value.trim());
    }
    try {
      const p = await J.api('GET', '/api/v1/audit?' + q);
      const body = J.$('#audit tbody');
      if (!more) J.clear(body);
      body.append(...p.items.map(a => J.el('tr', {},
        J.el('td', {class: 'num'}, new Date(a.time).toLocaleString('zh-CN', {hour12: false})), J.el('td', {}, a.user || '系统'),
        J.el('td', {}, J.ROLE[a.role] || a.role || '—'), J.el('td', {}, ACTION[a.action] || a.action),
        J.el('td', {class: 'mono'}, a.targetId || '—'), J.el('td', {}, OUTCOME[a.outcome] || a.outcome), J.el('td', {}, a.detail || ''))));
      J.$('#audit-more').classList.toggle('hidden', page + 1 >= p.totalPages);
      J.$('#audit-count').textContent = '共 ' + p.total + ' 条';
    } catch (e) {
      J.showError(J.$('#message'), e);
    }
  }

  J.$('#audit-filter').addEventListener('submit', ev => { ev.preventDefault(); load(false); });
  J.$('#audit-more').addEventListener('click', () => load(true));
  load(false);
})();
