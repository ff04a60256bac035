import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LANGUAGES, setLanguage, type Language } from '@/lib/i18n';

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** One button that switches to the other language, labelled in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t('language.switchToLang');
  if (!isLanguage(target)) return null;
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      lang={target}
      title={t('language.label')}
      onClick={() => void setLanguage(target)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
