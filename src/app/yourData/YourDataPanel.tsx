import { useEffect, useId, useState } from 'react';
import { formatShares } from '../../domain/numberFormat';
import { formatTradingDate, isTradingDate } from '../../domain/tradingDate';
import { describeProblem } from '../../import/problems';
import type { ViewState } from '../viewState';
import type { FileRole } from './loaded';
import type { YourData } from './useYourData';

const ROLES: { role: FileRole; label: string }[] = [
  { role: 'subject', label: 'Prices of the subject' },
  { role: 'benchmark', label: 'Prices of a benchmark' },
  { role: 'events', label: 'Events' },
];

/** A file dropped anywhere on the page is loaded as the role chosen in the panel. */
function usePageDrop(onFile: (file: File) => void) {
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);
}

function SharesForm({ symbol, onShares }: { symbol: string; onShares: YourData['setShares'] }) {
  const [count, setCount] = useState('');
  const [asOf, setAsOf] = useState('');
  const shares = Number(count.replace(/[\s,_]/g, ''));
  const valid = Number.isFinite(shares) && shares > 0 && isTradingDate(asOf);
  return (
    <form
      className="your-data__shares"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onShares({ asOf, shares, source: `entered by the reader for ${symbol}` });
      }}
    >
      <label>
        Shares outstanding of {symbol}{' '}
        <input
          inputMode="numeric"
          value={count}
          onChange={(e) => {
            setCount(e.target.value);
          }}
        />
      </label>{' '}
      <label>
        as of{' '}
        <input
          type="date"
          value={asOf}
          onChange={(e) => {
            setAsOf(e.target.value);
          }}
        />
      </label>{' '}
      <button type="submit" disabled={!valid}>
        Use this share count
      </button>
    </form>
  );
}

/**
 * "Your data": the reader's own prices (subject or benchmark) and events, from a file picked or
 * dropped on the page; nothing is uploaded. The last file's outcome is listed row by row.
 */
export function YourDataPanel({
  data,
  view,
  onChange,
}: {
  data: YourData;
  view: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
}) {
  const id = useId();
  const { loaded, report, role } = data;
  usePageDrop((file) => {
    void data.loadFile(file);
  });
  const anything = loaded.subject ?? loaded.benchmark ?? loaded.events;
  return (
    <section className="panel your-data" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-title">
        Your data
      </h2>
      <p className="panel-note">
        Chart your own daily prices (CSV as Yahoo Finance, Nasdaq or Stooq download it) or events
        (CSV date,title,kind,url or the API&apos;s JSON). Pick a file or drop it on the page: it is
        read in this browser and sent nowhere.
      </p>
      <fieldset className="your-data__role">
        <legend>The file holds</legend>
        {ROLES.map((item) => (
          <label key={item.role}>
            <input
              type="radio"
              name={`${id}-role`}
              checked={role === item.role}
              onChange={() => {
                data.setRole(item.role);
              }}
            />{' '}
            {item.label}
          </label>
        ))}
      </fieldset>
      <div className="your-data__inputs">
        {role === 'events' ? (
          <label>
            <input
              type="checkbox"
              checked={view.eventsMode === 'replace'}
              onChange={(event) => {
                onChange({ eventsMode: event.target.checked ? 'replace' : 'add' });
              }}
            />{' '}
            Replace the story&apos;s events (otherwise they are added)
          </label>
        ) : (
          <label>
            Symbol{' '}
            <input
              value={data.symbol}
              size={14}
              placeholder="from the file name"
              onChange={(event) => {
                data.setSymbol(event.target.value);
              }}
            />
          </label>
        )}{' '}
        <label>
          File{' '}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,text/csv,application/json"
            data-testid="your-data-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void data.loadFile(file);
            }}
          />
        </label>
      </div>
      {report && (
        <div
          className={report.accepted ? 'your-data__report' : 'your-data__report notice'}
          role="status"
        >
          <p>{report.summary}</p>
          {report.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          {report.problems.length > 0 && (
            <ul className="your-data__problems">
              {report.problems.map((problem, index) => (
                <li key={index}>{describeProblem(problem)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {loaded.subject && <SharesForm symbol={loaded.subject.symbol} onShares={data.setShares} />}
      {loaded.subject?.shares?.map((point) => (
        <p key={point.asOf} className="panel-note">
          Market value of {loaded.subject?.symbol} uses {formatShares(point.shares)} shares as of{' '}
          {formatTradingDate(point.asOf)}, {point.source}.
        </p>
      ))}
      {anything && (
        <button type="button" className="link-button" onClick={data.clear}>
          Back to the story&apos;s own data
        </button>
      )}
    </section>
  );
}
