/** Hands the connected host API to the components (set once by `main.tsx`). */
import { createContext } from 'react';
import type { SourcemarkApi } from '../../../preload/api';

/** The host API; `null` only outside the app root. */
export const HostApiContext = createContext<SourcemarkApi | null>(null);
