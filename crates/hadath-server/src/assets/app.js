// hadath workbench: hand-written vanilla JavaScript, no dependencies.
//
// Safety rule of this file: data from the server (article text, titles, names, sentences)
// only ever reaches the page as text nodes (el()/textContent). Nothing here uses innerHTML,
// outerHTML, insertAdjacentHTML or document.write, and links are made only from http(s) URLs.
'use strict';

// ---------------------------------------------------------------- helpers

const SVG_NS = 'http://www.w3.org/2000/svg';
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLORS = ['#7fbf7b', '#1b7837', '#f4a582', '#b2182b'];
const DATE_BASIS = {
  explicit: 'a date written in the sentence',
  relative: 'a relative date ("yesterday", "last Monday") resolved against the publication date',
  publication: 'no date in the sentence: the publication date',
  none: 'no date in the sentence and no publication date',
};

/** An element: attributes set one by one, children appended as nodes or text. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element. */
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** A link to an outside page, only for http(s) URLs; anything else stays text. */
function outsideLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: label || url });
  }
  return document.createTextNode(url || '');
}

function status(message, isError) {
  const s = document.getElementById('status');
  s.textContent = message || '';
  s.classList.toggle('error', !!isError);
}

let busy = 0;
function setBusy(delta) {
  busy = Math.max(0, busy + delta);
  document.body.dataset.busy = busy > 0 ? '1' : '0';
}

/** Calls the API; throws an Error with the server's message on any error status. */
async function api(path, params, body) {
  const qs = params ? new URLSearchParams(clean(params)).toString() : '';
  const init = body === undefined ? {} : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  };
  setBusy(1);
  try {
    const r = await fetch(path + (qs ? '?' + qs : ''), init);
    let data = null;
    try { data = await r.json(); } catch (_) { data = null; }
    if (!r.ok) throw new Error((data && data.error) || ('HTTP ' + r.status));
    return data;
  } finally {
    setBusy(-1);
  }
}

/** Drops empty values. */
function clean(params) {
  const out = {};
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v).trim() !== '' && v !== false) out[k] = String(v).trim();
  }
  return out;
}

function fmtNumber(n) { return Number(n).toLocaleString('en-US'); }
/** "1 event", "2 events". */
function count(n, word) { return `${fmtNumber(n)} ${word}${Number(n) === 1 ? '' : 's'}`; }
function fmtGoldstein(g) { return (Math.round(Number(g) * 10) / 10).toFixed(1); }

/** Colour of a Goldstein value: red (conflict, -10) through grey to green (cooperation, +10). */
function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, Number(g) / 7));
  const grey = [150, 150, 150], red = [178, 24, 43], green = [27, 120, 55];
  const to = t < 0 ? red : green, a = Math.abs(t);
  const c = grey.map((x, i) => Math.round(x + (to[i] - x) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function quadBadge(q) {
  return el('span', { class: 'quad q' + q, title: QUADS[q - 1] || '' });
}

/** A form built from field descriptions; submitting it sets the location hash. */
function filterForm(view, fields, values, extra) {
  const form = el('form', { class: 'filters', id: 'filters', autocomplete: 'off' });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = el('select', { name: f.name, id: 'f-' + f.name },
        f.options.map(([v, label]) => el('option', { value: v, text: label, selected: String(values[f.name] || f.value || '') === v })));
    } else if (f.type === 'checkbox') {
      input = el('input', { type: 'checkbox', name: f.name, id: 'f-' + f.name, checked: values[f.name] === 'true' });
      form.appendChild(el('label', { class: 'check' }, input, f.label));
      continue;
    } else {
      input = el('input', {
        type: 'text', name: f.name, id: 'f-' + f.name, class: f.class || '', placeholder: f.placeholder || '',
        dir: f.dir || null, value: values[f.name] || '',
      });
    }
    form.appendChild(el('label', { title: f.help || '' }, f.label, input));
  }
  form.appendChild(el('button', { type: 'submit', id: 'apply', text: 'Apply' }));
  form.appendChild(el('button', { type: 'button', class: 'plain', text: 'Clear', onclick: () => { location.hash = '#/' + view; } }));
  if (extra) form.appendChild(extra);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = {};
    for (const f of fields) {
      const input = form.elements[f.name];
      if (f.type === 'checkbox') { if (input.checked) params[f.name] = 'true'; } else params[f.name] = input.value;
    }
    go(view, params);
  });
  return form;
}

function go(view, params) {
  const qs = new URLSearchParams(clean(params || {})).toString();
  location.hash = '#/' + view + (qs ? '?' + qs : '');
}

// ---------------------------------------------------------------- routing

const views = { events: viewEvents, timeline: viewTimeline, network: viewNetwork, doc: viewDocument, code: viewCode };

function parseHash() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, qs] = h.split('?');
  const parts = path.split('/').filter(Boolean);
  const params = {};
  for (const [k, v] of new URLSearchParams(qs || '')) params[k] = v;
  return { view: parts[0] || 'events', arg: parts[1] || null, params };
}

