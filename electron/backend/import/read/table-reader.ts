import type { TableInfo, TableReader, TableRow } from './types';

export interface TableParts {
  info: TableInfo;
  header: string[];
  /** Rows already read while looking for the header. */
  first: TableRow[];
  /** The rest, batch by batch. */
  rest: AsyncGenerator<TableRow[], void, undefined>;
  bytesRead: () => number;
  /** Releases the file; called once. */
  release: () => Promise<void>;
}

/** The TableReader both formats hand out: one pass over the rows, then the file is let go. */
export function createTableReader(parts: TableParts): TableReader {
  let iterated = false;
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      try {
        await parts.rest.return(undefined);
      } finally {
        await parts.release();
      }
    })();
    return closing;
  };

  async function* rows(): AsyncGenerator<TableRow[], void, undefined> {
    if (iterated) throw new Error('The rows of a table can be read once; open the file again to read them again.');
    iterated = true;
    if (closing) throw new Error('This table was closed before its rows were read.');
    try {
      if (parts.first.length) yield parts.first;
      parts.first = [];
      for (;;) {
        const next = await parts.rest.next();
        if (next.done) break;
        if (closing) throw new Error('This table was closed while its rows were being read.');
        yield next.value;
      }
    } finally {
      await close();
    }
  }

  return {
    info: parts.info,
    header: parts.header,
    rows,
    bytesRead: parts.bytesRead,
    close,
  };
}
