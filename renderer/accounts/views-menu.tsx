import { DropdownMenu } from 'radix-ui';
import type { SavedView } from '../../shared/api/accounts';
import { Menu, MenuItem, MenuLabel, MenuSeparator } from '../ui/menu';

interface ViewsMenuProps {
  views: readonly SavedView[];
  /** The saved view on screen, if any. */
  current: SavedView | null;
  /** The view on screen differs from the saved view it came from. */
  changed: boolean;
  /** Filters narrow the table (said in the title when no saved view is on screen). */
  filtered: boolean;
  onPick: (view: SavedView | null) => void;
  onSaveAs: () => void;
  onDelete: (view: SavedView) => void;
}

/** Saved views: pick one, keep the current filters under a name, or delete one. */
export function ViewsMenu({ views, current, changed, filtered, onPick, onSaveAs, onDelete }: ViewsMenuProps) {
  const title = current ? `${current.name}${changed ? ' (changed)' : ''}` : filtered ? 'Filtered, not saved' : 'All accounts';
  return (
    <Menu
      align="end"
      testId="views-menu-content"
      label="Saved views"
      trigger={
        <button type="button" className="button views-menu__trigger" data-testid="views-menu">
          <span className="views-menu__kicker">View</span>
          <span className="views-menu__name" data-testid="current-view">
            {title}
          </span>
          <span className="views-menu__chevron" aria-hidden="true">
            ▾
          </span>
        </button>
      }
    >
      <MenuItem onSelect={() => onPick(null)} testId="view-default">
        All accounts, no filters
      </MenuItem>
      {views.length > 0 && <MenuLabel>Saved views</MenuLabel>}
      {views.map((view) => (
        <MenuItem key={view.id} onSelect={() => onPick(view)} testId={`saved-view-${view.id}`}>
          {current?.id === view.id ? `✓ ${view.name}` : view.name}
        </MenuItem>
      ))}
      <MenuSeparator />
      <MenuItem onSelect={onSaveAs} testId="save-view">
        Save current view as…
      </MenuItem>
      {views.length > 0 && (
        <DropdownMenu.Sub>
          <DropdownMenu.SubTrigger className="menu__item" data-testid="delete-view-menu">
            <span className="menu__text">Delete a view</span>
            <span className="menu__shortcut" aria-hidden="true">
              ▸
            </span>
          </DropdownMenu.SubTrigger>
          <DropdownMenu.Portal>
            <DropdownMenu.SubContent className="menu" sideOffset={4} collisionPadding={8}>
              {views.map((view) => (
                <MenuItem key={view.id} onSelect={() => onDelete(view)} tone="danger" testId={`delete-view-${view.id}`}>
                  Delete “{view.name}”
                </MenuItem>
              ))}
            </DropdownMenu.SubContent>
          </DropdownMenu.Portal>
        </DropdownMenu.Sub>
      )}
    </Menu>
  );
}
