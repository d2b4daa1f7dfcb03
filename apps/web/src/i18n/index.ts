import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
const KEY = 'brobygger.language';

function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as UiLanguage) : 'nb';
}

/** Sets the language of the texts and of the page (`<html lang>`), and remembers it. */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  globalThis.localStorage?.setItem(KEY, language);
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
