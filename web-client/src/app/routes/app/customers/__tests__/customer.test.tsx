import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Customer } from '@/api/types';
import { agent } from '@/testing/fixtures/directory';
import { aCustomer, aSecondTicket, aTicket, aVerifiedCustomer, MARIA_ID } from '@/testing/fixtures/desk';
import { customerChangeHandlers, customerHandlers, customerOnFile } from '@/testing/handlers/customers';
import { fill, renderApp } from '@/testing/test-utils';

/** María's 360 page, her two tickets newest first, for Carlos. */
function openCustomer(customer: Customer) {
  const files = [customerOnFile(customer, { tickets: [aSecondTicket(), aTicket()] })];
  return renderApp(`/app/customers/${MARIA_ID}`, { signedInAs: agent, handlers: [...customerChangeHandlers(files), ...customerHandlers(files)] });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('customer 360', () => {
  it('shows contact data, kind, segment, the last verification and the customer tickets (newest first)', async () => {
    const { user, requests } = openCustomer(aVerifiedCustomer());

    expect(await screen.findByRole('heading', { level: 1, name: 'María Pérez' })).toBeInTheDocument();
    const contact = section('Datos de contacto');
    expect(within(contact).getByText('Cédula de ciudadanía (CC) 1020304050')).toBeInTheDocument();
    expect(within(contact).getByText('maria@example.com')).toBeInTheDocument();
    expect(within(contact).getByText('3001234567')).toBeInTheDocument();
    expect(within(contact).getByText('Afiliado')).toBeInTheDocument();
    expect(within(section('Clasificación y segmento')).getByText('Preferencial')).toBeInTheDocument();
    expect(within(section('Clasificación y segmento')).getByText('Antioquia')).toBeInTheDocument();
    const verification = section('Verificación de identidad');
    expect(within(verification).getByText('Última verificación: superada')).toBeInTheDocument();
    expect(within(verification).getByText(/se pueden actualizar los datos de contacto/)).toBeInTheDocument();

    const tickets = await within(section('Casos del cliente')).findByRole('table', { name: 'Casos de María Pérez, del más reciente al más antiguo' });
    expect(within(tickets).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['PQRS-2026-000002', 'PQRS-2026-000001']);
    const [list] = requests.to('GET', '/api/tickets');
    expect(list?.query.get('customerId')).toBe(MARIA_ID);
    expect(list?.query.get('sort')).toBe('newest');

    // A contact change (allowed: verified a moment ago) shows up in the history with the previous value.
    const update = section('Actualizar datos de contacto');
    const email = within(update).getByRole('textbox', { name: 'Correo electrónico' });
    await user.clear(email);
    await fill(user, email, 'mperez@example.com');
    await user.click(within(update).getByRole('button', { name: 'Actualizar datos de contacto' }));
    const history = await within(section('Historial de cambios')).findByRole('table', { name: 'Cambios en los datos del cliente, del más reciente al más antiguo' });
    const row = within(history).getByRole('rowheader', { name: 'Correo electrónico' }).closest('tr')!;
    expect(within(row).getByText('maria@example.com')).toBeInTheDocument();
    expect(within(row).getByText('mperez@example.com')).toBeInTheDocument();
    await waitFor(() => expect(within(contact).getByText('mperez@example.com')).toBeInTheDocument());
  });

  it('records a verification with the channel chosen on the page', async () => {
    const { user, requests } = openCustomer(aCustomer());
    const verification = await screen.findByRole('region', { name: 'Verificación de identidad' });
    expect(within(verification).getByText('Sin verificación de identidad')).toBeInTheDocument();

    await user.selectOptions(within(verification).getByRole('combobox', { name: 'Canal' }), 'Presencial');
    await user.click(within(verification).getByRole('checkbox', { name: 'Fecha de nacimiento' }));
    await user.click(within(verification).getByRole('radio', { name: 'No coincidió: verificación fallida' }));
    await user.click(within(verification).getByRole('button', { name: 'Registrar verificación' }));

    expect(await within(verification).findByText('Última verificación: fallida')).toBeInTheDocument();
    expect(requests.to('POST', `/api/customers/${MARIA_ID}/verifications`)[0]?.body).toEqual({
      checks: ['birth_date'],
      outcome: 'failed',
      channel: 'walk_in',
      ticketId: null,
      notes: null,
    });
    const list = await within(section('Verificaciones de identidad')).findByRole('table', { name: 'Verificaciones de identidad, de la más reciente a la más antigua' });
    expect(within(list).getByText('Fallida')).toBeInTheDocument();
  });
});
