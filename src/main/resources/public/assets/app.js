// Shared by every page: the JSON API (same origin; the login travels in the HttpOnly cookie JWT, never in
// script-readable storage), who is logged in, the navigation for that role, and small DOM/format helpers.
'use strict';

const J = (() => {
  const STATUS = {ACHIEVED: '达成', PARTIAL: '部分达成', UNMET: '未达成', MISSING: '未填报', INVALID: '无法识别',
    NOT_APPLICABLE: '不适用'};
  const LIGHT = {RED: '红', YELLOW: '黄', GREEN: '绿', BLUE: '蓝'};
  const ROLE = {BUREAU: '财政局', DEPARTMENT: '预算单位', AUDITOR: '审计'};
  const SEVERITY = {ERROR: '错误', WARNING: '警告', INFO: '提示'};
  const DEVIATION = {
    UNKNOWN_GROUP: '无法归入指标组', UNIT_MISMATCH: '单位不一致', UNRECOGNIZED_VALUE: '数值无法识别',
    MISSING_ACTUAL: '缺少实际值', ACTUAL_NOT_QUANTIFIED: '实际值未量化', BELOW_TARGET: '低于目标',
    ABOVE_LIMIT: '超出上限', OFF_TARGET: '偏离目标', QUALITATIVE_SHORTFALL: '定性未达标',
    LAGGING_PROGRESS: '进度滞后', SPENDING_BEHIND_SCHEDULE: '支出进度滞后', MISSING_REASON: '缺少偏差原因',
    SCORE_OVERCLAIMED: '自评得分偏高', SCORE_OUT_OF_BAND: '自评得分超出档次', STRICT_BOUNDARY: '临界值',
    TARGET_TOO_LOW: '目标值偏低', UNKNOWN_INDICATOR: '未知指标', POINTS_ADJUSTED: '分值已调整',
    LOW_BUDGET_EXECUTION: '预算执行率低', SCORE_SPEND_MISMATCH: '得分与执行率不匹配'};
  const ERRORS = {
    UNAUTHORIZED: '请先登录。', FORBIDDEN: '当前账户无权执行此操作。', NOT_FOUND: '未找到（或当前账户无权查看）。',
    TOO_MANY_REQUESTS: '尝试次数过多，请稍后再试。', LOGIN_FAILED: '用户名或密码错误。',
    UNREADABLE_FILE: '文件无法读取。', UNSUPPORTED_FORMAT: '不支持的文件格式（支持 .xlsx .xls .docx .doc .csv）。',
    NO_FORM_FOUND: '文件中未找到指标表。', PAYLOAD_TOO_LARGE: '文件或请求过大。', SETUP_REQUIRED: '系统尚未设置管理员账户。',
    TOO_MANY_INDICATORS: '指标过多（每张表最多 500 条）。', MISSING_BODY: '请求内容为空。', IMPORTS_BUSY: '导入繁忙，请稍后再试。',
    MALFORMED_JSON: '内容不是有效的 JSON（或其后还有多余内容）。', MALFORMED_MULTIPART: '上传内容格式不正确。',
    WRONG_TYPE: '字段的类型不正确。', MISSING_FIELD: '缺少必填字段。', INVALID_VALUE: '字段的取值无效或超出范围。',
    UNKNOWN_FIELD: '包含此处不能提交的字段。', DUPLICATE_ID: '指标编号重复。', DUPLICATE_KEY: '同一对象中字段重复。',
    DUPLICATE_MONTH: '支出计划的月份重复。', LIMIT_EXCEEDED: '内容超出限制（层级、长度或数字位数）。',
    TOO_MANY_ACTUALS: '实际完成值过多（每张表最多 500 条）。', UNKNOWN_SCORING_TABLE: '未知的评分表。',
    UNKNOWN_DECLARATION: '未找到对应的申报表。', UNKNOWN_INDICATOR: '未找到对应的指标。',
    UNSUPPORTED_MEDIA_TYPE: '内容类型不受支持（应为 JSON）。', METHOD_NOT_ALLOWED: '不支持此操作。',
    NOT_ACCEPTABLE: '不支持所要求的返回格式。', URI_TOO_LONG: '请求地址过长。', HEADERS_TOO_LARGE: '请求头过大。',
    BAD_REQUEST: '请求无法处理。', USERNAME_TAKEN: '用户名已被使用。', WRONG_PASSWORD: '原密码错误。',
    LAST_BUREAU: '至少须保留一个启用的财政局账户。', NOT_YEAR_END: '只能复核年度自评。',
    NOT_A_SELF_ASSESSMENT: '只能复核单位自评，不能复核复核结果。', REVIEW_NOT_REEVALUATED: '复核结果不能重新评价。',
    STORAGE_FAILED: '保存失败，请稍后重试。', SERVICE_UNAVAILABLE: '服务暂不可用，请稍后再试。',
    INTERNAL_ERROR: '服务处理出错，已记录，请稍后重试。'};

  /** A Chinese text for an error code of the API, else the code itself or the HTTP status (a code the pages do not know yet). */
  function errorText(code, status) {
    return ERRORS[code] || '请求未成功（' + (code || status || '') + '）。';
  }

  /** An answer of the API that is not 2xx, with a Chinese message for the page. */
  class ApiError extends Error {
    constructor(status, body) {
      const code = body && body.error;
      super(errorText(code, status) + (body && body.path ? '（位置：' + body.path + '）' : ''));
      this.status = status;
      this.code = code;
      this.detail = body && body.message;
    }
  }

  /**
   * Calls the API. A JSON body is sent as application/json (the API refuses other types on JSON writes, which a
   * cross-site form cannot send without a CORS preflight); a FormData or Blob body as it is.
   */
  async function api(method, path, body, {accept = 'application/json', contentType} = {}) {
    const headers = {Accept: accept};
    let payload = body;
    if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob) && typeof body !== 'string') {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    } else if (contentType) {
      headers['Content-Type'] = contentType;
    }
    const r = await fetch(path, {method, headers, body: payload, credentials: 'same-origin'});
    if (!r.ok) {
      let err = null;
      try { err = await r.json(); } catch (e) { /* not JSON */ }
      throw new ApiError(r.status, err);
    }
    if (r.status === 204) return null;
    if (accept !== 'application/json') return r.blob();
    return r.json();
  }

  let mePromise = null;
  /** The logged-in account {username, role, unit}, or null when nobody is. */
  function me() {
    if (!mePromise) {
      mePromise = api('GET', '/api/v1/users/me').catch(e => {
        if (e.status === 401 || e.status === 404 || e.status === 403) return null;
        throw e;
      });
    }
    return mePromise;
  }

  /** Builds an element: el('td', {class: 'num'}, '12.5'); strings become text, never HTML. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function $(sel, root) { return (root || document).querySelector(sel); }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  /** A number as the pages show it: up to two decimals, grouped; '—' when there is none. */
  function num(x) {
    if (x === null || x === undefined || x === '') return '—';
    const n = Number(x);
    if (!Number.isFinite(n)) return String(x);
    return n.toLocaleString('zh-CN', {maximumFractionDigits: 2});
  }

  function numCell(x) { return el('td', {class: 'num'}, num(x)); }

  function status(s) { return el('span', {class: 'status ' + s}, STATUS[s] || s || '—'); }

  function light(l) { return l ? el('span', {class: 'light ' + l, title: l}, LIGHT[l] || l) : '—'; }

  function deviationName(t) { return DEVIATION[t] || t; }

  /** A target or actual as text: the form's own text, or the structured value written out. */
  function valueText(v) {
    if (v === null || v === undefined) return '';
    if (typeof v !== 'object') return String(v);
    if (v.text) return v.text;
    if (v.term) return v.term;
    if (v.op === 'BETWEEN') return (v.low ?? '') + '–' + (v.high ?? '') + (v.unit || '');
    return (v.op ? v.op.replace('>=', '≥').replace('<=', '≤') : '') + (v.value ?? '') + (v.unit || '');
  }

  function message(node, kind, text, detail) {
    clear(node);
    if (!text) { node.className = 'hidden'; return; }
    node.className = 'msg ' + kind;
    node.append(text);
    if (detail) node.append(el('span', {class: 'muted'}, '　详情：' + detail));
  }

  function showError(node, e) {
    if (e instanceof ApiError) message(node, 'error', e.message, e.detail);
    else message(node, 'error', '请求失败：' + (e && e.message ? e.message : e));
  }

  /** The pages each role uses, in the header; the page's own link marked current. */
  const PAGES = [
    {href: '/preview.html', label: '自评预览', roles: [null, 'DEPARTMENT', 'BUREAU']},
    {href: '/overview.html', label: '年度总览', roles: ['BUREAU', 'AUDITOR']},
    {href: '/evaluation.html', label: '评价详情', roles: ['BUREAU', 'DEPARTMENT', 'AUDITOR']},
    {href: '/accounts.html', label: '账户', roles: ['BUREAU', 'DEPARTMENT', 'AUDITOR']},
  ];

  async function header() {
    const bar = $('header.bar');
    let who = null;
    try { who = await me(); } catch (e) { who = null; }
    const role = who ? who.role : null;
    const here = location.pathname === '/' ? '/index.html' : location.pathname;
    const items = PAGES.filter(p => p.roles.includes(role)).map(p =>
      el('li', {}, el('a', {href: p.href, 'aria-current': p.href === here ? 'page' : null}, p.label)));
    const right = el('div', {class: 'who'});
    if (who) {
      right.append(el('span', {id: 'who'}, who.username + '（' + (ROLE[who.role] || who.role) + (who.unit ? '·' + who.unit : '') + '）'),
        el('form', {method: 'post', action: '/logout'}, el('button', {type: 'submit', class: 'secondary'}, '退出')));
    } else {
      right.append(el('a', {href: '/login.html', id: 'login-link'}, '登录'));
    }
    clear(bar).append(el('a', {class: 'brand', href: '/'}, '绩效自评评分'),
      el('nav', {'aria-label': '页面'}, el('ul', {}, items)), right);
    document.body.dataset.role = role || 'ANONYMOUS';
    return who;
  }

  /** Calls fn at most once per `ms`, after the last call. */
  function debounce(fn, ms) {
    let t = null;
    return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  }

  /** Offers a Blob as a download named `name`. */
  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el('a', {href: url, download: name});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  return {api, ApiError, me, el, $, clear, num, numCell, status, light, deviationName, valueText, message, showError,
    header, debounce, download, errorText, STATUS, LIGHT, ROLE, SEVERITY};
})();