let renderToken = 0;
async function render() {
  const { view, arg, params } = parseHash();
  const hash = location.hash;
  const fn = views[view] || viewEvents;
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.view === (view === 'doc' ? 'events' : view));
  }
  document.body.dataset.view = views[view] ? view : 'events';
  const main = document.getElementById('main');
  const token = ++renderToken;
  status('');
  setBusy(1);
  try {
    const content = await fn(params, arg);
    if (token !== renderToken) return; // a newer view took over
    main.replaceChildren(content);
    document.body.dataset.rendered = view + ':' + token;
    // Which address the drawn view shows (tests wait for it after changing the address).
    document.body.dataset.renderedHash = hash;
  } catch (e) {
    if (token !== renderToken) return;
    status(e.message, true);
    main.replaceChildren(el('p', { class: 'empty error', text: 'Could not load: ' + e.message }));
  } finally {
    setBusy(-1);
  }
}

window.addEventListener('hashchange', render);
window.addEventListener('DOMContentLoaded', render);

// ---------------------------------------------------------------- events

const EVENT_FIELDS = [
  { name: 'actor', label: 'Actor', placeholder: 'IRQ or a name', dir: 'auto', help: 'A code prefix on either side (IRQ, IGOUNO) or a name as the text writes it' },
  { name: 'source', label: 'Source', placeholder: 'code', help: 'Source code prefix' },
  { name: 'target', label: 'Target', placeholder: 'code', help: 'Target code prefix' },
  { name: 'code', label: 'CAMEO code', placeholder: '19, 042', class: 'num', help: 'CAMEO code or root prefix' },
  { name: 'quad', label: 'Quad class', options: [['', 'any'], ['1', '1 verbal coop.'], ['2', '2 material coop.'], ['3', '3 verbal conflict'], ['4', '4 material conflict']] },
  { name: 'from', label: 'From', placeholder: 'YYYY-MM-DD', class: 'date' },
  { name: 'to', label: 'To', placeholder: 'YYYY-MM-DD', class: 'date' },
  { name: 'country', label: 'Country', placeholder: 'IRQ', class: 'num', help: 'Three-letter country code of either side' },
  { name: 'outlet', label: 'Outlet', placeholder: 'source', help: 'The outlet of a reporting document' },
  { name: 'text', label: 'Words', placeholder: 'words of the sentence', dir: 'auto', class: 'wide', help: 'Words a reporting sentence contains' },
];

async function viewEvents(params) {
  const limit = 50;
  const offset = Math.max(0, parseInt(params.offset || '0', 10) || 0);
  const query = { ...params, limit, offset };
  const data = await api('/api/events', query);
  const wrap = el('section', { id: 'events-view' });
  wrap.appendChild(filterForm('events', EVENT_FIELDS, params));
  const panel = el('div', { class: 'panel' });
  wrap.appendChild(panel);
  if (data.events.length === 0) {
    panel.appendChild(el('p', { class: 'empty', id: 'no-events', text: 'No events match these filters.' }));
  }
  const tbody = el('tbody');
  for (const e of data.events) {
    const open = e.document_id ? `#/doc/${e.document_id}?event=${e.id}` : null;
    const actor = (code) => code
      ? el('a', { href: '#/events?actor=' + encodeURIComponent(code), text: code, onclick: (ev) => ev.stopPropagation() })
      : '–';
    const row = el('tr', { 'data-event': e.id },
      el('td', { class: 'date', text: e.date || '–' }),
      el('td', { class: 'actor source' }, actor(e.source)),
      el('td', { class: 'code', title: e.description || '' }, quadBadge(e.quad_class), e.code),
      el('td', { class: 'actor target' }, actor(e.target)),
      el('td', { class: 'num', title: 'Goldstein', text: fmtGoldstein(e.goldstein) }),
      el('td', { class: 'num', title: `${count(e.num_mentions, 'mention')} in ${count(e.num_articles, 'article')} from ${count(e.num_sources, 'outlet')}`, text: '×' + e.num_mentions }),
      el('td', { class: 'sentence', dir: 'auto', text: e.sentence }),
      el('td', {}, open ? el('a', { href: open, class: 'open', text: 'open', onclick: (ev) => ev.stopPropagation() }) : ''),
    );
    if (open) row.addEventListener('click', () => { location.hash = open; });
    tbody.appendChild(row);
  }
  if (data.events.length > 0) {
    panel.appendChild(el('table', { class: 'events', id: 'events-table' },
      el('thead', {}, el('tr', {}, ['Date', 'Source', 'Code', 'Target', 'Goldstein', 'Reports', 'Sentence', ''].map((h) => el('th', { text: h })))),
      tbody));
  }
  const first = data.total === 0 ? 0 : data.offset + 1;
  const last = data.offset + data.events.length;
  const page = (o) => go('events', { ...params, offset: o > 0 ? o : '' });
  panel.appendChild(el('div', { class: 'pager' },
    el('button', { type: 'button', class: 'plain', id: 'prev', text: '← Previous', disabled: data.offset === 0, onclick: () => page(Math.max(0, data.offset - limit)) }),
    el('span', { id: 'range', text: `${fmtNumber(first)}–${fmtNumber(last)} of ${fmtNumber(data.total)} events` }),
    el('button', { type: 'button', class: 'plain', id: 'next', text: 'Next →', disabled: last >= data.total, onclick: () => page(data.offset + limit) }),
  ));
  return wrap;
}

