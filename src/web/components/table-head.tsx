/** A table's column headings; `actions` adds a last column for the rows' buttons, named only for screen readers. */
export interface TableHeadProps {
  /** The headings in order; each is also its column's key, so they are unique. */
  columns: readonly string[];
  actions?: boolean;
}

export function TableHead({ columns, actions = false }: TableHeadProps) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        {actions && (
          <th scope="col" className="actions">
            <span className="visually-hidden">Actions</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
