/**
 * A view whose code is a chunk of its own, loaded when first needed — without React's Suspense: a
 * Suspense boundary that has shown its fallback holds the content back for up to 300 ms after the chunk
 * has arrived (React 19 throttles reveals), and the view's own requests could only start after that.
 * Here the view renders the moment its chunk is there, and `preload()` starts the chunk early (see Shell).
 */
import { type ComponentType, type JSX, useEffect, useState } from 'react';
import type { ApiFailure } from '../api/client';
import { Failure, Loading } from '../components/Status';
import { asFailure } from './session';

export interface LazyView<P> {
  (props: P): JSX.Element;
  /** Starts loading the chunk (once); a failed load is tried again on the next call. */
  preload(): Promise<ComponentType<P>>;
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function View(props: P) {
    const [failure, setFailure] = useState<ApiFailure>();
    const [attempt, setAttempt] = useState(0);
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      preload().then(
        () => current && setArrived(true),
        (error: unknown) => current && setFailure(asFailure(error)),
      );
      return () => {
        current = false;
      };
    }, [attempt]);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (failure) {
      return (
        <Failure
          failure={failure}
          onRetry={() => {
            setFailure(undefined);
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    return <Loading />;
  }
  return Object.assign(View, { preload });
}
