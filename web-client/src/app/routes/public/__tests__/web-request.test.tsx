import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi, problem } from '@/testing/fake-api';
import { fill, renderApp } from '@/testing/legacy-test-utils';

type User = ReturnType<typeof renderApp>['user'];

async function fillForm(user: User) {
  await user.type(screen.getByRole('textbox', { name: 'Número de documento' }), '71234567');
  await fill(user, screen.getByRole('textbox', { name: 'Nombre completo' }), 'Lucía Gómez');
  await fill(user, screen.getByRole('textbox', { name: 'Correo electrónico' }), 'lucia@example.com');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Tipo de solicitud' }), 'Petición');
  await fill(user, screen.getByRole('textbox', { name: 'Cuéntanos tu solicitud' }), 'Quiero el certificado de afiliación.');
}

describe('public web form (/solicitud)', () => {
  it('works without a session, keeps the honeypot out of the accessibility tree and the tab order', async () => {
    const { container, api } = renderApp('/solicitud');

    expect(await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/auth/me')).toHaveLength(0);

    const honeypot = container.querySelector<HTMLInputElement>('input[name="website"]');
    expect(honeypot).not.toBeNull();
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot!.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: 'No llenes este campo' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('No llenes este campo')).toBeInTheDocument(); // present for robots only
    const names = screen.getAllByRole('textbox').map((box) => box.getAttribute('name'));
    expect(names).not.toContain('website');
  });

  it('sends the request with an empty honeypot, then shows the number and a link to the tracking page', async () => {
    const { user, api, router } = renderApp('/solicitud');
    await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' });
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Recibimos tu solicitud' })).toHaveFocus();
    expect(screen.getByTestId('request-number')).toHaveTextContent('PQRS-2026-000003');
    expect(screen.getByText(/lucia@example.com/)).toBeInTheDocument();
    const [request] = api.requestsTo('POST', '/api/public/tickets');
    expect(request?.body).toEqual({
      documentType: 'CC',
      documentNumber: '71234567',
      fullName: 'Lucía Gómez',
      email: 'lucia@example.com',
      phone: null,
      type: 'petition',
      subject: null,
      description: 'Quiero el certificado de afiliación.',
      website: '',
    });

    const link = screen.getByRole('link', { name: 'Ver el estado de mi solicitud' });
    expect(link).toHaveAttribute('href', '/seguimiento/PQRS-2026-000003?token=secret-3');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Solicitud PQRS-2026-000003' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?token=secret-3');
    expect(await screen.findByText('Nuevo')).toBeInTheDocument();
  });

  it('checks required fields before sending and shows the API field errors', async () => {
    const api = new FakeApi().override('POST /api/public/tickets', () =>
      problem(422, 'Invalid', { errors: { documentNumber: ['Use 5 to 12 digits.'] } }),
    );
    const { user } = renderApp('/solicitud', { api });
    await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' });

    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));
    expect(api.requestsTo('POST', '/api/public/tickets')).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Correo electrónico' })).toHaveAccessibleDescription(expect.stringContaining('Este campo es obligatorio'));

    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Número de documento' })).toHaveAccessibleDescription(expect.stringContaining('Use 5 to 12 digits.')),
    );
  });

  it('attaches the chosen files to the new request with its tracking token', async () => {
    const { user, api } = renderApp('/solicitud');
    await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' });
    await fillForm(user);
    await user.upload(screen.getByLabelText('Adjuntar archivos (opcional)'), [
      new File(['a'], 'cedula.pdf', { type: 'application/pdf' }),
      new File(['b'], 'extracto.pdf', { type: 'application/pdf' }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Recibimos tu solicitud' })).toBeInTheDocument();
    const uploads = api.requestsTo('POST', '/api/public/tickets/PQRS-2026-000003/attachments');
    expect(uploads).toHaveLength(2);
    expect(uploads.map((u) => u.query.get('token'))).toEqual(['secret-3', 'secret-3']);
    expect(screen.queryByText('Algunos archivos no se adjuntaron')).not.toBeInTheDocument();
  });
});
