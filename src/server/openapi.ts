// The API's OpenAPI 3 description, written by hand beside the routes (api.ts) and the parameter
// schemas (schemas.ts). Saved to docs/openapi.json; a test keeps the two in step.
import { CLAIM_STATUSES, EVENT_TYPES, SUB_EVENT_TYPE_LIST } from '../core/taxonomy.js';
import { EVENT_STATUSES } from './schemas.js';
import { VERSION } from '../core/version.js';

const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const nint = { type: ['integer', 'null'] };
const nnum = { type: ['number', 'null'] };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: 'object', properties, required });

const filterParamDefs = [
  { name: 'type', in: 'query', description: 'ACLED event type.', schema: { type: 'string', enum: EVENT_TYPES } },
  { name: 'sub', in: 'query', description: 'ACLED sub-event type.', schema: { type: 'string', enum: SUB_EVENT_TYPE_LIST } },
  { name: 'status', in: 'query', description: 'Event status, from how its reports agree.', schema: { type: 'string', enum: EVENT_STATUSES } },
  { name: 'actor', in: 'query', description: 'Text in actor1, actor2 or an associated actor (case-insensitive).', schema: str },
  { name: 'place', in: 'query', description: 'A place (any transliteration of the Arabic article), a province or a country.', schema: str },
  { name: 'admin1', in: 'query', description: 'Province (first-level division) name.', schema: str },
  { name: 'country', in: 'query', description: 'Country name or ISO code.', schema: str },
  { name: 'source', in: 'query', description: 'An outlet that reported it (exact, case-insensitive).', schema: str },
  { name: 'q', in: 'query', description: 'Free text: words that must all occur in the evidence of a mention.', schema: str },
  { name: 'from', in: 'query', description: 'First event date, YYYY-MM-DD.', schema: { type: 'string', format: 'date' } },
  { name: 'to', in: 'query', description: 'Last event date, YYYY-MM-DD (inclusive).', schema: { type: 'string', format: 'date' } },
  { name: 'bbox', in: 'query', description: 'west,south,east,north in degrees.', schema: str },
];
const pagingParamDefs = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
  { name: 'sort', in: 'query', schema: { type: 'string', enum: ['date-desc', 'date-asc', 'fatalities-desc', 'sources-desc'], default: 'date-desc' } },
];

/** Parameters are defined once under components.parameters and referenced by each path. */
const paramRef = (p: { name: string }) => ({ $ref: `#/components/parameters/${p.name}` });
const filterParams = filterParamDefs.map(paramRef);
const pagingParams = pagingParamDefs.map(paramRef);

const errors = {
  '400': { description: 'Invalid parameter or body', content: { 'application/json': { schema: ref('Error') } } },
};
const json = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });


