// 年度总览 (BUREAU, AUDITOR): GET /api/v1/years/{year}/summary?period= as counts, a Chart.js distribution,
// rankings, the deviations to act on (filterable), who has not reported; downloads; the bureau's batch upload.
'use strict';

(async () => {
  const who = await J.header().catch(() => null);
  const message = J.$('#message');
  const SUBJECT = {PROJECT: '项目', DEPARTMENT: '部门整体'};
  let chart = null;
  let flags = [];

  const params = new URLSearchParams(location.search);
  J.$('#year').value = params.get('year') || new Date().getFullYear();
  J.$('#period').value = params.get('period') === 'HALF_YEAR' ? 'HALF_YEAR' : 'FULL_YEAR';

  if (!who) { J.message(message, 'error', '请先登录（财政局或审计账户）。'); return; }
  if (who.role === 'BUREAU') J.$('#batch-section').classList.remove('hidden');

  function year() { return J.$('#year').value.trim(); }
  function period() { return J.$('#period').value; }

  function links() {
    const q = '?period=' + period();
    J.$('#xlsx').href = '/api/v1/years/' + encodeURIComponent(year()) + '/summary.xlsx' + q;
    J.$('#csv').href = '/api/v1/years/' + encodeURIComponent(year()) + '/evaluations.csv';
  }

  function card(k, v, cls) {
    return J.el('div', {class: 'card'}, J.el('div', {class: 'k'}, k), J.el('div', {class: 'v'}, cls ? J.el('span', {class: cls}, v) : v));
  }

  function detail(evaluationId) {
    return evaluationId ? J.el('a', {href: '/evaluation.html?id=' + encodeURIComponent(evaluationId)}, '查看') : '';
  }

  async function load() {
    links();
    history.replaceState(null, '', '?year=' + encodeURIComponent(year()) + '&period=' + period());
    J.message(message, 'info', '正在读取…');
    try {
      const s = await J.api('GET', '/api/v1/years/' + encodeURIComponent(year()) + '/summary?period=' + period());
      J.message(message, '', '');
      show(s);
    } catch (e) {
      J.$('#summary').classList.add('hidden');
      J.showError(message, e);
    }
  }

  function show(s) {
    J.$('#summary').classList.remove('hidden');
    const half = s.period === 'HALF_YEAR';
    J.clear(J.$('#counts')).append(card('申报', J.num(s.declarations)), card('已评价', J.num(s.evaluated)),
      card('平均分', J.num(s.scores.mean)), card('中位数', J.num(s.scores.median)),
      card('最高分', J.num(s.scores.max)), card('最低分', J.num(s.scores.min)));
    J.clear(J.$('#grades')).append(...Object.entries(s.grades).map(([g, n]) => card(g, J.num(n))));
    J.$('#lights-box').classList.toggle('hidden', !half);
    J.clear(J.$('#lights')).append(...Object.entries(s.lights || {}).map(([l, n]) =>
      J.el('div', {class: 'card'}, J.el('div', {class: 'k'}, J.light(l)), J.el('div', {class: 'v'}, J.num(n)))));
    distribution(s.distribution);
    document.querySelectorAll('#ranking .half').forEach(th => th.classList.toggle('hidden', !half));
    J.clear(J.$('#ranking tbody')).append(...s.ranking.map(r => J.el('tr', {},
      J.el('td', {class: 'num'}, r.rank || '—'), J.el('td', {}, r.unit), J.el('td', {}, r.name),
      J.el('td', {}, SUBJECT[r.subjectType] || r.subjectType), J.numCell(r.totalScore), J.el('td', {}, r.grade || '—'),
      J.el('td', {class: half ? '' : 'hidden'}, J.light(r.light)), J.numCell(r.deviationCount),
      J.el('td', {}, detail(r.evaluationId)))));
    J.clear(J.$('#units tbody')).append(...s.units.map(u => J.el('tr', {},
      J.el('td', {class: 'num'}, u.rank), J.el('td', {}, u.unit), J.numCell(u.subjects), J.numCell(u.meanScore),
      J.numCell(u.minScore))));
    const key = f => f.evaluationId + '|' + f.type + '|' + f.indicatorId;
    const errorKeys = new Set(s.errors.map(key));
    flags = s.errors.concat(s.flagged.filter(f => !errorKeys.has(key(f))));
    const types = [...new Set(flags.map(f => f.type))];
    const select = J.clear(J.$('#flag-type'));
    select.append(J.el('option', {value: ''}, '全部（' + flags.length + '）'), J.el('option', {value: 'ERROR'}, '所有错误级'),
      ...types.map(t => J.el('option', {value: t}, J.deviationName(t) + '（' + flags.filter(f => f.type === t).length + '）')));
    filterFlags();
    J.clear(J.$('#missing tbody')).append(...s.notSubmitted.map(m => J.el('tr', {},
      J.el('td', {}, m.unit), J.el('td', {}, m.name), J.el('td', {}, SUBJECT[m.subjectType] || m.subjectType))));
    J.$('#none-missing').classList.toggle('hidden', s.notSubmitted.length > 0);
    J.$('#missing').closest('.table-wrap').classList.toggle('hidden', s.notSubmitted.length === 0);
  }

  function distribution(buckets) {
    const labels = buckets.map(b => J.num(b.from) + (b.to === null ? ' 分以上' : '–' + J.num(b.to)));
    J.clear(J.$('#dist-table tbody')).append(...buckets.map((b, i) =>
      J.el('tr', {}, J.el('td', {}, labels[i]), J.numCell(b.count))));
    if (typeof Chart === 'undefined') return;
    if (chart) chart.destroy();
    chart = new Chart(J.$('#chart'), {
      type: 'bar',
      data: {labels, datasets: [{label: '评价数', data: buckets.map(b => b.count), backgroundColor: '#0b5cad'}]},
      options: {animation: false, responsive: true, maintainAspectRatio: false,
        plugins: {legend: {display: false}},
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}}},
    });
  }

  function filterFlags() {
    const type = J.$('#flag-type').value;
    const text = J.$('#flag-text').value.trim();
    const shown = flags.filter(f => (type === '' || f.type === type || (type === 'ERROR' && f.severity === 'ERROR'))
      && (text === '' || [f.unit, f.name, f.level3, f.message].some(v => v && v.includes(text))));
    J.clear(J.$('#flags tbody')).append(...shown.map(f => J.el('tr', {class: 'sev-' + f.severity, 'data-type': f.type},
      J.el('td', {}, J.deviationName(f.type)), J.el('td', {}, J.SEVERITY[f.severity] || f.severity),
      J.el('td', {}, f.unit), J.el('td', {}, f.name), J.el('td', {}, f.level3 || '—'), J.el('td', {}, f.message || ''),
      J.el('td', {}, detail(f.evaluationId)))));
    J.$('#flag-count').textContent = '显示 ' + shown.length + ' / ' + flags.length + ' 条';
  }

  J.$('#flag-type').addEventListener('change', filterFlags);
  J.$('#flag-text').addEventListener('input', filterFlags);
  J.$('#pick').addEventListener('submit', ev => { ev.preventDefault(); load(); });
  J.$('#period').addEventListener('change', load);
  if (who.role === 'BUREAU') Batch.init(load);
  load();
})();
