import { useEffect, useState } from 'react';

/** The current time (ms), refreshed every `intervalMs`, so "quedan 3 h 20 min" keeps counting down on screen. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
