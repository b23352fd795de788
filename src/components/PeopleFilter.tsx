/** Filters the people directory rendered in the page; without JavaScript the whole directory simply shows. */
import { useEffect, useId, useState } from 'react';
import {
  NO_FILTER,
  matchesDirectoryFilter,
  readDirectoryFilter,
  writeDirectoryFilter,
  type DirectoryFilter,
  type DirectoryOptions,
  type PersonFacets,
} from '../lib/organisation/directory-filter.ts';
import './PeopleFilter.css';

interface Props {
  options: DirectoryOptions;
  /** The id of the list whose `li[data-person]` items are filtered. */
  listId: string;
}

function facetsOf(item: HTMLElement): PersonFacets {
  const { team = '', departments = '', location = '', topics = '' } = item.dataset;
  return {
    team,
    departments: departments.split(' ').filter(Boolean),
    location,
    topics: topics ? topics.split('|') : [],
  };
}

export default function PeopleFilter({ options, listId }: Props) {
  const [filter, setFilter] = useState<DirectoryFilter>(NO_FILTER);
  const [shown, setShown] = useState<number | null>(null);
  // Rendered only once this runs in a browser: without JavaScript the form would do nothing.
  const [ready, setReady] = useState(false);
  const id = useId();

  useEffect(() => {
    setFilter(readDirectoryFilter(window.location.search));
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const items = Array.from(document.getElementById(listId)?.querySelectorAll<HTMLElement>('li[data-person]') ?? []);
    let visible = 0;
    for (const item of items) {
      const match = matchesDirectoryFilter(facetsOf(item), filter);
      item.hidden = !match;
      if (match) visible++;
    }
    setShown(visible);
    window.history.replaceState(null, '', `${window.location.pathname}${writeDirectoryFilter(filter)}`);
  }, [filter, listId, ready]);

  if (!ready) return null;

  const set = (key: keyof DirectoryFilter) => (event: { target: { value: string } }) =>
    setFilter((current) => ({ ...current, [key]: event.target.value }));

  return (
    <form
      className="people-filter"
      role="search"
      aria-label="Filter people"
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        Team
        <select value={filter.team} onChange={set('team')}>
          <option value="">Any team</option>
          {options.teams.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Works for
        <select value={filter.department} onChange={set('department')}>
          <option value="">Any department</option>
          {options.departments.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Location
        <select value={filter.location} onChange={set('location')}>
          <option value="">Anywhere</option>
          {options.locations.map((location) => (
            <option key={location} value={location}>
              {location}
            </option>
          ))}
        </select>
      </label>
      <label>
        Ask about
        <input
          type="search"
          value={filter.topic}
          onChange={set('topic')}
          list={`${id}-topics`}
          placeholder="e.g. payroll"
        />
        <datalist id={`${id}-topics`}>
          {options.topics.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
      </label>
      <button type="button" onClick={() => setFilter(NO_FILTER)}>
        Show everyone
      </button>
      <p className="people-filter-count" role="status">
        {shown === null ? '' : shown === 1 ? '1 person' : `${shown} people`}
      </p>
    </form>
  );
}
