import type { ImportPreview } from '../../shared/contract';
import { formatCount, plural } from '../ui/format';
import { formatStored, recordColumns } from './record-columns';

/**
 * The first rows as Tend will store them, from the backend's own preview:
 * converted dates, channels and directions, owners, and rejected rows in red
 * with the reason. While the mapping has problems the file's raw rows are shown.
 */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const usable = preview.problems.length === 0;
  const rejected = preview.rows.filter((row) => !row.ok).length;
  const ready = preview.rows.length - rejected;

  return (
    <section className="preview" aria-labelledby="import-preview-title" data-testid="import-preview">
      <header className="section-head">
        <h3 id="import-preview-title" className="section-head__title">
          {usable ? 'Preview: the first rows as they will be stored' : 'The first rows of the file'}
        </h3>
        <p className="section-head__text" data-testid="import-preview-counts">
          {usable
            ? `${formatCount(ready)} of ${plural(preview.rows.length, 'row')} ready${rejected > 0 ? ` · ${formatCount(rejected)} will be rejected` : ''}`
            : 'Fix the problems above to see them as Tend will store them.'}
        </p>
      </header>
      {preview.rows.length === 0 ? (
        <p className="preview__empty">The file has a header but no rows.</p>
      ) : (
        <div className="preview__scroll" tabIndex={0} role="region" aria-label="Preview rows">
          {usable ? <StoredRows preview={preview} /> : <RawRows preview={preview} />}
        </div>
      )}
    </section>
  );
}

function StoredRows({ preview }: { preview: ImportPreview }) {
  const columns = recordColumns(preview);
  return (
    <table className="data-table" data-testid="import-preview-table">
      <thead>
        <tr>
          <th scope="col" className="data-table__line">
            Line
          </th>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row) =>
          row.ok ? (
            <tr key={row.line} data-testid="import-preview-row" data-ok="true">
              <td className="data-table__line">{row.line}</td>
              {columns.map((column) => {
                const text = formatStored(column.field, row.record[column.key]);
                return (
                  <td key={column.key} title={text ?? undefined} data-field={column.field}>
                    {text ?? <span className="muted">—</span>}
                  </td>
                );
              })}
            </tr>
          ) : (
            <tr key={row.line} className="data-table__rejected" data-testid="import-preview-row" data-ok="false">
              <td className="data-table__line">{row.line}</td>
              <td colSpan={Math.max(1, columns.length)}>
                <span className="rejected-tag">Rejected</span> {row.reason.replace(/^Line \d+: /, '')}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function RawRows({ preview }: { preview: ImportPreview }) {
  return (
    <table className="data-table data-table--raw" data-testid="import-raw-table">
      <thead>
        <tr>
          <th scope="col" className="data-table__line">
            Line
          </th>
          {preview.header.map((column, i) => (
            <th key={`${i}:${column}`} scope="col">
              {column || `Column ${i + 1}`}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row) => (
          <tr key={row.line}>
            <td className="data-table__line">{row.line}</td>
            {preview.header.map((column, i) => (
              <td key={`${i}:${column}`} title={row.cells[i]}>
                {row.cells[i] ?? ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
