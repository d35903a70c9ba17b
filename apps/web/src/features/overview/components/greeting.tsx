import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentPerson } from '@/lib/current-person';

type DayPart = 'morning' | 'afternoon' | 'evening';

function dayPart(hour: number): DayPart {
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}

export function Greeting() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  const [part] = useState(() => dayPart(new Date().getHours()));
  return <p className="lead">{t(`overview.greeting.${part}`, { name: person.displayName })}</p>;
}
