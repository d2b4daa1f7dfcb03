import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import './i18n';

// jsdom has no CSS.escape; Designsystemet's popover polyfill uses it.
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);

afterEach(() => cleanup());
