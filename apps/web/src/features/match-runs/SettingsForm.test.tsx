import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm } from './SettingsForm';

const needs = [
  { id: 'n1', title: 'Velferdsteknologi', organization: 'Bergen kommune' },
  { id: 'n2', title: 'Digitalt tilsyn', organization: 'Askøy kommune' },
  { id: 'n3', title: 'Skolefravær', organization: 'Voss herad' },
];
const profiles = [{ id: 'p1', title: 'Eldreomsorg', organization: 'NORCE' }];

describe('SettingsForm', () => {
  it('sends only the locale when nothing is chosen', () => {
    const onSubmit = vi.fn();
    render(<SettingsForm needs={needs} profiles={profiles} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start kjøringen' }));
    expect(onSubmit).toHaveBeenCalledWith({ settings: { locale: 'nb' } });
  });

  it('sends project types, a pin of two needs, exclusions and English explanations', () => {
    const onSubmit = vi.fn();
    render(<SettingsForm needs={needs} profiles={profiles} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Innovasjonsprosjekt' }));
    const pins = screen.getByRole('group', { name: 'Behov som skal festes sammen' });
    fireEvent.click(pins.querySelector('input[value="n1"]')!);
    fireEvent.click(pins.querySelector('input[value="n2"]')!);
    const exclusions = screen.getByRole('group', { name: 'Utelat fra denne kjøringen' });
    fireEvent.click(exclusions.querySelector('input[value="p1"]')!);
    fireEvent.click(screen.getByRole('radio', { name: 'Engelsk' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start kjøringen' }));
    expect(onSubmit).toHaveBeenCalledWith({
      settings: { locale: 'en', projectTypes: ['INNOVATION_PROJECT'], pins: [{ needIds: ['n1', 'n2'] }], excludeIds: ['p1'] },
    });
  });

  it('refuses a pin of one need with a sentence instead of sending it', () => {
    const onSubmit = vi.fn();
    render(<SettingsForm needs={needs} profiles={profiles} onSubmit={onSubmit} />);
    const pins = screen.getByRole('group', { name: 'Behov som skal festes sammen' });
    fireEvent.click(pins.querySelector('input[value="n3"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Start kjøringen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Velg minst to behov for å feste dem sammen.')).toBeTruthy();
  });
});
