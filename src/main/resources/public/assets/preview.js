// 自评预览: import a form or fill the table, re-score as it changes (POST /api/v1/evaluations/preview, nothing
// stored), download the scored workbook, and — logged in as a unit — submit it (declaration, then assessment).
'use strict';

(async () => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  // what the form holds besides the indicator table, kept as imported (spendingPlan, scoringTable, …)
  let declarationRest = {};
  let assessmentRest = {};
  let unmatchedActuals = [];
  let imported = [];
  let lastResult = null;
  let sequence = 0;
  const who = await J.header().catch(() => null);

  const fieldsD = [...document.querySelectorAll('[data-d]')];
  const fieldsA = [...document.querySelectorAll('[data-a]')];

  if (who && (who.role === 'DEPARTMENT' || who.role === 'BUREAU')) {
    J.$('#mode').textContent = who.role === 'DEPARTMENT'
      ? '已登录为 ' + (who.unit || who.username) + '：预览后可提交本单位的自评。'
      : '已登录为财政局：预览后可代为提交。';
    J.$('#submit').classList.remove('hidden');
  }

  function text(v) { return v === null || v === undefined ? '' : J.valueText(v); }

  function fill(declaration, assessment) {
    declarationRest = {...declaration};
    delete declarationRest.indicators;
    assessmentRest = {...(assessment || {})};
    delete assessmentRest.actuals;
    fieldsD.forEach(f => { f.value = text(declaration[f.dataset.d]) || (f.tagName === 'SELECT' ? f.options[0].value : ''); });
    fieldsA.forEach(f => { f.value = text(assessmentRest[f.dataset.a]) || (f.tagName === 'SELECT' ? f.options[0].value : ''); });
    if (!J.$('#unit').value && who && who.role === 'DEPARTMENT') J.$('#unit').value = who.unit || '';
    const joined = Rows.fromInputs(declaration, assessment);
    unmatchedActuals = joined.unmatched;
    Rows.set(joined.rows);
  }

  function fieldValue(f) {
    const v = f.value.trim();
    if (v === '') return null;
    if (f.type === 'number' || f.classList.contains('num')) return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
    return v;
  }

  /** The preview request from the page: the imported rest, the fields as edited, the table's rows. */
  function request() {
    const declaration = {...declarationRest};
    fieldsD.forEach(f => { declaration[f.dataset.d] = fieldValue(f); });
    const assessment = {...assessmentRest};
    fieldsA.forEach(f => { assessment[f.dataset.a] = fieldValue(f); });
    const table = Rows.toInputs();
    declaration.indicators = table.indicators;
    assessment.actuals = table.actuals.concat(unmatchedActuals);
    return {declaration, assessment};
  }

  const scoreMessage = J.$('#score-message');

  async function rescore() {
    if (!Rows.hasContent()) { J.message(scoreMessage, 'info', '填写或导入指标后显示得分。'); return; }
    const mine = ++sequence;
    try {
      const result = await J.api('POST', '/api/v1/evaluations/preview', request());
      if (mine !== sequence) return;  // a newer edit is being scored
      J.message(scoreMessage, '', '');
      show(result);
    } catch (e) {
      if (mine === sequence) J.showError(scoreMessage, e);
    }
  }
  const rescoreSoon = J.debounce(rescore, 350);

  function show(result) {
    lastResult = result;
    J.message(scoreMessage, '', '');
    J.$('#result').classList.remove('hidden');
    J.$('#total').textContent = J.num(result.totalScore);
    J.$('#grade').textContent = result.grade || '—';
    J.$('#rate').textContent = result.budgetExecution && result.budgetExecution.rate !== null
      ? J.num(result.budgetExecution.rate) + '%' : '—';
    const half = (result.period || J.$('#period').value) === 'HALF_YEAR';
    J.$('#light-card').classList.toggle('hidden', !half);
    J.clear(J.$('#light')).append(J.light(result.light));
    J.$('#explanation').textContent = result.explanation || '';
    J.$('#ruleset').textContent = result.ruleset ? result.ruleset.version : '';
    J.clear(J.$('#groups tbody')).append(...result.groups.map(g =>
      J.el('tr', {}, J.el('td', {}, g.name), J.numCell(g.weight), J.el('td', {class: 'num'}, g.score === null ? '不计' : J.num(g.score)))));
    showDeviations(result);
    document.querySelectorAll('#indicators .half').forEach(th => th.classList.toggle('hidden', !half));
    J.clear(J.$('#indicators tbody')).append(...result.indicators.map(i => J.el('tr', {},
      J.el('td', {}, i.level3 || '—'), J.el('td', {}, J.valueText(i.target)), J.el('td', {}, J.valueText(i.actual)),
      J.el('td', {}, J.status(i.status)), J.numCell(i.points), J.numCell(i.score),
      J.el('td', {class: half ? '' : 'hidden'}, J.light(i.light)),
      J.el('td', {class: 'rule'}, i.rule || ''), J.el('td', {class: 'mono'}, i.ruleFile || ''),
      J.el('td', {}, half && i.lightExplanation ? i.explanation + '；' + i.lightExplanation : (i.explanation || '')))));
    Rows.showResult(result);
  }

  function showDeviations(result) {
    const body = J.clear(J.$('#deviations tbody'));
    J.$('#no-deviations').classList.toggle('hidden', result.deviations.length > 0);
    J.$('#deviations').closest('.table-wrap').classList.toggle('hidden', result.deviations.length === 0);
    for (const d of result.deviations) {
      const fix = d.type === 'MISSING_REASON' && d.indicatorId
        ? J.el('button', {type: 'button', class: 'secondary', onclick: () => Rows.focusReason(d.indicatorId)}, '填写原因')
        : '';
      body.append(J.el('tr', {class: 'sev-' + d.severity, 'data-type': d.type},
        J.el('td', {}, J.deviationName(d.type)), J.el('td', {}, J.SEVERITY[d.severity] || d.severity),
        J.el('td', {}, d.level3 || '—'), J.el('td', {}, d.message || ''), J.el('td', {}, fix)));
    }
  }

  // --- import ---------------------------------------------------------------------------------------------
  const uploadMessage = J.$('#upload-message');

  function showForm(index) {
    const form = imported[index];
    fill(form.declaration, form.assessment);
    const warnings = J.clear(J.$('#warnings'));
    (form.warnings || []).forEach(w => warnings.append(J.el('li', {},
      J.el('strong', {class: 'mono'}, w.cell || '—'), '：', w.message)));
    J.$('#warnings-box').classList.toggle('hidden', !(form.warnings || []).length);
    if (form.evaluation) show(form.evaluation); else rescore();
  }

  J.$('#upload').addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = J.$('#file').files[0];
    if (!file) { J.message(uploadMessage, 'error', '请先选择文件。'); return; }
    const data = new FormData();
    data.append('file', file, file.name);
    J.message(uploadMessage, 'info', '正在导入 ' + file.name + ' …');
    try {
      const answer = await J.api('POST', '/api/v1/imports?evaluate=true', data);
      imported = answer.forms;
      const pick = J.clear(J.$('#form-pick'));
      imported.forEach((f, i) => pick.append(J.el('option', {value: i},
        (f.declaration.name || f.declaration.unit || '表 ' + (i + 1)) + '（' + (f.kind === 'DECLARATION' ? '目标申报表' : '自评表') + '，' + f.source + '）')));
      J.$('#form-pick-box').classList.toggle('hidden', imported.length < 2);
      J.message(uploadMessage, 'ok', '已导入 ' + file.name + '：' + imported.length + ' 张表。');
      showForm(0);
    } catch (e) {
      J.showError(uploadMessage, e);
    }
  });
  J.$('#form-pick').addEventListener('change', ev => showForm(Number(ev.target.value)));

  // --- editing --------------------------------------------------------------------------------------------
  Rows.init(J.$('#rows tbody'), rescoreSoon);
  J.$('#sheet').addEventListener('input', ev => { if (ev.target.dataset.d || ev.target.dataset.a) rescoreSoon(); });
  J.$('#sheet').addEventListener('change', ev => { if (ev.target.tagName === 'SELECT') rescoreSoon(); });
  J.$('#sheet').addEventListener('submit', ev => ev.preventDefault());
  J.$('#add-row').addEventListener('click', () => Rows.add());
  J.$('#clear').addEventListener('click', () => {
    fill({indicators: []}, {actuals: []});
    J.$('#result').classList.add('hidden');
    J.$('#warnings-box').classList.add('hidden');
  });

  // --- download and submit --------------------------------------------------------------------------------
  const submitMessage = J.$('#submit-message');
  J.$('#download').addEventListener('click', async () => {
    try {
      const blob = await J.api('POST', '/api/v1/evaluations/preview', request(), {accept: XLSX});
      J.download(blob, (J.$('#name').value || J.$('#unit').value || '自评表') + '-评分.xlsx');
    } catch (e) {
      J.showError(submitMessage, e);
    }
  });

  J.$('#submit').addEventListener('click', async () => {
    const {declaration, assessment} = request();
    J.message(submitMessage, 'info', '正在提交…');
    try {
      const stored = await J.api('POST', '/api/v1/declarations', declaration);
      const evaluation = await J.api('POST', '/api/v1/declarations/' + encodeURIComponent(stored.id) + '/assessments', assessment);
      J.clear(submitMessage).className = 'msg ok';
      submitMessage.append('已提交并保存：总分 ' + J.num(evaluation.totalScore) + '，等级 ' + (evaluation.grade || '—') + '。',
        J.el('a', {href: '/evaluation.html?id=' + encodeURIComponent(evaluation.id), id: 'submitted-link'}, '查看评价详情'));
    } catch (e) {
      J.showError(submitMessage, e);
    }
  });

  fill({subjectType: 'PROJECT', year: new Date().getFullYear(), budgetUnit: '万元', indicators: []},
    {period: 'FULL_YEAR', actuals: []});
  if (lastResult === null) J.message(scoreMessage, 'info', '填写或导入指标后显示得分。');
})();