// ---------------------------------------------------------------- timeline

const TIMELINE_FIELDS = [
  { name: 'actor', label: 'Actor (either side)', placeholder: 'IRQ', help: 'Code prefix' },
  { name: 'source', label: 'or dyad: source', placeholder: 'IRQ' },
  { name: 'target', label: 'target', placeholder: 'TUR' },
  { name: 'both', label: 'both directions', type: 'checkbox' },
  { name: 'bucket', label: 'Per', options: [['week', 'week'], ['day', 'day'], ['month', 'month']] },
  { name: 'from', label: 'From', placeholder: 'YYYY-MM-DD', class: 'date' },
  { name: 'to', label: 'To', placeholder: 'YYYY-MM-DD', class: 'date' },
];

/** Every period from the first to the last, so that quiet periods show as gaps. */
function periodsBetween(first, last, bucket) {
  const out = [];
  if (bucket === 'month') {
    let [y, m] = first.split('-').map(Number);
    const [ly, lm] = last.split('-').map(Number);
    while ((y < ly || (y === ly && m <= lm)) && out.length < 5000) {
      out.push(`${y}-${String(m).padStart(2, '0')}`);
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }
  const step = bucket === 'day' ? 1 : 7;
  let t = Date.parse(first + 'T00:00:00Z');
  const end = Date.parse(last + 'T00:00:00Z');
  while (t <= end && out.length < 5000) {
    out.push(new Date(t).toISOString().slice(0, 10));
    t += step * 86400000;
  }
  return out;
}

function periodEnd(period, bucket) {
  if (bucket === 'month') return period;
  if (bucket === 'day') return period;
  return new Date(Date.parse(period + 'T00:00:00Z') + 6 * 86400000).toISOString().slice(0, 10);
}

function niceMax(v) {
  if (v <= 5) return 5;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

async function viewTimeline(params) {
  const bucket = params.bucket || 'week';
  const wrap = el('section', { id: 'timeline-view' });
  wrap.appendChild(filterForm('timeline', TIMELINE_FIELDS, params));
  const who = params.actor ? params.actor
    : (params.source || params.target) ? `${params.source || 'any'} → ${params.target || 'any'}${params.both ? ' (both directions)' : ''}` : 'all actors';
  const data = await api('/api/timeline', { ...params, bucket });
  const panel = el('div', { class: 'panel', id: 'timeline-chart' });
  wrap.appendChild(panel);
  panel.appendChild(el('h2', { text: `Events per ${bucket} by quad class: ${who}` }));
  if (data.points.length === 0) {
    panel.appendChild(el('p', { class: 'empty', text: 'No dated events for this selection.' }));
    return wrap;
  }
  const byPeriod = new Map(data.points.map((p) => [p.period, p]));
  const periods = periodsBetween(data.points[0].period, data.points[data.points.length - 1].period, bucket);
  const W = 960, H = 380, L = 48, R = 48, T = 14, B = 46;
  const iw = W - L - R, ih = H - T - B;
  const maxN = niceMax(Math.max(...data.points.map((p) => p.events)));
  const slot = iw / periods.length;
  const bw = Math.max(1, Math.min(40, slot * 0.8));
  const y = (n) => T + ih - (n / maxN) * ih;
  const yg = (g) => T + ih / 2 - (g / 10) * (ih / 2);
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'timeline' });
  // grid and left axis (events)
  for (let i = 0; i <= 5; i++) {
    const v = (maxN / 5) * i;
    chart.appendChild(svg('line', { class: 'grid', x1: L, x2: W - R, y1: y(v), y2: y(v) }));
    chart.appendChild(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', text: fmtNumber(Math.round(v)) }));
  }
  // right axis (Goldstein)
  for (const g of [-10, -5, 0, 5, 10]) {
    chart.appendChild(svg('text', { x: W - R + 6, y: yg(g) + 4, text: (g > 0 ? '+' : '') + g }));
  }
  chart.appendChild(svg('line', { class: 'zero', x1: L, x2: W - R, y1: yg(0), y2: yg(0) }));
  chart.appendChild(svg('text', { x: 12, y: T + ih / 2, transform: `rotate(-90 12 ${T + ih / 2})`, 'text-anchor': 'middle', text: 'events' }));
  chart.appendChild(svg('text', { x: W - 8, y: T + ih / 2, transform: `rotate(90 ${W - 8} ${T + ih / 2})`, 'text-anchor': 'middle', text: 'mean Goldstein' }));
  // stacked bars
  const bars = svg('g', { class: 'bars' });
  const linePts = [];
  const labelEvery = Math.max(1, Math.ceil(periods.length / 10));
  periods.forEach((period, i) => {
    const x = L + i * slot + (slot - bw) / 2;
    const p = byPeriod.get(period);
    if (i % labelEvery === 0) {
      chart.appendChild(svg('text', { x: L + i * slot + slot / 2, y: H - B + 16, 'text-anchor': 'middle', text: period }));
    }
    if (!p) return;
    let acc = 0;
    p.quad.forEach((n, q) => {
      if (n === 0) return;
      const rect = svg('rect', {
        class: 'bar q' + (q + 1), x, width: bw, y: y(acc + n), height: Math.max(0.5, y(acc) - y(acc + n)), fill: QUAD_COLORS[q],
        'data-period': period, 'data-quad': q + 1,
      });
      rect.appendChild(svg('title', { text: `${period}: ${n} ${QUADS[q]} (${p.events} events, mean Goldstein ${fmtGoldstein(p.goldstein)})` }));
      rect.addEventListener('click', () => {
        const f = { from: period, to: periodEnd(period, bucket), quad: q + 1 };
        if (params.actor) f.actor = params.actor;
        if (params.source) f.source = params.source;
        if (params.target) f.target = params.target;
        go('events', f);
      });
      bars.appendChild(rect);
      acc += n;
    });
    linePts.push([L + i * slot + slot / 2, yg(p.goldstein), p]);
  });
  chart.appendChild(bars);
  // Goldstein line over the periods that have events
  if (linePts.length > 0) {
    const d = linePts.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
    chart.appendChild(svg('path', { class: 'goldstein-line', d }));
    if (linePts.length <= 400) {
      for (const [px, py, p] of linePts) {
        const dot = svg('circle', { class: 'goldstein-dot', cx: px, cy: py, r: 2.4 });
        dot.appendChild(svg('title', { text: `${p.period}: mean Goldstein ${fmtGoldstein(p.goldstein)}` }));
        chart.appendChild(dot);
      }
    }
  }
  chart.appendChild(svg('line', { class: 'axis', x1: L, x2: W - R, y1: T + ih, y2: T + ih, stroke: '#9aa3b2' }));
  panel.appendChild(chart);
  panel.appendChild(el('div', { class: 'legend' },
    QUADS.map((q, i) => el('span', {}, el('span', { class: 'sw q' + (i + 1) }), q)),
    el('span', {}, el('span', { class: 'line' }), 'mean Goldstein (right axis)')));
  panel.appendChild(el('p', { class: 'empty', id: 'timeline-summary', text: `${fmtNumber(data.events)} dated events in ${data.points.length} of ${periods.length} ${bucket}s. Click a bar to list its events.` }));
  return wrap;
}

// ---------------------------------------------------------------- network

const NETWORK_FIELDS = [
  { name: 'from', label: 'From', placeholder: 'YYYY-MM-DD', class: 'date' },
  { name: 'to', label: 'To', placeholder: 'YYYY-MM-DD', class: 'date' },
  { name: 'actor', label: 'Around actor', placeholder: 'IRQ' },
  { name: 'quad', label: 'Quad class', options: [['', 'any'], ['1', '1 verbal coop.'], ['2', '2 material coop.'], ['3', '3 verbal conflict'], ['4', '4 material conflict']] },
  { name: 'level', label: 'Nodes', options: [['country', 'countries'], ['actor', 'actors']] },
  { name: 'min_events', label: 'Min. events', class: 'num', placeholder: '1' },
  { name: 'limit', label: 'Edges', class: 'num', placeholder: '60' },
];

/** Fruchterman–Reingold with a little gravity, for one connected group; deterministic. */
function forceLayout(ids, edges) {
  const n = ids.length;
  const idx = new Map(ids.map((id, i) => [id, i]));
  const pos = ids.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n) + 0.3;
    const r = 40 * Math.sqrt(n) * (i % 2 ? 0.7 : 1);
    return [r * Math.cos(a), r * Math.sin(a)];
  });
  if (n === 1) return [[0, 0]];
  const k = 110;
  const maxW = Math.max(1, ...edges.map((e) => e.events));
  let temp = 10 * Math.sqrt(n) + 20;
  for (let it = 0; it < 400; it++) {
    const disp = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
        const f = (k * k) / d;
        disp[i][0] += (dx / d) * f; disp[i][1] += (dy / d) * f;
        disp[j][0] -= (dx / d) * f; disp[j][1] -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const i = idx.get(e.source), j = idx.get(e.target);
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (0.5 + 0.5 * Math.sqrt(e.events / maxW));
      disp[i][0] -= (dx / d) * f; disp[i][1] -= (dy / d) * f;
      disp[j][0] += (dx / d) * f; disp[j][1] += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i][0] -= pos[i][0] * 0.03;
      disp[i][1] -= pos[i][1] * 0.03;
      const d = Math.max(0.01, Math.hypot(disp[i][0], disp[i][1]));
      pos[i][0] += (disp[i][0] / d) * Math.min(d, temp);
      pos[i][1] += (disp[i][1] / d) * Math.min(d, temp);
    }
    temp = Math.max(0.5, temp * 0.985);
  }
  // Nodes that still overlap are pushed apart.
  for (let it = 0; it < 50; it++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        const d = Math.max(0.01, Math.hypot(dx, dy));
        if (d < 70) {
          const push = (70 - d) / 2;
          pos[i][0] += (dx / d) * push; pos[i][1] += (dy / d) * push;
          pos[j][0] -= (dx / d) * push; pos[j][1] -= (dy / d) * push;
        }
      }
    }
  }
  return pos;
}

