import { useContext } from 'react';
import type { SourcemarkApi } from '../../../preload/api';
import { HostApiContext } from './host-api-context';

/** The host API of the running app. Throws if used outside `HostApiContext`. */
export function useHostApi(): SourcemarkApi {
  const api = useContext(HostApiContext);
  if (!api) throw new Error('useHostApi needs HostApiContext (see main.tsx)');
  return api;
}
