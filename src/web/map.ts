// The map: outlines shipped as data (no tiles), events coloured by type and sized by fatalities,
// clustered when dense. Province-level events are drawn as their province (shaded, with a hollow
// marker), never as a point that pretends to know the town.
import type { MarkerCluster, MarkerClusterGroup } from 'leaflet';
import type { ApiMap, ApiMapFeature } from './api-types.js';
import { MIXED_COLOR, radiusFor, textOn, typeColor, TYPE_COLORS } from './colors.js';
import { h, fmtNumber } from './dom.js';
import { countriesAround, geometryContains, loadCountries, loadProvinces, provinceAt } from './outlines.js';

export interface MapCallbacks {
  openEvent(id: string): void;
  showControl(place: string): void;
  /** The view moved: centre and zoom, to keep in the URL and to re-query grid cells. */
  moved(view: string, zoom: number): void;
}

interface FeatureMarkerOptions extends L.MarkerOptions {
  events: number;
  eventType: string | null;
}

export class EventMap {
  readonly map: L.Map;
  private readonly clusters: MarkerClusterGroup;
  private readonly areas = L.layerGroup();
  private readonly provinceLines = L.layerGroup();
  private readonly provinceCountries = new Set<string>();
  private fitted = false;

  constructor(el: HTMLElement, private readonly cb: MapCallbacks, view: string | null) {
    this.map = L.map(el, { zoomControl: true, attributionControl: true, minZoom: 2, maxZoom: 14, worldCopyJump: true });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Outlines: Natural Earth (public domain)');
    const parsed = view?.split(',').map(Number);
    if (parsed && parsed.length === 3 && parsed.every(Number.isFinite)) {
      this.map.setView([parsed[0]!, parsed[1]!], parsed[2]!);
      this.fitted = true;
    } else {
      this.map.setView([35, 38.5], 6);
    }
    // Land under everything, then province lines, then shaded provinces and markers.
    this.map.createPane('land').style.zIndex = '200';
    this.map.createPane('provinces').style.zIndex = '250';
    this.provinceLines.addTo(this.map);
    this.areas.addTo(this.map);
    this.clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: (cluster) => clusterIcon(cluster),
    });
    this.clusters.addTo(this.map);
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.cb.moved(`${c.lat.toFixed(3)},${c.lng.toFixed(3)},${this.map.getZoom()}`, this.map.getZoom());
    });
    void this.drawCountries();
  }

  private async drawCountries(): Promise<void> {
    try {
      const fc = await loadCountries();
      L.geoJSON(fc, {
        pane: 'land',
        interactive: false,
        style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
      })
        .addTo(this.map)
        .bringToBack();
    } catch (e) {
      console.error('country outlines could not be loaded', e);
    }
  }

  /** Province lines for every country that has events in it, loaded once per country. */
  private async drawProvinceLines(points: [number, number][]): Promise<void> {
    // A sample is enough to know which countries hold events; bounding boxes only shortlist them.
    const sample = points.length > 400 ? points.filter((_, i) => i % Math.ceil(points.length / 400) === 0) : points;
    for (const iso3 of await countriesAround(sample)) {
      if (this.provinceCountries.has(iso3)) continue;
      const provinces = await loadProvinces(iso3);
      const holds = sample.some(([lat, lon]) => provinces.some((p) => geometryContains(p.feature.geometry, lat, lon)));
      if (!holds) continue;
      this.provinceCountries.add(iso3);
      for (const p of provinces) {
        L.geoJSON(p.feature, { pane: 'provinces', interactive: false, style: { color: '#9a9a9a', weight: 0.8, dashArray: '3 3', fill: false } }).addTo(
          this.provinceLines,
        );
      }
    }
  }

  render(data: ApiMap): void {
    this.clusters.clearLayers();
    this.areas.clearLayers();
    const markers: L.Marker[] = [];
    for (const f of data.features) {
      const marker = data.mode === 'grid' ? this.cellMarker(f) : f.geo_precision === 3 ? this.provinceMarker(f) : this.placeMarker(f);
      markers.push(marker);
    }
    this.clusters.addLayers(markers);
    const points = data.features.map((f) => [f.lat, f.lon] as [number, number]);
    void this.drawProvinceLines(points);
    if (!this.fitted && points.length) {
      this.fitted = true;
      this.map.fitBounds(L.latLngBounds(points).pad(0.15), { maxZoom: 9 });
    }
  }

  private marker(f: ApiMapFeature, className: string, label: string): L.Marker {
    // A marker that carries a number is kept big enough to read it.
    const r = Math.max(radiusFor(f.fatalities, f.events), f.events > 1 ? 9 + String(f.events).length * 2 : 0);
    const color = typeColor(f.event_type);
    const size = Math.round(r * 2);
    const icon = L.divIcon({
      className: 'event-marker',
      html: `<span class="${className}" style="--c:${color};--t:${className.includes('area') ? '#1b1b1b' : textOn(color)};width:${size}px;height:${size}px">${f.events > 1 ? f.events : ''}</span>`,
      iconSize: [size, size],
    });
    const opts: FeatureMarkerOptions = { icon, title: label, alt: label, keyboard: true, riseOnHover: true, events: f.events, eventType: f.event_type };
    return L.marker([f.lat, f.lon], opts);
  }

  private placeMarker(f: ApiMapFeature): L.Marker {
    const label = `${f.name ?? 'Unnamed place'}: ${f.events} ${f.event_type} event${f.events > 1 ? 's' : ''}, ${f.fatalities} fatalities`;
    const m = this.marker(f, 'dot', label);
    m.bindPopup(() => this.popup(f, false));
    if (f.events === 1 && f.sample[0]) m.on('click', () => this.cb.openEvent(f.sample[0]!));
    return m;
  }

  /** Known only to the province: a hollow marker at the province's point and the province shaded. */
  private provinceMarker(f: ApiMapFeature): L.Marker {
    const where = f.name ?? 'a province';
    const label = `${where} (province only): ${f.events} ${f.event_type} event${f.events > 1 ? 's' : ''}, ${f.fatalities} fatalities`;
    const m = this.marker(f, 'dot area', label);
    m.bindPopup(() => this.popup(f, true));
    void provinceAt(f.lat, f.lon).then((p) => {
      if (!p) return;
      L.geoJSON(p.feature, {
        style: { color: typeColor(f.event_type), weight: 1.5, dashArray: '6 4', fillColor: typeColor(f.event_type), fillOpacity: 0.18 },
      })
        .bindTooltip(`${p.name}: ${f.events} event${f.events > 1 ? 's' : ''} located only to the province`)
        .on('click', () => m.openPopup())
        .addTo(this.areas);
    });
    return m;
  }

  private cellMarker(f: ApiMapFeature): L.Marker {
    const label = `${fmtNumber(f.events)} ${f.event_type ?? ''} events in this area, ${fmtNumber(f.fatalities)} fatalities`.replace('  ', ' ');
    const m = this.marker(f, 'dot cell', label);
    m.bindPopup(() => h('div', {}, h('p', {}, label), h('p', { class: 'muted' }, 'Zoom in to see places.')));
    return m;
  }

  private popup(f: ApiMapFeature, provinceOnly: boolean): HTMLElement {
    const place = f.name;
    const box = h(
      'div',
      { class: 'popup' },
      h('strong', {}, place ?? 'Unnamed place'),
      h('p', {}, `${f.events} ${f.event_type} event${f.events > 1 ? 's' : ''} · ${fmtNumber(f.fatalities)} fatalities`),
      provinceOnly ? h('p', { class: 'muted' }, 'Located only to the province: drawn as the province, not a town.') : null,
    );
    const list = h('ul', { class: 'popup-events' });
    for (const id of f.sample) {
      const b = h('button', { type: 'button', class: 'link' }, `Open event ${id}`);
      b.addEventListener('click', () => this.cb.openEvent(id));
      list.append(h('li', {}, b));
    }
    box.append(list);
    if (f.events > f.sample.length) box.append(h('p', { class: 'muted' }, `${f.events - f.sample.length} more in the list (filter by this place).`));
    if (place && !provinceOnly) {
      const c = h('button', { type: 'button', class: 'link' }, `Control of ${place} over time`);
      c.addEventListener('click', () => this.cb.showControl(place));
      box.append(c);
    }
    return box;
  }
}