/**
 * Positions for the nodes in a W×H box: each connected group laid out on its own, the groups
 * packed in rows (largest first), the whole scaled to fit.
 */
function layout(nodes, edges, W, H) {
  const parent = new Map(nodes.map((d) => [d.id, d.id]));
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  for (const e of edges) parent.set(find(e.source), find(e.target));
  const groups = new Map();
  for (const d of nodes) {
    const r = find(d.id);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(d.id);
  }
  const laid = [...groups.values()].sort((a, b) => b.length - a.length).map((ids) => {
    const set = new Set(ids);
    const pos = forceLayout(ids, edges.filter((e) => set.has(e.source)));
    const xs = pos.map((p) => p[0]), ys = pos.map((p) => p[1]);
    const x0 = Math.min(...xs) - 50, y0 = Math.min(...ys) - 40;
    return { ids, pos, x0, y0, w: Math.max(...xs) + 50 - x0, h: Math.max(...ys) + 40 - y0 };
  });
  // Shelf packing: rows as wide as the widest group, or wider when the groups are many.
  const area = laid.reduce((s, g) => s + g.w * g.h, 0);
  const rowWidth = Math.max(laid[0].w, Math.sqrt(area * (W / H)));
  let x = 0, y = 0, rowH = 0, width = 0;
  for (const g of laid) {
    if (x > 0 && x + g.w > rowWidth) { y += rowH; x = 0; rowH = 0; }
    g.ox = x - g.x0; g.oy = y - g.y0;
    x += g.w; rowH = Math.max(rowH, g.h); width = Math.max(width, x);
  }
  const height = y + rowH;
  const scale = Math.min(W / width, H / height, 2.5);
  const ox = (W - width * scale) / 2, oy = (H - height * scale) / 2;
  const at = new Map();
  for (const g of laid) g.ids.forEach((id, i) => at.set(id, [ox + (g.pos[i][0] + g.ox) * scale, oy + (g.pos[i][1] + g.oy) * scale]));
  return nodes.map((d) => at.get(d.id));
}

