import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorWaysOn } from './ErrorWaysOn';
import { routes } from '../shell/router';

interface State {
  error: Error | null;
}

/** Shows what went wrong instead of a blank window; saved data is never touched by a render error. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // The last resort, when even the header failed (each screen has its own boundary below it).
    const leaveFor = (hash: string) => {
      this.setState({ error: null });
      window.location.hash = hash;
    };
    return (
      <div role="alert" className="screen screen-error">
        <h1>Something went wrong</h1>
        <p>Everything you saved is safe. Notes typed during a call are kept as a draft.</p>
        <ErrorWaysOn leaveFor={leaveFor} error={this.state.error}>
          <button type="button" onClick={() => leaveFor(routes.customers())}>
            Back to customers
          </button>
        </ErrorWaysOn>
      </div>
    );
  }
}