function clusterIcon(cluster: MarkerCluster): L.DivIcon {
  let events = 0;
  const byType = new Map<string | null, number>();
  for (const m of cluster.getAllChildMarkers()) {
    const o = m.options as FeatureMarkerOptions;
    events += o.events ?? 1;
    byType.set(o.eventType, (byType.get(o.eventType) ?? 0) + (o.events ?? 1));
  }
  const top = [...byType.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const size = Math.round(Math.min(56, 26 + 5 * Math.log2(events)));
  return L.divIcon({
    className: 'event-cluster',
    html: `<span style="--c:${typeColor(top)};width:${size}px;height:${size}px" title="${events} events">${events}</span>`,
    iconSize: [size, size],
  });
}

export function renderLegend(el: HTMLElement): void {
  el.replaceChildren(
    ...Object.entries(TYPE_COLORS).map(([type, color]) => h('div', { class: 'legend-row' }, swatch(color, false), type)),
    h('div', { class: 'legend-row' }, swatch('#444', true), 'Located only to the province'),
    h('div', { class: 'legend-row' }, h('span', { class: 'swatch square', style: `--c:${MIXED_COLOR}`, 'aria-hidden': 'true' }), 'Many events, all types (zoom in)'),
    h('p', { class: 'muted' }, 'Size: fatalities. Numbers: events.'),
  );
}

function swatch(color: string, hollow: boolean): HTMLElement {
  return h('span', { class: hollow ? 'swatch hollow' : 'swatch', style: `--c:${color}`, 'aria-hidden': 'true' });
}