async function viewNetwork(params) {
  const data = await api('/api/network', params);
  const wrap = el('section', { id: 'network-view' });
  wrap.appendChild(filterForm('network', NETWORK_FIELDS, params));
  const panel = el('div', { class: 'panel', id: 'network' });
  wrap.appendChild(panel);
  const period = (params.from || params.to) ? `${params.from || '…'} to ${params.to || '…'}` : 'all dates';
  panel.appendChild(el('h2', { text: `Who acts on whom: ${period}` }));
  if (data.edges.length === 0) {
    panel.appendChild(el('p', { class: 'empty', text: 'No events between two actors for this selection.' }));
    return wrap;
  }
  const W = 960, H = 620;
  const pos = layout(data.nodes, data.edges, W, H);
  const at = new Map(data.nodes.map((d, i) => [d.id, pos[i]]));
  const maxE = Math.max(...data.edges.map((e) => e.events));
  const maxN = Math.max(...data.nodes.map((d) => d.events));
  const radius = (d) => 6 + 16 * Math.sqrt(d.events / maxN);
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'actor network' });
  const defs = svg('defs');
  for (const [name, color] of [['coop', goldsteinColor(7)], ['neutral', goldsteinColor(0)], ['conflict', goldsteinColor(-7)]]) {
    defs.appendChild(svg('marker', { id: 'arrow-' + name, viewBox: '0 0 10 10', refX: 9, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 11, markerHeight: 11, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: color })));
  }
  chart.appendChild(defs);
  const nodeRadius = new Map(data.nodes.map((d) => [d.id, radius(d)]));
  for (const e of data.edges) {
    const [x1, y1] = at.get(e.source), [x2, y2] = at.get(e.target);
    const dx = x2 - x1, dy = y2 - y1, d = Math.max(1, Math.hypot(dx, dy));
    // A gentle curve, so that A→B and B→A do not overlap; ends stop at the circles.
    const mx = (x1 + x2) / 2 - (dy / d) * d * 0.12, my = (y1 + y2) / 2 + (dx / d) * d * 0.12;
    const r1 = nodeRadius.get(e.source), r2 = nodeRadius.get(e.target) + 3;
    const u1 = [mx - x1, my - y1], u2 = [mx - x2, my - y2];
    const n1 = Math.max(1, Math.hypot(...u1)), n2 = Math.max(1, Math.hypot(...u2));
    const sx = x1 + (u1[0] / n1) * r1, sy = y1 + (u1[1] / n1) * r1;
    const ex = x2 + (u2[0] / n2) * r2, ey = y2 + (u2[1] / n2) * r2;
    const kind = e.goldstein > 1 ? 'coop' : e.goldstein < -1 ? 'conflict' : 'neutral';
    const path = svg('path', {
      class: 'edge ' + kind, d: `M${sx.toFixed(1)},${sy.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: goldsteinColor(e.goldstein), 'stroke-width': (1 + 7 * Math.sqrt(e.events / maxE)).toFixed(2), opacity: 0.75,
      'marker-end': `url(#arrow-${kind})`, 'data-source': e.source, 'data-target': e.target,
    });
    path.appendChild(svg('title', { text: `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict), mean Goldstein ${fmtGoldstein(e.goldstein)}` }));
    path.addEventListener('click', () => go('events', { source: e.source, target: e.target, from: params.from, to: params.to, quad: params.quad }));
    chart.appendChild(path);
  }
  for (const d of data.nodes) {
    const [x, y] = at.get(d.id);
    const g = svg('g', { class: 'node-group' });
    const c = svg('circle', { class: 'node', cx: x.toFixed(1), cy: y.toFixed(1), r: radius(d).toFixed(1), fill: goldsteinColor(d.goldstein), 'data-id': d.id });
    c.appendChild(svg('title', { text: `${d.id}: ${d.events} events on the edges shown, mean Goldstein ${fmtGoldstein(d.goldstein)}` }));
    c.addEventListener('click', () => go('events', { actor: d.id, from: params.from, to: params.to, quad: params.quad }));
    g.appendChild(c);
    g.appendChild(svg('text', { class: 'node-label', x: (x + radius(d) + 3).toFixed(1), y: (y + 4).toFixed(1), text: d.id }));
    chart.appendChild(g);
  }
  panel.appendChild(chart);
  panel.appendChild(el('div', { class: 'legend' },
    el('span', {}, el('span', { class: 'sw', 'data-c': 'coop' }), 'cooperation (mean Goldstein > +1)'),
    el('span', {}, el('span', { class: 'sw', 'data-c': 'neutral' }), 'mixed'),
    el('span', {}, el('span', { class: 'sw', 'data-c': 'conflict' }), 'conflict (< −1)'),
    el('span', { text: 'Edge width: events. Node size: events on the edges shown. Click a node or an edge for its events.' })));
  for (const sw of panel.querySelectorAll('.legend .sw')) {
    sw.style.background = goldsteinColor({ coop: 7, neutral: 0, conflict: -7 }[sw.dataset.c]);
  }
  panel.appendChild(el('p', { class: 'empty', id: 'network-summary', text: `${data.nodes.length} ${data.level === 'actor' ? 'actors' : 'countries'}, ${data.edges.length} edges (the heaviest first).` }));
  return wrap;
}

