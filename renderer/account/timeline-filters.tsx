import { Select, Switch, ToggleGroup } from 'radix-ui';
import { useId } from 'react';
import type { Channel, Direction } from '../../shared/domain';
import { CHANNEL_LABELS } from '../touchpoints/labels';
import type { TimelineFilter } from './timeline-model';

const CHANNEL_CHOICES: { value: TimelineFilter['channel']; label: string }[] = [
  { value: 'all', label: 'All channels' },
  ...(['call', 'email', 'meeting', 'message', 'ticket', 'survey', 'other'] as const satisfies readonly Channel[]).map((channel) => ({
    value: channel,
    label: CHANNEL_LABELS[channel],
  })),
  { value: 'events', label: 'Account events' },
];

const DIRECTION_CHOICES: { value: Direction | 'all'; label: string }[] = [
  { value: 'all', label: 'Both ways' },
  { value: 'outbound', label: 'From us' },
  { value: 'inbound', label: 'From them' },
];

/** The timeline's filters: one channel (or account events), one direction, complaints only. */
export function TimelineFilters({ filter, onChange }: { filter: TimelineFilter; onChange: (filter: TimelineFilter) => void }) {
  const switchId = useId();
  return (
    <div className="timeline-filters" role="group" aria-label="Filter the timeline">
      <Select.Root value={filter.channel} onValueChange={(channel) => onChange({ ...filter, channel: channel as TimelineFilter['channel'] })}>
        <Select.Trigger className="select select-trigger" aria-label="Channel" data-testid="timeline-channel">
          <Select.Value />
        </Select.Trigger>
        <Select.Portal>
          <Select.Content className="select-menu" position="popper" sideOffset={4}>
            <Select.Viewport className="select-menu__viewport">
              {CHANNEL_CHOICES.map((choice) => (
                <Select.Item key={choice.value} value={choice.value} className="select-menu__item" data-testid={`timeline-channel-${choice.value}`}>
                  <Select.ItemText>{choice.label}</Select.ItemText>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
      <ToggleGroup.Root
        type="single"
        className="segmented segmented--small"
        aria-label="Direction"
        value={filter.direction}
        // Clicking the chosen item again would clear the group; a direction is always chosen.
        onValueChange={(direction) => direction && onChange({ ...filter, direction: direction as TimelineFilter['direction'] })}
        data-testid="timeline-direction"
      >
        {DIRECTION_CHOICES.map((choice) => (
          <ToggleGroup.Item key={choice.value} value={choice.value} className="segmented__item" data-testid={`timeline-direction-${choice.value}`}>
            {choice.label}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
      <div className="switch-field">
        <Switch.Root
          id={switchId}
          className="switch"
          checked={filter.complaintsOnly}
          onCheckedChange={(complaintsOnly) => onChange({ ...filter, complaintsOnly })}
          data-testid="timeline-complaints-only"
        >
          <Switch.Thumb className="switch__thumb" />
        </Switch.Root>
        <label htmlFor={switchId} className="switch-field__label">
          Complaints only
        </label>
      </div>
    </div>
  );
}
