import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { User } from '@/api/types';
import { agent } from '@/testing/fixtures/directory';
import { aSecondTicket, aTicket } from '@/testing/fixtures/desk';
import { directoryHandlers } from '@/testing/handlers/directory';
import { ticketListHandler, ticketOnFile, ticketPageHandlers } from '@/testing/handlers/tickets';
import { renderApp } from '@/testing/test-utils';

/** Carlos's app: the ticket list, the intake page's catalogue and the ticket PQRS-2026-000001. */
function openApp(url: string, signedInAs: User = agent) {
  const handlers = [ticketListHandler(() => [aSecondTicket(), aTicket()]), ...ticketPageHandlers(ticketOnFile()), ...directoryHandlers()];
  return renderApp(url, { signedInAs, handlers });
}

describe('keyboard shortcuts', () => {
  it('"?" opens a dialog listing every shortcut', async () => {
    const { user } = openApp('/app');
    await screen.findByRole('heading', { level: 1, name: 'Inicio' });

    await user.keyboard('?');

    const dialog = await screen.findByRole('dialog', { name: 'Atajos de teclado' });
    const table = within(dialog).getByRole('table', { name: 'Atajos de teclado disponibles' });
    const rows = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rows).toEqual(['n', '/', 'r', 'i', '?']);
    expect(within(table).getByRole('row', { name: /^r Responder al cliente/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^i Escribir una nota interna/ })).toBeInTheDocument();
    // Also reachable without the keyboard shortcut.
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Atajos' }));
    expect(await screen.findByRole('dialog', { name: 'Atajos de teclado' })).toBeInTheDocument();
  });

  it('"n" opens the intake screen and "/" focuses the search, but not while typing in a field', async () => {
    const { user, router } = openApp('/app/tickets');
    const search = await screen.findByRole('searchbox', { name: 'Buscar' });

    await user.keyboard('/');
    expect(search).toHaveFocus();
    await user.keyboard('n');
    expect(search).toHaveValue('n');
    expect(router.state.location.pathname).toBe('/app/tickets');

    await user.click(screen.getByRole('heading', { level: 1, name: 'Casos' }));
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 1, name: 'Radicar caso' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/intake');

    // On the intake page "/" goes to its search box (the customer's document number).
    await user.keyboard('/');
    expect(screen.getByRole('textbox', { name: 'Número de documento' })).toHaveFocus();
  });

  it('"/" from a page without search goes to the ticket list with the search focused', async () => {
    const { user, router } = openApp('/app');
    await screen.findByRole('heading', { level: 1, name: 'Inicio' });
    await user.keyboard('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/tickets'));
    expect(await screen.findByRole('searchbox', { name: 'Buscar' })).toHaveFocus();
  });

  it('"r" and "i" on a ticket open the reply and the internal note with the cursor in the text, but not inside a field', async () => {
    const { user } = openApp('/app/tickets/PQRS-2026-000001');
    await screen.findByRole('heading', { level: 1, name: 'PQRS-2026-000001' });

    await user.keyboard('i');
    expect(screen.getByRole('tab', { name: 'Nota interna' })).toHaveAttribute('aria-selected', 'true');
    const note = screen.getByRole('textbox', { name: 'Nota interna para el equipo' });
    expect(note).toHaveFocus();

    await user.keyboard('r');
    expect(note).toHaveValue('r');
    expect(screen.getByRole('tab', { name: 'Nota interna' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('heading', { level: 1, name: 'PQRS-2026-000001' }));
    await user.keyboard('r');
    expect(screen.getByRole('tab', { name: 'Responder al cliente' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: 'Respuesta al cliente' })).toHaveFocus();
  });

  it('an area responder (no tickets) has no ticket links and "n" does nothing', async () => {
    const { user, router } = openApp('/app', { ...agent, roles: ['area_responder'] });
    await screen.findByRole('heading', { level: 1, name: 'Inicio' });
    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(nav).queryByRole('link', { name: 'Radicar' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Casos' })).not.toBeInTheDocument();
    await user.keyboard('n');
    expect(router.state.location.pathname).toBe('/app');
  });

  it('can be turned off from the shortcuts dialog (WCAG 2.1.4), and stay off', async () => {
    const { user, router } = openApp('/app');
    await screen.findByRole('heading', { level: 1, name: 'Inicio' });

    await user.click(screen.getByRole('button', { name: 'Atajos' }));
    const dialog = await screen.findByRole('dialog', { name: 'Atajos de teclado' });
    const toggle = within(dialog).getByRole('switch', { name: 'Atajos de una tecla activados' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/Desactívalos si usas control por voz/);
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('n');
    await user.keyboard('?');
    expect(router.state.location.pathname).toBe('/app');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(localStorage.getItem('helpdesk.shortcuts')).toBe('off');
  });
});