// ---------------------------------------------------------------- article view

/** An event from a stored mention (columns for spans, the record for the evidence). */
function fromMention(m) {
  const r = m.record || {};
  const rs = r.source || {}, rt = r.target || {}, tr = r.trigger || {};
  return {
    key: 'm' + m.id, event_id: m.event_id, code: m.code, root: m.root, quad: m.quad_class, goldstein: m.goldstein,
    plover: r.plover, date: m.date, date_basis: m.date_basis, sentence_index: m.sentence_index, sentence_span: m.sentence_span,
    source: { code: m.source, text: m.source_text, span: m.source_span, how: rs.how, entries: rs.entries || [] },
    target: m.target ? { code: m.target, text: m.target_text || '', span: m.target_span, how: rt.how, entries: rt.entries || [] } : null,
    trigger: { text: tr.text, span: m.trigger_span, pattern: tr.pattern, lemma: tr.lemma },
    notes: r.notes || [], modality: r.modality, negated: r.negated, num_mentions: m.num_mentions, num_articles: m.num_articles,
  };
}

/** An event from a `code --format jsonl` record. */
function fromRecord(r, i) {
  const t = r.target;
  return {
    key: 'r' + i, event_id: null, code: r.code, root: r.root, quad: r.quad_class, goldstein: r.goldstein, plover: r.plover,
    date: r.date || '', date_basis: r.date_basis, sentence_index: r.sentence_index, sentence_span: r.span,
    source: { code: r.source.code, text: r.source.text, span: r.source.span, how: r.source.how, entries: r.source.entries || [] },
    target: t ? { code: t.code, text: t.text, span: t.span, how: t.how, entries: t.entries || [] } : null,
    trigger: { text: r.trigger.text, span: r.trigger.span, pattern: r.trigger.pattern, lemma: r.trigger.lemma },
    notes: r.notes || [], modality: r.modality, negated: r.negated,
  };
}

/**
 * The text with the spans of every event marked. Offsets are in Unicode code points (as the
 * server counts characters), so the text is split with Array.from, never indexed by UTF-16
 * units. Marks of the selected event are filled, the others underlined.
 */
