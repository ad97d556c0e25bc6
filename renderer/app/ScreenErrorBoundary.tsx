// A screen that fails to draw takes only itself down: the header, the navigation, the menu
// commands and the shortcuts are drawn outside this boundary, so Settings → Backups (and a
// restore) can always be reached. The boundary clears itself when the route changes.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorWaysOn } from './ErrorWaysOn';
import { navigate } from '../shell/router';

interface Props {
  /** Changes with the route: a new screen starts without the last one's error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string;
}

export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[call-desk] A screen failed to draw.', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ScreenError error={error} onTryAgain={() => this.setState({ error: null })} />;
  }
}

function ScreenError({ error, onTryAgain }: { error: Error; onTryAgain(): void }) {
  return (
    <main className="screen screen-error" role="alert" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title">This screen could not be shown</h1>
      <p>
        Everything you saved is safe, and notes typed during a call are kept as a draft. The other screens work: use the menu above. If your
        data looks wrong, restore a backup from Settings → Backups.
      </p>
      <ErrorWaysOn leaveFor={(hash) => navigate(hash)} error={error}>
        <button type="button" onClick={onTryAgain}>
          Try again
        </button>
      </ErrorWaysOn>
    </main>
  );
}
