import { Component, type ReactNode } from 'react';
import { ErrorState } from './ui/error-state';

interface Props {
  children: ReactNode;
}

/**
 * A screen whose code failed to load (the app was updated underneath a running
 * page, a file went missing) or that crashed while rendering: say so and let
 * the user reload, instead of a spinner that never ends or a blank window.
 */
export class ScreenBoundary extends Component<Props, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <ErrorState
        title="This screen could not open"
        message={`Tend hit a problem while showing it (${this.state.message}). Reloading the window usually fixes it; your data is safe.`}
        onRetry={() => window.location.reload()}
        fill
      />
    );
  }
}