function markedText(text, events, selected, dir, onPick) {
  const chars = Array.from(text);
  const n = chars.length;
  const clamp = (v) => Math.max(0, Math.min(n, Number(v) || 0));
  const spans = [];
  events.forEach((e, i) => {
    const add = (span, role) => { if (span && clamp(span[1]) > clamp(span[0])) spans.push({ a: clamp(span[0]), b: clamp(span[1]), role, i }); };
    add(e.sentence_span, 'sentence');
    add(e.source && e.source.span, 'source');
    add(e.trigger && e.trigger.span, 'trigger');
    add(e.target && e.target.span, 'target');
  });
  const cuts = new Set([0, n]);
  for (const s of spans) { cuts.add(s.a); cuts.add(s.b); }
  const points = [...cuts].sort((x, y) => x - y);
  const box = el('div', { class: 'doc-text', id: 'doc-text', dir, lang: dir === 'rtl' ? 'ar' : null });
  const rank = { trigger: 3, source: 2, target: 1 };
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = chars.slice(a, b).join('');
    const over = spans.filter((s) => s.a <= a && s.b >= b);
    const inSel = over.filter((s) => s.i === selected);
    const inSentence = inSel.some((s) => s.role === 'sentence');
    const roles = over.filter((s) => s.role !== 'sentence');
    let node;
    if (roles.length === 0) {
      node = document.createTextNode(piece);
    } else {
      const selRoles = roles.filter((s) => s.i === selected);
      const pick = (list) => list.reduce((best, s) => (!best || rank[s.role] > rank[best.role] ? s : best), null);
      const top = pick(selRoles) || pick(roles);
      node = el('mark', {
        class: `hl-${top.role}${top.i === selected ? ' sel' : ''}`, 'data-role': top.role, 'data-event': top.i,
        title: `${top.role === 'trigger' ? 'verb' : top.role} of ${events[top.i].code} (${events[top.i].source.code} → ${events[top.i].target ? events[top.i].target.code : '–'})`,
        text: piece,
      });
      node.addEventListener('click', () => onPick(top.i));
    }
    box.appendChild(inSentence ? el('span', { class: 'in-sentence' }, node) : node);
  }
  return box;
}

function actorRows(role, label, a) {
  if (!a) return [el('dt', { text: label }), el('dd', { text: '–' })];
  return [
    el('dt', {}, el('span', { class: 'role hl-' + role, text: label })),
    el('dd', {},
      el('strong', { text: a.code }), ' ', el('span', { class: 'ar', dir: 'auto', text: a.text || '' }),
      a.how ? el('div', { class: 'how', text: 'found by: ' + a.how }) : null,
      a.entries && a.entries.length ? el('ul', { class: 'entries' }, a.entries.map((x) => el('li', {}, el('code', { dir: 'auto', text: x })))) : null),
  ];
}

function whyPanel(e, codes) {
  const box = el('div', { class: 'panel', id: 'why' });
  if (!e) { box.appendChild(el('p', { class: 'empty', text: 'No events in this text.' })); return box; }
  const desc = codes[e.code];
  box.appendChild(el('h3', { text: 'Why this event' }));
  box.appendChild(el('dl', {},
    el('dt', { text: 'Event' }), el('dd', {}, quadBadge(e.quad), el('strong', { text: e.code }), desc ? ' ' + desc : '',
      el('div', { text: `${QUADS[e.quad - 1] || ''}; Goldstein ${fmtGoldstein(e.goldstein)}${e.plover ? '; PLOVER ' + e.plover : ''}` })),
    actorRows('source', 'Source', e.source),
    el('dt', {}, el('span', { class: 'role hl-trigger', text: 'Verb' })),
    el('dd', {}, el('span', { class: 'ar', dir: 'auto', text: e.trigger.text || '' }),
      e.trigger.lemma ? el('div', {}, 'lemma ', el('span', { class: 'ar', dir: 'auto', text: e.trigger.lemma })) : null,
      e.trigger.pattern ? el('div', { class: 'entries' }, 'pattern ', el('code', { class: 'pattern', text: e.trigger.pattern })) : null),
    actorRows('target', 'Target', e.target),
    el('dt', { text: 'Date' }), el('dd', { id: 'date-basis' }, el('strong', { text: e.date || 'none' }), ' ',
      el('div', { text: `basis: ${e.date_basis || '?'}${DATE_BASIS[e.date_basis] ? ' (' + DATE_BASIS[e.date_basis] + ')' : ''}` })),
    e.modality && e.modality !== 'asserted' ? [el('dt', { text: 'Modality' }), el('dd', { text: e.modality + (e.negated ? ' (negated)' : '') })] : null,
    e.notes.length ? [el('dt', { text: 'Rules' }), el('dd', {}, el('ul', {}, e.notes.map((x) => el('li', { text: x }))))] : null,
    e.event_id ? [el('dt', { text: 'Reports' }), el('dd', {},
      `${count(e.num_mentions, 'mention')} in ${count(e.num_articles, 'article')} · `,
      el('a', { href: `#/events?source=${encodeURIComponent(e.source.code)}&target=${encodeURIComponent(e.target ? e.target.code : '')}`, text: 'this dyad\'s events' }))] : null,
  ));
  return box;
}