export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep workspace API',
      version: VERSION,
      description:
        'Read the events sitrep has extracted and resolved, with the evidence behind them, and ingest new reports. ' +
        'Reading is open. Writing (POST /api/ingest) needs `Authorization: Bearer <token>` whenever the server listens beyond ' +
        'localhost or was started with a token. Errors are JSON: {"error":{"code","message"}}. Request bodies are limited (5 MB by default).',
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/events': {
        get: { summary: 'Events matching the filters, one page at a time', parameters: [...filterParams, ...pagingParams], responses: { '200': json(ref('EventPage')), ...errors } },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event with every report that mentions it, the evidence, contradictions and history',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
          responses: { '200': json(ref('EventDetail')), '404': json(ref('Error'), 'No such event') },
        },
      },
      '/api/timeline': {
        get: {
          summary: 'Event counts and fatalities per day, week or month',
          parameters: [...filterParams, { name: 'bucket', in: 'query', schema: { type: 'string', enum: ['auto', 'day', 'week', 'month'], default: 'auto' } }],
          responses: { '200': json(ref('Timeline')), ...errors },
        },
      },
      '/api/map': {
        get: {
          summary: 'Map features per place and event type; grid cells when more than 5,000 events match below zoom 7. Province-level groups (geo_precision 3) are drawn as their province.',
          parameters: [...filterParams, { name: 'zoom', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 20, default: 6 } }],
          responses: { '200': json(ref('Map')), ...errors },
        },
      },
      '/api/places': {
        get: {
          summary: 'Places events happened at, most events first',
          parameters: [{ name: 'q', in: 'query', schema: str }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } }],
          responses: { '200': json(obj({ places: { type: 'array', items: ref('Place') } })), ...errors },
        },
      },
      '/api/control': {
        get: {
          summary: 'Who controls a place on a date, and the changes of control with their evidence',
          parameters: [{ name: 'place', in: 'query', required: true, schema: str }, { name: 'on', in: 'query', schema: { type: 'string', format: 'date' } }],
          responses: { '200': json(ref('Control')), ...errors },
        },
      },
      '/api/conflicts': {
        get: {
          summary: 'Contradictions between reports (tolls, denials, actors, withdrawals, control), newest first',
          parameters: [
            { name: 'kind', in: 'query', schema: { type: 'string', enum: ['toll', 'denial', 'actor', 'withdrawal', 'control'] } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 200 } },
          ],
          responses: { '200': json(obj({ conflicts: { type: 'array', items: ref('Contradiction') } })), ...errors },
        },
      },
      '/api/stats': { get: { summary: 'Counts and a version that changes whenever something is stored', responses: { '200': json(ref('Stats')) } } },
      '/api/export': {
        get: {
          summary: 'The selection as a download',
          parameters: [...filterParams, { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['acled-csv', 'geojson', 'jsonl'] } }],
          responses: {
            '200': {
              description: 'The file (Content-Disposition: attachment)',
              content: { 'text/csv': { schema: str }, 'application/geo+json': { schema: { type: 'object' } }, 'application/x-ndjson': { schema: str } },
            },
            ...errors,
          },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Run reports through the pipeline, store them and resolve events',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('IngestBody') } } },
          responses: {
            '200': json(ref('IngestResult')),
            ...errors,
            '401': json(ref('Error'), 'No token given'),
            '403': json(ref('Error'), 'Wrong token'),
            '413': json(ref('Error'), 'Body too large'),
            '415': json(ref('Error'), 'Not JSON'),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': json({ type: 'object' }) } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      parameters: Object.fromEntries([...filterParamDefs, ...pagingParamDefs].map((p) => [p.name, p])),
      schemas: {
        Error: obj({ error: obj({ code: str, message: str, details: {} }, ['code', 'message']) }),
        Event: obj({
          id: str,
          event_type: { type: 'string', enum: EVENT_TYPES },
          sub_event_type: { type: 'string', enum: SUB_EVENT_TYPE_LIST },
          event_date: nstr,
          time_precision: nint,
          actor1: nstr,
          assoc_actor_1: nstr,
          inter1: nint,
          actor2: nstr,
          assoc_actor_2: nstr,
          inter2: nint,
          interaction: nint,
          location: nstr,
          lat: nnum,
          lon: nnum,
          geonameid: nstr,
          country: nstr,
          iso: nstr,
          admin1: nstr,
          admin2: nstr,
          geo_precision: nint,
          fatalities: int,
          fatalities_low: nint,
          fatalities_best: nint,
          fatalities_high: nint,
          status: { type: 'string', enum: EVENT_STATUSES },
          claimed_by: { type: 'array', items: str },
          outlets: { type: 'array', items: str },
          sources_count: int,
          corroboration: int,
          mentions_count: int,
          evidence: nstr,
          first_seen: nstr,
          last_seen: nstr,
        }),
        EventPage: obj({ total: int, limit: int, offset: int, events: { type: 'array', items: ref('Event') } }),
        Mention: obj({
          id: int,
          key: str,
          report: obj({ id: int, key: str, title: nstr, published: nstr, source: nstr, url: nstr, outlet: str, origin: str }),
          entry: int,
          event_type: str,
          sub_event_type: str,
          event_date: nstr,
          time_precision: nint,
          date_from_report: { type: 'boolean' },
          actor1: nstr,
          assoc_actor_1: nstr,
          actor2: nstr,
          assoc_actor_2: nstr,
          location: nstr,
          admin1: nstr,
          admin2: nstr,
          geo_precision: nint,
          fatalities: int,
          claim: obj({ status: { type: 'string', enum: CLAIM_STATUSES }, by: nstr }),
          evidence: obj({ start: int, end: int, text: str }),
          context: { ...obj({ text: str, start: int, end: int }), description: 'The evidence with text on each side; start/end locate the evidence in it.' },
          sources: { type: 'object', description: 'field -> {span, rule}: where each field came from' },
          salience: { type: 'number' },
          score: { type: 'number' },
        }),
        Contradiction: obj({
          id: int,
          kind: { type: 'string', enum: ['toll', 'denial', 'actor', 'withdrawal', 'control'] },
          summary: str,
          event_a: nstr,
          event_b: nstr,
          place_key: nstr,
          event_date: nstr,
          a: ref('ContradictionSide'),
          b: ref('ContradictionSide'),
          detail: { type: 'object' },
        }),
        ContradictionSide: obj({ mention: int, evidence: str, report: str, outlet: str, claim: str, by: nstr }),
        History: obj({ batch: int, kind: str, detail: { type: 'object' }, at: str }),
        ControlChange: obj({
          place_key: str,
          place: str,
          admin1: nstr,
          country: nstr,
          since: str,
          holder: nstr,
          previous: nstr,
          event_id: str,
          sub_event_type: str,
          status: str,
          confidence: { type: 'number' },
          evidence: nstr,
        }),
        EventDetail: {
          allOf: [
            ref('Event'),
            obj({
              mentions: { type: 'array', items: ref('Mention') },
              contradictions: { type: 'array', items: ref('Contradiction') },
              history: { type: 'array', items: ref('History') },
              control: { type: 'array', items: ref('ControlChange') },
            }),
          ],
        },
        Timeline: obj({
          bucket: { type: 'string', enum: ['day', 'week', 'month'] },
          buckets: {
            type: 'array',
            items: obj({
              date: { type: 'string', description: 'YYYY-MM-DD (a day, or the Monday of a week) or YYYY-MM' },
              events: int,
              fatalities: int,
              by_type: { type: 'object', additionalProperties: int },
            }),
          },
        }),
        Map: obj({
          mode: { type: 'string', enum: ['place', 'grid'] },
          cell_deg: nnum,
          total: int,
          features: {
            type: 'array',
            items: obj({
              key: str,
              name: nstr,
              lat: { type: 'number' },
              lon: { type: 'number' },
              event_type: { ...nstr, description: 'null for a grid cell holding events of every type' },
              events: int,
              fatalities: int,
              geo_precision: { type: 'integer', description: '3: every event in the group is known only to the province' },
              sample: { type: 'array', items: str, description: 'Up to 3 event ids, newest first' },
            }),
          },
        }),
        Place: obj({ key: str, name: str, admin1: nstr, country: nstr, lat: nnum, lon: nnum, events: int }),
        Control: obj({
          place: { oneOf: [{ type: 'null' }, obj({ key: str, name: str, admin1: nstr, country: nstr, lat: nnum, lon: nnum })] },
          on: nstr,
          holder: { ...nstr, description: 'Who held the place on the date; null when unresolved' },
          since: nstr,
          confidence: nnum,
          basis: { type: 'string', enum: ['event', 'inferred', 'unknown'] },
          evidence: { type: 'array', items: ref('ControlChange') },
          timeline: { type: 'array', items: ref('ControlChange') },
          alternatives: { type: 'array', items: obj({ key: str, name: str, admin1: nstr, country: nstr }) },
        }),
        Stats: obj({
          reports: int,
          mentions: int,
          events: int,
          contradictions: int,
          controlChanges: int,
          dateRange: obj({ from: nstr, to: nstr }),
          byStatus: { type: 'object', additionalProperties: int },
          byType: { type: 'object', additionalProperties: int },
          version: { type: 'string', description: 'Changes whenever the database changes; poll it to refresh' },
        }),
        IngestBody: obj({
          reports: {
            type: 'array',
            minItems: 1,
            maxItems: 1000,
            items: obj(
              { id: str, text: str, html: str, title: nstr, date: { type: ['string', 'null'], format: 'date' }, source: nstr, url: nstr },
              ['id'],
            ),
          },
        }),
        IngestResult: obj({
          received: int,
          stored: int,
          duplicates: int,
          failed: { type: 'array', items: obj({ id: str, code: str, message: str }) },
          mentions: int,
          events: obj({ created: int, updated: int }),
        }),
      },
    },
  };
}
