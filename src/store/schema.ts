// The SQLite schema as numbered migrations. Each runs once, in order, inside a transaction, and is
// recorded in schema_migrations. Never edit a released migration: add the next one.
// SQL stays plain (no SQLite-only tricks beyond FTS5) so a PostgreSQL backend can mirror it.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, mentions, events, claims, control',
    sql: `
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,                -- Report.id as given (path, JSONL id)
  hash TEXT NOT NULL UNIQUE,        -- sha256 of the text: the idempotency key
  origin TEXT NOT NULL,
  title TEXT,
  published TEXT,
  published_from TEXT,
  source TEXT,
  url TEXT,
  outlet TEXT NOT NULL,             -- source, else URL host, else origin: what counts as one outlet
  format TEXT NOT NULL,
  language TEXT,
  text TEXT NOT NULL,
  messages TEXT NOT NULL DEFAULT '[]',
  stored_at TEXT NOT NULL,
  batch INTEGER NOT NULL
);
CREATE INDEX reports_outlet ON reports(outlet);

CREATE TABLE entries (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  headline_start INTEGER,
  headline_end INTEGER,
  date TEXT,
  PRIMARY KEY (report_id, idx)
);

CREATE TABLE zones (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  entry INTEGER,
  PRIMARY KEY (report_id, seq)
);

CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  name TEXT,
  lat REAL,
  lon REAL,
  geonameid TEXT,
  country TEXT,
  country_code TEXT,
  admin1 TEXT,
  admin2 TEXT,
  feature_code TEXT,
  level TEXT,
  confidence REAL NOT NULL,
  qualifier TEXT
);
CREATE INDEX places_report ON places(report_id);
CREATE INDEX places_name ON places(name);

CREATE TABLE events (
  id TEXT PRIMARY KEY,              -- stable: derived from the key of the mention that founded it
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  event_date TEXT,
  time_precision INTEGER,
  actor1 TEXT,
  assoc_actor_1 TEXT,
  inter1 INTEGER,
  actor2 TEXT,
  assoc_actor_2 TEXT,
  inter2 INTEGER,
  interaction INTEGER,
  location TEXT,
  location_norm TEXT,               -- normalised name (see names.ts) so "al-Qaryatayn" finds "Qaryatayn"
  place_key TEXT,
  lat REAL,
  lon REAL,
  geonameid TEXT,
  country TEXT,
  iso TEXT,
  admin1 TEXT,
  admin2 TEXT,
  geo_precision INTEGER,
  fatalities INTEGER NOT NULL DEFAULT 0,
  fatalities_low INTEGER,
  fatalities_best INTEGER,
  fatalities_high INTEGER,
  status TEXT NOT NULL,
  actor_keys TEXT NOT NULL DEFAULT '[]',   -- JSON array of every named actor's match key (resolution compares these)
  claimed_by TEXT NOT NULL DEFAULT '[]',   -- JSON array of distinct claimants
  outlets TEXT NOT NULL DEFAULT '[]',      -- JSON array of distinct outlets
  sources_count INTEGER NOT NULL DEFAULT 0,
  corroboration INTEGER NOT NULL DEFAULT 0,
  mentions_count INTEGER NOT NULL DEFAULT 0,
  evidence TEXT,                    -- the most salient mention's evidence, for display and search
  first_seen TEXT,
  last_seen TEXT,
  created_batch INTEGER NOT NULL,
  updated_batch INTEGER NOT NULL
);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_type_date ON events(event_type, event_date);
CREATE INDEX events_sub_date ON events(sub_event_type, event_date);
CREATE INDEX events_admin1 ON events(admin1, event_date);
CREATE INDEX events_country ON events(country, event_date);
CREATE INDEX events_actor1 ON events(actor1);
CREATE INDEX events_actor2 ON events(actor2);
CREATE INDEX events_status ON events(status, event_date);
CREATE INDEX events_place ON events(place_key);
CREATE INDEX events_location_norm ON events(location_norm);
CREATE INDEX events_latlon ON events(lat, lon);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,         -- report hash prefix + ':' + position in the report: stable
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  event_date TEXT,
  time_precision INTEGER,
  date_from_report INTEGER NOT NULL DEFAULT 0,  -- 1 when event_date was missing and the publication date stands in
  actor1 TEXT,
  assoc_actor_1 TEXT,
  inter1 INTEGER,
  actor2 TEXT,
  assoc_actor_2 TEXT,
  inter2 INTEGER,
  location TEXT,
  lat REAL,
  lon REAL,
  geonameid TEXT,
  country TEXT,
  admin1 TEXT,
  geo_precision INTEGER,
  fatalities INTEGER NOT NULL,
  claim_status TEXT NOT NULL,
  claim_by TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  entry INTEGER NOT NULL,
  salience REAL NOT NULL,
  sources TEXT NOT NULL DEFAULT '{}',
  resolved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_report ON mentions(report_id);
CREATE INDEX mentions_pending ON mentions(resolved);

CREATE TABLE event_mentions (
  mention_id INTEGER PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  score REAL NOT NULL,              -- how well it matched the event when it joined (1 = founder)
  batch INTEGER NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);

CREATE TABLE event_sources (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  outlet TEXT NOT NULL,
  PRIMARY KEY (event_id, outlet)
);
CREATE INDEX event_sources_outlet ON event_sources(outlet);

CREATE TABLE event_history (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  batch INTEGER NOT NULL,
  kind TEXT NOT NULL,               -- created | mention-added | fatalities-revised | status-changed
  detail TEXT NOT NULL DEFAULT '{}',
  at TEXT NOT NULL
);
CREATE INDEX event_history_event ON event_history(event_id);

CREATE TABLE contradictions (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,         -- kind + the two mention keys: recomputation never duplicates
  kind TEXT NOT NULL,               -- toll | denial | actor | withdrawal | control
  event_a TEXT REFERENCES events(id) ON DELETE CASCADE,
  event_b TEXT REFERENCES events(id) ON DELETE CASCADE,
  mention_a INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  mention_b INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  place_key TEXT,
  event_date TEXT,
  summary TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX contradictions_event_a ON contradictions(event_a);
CREATE INDEX contradictions_event_b ON contradictions(event_b);
CREATE INDEX contradictions_date ON contradictions(event_date);

CREATE TABLE control (
  id INTEGER PRIMARY KEY,
  place_key TEXT NOT NULL,
  place_name TEXT NOT NULL,
  place_norm TEXT NOT NULL,
  admin1 TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  geo_precision INTEGER,
  since TEXT NOT NULL,
  holder TEXT,                      -- null: the loser withdrew and no new holder is stated
  previous TEXT,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  sub_event_type TEXT NOT NULL,
  status TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX control_place ON control(place_key, since);
CREATE INDEX control_name ON control(place_norm);
CREATE INDEX control_admin1 ON control(admin1, since);

CREATE TABLE batches (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  reports INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0
);

CREATE VIRTUAL TABLE mentions_fts USING fts5(evidence_text, content='mentions', content_rowid='id');
`,
  },
  {
    version: 2,
    name: 'statements of control',
    sql: `
CREATE TABLE control_statements (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  place_key TEXT NOT NULL,
  place_name TEXT NOT NULL,
  place_norm TEXT NOT NULL,
  admin1 TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  geo_precision INTEGER,
  on_date TEXT NOT NULL,            -- the report's date: the holder held it then
  holder TEXT NOT NULL,
  inter INTEGER,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX control_statements_place ON control_statements(place_key, on_date);
CREATE INDEX control_statements_norm ON control_statements(place_norm);
CREATE INDEX control_statements_report ON control_statements(report_id);
`,
  },
  {
    version: 3,
    name: 'indexes for incremental resolution',
    sql: `
-- Neighbour and candidate lookups filter a place by date; control rows are replaced per event.
DROP INDEX events_place;
CREATE INDEX events_place ON events(place_key, event_date);
CREATE INDEX control_event ON control(event_id);
`,
  },
  {
    version: 4,
    name: 'indexes for reads at 100,000 events; actor name index; report date precision',
    sql: `
-- How precisely the publication date is known (1 day, 2 week, 3 month), as ACLED's time_precision.
ALTER TABLE reports ADD COLUMN published_precision INTEGER;

-- Listing order (date, then id, either direction) straight from an index, so a page at any offset
-- skips index entries instead of sorting every event; event_type and fatalities make the same
-- index cover the timeline's per-day grouping.
DROP INDEX events_date;
CREATE INDEX events_date ON events(event_date, id, event_type, fatalities);
DROP INDEX events_type_date;
CREATE INDEX events_type_date ON events(event_type, event_date, fatalities);
CREATE INDEX events_fatalities_order ON events(fatalities, event_date, id);
CREATE INDEX events_sources_order ON events(sources_count, event_date, id);

-- The map's finest grid cell (half a degree, zoom 6) as an index on expressions; every coarser cell
-- (1, 2 ... 32 degrees) is a union of these, so a world map reads this index in order instead of
-- sorting every event. floor() is spelt with CAST so that any SQLite (without math functions) can
-- read the file; read.ts repeats the expressions exactly (SQLite matches them textually).
CREATE INDEX events_grid ON events(
  (CAST(lat * 2 AS INTEGER) - (lat * 2 < CAST(lat * 2 AS INTEGER))),
  (CAST(lon * 2 AS INTEGER) - (lon * 2 < CAST(lon * 2 AS INTEGER))),
  lat, lon, fatalities, geo_precision, event_type, event_date, id, admin1);

-- Filters compare provinces and countries case-insensitively: these indexes serve them.
CREATE INDEX events_admin1_nocase ON events(admin1 COLLATE NOCASE, event_date);
CREATE INDEX events_country_nocase ON events(country COLLATE NOCASE, event_date);
CREATE INDEX events_iso_nocase ON events(iso COLLATE NOCASE, event_date);

-- Actor search is a substring search. Instead of reading every event, it reads the few thousand
-- distinct actor names (actor_names), then the events that name them (event_actor_names, by index).
-- Triggers keep both in step with the events table whoever writes it. (They test NOT EXISTS rather
-- than INSERT OR IGNORE: an outer upsert's conflict policy overrides the one inside a trigger.)
CREATE TABLE actor_names (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE          -- an actor1/actor2 value, or an assoc_actor list as stored
);
CREATE TABLE event_actor_names (
  actor INTEGER NOT NULL REFERENCES actor_names(id),
  event_id TEXT NOT NULL,
  PRIMARY KEY (actor, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actor_names_event ON event_actor_names(event_id);
INSERT OR IGNORE INTO actor_names (name)
  SELECT v FROM (SELECT actor1 AS v FROM events UNION SELECT assoc_actor_1 FROM events UNION SELECT actor2 FROM events
                 UNION SELECT assoc_actor_2 FROM events)
  WHERE v IS NOT NULL AND v != '' ORDER BY v;
INSERT OR IGNORE INTO event_actor_names (actor, event_id)
  SELECT a.id, e.id FROM events e JOIN actor_names a ON a.name IN (e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2);
CREATE TRIGGER events_actors_insert AFTER INSERT ON events BEGIN
  INSERT INTO actor_names (name)
    SELECT v FROM (SELECT new.actor1 AS v UNION SELECT new.assoc_actor_1 UNION SELECT new.actor2 UNION SELECT new.assoc_actor_2)
    WHERE v IS NOT NULL AND v != '' AND NOT EXISTS (SELECT 1 FROM actor_names a WHERE a.name = v);
  INSERT INTO event_actor_names (actor, event_id)
    SELECT id, new.id FROM actor_names WHERE name IN (new.actor1, new.assoc_actor_1, new.actor2, new.assoc_actor_2)
      AND NOT EXISTS (SELECT 1 FROM event_actor_names l WHERE l.actor = actor_names.id AND l.event_id = new.id);
END;
CREATE TRIGGER events_actors_update AFTER UPDATE OF actor1, assoc_actor_1, actor2, assoc_actor_2 ON events
  WHEN old.actor1 IS NOT new.actor1 OR old.assoc_actor_1 IS NOT new.assoc_actor_1
    OR old.actor2 IS NOT new.actor2 OR old.assoc_actor_2 IS NOT new.assoc_actor_2
BEGIN
  DELETE FROM event_actor_names WHERE event_id = old.id;
  INSERT INTO actor_names (name)
    SELECT v FROM (SELECT new.actor1 AS v UNION SELECT new.assoc_actor_1 UNION SELECT new.actor2 UNION SELECT new.assoc_actor_2)
    WHERE v IS NOT NULL AND v != '' AND NOT EXISTS (SELECT 1 FROM actor_names a WHERE a.name = v);
  INSERT INTO event_actor_names (actor, event_id)
    SELECT id, new.id FROM actor_names WHERE name IN (new.actor1, new.assoc_actor_1, new.actor2, new.assoc_actor_2)
      AND NOT EXISTS (SELECT 1 FROM event_actor_names l WHERE l.actor = actor_names.id AND l.event_id = new.id);
END;
CREATE TRIGGER events_actors_delete AFTER DELETE ON events BEGIN
  DELETE FROM event_actor_names WHERE event_id = old.id;
END;

-- Events and fatalities per day and event type, kept by triggers: a timeline with no filter but
-- type and period reads a few thousand rows instead of every event. Rows may fall to zero (kept).
CREATE TABLE event_days (
  day TEXT NOT NULL,
  event_type TEXT NOT NULL,
  events INTEGER NOT NULL,
  fatalities INTEGER NOT NULL,
  PRIMARY KEY (day, event_type)
) WITHOUT ROWID;
INSERT INTO event_days (day, event_type, events, fatalities)
  SELECT event_date, event_type, count(*), coalesce(sum(fatalities), 0) FROM events WHERE event_date IS NOT NULL GROUP BY event_date, event_type;
CREATE TRIGGER events_days_insert AFTER INSERT ON events WHEN new.event_date IS NOT NULL BEGIN
  INSERT INTO event_days (day, event_type, events, fatalities) SELECT new.event_date, new.event_type, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM event_days WHERE day = new.event_date AND event_type = new.event_type);
  UPDATE event_days SET events = events + 1, fatalities = fatalities + coalesce(new.fatalities, 0)
    WHERE day = new.event_date AND event_type = new.event_type;
END;
CREATE TRIGGER events_days_update AFTER UPDATE OF event_date, event_type, fatalities ON events
  WHEN old.event_date IS NOT new.event_date OR old.event_type IS NOT new.event_type OR old.fatalities IS NOT new.fatalities
BEGIN
  UPDATE event_days SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0)
    WHERE day = old.event_date AND event_type = old.event_type;
  INSERT INTO event_days (day, event_type, events, fatalities) SELECT new.event_date, new.event_type, 0, 0
    WHERE new.event_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_days WHERE day = new.event_date AND event_type = new.event_type);
  UPDATE event_days SET events = events + 1, fatalities = fatalities + coalesce(new.fatalities, 0)
    WHERE day = new.event_date AND event_type = new.event_type;
END;
CREATE TRIGGER events_days_delete AFTER DELETE ON events WHEN old.event_date IS NOT NULL BEGIN
  UPDATE event_days SET events = events - 1, fatalities = fatalities - coalesce(old.fatalities, 0)
    WHERE day = old.event_date AND event_type = old.event_type;
END;
`,
  },
  {
    version: 5,
    name: 'resolution candidates by place cell and date; province-level events by province',
    sql: `
-- Resolution looks for events near a mention in a two-month window. By (lat, lon) alone it read
-- every event ever recorded in a 0.4-degree band; by sub-event type and date, every such event in
-- the world that month. Both grow with the whole database. The half-degree cell (the expressions of
-- events_grid, which resolver.ts repeats exactly) followed by the date bounds the read to the
-- place's own neighbourhood and window.
CREATE INDEX events_cell_date ON events(
  (CAST(lat * 2 AS INTEGER) - (lat * 2 < CAST(lat * 2 AS INTEGER))),
  (CAST(lon * 2 AS INTEGER) - (lon * 2 < CAST(lon * 2 AS INTEGER))),
  event_date);
-- A precise mention can join a province-level event (geo_precision 3) of its province, never
-- another precise event there: only those few events are indexed by province.
CREATE INDEX events_vague_admin1 ON events(admin1, event_date) WHERE geo_precision = 3;
-- Two events dated to the day or week can only be one incident (or contradict each other) within
-- days of each other; only a month-dated event needs the month's slack. These partial indexes hold
-- the month-dated minority, so lookups read a few days of a busy place plus its vague events.
CREATE INDEX events_place_coarse ON events(place_key, event_date) WHERE time_precision IS NOT 1 AND time_precision IS NOT 2;
CREATE INDEX events_admin1_coarse ON events(admin1, event_date) WHERE time_precision IS NOT 1 AND time_precision IS NOT 2;
CREATE INDEX events_cell_coarse ON events(
  (CAST(lat * 2 AS INTEGER) - (lat * 2 < CAST(lat * 2 AS INTEGER))),
  (CAST(lon * 2 AS INTEGER) - (lon * 2 < CAST(lon * 2 AS INTEGER))),
  event_date) WHERE time_precision IS NOT 1 AND time_precision IS NOT 2;
`,
  },
  {
    version: 6,
    name: "a mention's district (ACLED admin2)",
    sql: `
-- Mentions stored before this carry no district: their events keep admin2 empty until re-extracted.
ALTER TABLE mentions ADD COLUMN admin2 TEXT;
`,
  },
];
