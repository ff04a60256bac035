import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { User } from '@/api/types';
import type { Role } from '@/config/roles';
import { agent, aUser } from '@/testing/fixtures/directory';
import { aCustomer, aSecondTicket, aTicket, MARIA_ID } from '@/testing/fixtures/desk';
import { customerHandlers, customerOnFile } from '@/testing/handlers/customers';
import { directoryHandlers } from '@/testing/handlers/directory';
import { ticketListHandler, ticketOnFile, ticketPageHandlers } from '@/testing/handlers/tickets';
import { renderApp } from '@/testing/test-utils';

// README, "Permissions": quality auditors and managers read tickets and customers; they never reply, file, edit,
// escalate, verify identity or change contact data. The SPA shows them no such form (the API refuses anyway).

const NUMBER = 'PQRS-2026-000001';
const READER = '01900000-0000-7000-8000-0000000000f1';
const READ_ONLY: Role[] = ['manager', 'quality_auditor'];

/** A staff member who has only this role. */
function reader(role: Role): User {
  return aUser({ id: READER, email: 'lectora@example.com', displayName: 'Lucía Lectora', roles: [role], createdAt: '2026-01-07T14:00:00Z' });
}

function region(name: string) {
  return screen.queryByRole('region', { name });
}

async function openTicket(signedInAs: User) {
  renderApp(`/app/tickets/${NUMBER}`, { signedInAs, handlers: [...ticketPageHandlers(ticketOnFile()), ...directoryHandlers()] });
  await screen.findByRole('heading', { level: 1, name: NUMBER });
}

describe('read-only roles', () => {
  it('an agent, for contrast, gets the reply box, escalation, assignment, status, re-typing and file upload', async () => {
    await openTicket(agent);

    expect(within(region('Escribir')!).getByRole('tab', { name: 'Responder al cliente' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Escalar' })).toBeInTheDocument();
    for (const name of ['Asignación', 'Estado', 'Tipificación']) expect(region(name)).toBeInTheDocument();
    expect(within(region('Adjuntos')!).getByRole('button', { name: 'Adjuntar archivo' })).toBeInTheDocument();
  });

  it.each(READ_ONLY)('a %s reads the ticket and its timeline but gets no reply box and no form that changes it', async (role) => {
    await openTicket(reader(role));

    expect(screen.getByRole('heading', { level: 2, name: 'Demora en el desembolso del crédito' })).toBeInTheDocument();
    expect(region('Historia del caso')).toBeInTheDocument();
    expect(region('Adjuntos')).toBeInTheDocument();
    expect(region('Escribir')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Responder al cliente' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Nota interna' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Escalar' })).not.toBeInTheDocument();
    for (const name of ['Asignación', 'Estado', 'Tipificación']) expect(region(name)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adjuntar archivo' })).not.toBeInTheDocument();
  });

  it('a manager sees the ticket list without the new-case button or the intake link, and intake says "no access"', async () => {
    const list = ticketListHandler(() => [aSecondTicket(), aTicket()]);
    const { router } = renderApp('/app/tickets', { signedInAs: reader('manager'), handlers: [list, ...directoryHandlers()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Casos' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Casos' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Radicar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Radicar' })).not.toBeInTheDocument();

    await router.navigate('/app/intake');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sin acceso' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Radicar caso' })).not.toBeInTheDocument();
  });

  it('a quality auditor reads a customer without the identity verification or the contact form', async () => {
    const maria = customerOnFile(aCustomer(), { tickets: [aSecondTicket(), aTicket()] });
    renderApp(`/app/customers/${MARIA_ID}`, { signedInAs: reader('quality_auditor'), handlers: customerHandlers([maria]) });

    expect(await screen.findByRole('heading', { level: 1, name: 'María Pérez' })).toBeInTheDocument();
    expect(region('Datos de contacto')).toBeInTheDocument();
    expect(region('Verificación de identidad')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrar verificación' })).not.toBeInTheDocument();
    expect(region('Actualizar datos de contacto')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Actualizar datos de contacto' })).not.toBeInTheDocument();
  });
});
