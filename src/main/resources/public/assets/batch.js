// The bureau's batch upload on 年度总览: several form files, each read by POST /api/v1/imports, then every
// self-assessment found stored as one batch (POST /api/v1/batches, JSON array); or an NDJSON file posted as it
// is. A progress bar while files are read and sent, then one row per item: stored with its score, or why not.
'use strict';

const Batch = (() => {
  const NDJSON = /\.(ndjson|jsonl)$/i;
  let reload = () => {};

  function progress(done, total, label) {
    J.$('#batch-progress-box').classList.remove('hidden');
    const bar = J.$('#batch-progress');
    bar.max = total;
    bar.value = done;
    J.$('#batch-progress-label').textContent = label + '（' + done + ' / ' + total + '）';
  }

  function row(index, source, result, score, grade, ok) {
    J.$('#batch-result-box').classList.remove('hidden');
    J.$('#batch-result tbody').append(J.el('tr', {class: ok ? '' : 'sev-ERROR'},
      J.el('td', {class: 'num'}, index === null ? '—' : index + 1), J.el('td', {}, source), J.el('td', {}, result),
      J.numCell(score), J.el('td', {}, grade || '—')));
  }

  /** Sends a body with upload progress (fetch has none); resolves with the parsed JSON answer. */
  function send(body, contentType, total) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/v1/batches');
      xhr.setRequestHeader('Content-Type', contentType);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = e => { if (e.lengthComputable) progress(Math.round(e.loaded / e.total * total), total, '正在上传'); };
      xhr.onload = () => {
        let answer = null;
        try { answer = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
        if (xhr.status >= 200 && xhr.status < 300) resolve(answer); else reject(new J.ApiError(xhr.status, answer));
      };
      xhr.onerror = () => reject(new Error('网络错误'));
      xhr.send(body);
    });
  }

  function results(answer, sources) {
    const failed = new Map(answer.failures.map(f => [f.index, f]));
    const stored = new Map(answer.items.map(i => [i.index, i]));
    for (let i = 0; i < answer.received; i++) {
      const item = stored.get(i);
      const source = sources[i] || '第 ' + (i + 1) + ' 项';
      if (item) row(i, source, J.el('a', {href: '/evaluation.html?id=' + encodeURIComponent(item.evaluationId)}, '已保存'),
        item.totalScore, item.grade, true);
      else {
        const f = failed.get(i) || {};
        // the code in Chinese, where it is; the API's own (English) message as the detail
        row(i, source, J.el('span', {}, '未保存：' + J.errorText(f.error) + (f.path ? '（位置：' + f.path + '）' : ''),
          f.message ? J.el('span', {class: 'muted'}, '　详情：' + f.message) : null), null, null, false);
      }
    }
    J.message(J.$('#batch-message'), answer.failed ? 'error' : 'ok', '共 ' + answer.received + ' 项，保存 ' + answer.stored
      + ' 项，失败 ' + answer.failed + ' 项' + (answer.meanScore !== null && answer.meanScore !== undefined ? '，平均分 ' + J.num(answer.meanScore) : '') + '。');
  }

  /** Reads each form file, one at a time; returns the batch items and where each came from. */
  async function readForms(files) {
    const items = [];
    const sources = [];
    for (let i = 0; i < files.length; i++) {
      progress(i, files.length, '正在读取 ' + files[i].name);
      const data = new FormData();
      data.append('file', files[i], files[i].name);
      try {
        const answer = await J.api('POST', '/api/v1/imports', data);
        for (const form of answer.forms) {
          const where = files[i].name + ' · ' + (form.declaration.name || form.declaration.unit || form.source);
          if (form.kind !== 'SELF_ASSESSMENT' || !form.assessment) {
            row(null, where, '目标申报表，没有实际完成值，未提交', null, null, false);
            continue;
          }
          items.push({declaration: form.declaration, assessment: form.assessment});
          sources.push(where);
        }
      } catch (e) {
        row(null, files[i].name, '无法导入：' + e.message, null, null, false);
      }
    }
    progress(files.length, files.length, '已读取');
    return {items, sources};
  }

  async function start(ev) {
    ev.preventDefault();
    const files = [...J.$('#batch-files').files];
    const message = J.$('#batch-message');
    J.clear(J.$('#batch-result tbody'));
    J.$('#batch-result-box').classList.add('hidden');
    if (!files.length) { J.message(message, 'error', '请先选择文件。'); return; }
    const button = J.$('#batch-start');
    button.disabled = true;
    try {
      const ndjson = files.filter(f => NDJSON.test(f.name) || /\.json$/i.test(f.name));
      for (const f of ndjson) {
        J.message(message, 'info', '正在上传 ' + f.name + ' …');
        const answer = await send(f, NDJSON.test(f.name) ? 'application/x-ndjson' : 'application/json', 100);
        results(answer, []);
      }
      const forms = files.filter(f => !ndjson.includes(f));
      if (forms.length) {
        J.message(message, 'info', '正在读取 ' + forms.length + ' 个文件…');
        const {items, sources} = await readForms(forms);
        if (items.length) {
          J.message(message, 'info', '正在保存 ' + items.length + ' 张自评表…');
          results(await send(JSON.stringify(items), 'application/json', items.length), sources);
        } else {
          J.message(message, 'error', '所选文件中没有可提交的自评表。');
        }
      }
      reload();
    } catch (e) {
      J.showError(message, e);
    } finally {
      button.disabled = false;
    }
  }

  function init(onDone) {
    reload = onDone;
    J.$('#batch').addEventListener('submit', start);
  }

  return {init};
})();
