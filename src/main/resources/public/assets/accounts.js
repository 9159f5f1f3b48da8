// 账户: a bureau creates department, auditor and bureau accounts and disables or enables them
// (POST/GET/PATCH /api/v1/users); every account changes its own password (POST /api/v1/users/me/password).
'use strict';

(async () => {
  const who = await J.header().catch(() => null);
  const message = J.$('#message');
  if (!who) { J.message(message, 'error', '请先登录。'); return; }
  J.$('#password-section').classList.remove('hidden');

  async function list() {
    try {
      const accounts = await J.api('GET', '/api/v1/users');
      J.clear(J.$('#accounts tbody')).append(...accounts.map(a => J.el('tr', {},
        J.el('td', {}, a.username), J.el('td', {}, J.ROLE[a.role] || a.role), J.el('td', {}, a.unit || '—'),
        J.el('td', {}, a.disabled ? '已停用' : '正常'), J.el('td', {}, a.createdBy || '—'),
        J.el('td', {class: 'num'}, a.createdAt ? new Date(a.createdAt).toLocaleString('zh-CN', {hour12: false}) : '—'),
        J.el('td', {}, a.username === who.username ? '' : J.el('button', {type: 'button', class: 'secondary',
          'aria-label': (a.disabled ? '启用 ' : '停用 ') + a.username,
          onclick: () => toggle(a)}, a.disabled ? '启用' : '停用')))));
    } catch (e) {
      J.showError(message, e);
    }
  }

  async function toggle(account) {
    try {
      await J.api('PATCH', '/api/v1/users/' + encodeURIComponent(account.username), {disabled: !account.disabled});
      list();
    } catch (e) {
      J.showError(message, e);
    }
  }

  function unitShown() {
    const department = J.$('#role').value === 'DEPARTMENT';
    J.$('#unit-box').classList.toggle('hidden', !department);
    J.$('#unit').required = department;
  }

  if (who.role === 'BUREAU') {
    J.$('#create-section').classList.remove('hidden');
    J.$('#role').addEventListener('change', unitShown);
    unitShown();
    J.$('#create').addEventListener('submit', async ev => {
      ev.preventDefault();
      const role = J.$('#role').value;
      const body = {username: J.$('#username').value.trim(), password: J.$('#password').value, role,
        unit: role === 'DEPARTMENT' ? J.$('#unit').value.trim() : null};
      try {
        const made = await J.api('POST', '/api/v1/users', body);
        J.message(J.$('#create-message'), 'ok', '已创建账户 ' + made.username + '（' + (J.ROLE[made.role] || made.role) + (made.unit ? '·' + made.unit : '') + '）。');
        ev.target.reset();
        unitShown();
        list();
      } catch (e) {
        J.showError(J.$('#create-message'), e);
      }
    });
    list();
  }

  J.$('#password-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      await J.api('POST', '/api/v1/users/me/password', {oldPassword: J.$('#old-password').value, newPassword: J.$('#new-password').value});
      J.message(J.$('#password-message'), 'ok', '密码已修改，请重新登录。');
      setTimeout(() => { location.href = '/login.html'; }, 1500);
    } catch (e) {
      J.showError(J.$('#password-message'), e);
    }
  });
})();
