import { useId } from 'react';

const EVERYONE = '';

/** Whose list this is: "Everyone" or one account manager. */
export function OwnerPicker({ owners, owner, onChange }: { owners: string[]; owner: string | null; onChange: (owner: string | null) => void }) {
  const id = useId();
  // Until the list arrives, the remembered owner still needs an option to show.
  const names = owner !== null && !owners.includes(owner) ? [owner, ...owners] : owners;
  return (
    <div className="owner-picker">
      <label htmlFor={id} className="owner-picker__label">
        Showing
      </label>
      <select
        id={id}
        className="select"
        data-testid="owner-picker"
        value={owner ?? EVERYONE}
        onChange={(event) => onChange(event.target.value === EVERYONE ? null : event.target.value)}
      >
        <option value={EVERYONE}>Everyone</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
