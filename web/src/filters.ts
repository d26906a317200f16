import { FILTER_KEYS, MODALITIES, type EventFilters } from './api.js';
import { allCountries } from './countries.js';
import { CAMEO_ROOT_CODES, cameoRootName, languageName, modalityName, quadClassName, t, type LabelKey } from './i18n.js';
import { el } from './dom.js';

/** The API filters carried in a route's query string. */
export function filtersFromParams(params: URLSearchParams): EventFilters {
  const filters: EventFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

type FilterField = keyof EventFilters;

const FIELD_LABELS: Record<FilterField, LabelKey> = {
  from: 'from',
  to: 'to',
  actor: 'actor',
  country: 'country',
  dyad: 'dyadFilter',
  code: 'code',
  quad: 'quad',
  language: 'language',
  modality: 'modality',
  q: 'search',
};

/**
 * A form for some of the API filters. On submit it hands back the filters it shows, with the ones it does not
 * show kept from `current`, so narrowing the date on the overview does not drop a country chosen elsewhere.
 */
export function filterForm(current: EventFilters, fields: readonly FilterField[], onSubmit: (filters: EventFilters) => void): HTMLFormElement {
  const form = el('form', { className: 'filters' });
  const readers: (() => Partial<EventFilters>)[] = [];

  for (const field of fields) {
    const { control, read } = filterControl(field, current[field] ?? '');
    readers.push(() => ({ [field]: read() }));
    const className = `filter filter-${field}`;
    // Checkbox groups hold labels of their own, and labels may not nest.
    form.append(
      field === 'quad' || field === 'modality'
        ? el('fieldset', { className }, el('legend', {}, t(FIELD_LABELS[field])), control)
        : el('label', { className }, el('span', {}, t(FIELD_LABELS[field])), control),
    );
  }

  const reset = el('button', { type: 'button', className: 'secondary' }, t('reset'));
  reset.addEventListener('click', () => onSubmit(withoutFields(current, fields)));
  form.append(el('div', { className: 'filter-actions' }, el('button', { type: 'submit' }, t('apply')), reset));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: EventFilters = withoutFields(current, fields);
    for (const read of readers) Object.assign(next, read());
    for (const key of FILTER_KEYS) if (!next[key]) delete next[key];
    onSubmit(next);
  });
  return form;
}

function withoutFields(filters: EventFilters, fields: readonly FilterField[]): EventFilters {
  const rest = { ...filters };
  for (const field of fields) delete rest[field];
  return rest;
}

function filterControl(field: FilterField, value: string): { control: HTMLElement; read: () => string } {
  switch (field) {
    case 'from':
    case 'to': {
      const input = el('input', { type: 'date', name: field, value });
      return { control: input, read: () => input.value };
    }
    case 'language': {
      const select = el('select', { name: field }, option('', t('any')), option('en', languageName('en')), option('zh', languageName('zh')));
      select.value = value;
      return { control: select, read: () => select.value };
    }
    case 'quad':
      return checkboxGroup(field, ['1', '2', '3', '4'], (quad) => quadClassName(Number(quad)), value);
    case 'modality':
      return checkboxGroup(field, MODALITIES, modalityName, value);
    case 'code': {
      // Free text for any 2–4 digit prefixes, with the 20 roots offered by name.
      const input = textInput(field, value, '04, 042, 14');
      const list = el('datalist', { id: 'cameo-roots' }, ...CAMEO_ROOT_CODES.map((root) => option(root, `${root} ${cameoRootName(root)}`)));
      input.setAttribute('list', list.id);
      return { control: el('span', { className: 'with-list' }, input, list), read: () => commaList(input.value) };
    }
    case 'country': {
      const input = textInput(field, value, 'CHN, USA');
      const list = el('datalist', { id: 'country-codes' }, ...allCountries().map((c) => option(c.code, `${c.code} ${c.en} ${c.zh}`)));
      input.setAttribute('list', list.id);
      return { control: el('span', { className: 'with-list' }, input, list), read: () => commaList(input.value).toUpperCase() };
    }
    case 'dyad': {
      const input = textInput(field, value, 'CHN-RUS');
      return { control: input, read: () => input.value.trim().toUpperCase() };
    }
    case 'actor': {
      const input = textInput(field, value, 'CHNGOV, Wang Yi');
      return { control: input, read: () => commaList(input.value) };
    }
    case 'q': {
      const input = textInput(field, value, '');
      return { control: input, read: () => input.value.trim() };
    }
  }
}

/** `04, 042` as the API takes it: `04,042` (names keep their inner spaces). */
function commaList(value: string): string {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .join(',');
}

function textInput(name: string, value: string, placeholder: string): HTMLInputElement {
  return el('input', { type: 'text', name, value, placeholder });
}

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

function checkboxGroup(name: string, values: readonly string[], label: (value: string) => string, current: string): { control: HTMLElement; read: () => string } {
  const chosen = new Set(current.split(',').filter(Boolean));
  const boxes = values.map((value) => el('input', { type: 'checkbox', name, value, checked: chosen.has(value) }));
  const group = el('span', { className: 'checkbox-group' }, ...boxes.map((box) => el('label', {}, box, label(box.value))));
  return { control: group, read: () => boxes.filter((box) => box.checked).map((box) => box.value).join(',') };
}
