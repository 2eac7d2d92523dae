/** The wall-clock time at an instant in a time zone, daylight saving included (the platform's time zone data). */

export interface LocalTime {
  /** 'YYYY-MM-DDTHH:MM'. */
  text: string;
  /** Minutes since local midnight, 0-1439. */
  minuteOfDay: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

export function readLocalTime(at: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    text: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`,
    minuteOfDay: hour * 60 + minute,
  };
}