/** The article layout: text with marks, the event list, the "why" panel. */
function articleView(text, dir, events, codes, selectedKey, onSelect) {
  let selected = Math.max(0, events.findIndex((e) => e.key === selectedKey));
  const grid = el('div', { class: 'article' });
  const textCol = el('div', { class: 'text-col' });
  const side = el('div', { class: 'side' });
  grid.append(textCol, side);
  const list = el('ol', { class: 'event-list', id: 'event-list' });
  const draw = () => {
    textCol.replaceChildren(markedText(text, events, events.length ? selected : -1, dir, pick));
    for (const li of list.children) li.classList.toggle('sel', Number(li.dataset.i) === selected);
    side.replaceChildren(el('div', { class: 'panel' }, el('h3', { text: count(events.length, 'event') }), list), whyPanel(events[selected], codes),
      el('div', { class: 'legend' },
        el('span', {}, el('span', { class: 'sw', 'data-role': 'source' }), 'source'),
        el('span', {}, el('span', { class: 'sw', 'data-role': 'trigger' }), 'verb (trigger)'),
        el('span', {}, el('span', { class: 'sw', 'data-role': 'target' }), 'target')));
    for (const sw of side.querySelectorAll('.legend .sw')) {
      sw.style.background = { source: '#cfe2ff', trigger: '#ffe08a', target: '#f3d1f4' }[sw.dataset.role];
    }
    const mark = textCol.querySelector('mark.sel');
    if (mark && mark.scrollIntoView && events.length > 1) mark.scrollIntoView({ block: 'nearest' });
  };
  function pick(i) { selected = i; if (onSelect) onSelect(events[i]); draw(); }
  events.forEach((e, i) => {
    list.appendChild(el('li', { 'data-i': i, onclick: () => pick(i) },
      quadBadge(e.quad), el('strong', { text: e.code }), ' ',
      el('span', { class: 'actors', text: `${e.source.code} → ${e.target ? e.target.code : '–'}` }), ' ',
      el('span', { class: 'ar', dir: 'auto', text: e.trigger.text || '' }), ' ',
      el('span', { class: 'meta-date', text: e.date || '' })));
  });
  draw();
  return grid;
}

async function viewDocument(params, id) {
  const doc = await api('/api/documents/' + encodeURIComponent(id || ''));
  const events = doc.mentions.map(fromMention);
  const wanted = params.event ? events.find((e) => String(e.event_id) === params.event) : null;
  const wrap = el('section', { id: 'document-view', 'data-document': doc.id });
  wrap.appendChild(el('h2', { dir: 'auto', id: 'doc-title', text: doc.title || doc.key }));
  wrap.appendChild(el('p', { class: 'meta' },
    doc.source ? el('span', { text: doc.source }) : null,
    doc.date ? el('span', { text: 'published ' + doc.date }) : null,
    doc.lang ? el('span', { text: 'language ' + doc.lang }) : null,
    el('span', { text: 'id ' + doc.key }),
    doc.url ? el('span', {}, outsideLink(doc.url)) : null));
  wrap.appendChild(articleView(doc.text, doc.dir, events, doc.codes || {}, wanted ? wanted.key : null, (e) => {
    // Keep the address in step with the selection (without reloading the view).
    history.replaceState(null, '', `#/doc/${doc.id}?event=${e.event_id}`);
  }));
  return wrap;
}

// ---------------------------------------------------------------- code this text

let lastCode = { text: '', date: '' };

async function viewCode() {
  const wrap = el('section', { id: 'code-view' });
  const text = el('textarea', { id: 'code-text', dir: 'auto', placeholder: 'Paste Arabic or English news text here. It is coded, not stored.' });
  text.value = lastCode.text;
  const date = el('input', { type: 'text', id: 'code-date', class: 'date', placeholder: 'YYYY-MM-DD', value: lastCode.date });
  const out = el('div', { id: 'code-result' });
  const button = el('button', { type: 'submit', id: 'code-run', text: 'Code it' });
  const form = el('form', { class: 'code-form', id: 'code-form' },
    el('h2', { text: 'Code this text' }), text,
    el('div', { class: 'row' }, el('label', {}, 'Publication date (resolves "yesterday") ', date), button,
      el('span', { class: 'diagnostics', text: 'Nothing is stored; the limit is 1 MiB.' })));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    lastCode = { text: text.value, date: date.value.trim() };
    button.disabled = true;
    status('coding…');
    try {
      const body = { text: text.value };
      if (lastCode.date) body.date = lastCode.date;
      const r = await api('/api/code', null, body);
      const events = r.events.map(fromRecord);
      out.replaceChildren(
        el('p', { class: 'diagnostics', id: 'code-summary', text: `${count(events.length, 'event')} in ${count(r.sentences, 'sentence')}; language ${r.lang || 'unknown'}.` }),
        r.diagnostics.length ? el('ul', { class: 'diagnostics' }, r.diagnostics.map((d) => el('li', { text: d }))) : '',
        articleView(text.value, r.dir, events, r.codes || {}, null, null));
      status('');
    } catch (e) {
      status(e.message, true);
      out.replaceChildren(el('p', { class: 'empty error', text: e.message }));
    } finally {
      button.disabled = false;
    }
  });
  wrap.append(form, out);
  return wrap;
}
