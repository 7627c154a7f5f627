import { useEffect, useState } from 'react';
import type { AppInfo, SourcemarkApi } from '../../../preload/api';

/** The host's version, shell and limits; `null` until answered (or when the host failed). */
export function useAppInfo(api: SourcemarkApi): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void api.app.info().then((answer) => {
      if (isCurrent && answer.ok) setInfo(answer.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [api]);
  return info;
}
