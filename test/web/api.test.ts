// The workspace API without a browser: answers, paging, filters, errors, the token rule, size limits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, getJson, type TestServer } from './helpers.js';
import { startWorkspace } from '../../src/server/start.js';

let srv: TestServer;
before(async () => {
  srv = await fixtureServer();
});
after(async () => {
  await srv?.stop();
});

test('GET /api/events lists the stored events, newest first, with a total', async () => {
  const { status, body } = await getJson(srv.url, '/api/events');
  assert.equal(status, 200);
  assert.equal(body.total, 6);
  assert.equal(body.events.length, 6);
  assert.equal(body.events[0].location, 'Khartoum');
  const dates = body.events.map((e: { event_date: string }) => e.event_date);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('paging returns the asked slice and keeps the total', async () => {
  const all = (await getJson(srv.url, '/api/events?sort=date-asc')).body.events.map((e: { id: string }) => e.id);
  const page = await getJson(srv.url, '/api/events?sort=date-asc&limit=2&offset=2');
  assert.equal(page.body.total, 6);
  assert.deepEqual(
    page.body.events.map((e: { id: string }) => e.id),
    all.slice(2, 4),
  );
  const beyond = await getJson(srv.url, '/api/events?offset=100');
  assert.equal(beyond.body.total, 6);
  assert.equal(beyond.body.events.length, 0);
});

test('filters narrow the list: type, place, actor, dates, free text', async () => {
  assert.equal((await getJson(srv.url, '/api/events?type=Battles')).body.total, 3);
  assert.equal((await getJson(srv.url, '/api/events?place=Palmyra')).body.total, 2);
  assert.equal((await getJson(srv.url, '/api/events?actor=Sudan')).body.total, 1);
  assert.equal((await getJson(srv.url, '/api/events?from=2015-01-01&to=2016-12-31')).body.total, 3);
  const text = await getJson(srv.url, '/api/events?q=breathing');
  assert.equal(text.body.total, 1);
  assert.equal(text.body.events[0].location, 'Khan Shaykhun');
});

test('bad parameters are 400 with a JSON error naming the parameter', async () => {
  for (const [path, param] of [
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=5000', 'limit'],
    ['/api/events?type=Skirmish', 'type'],
    ['/api/events?from=2015-13-01', 'from'],
    ['/api/events?bbox=1,2,3', 'bbox'],
    ['/api/events?sort=random', 'sort'],
    ['/api/control', 'place'],
  ] as const) {
    const { status, body, headers } = await getJson(srv.url, path);
    assert.equal(status, 400, path);
    assert.match(headers.get('content-type') ?? '', /application\/json/);
    assert.match(body.error.message, new RegExp(param), path);
    assert.ok(body.error.code, path);
    assert.ok(!JSON.stringify(body).includes('    at '), 'no stack trace');
  }
  const reversed = await getJson(srv.url, '/api/events?from=2016-01-01&to=2015-01-01');
  assert.equal(reversed.status, 400);
  assert.match(reversed.body.error.message, /from is after to/);
});

test('one event comes with its reports, evidence in context, and history', async () => {
  const list = await getJson(srv.url, '/api/events?place=Palmyra&sort=date-asc');
  const fall = list.body.events[0];
  assert.equal(fall.event_date, '2015-05-20');
  const { status, body } = await getJson(srv.url, `/api/events/${encodeURIComponent(fall.id)}`);
  assert.equal(status, 200);
  assert.equal(body.mentions.length, 2, 'the monitor and state media both tell of the fall of Palmyra');
  for (const m of body.mentions) {
    assert.equal(m.context.text.slice(m.context.start, m.context.end), m.evidence.text);
  }
  const outlets = body.mentions.map((m: { report: { outlet: string } }) => m.report.outlet).sort();
  assert.deepEqual(outlets, ['SANA', 'Syrian Observatory for Human Rights']);
  assert.ok(body.history.length >= 1);
});

test('an unknown event, route or method is a JSON 404/405', async () => {
  const missing = await getJson(srv.url, '/api/events/SR-nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'not-found');
  assert.equal((await getJson(srv.url, '/api/nothing')).status, 404);
  const del = await fetch(`${srv.url}/api/events`, { method: 'DELETE' });
  assert.equal(del.status, 405);
  assert.equal(((await del.json()) as { error: { code: string } }).error.code, 'method-not-allowed');
});

test('the map groups events by place and type; a province-level event keeps its province', async () => {
  const { body } = await getJson(srv.url, '/api/map');
  assert.equal(body.mode, 'place');
  assert.equal(body.total, 6);
  const palmyra = body.features.find((f: { name: string }) => f.name === 'Palmyra');
  assert.equal(palmyra.events, 2);
  assert.equal(palmyra.event_type, 'Battles');
  const aleppo = body.features.find((f: { geo_precision: number }) => f.geo_precision === 3);
  assert.equal(aleppo.name, 'Aleppo');
  assert.equal(aleppo.event_type, 'Explosions/Remote violence');
  const narrowed = await getJson(srv.url, '/api/map?type=Protests');
  assert.deepEqual(
    narrowed.body.features.map((f: { name: string }) => f.name),
    ['Khartoum'],
  );
});

test('the timeline counts events per bucket and by type', async () => {
  const { body } = await getJson(srv.url, '/api/timeline?bucket=month');
  assert.equal(body.bucket, 'month');
  const total = body.buckets.reduce((n: number, b: { events: number }) => n + b.events, 0);
  assert.equal(total, 6);
  const may2015 = body.buckets.find((b: { date: string }) => b.date === '2015-05');
  assert.deepEqual(may2015.by_type, { Battles: 1 });
  const auto = await getJson(srv.url, '/api/timeline?from=2015-05-01&to=2015-05-31');
  assert.equal(auto.body.bucket, 'day', 'a month-long range is shown by day');
});

test('control of a place on a date follows the recorded changes', async () => {
  const held = await getJson(srv.url, '/api/control?place=Palmyra&on=2015-12-01');
  assert.equal(held.status, 200);
  assert.equal(held.body.holder, 'Islamic State (Syria)');
  const retaken = await getJson(srv.url, '/api/control?place=Palmyra&on=2016-06-01');
  assert.equal(retaken.body.holder, 'Military Forces of Syria (2000-)');
  const nowhere = await getJson(srv.url, '/api/control?place=Atlantis');
  assert.equal(nowhere.body.place, null, 'an unknown place is unresolved, not guessed');
});

test('places and stats answer; stats carry a version', async () => {
  const places = await getJson(srv.url, '/api/places?q=pal');
  assert.deepEqual(
    places.body.places.map((p: { name: string }) => p.name),
    ['Palmyra'],
  );
  const stats = await getJson(srv.url, '/api/stats');
  assert.equal(stats.body.events, 6);
  assert.equal(typeof stats.body.version, 'string');
});

test('static files: the page, the map library, the outlines; nothing outside them', async () => {
  const page = await fetch(`${srv.url}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<div id="map"/);
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.equal((await fetch(`${srv.url}/vendor/leaflet/leaflet.js`)).status, 200);
  assert.equal((await fetch(`${srv.url}/outlines/admin1/syr.topo.json`)).status, 200);
  for (const bad of ['/vendor/leaflet/../../package.json', '/%2e%2e/package.json', '/outlines/admin1/../index.json', '/vendor/leaflet/leaflet-src.js.map']) {
    const res = await fetch(srv.url + bad);
    assert.equal(res.status, 404, bad);
  }
});

test('ingest on a loopback server without a token stores the reports and bumps the version', async () => {
  const v0 = (await getJson(srv.url, '/api/stats')).body;
  const res = await fetch(`${srv.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      reports: [
        { id: 'api/one', text: 'Clashes broke out in Deir ez-Zor on Monday between Islamic State fighters and government forces, a monitor said.', date: '2016-01-18', source: 'Test Wire' },
        { id: 'api/one-again', text: 'Clashes broke out in Deir ez-Zor on Monday between Islamic State fighters and government forces, a monitor said.' },
      ],
    }),
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { received: number; stored: number; duplicates: number; failed: unknown[] };
  assert.equal(body.received, 2);
  assert.equal(body.stored, 1);
  assert.equal(body.duplicates, 1, 'the same text twice is stored once');
  assert.deepEqual(body.failed, []);
  const v1 = (await getJson(srv.url, '/api/stats')).body;
  assert.equal(v1.reports, v0.reports + 1);
  assert.notEqual(v1.version, v0.version);
});

test('ingest reads HTML through the page reader, like a JSONL line with "html"', async () => {
  const html =
    '<html><head><title>Strike on Maarat al-Numan</title></head><body><nav>Home | World</nav><article><h1>Strike on Maarat al-Numan</h1>' +
    '<p>Air strikes hit a market in Maarat al-Numan in Idlib province on Monday, killing at least 15 civilians, a monitor said.</p></article></body></html>';
  const res = await fetch(`${srv.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reports: [{ id: 'api/html', html, date: '2019-07-22', source: 'Test Wire' }, { id: 'api/blank', html: '<p>   </p>' }] }),
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { stored: number; failed: { id: string; code: string }[] };
  assert.equal(body.stored, 1);
  assert.deepEqual(body.failed.map((f) => [f.id, f.code]), [['api/blank', 'ingest/empty']]);
});

test('ingest rejects bad bodies with clear JSON errors', async () => {
  const post = (body: string, type = 'application/json') => fetch(`${srv.url}/api/ingest`, { method: 'POST', headers: { 'content-type': type }, body });
  const notJson = await post('{"reports": [', 'application/json');
  assert.equal(notJson.status, 400);
  assert.equal(((await notJson.json()) as { error: { code: string } }).error.code, 'invalid-json');
  assert.equal((await post('x', 'text/plain')).status, 415);
  const noText = await post(JSON.stringify({ reports: [{ id: 'a' }] }));
  assert.equal(noText.status, 400);
  assert.match(((await noText.json()) as { error: { message: string } }).error.message, /text or html/);
  const empty = await post(JSON.stringify({ reports: [] }));
  assert.equal(empty.status, 400);
});

test('a body over the limit is refused with 413', async () => {
  const small = await fixtureServer({ bodyLimit: 2000 });
  try {
    const res = await fetch(`${small.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reports: [{ id: 'big', text: 'x'.repeat(5000) }] }),
    });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'body-too-large');
  } finally {
    await small.stop();
  }
});

test('with a token, ingest needs it: none 401, wrong 403, right 200; reading stays open', async () => {
  const guarded = await fixtureServer({ token: 's3cret-token' });
  try {
    const body = JSON.stringify({ reports: [{ id: 't', text: 'Protesters gathered in Suwayda on Friday to demand services, a local outlet said.' }] });
    const post = (auth?: string) =>
      fetch(`${guarded.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body });
    const none = await post();
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal((await post('Bearer wrong')).status, 403);
    assert.equal((await post('Bearer s3cret-token')).status, 200);
    assert.equal((await fetch(`${guarded.url}/api/events`)).status, 200);
  } finally {
    await guarded.stop();
  }
});

test('the server refuses to listen beyond localhost without a token', async () => {
  await assert.rejects(startWorkspace({ db: ':memory:', host: '0.0.0.0', port: 0 }), /without a token/);
});
