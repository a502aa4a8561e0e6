/**
 * How the timer gets the person's attention: a short beep through Web Audio (only if they turned sound
 * on), and a system notification when the page is hidden and they allowed notifications. The words
 * themselves are always also shown and announced on the page.
 */
let audio: AudioContext | null = null;

/** Must run inside a tap or click: browsers only let audio start from a user gesture. */
export function unlockAudio(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = null;
  }
}

export function beep(times = 2): void {
  if (audio?.state !== 'running') return;
  const ctx = audio as AudioContext;
  for (let i = 0; i < times; i++) {
    const start = ctx.currentTime + i * 0.35;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + 0.3);
  }
}

export function notificationsSupported(): boolean {
  return typeof Notification !== 'undefined';
}

export function notificationsAllowed(): boolean {
  return notificationsSupported() && Notification.permission === 'granted';
}

export async function askForNotifications(): Promise<boolean> {
  if (!notificationsSupported()) return false;
  return (await Notification.requestPermission()) === 'granted';
}

/** Shows a system notification; through the service worker where there is one (Android needs that). */
export async function notify(title: string, body: string): Promise<void> {
  if (!notificationsAllowed()) return;
  try {
    const reg = await navigator.serviceWorker?.getRegistration();
    if (reg) await reg.showNotification(title, { body, tag: 'backease-timer', icon: '/icons/icon-192.png' });
    else new Notification(title, { body, tag: 'backease-timer' });
  } catch {
    // A notification is a nicety; the page itself always shows and announces the change.
  }
}

let wakeLock: WakeLockSentinel | null = null;

/**
 * Keeps the screen on while a timer runs, where the browser allows it, so the clock stays in view.
 * The timer keeps correct time without it (it reads the wall clock); this only saves unlocking the phone.
 */
export async function keepScreenOn(on: boolean): Promise<void> {
  try {
    if (on && !wakeLock && 'wakeLock' in navigator) {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => {
        wakeLock = null;
      });
    } else if (!on && wakeLock) {
      await wakeLock.release();
      wakeLock = null;
    }
  } catch {
    // Refused (battery saver, hidden page): nothing is lost.
  }
}
