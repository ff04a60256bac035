import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { RequestHandler } from 'msw';

import { trackingHandlers } from '@/testing/handlers/public';
import { http, problem } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const NUMBER = 'PQRS-2026-000003';

/** The web form: a request is filed as PQRS-2026-000003 with tracking token secret-3, and tracked from there. */
function openForm(...handlers: RequestHandler[]) {
  const submit = http.post('/api/public/tickets', ({ response }) =>
    response(201).json({ number: NUMBER, trackingUrl: `http://localhost:5080/seguimiento/${NUMBER}?token=secret-3` }),
  );
  const tracked = { number: NUMBER, type: 'petition' as const, status: 'new' as const, subject: 'Quiero el certificado de afiliación.', createdAt: '2026-03-10T15:00:00Z', answeredAt: null, messages: [], attachments: [] };
  return renderApp('/solicitud', { handlers: [...handlers, submit, ...trackingHandlers(tracked, 'secret-3')] });
}

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
    const { container, requests } = openForm();

    expect(await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(requests.to('GET', '/api/auth/me')).toHaveLength(0);

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
    const { user, requests, router } = openForm();
    await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' });
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Recibimos tu solicitud' })).toHaveFocus();
    expect(screen.getByTestId('request-number')).toHaveTextContent('PQRS-2026-000003');
    expect(screen.getByText(/lucia@example.com/)).toBeInTheDocument();
    const [request] = requests.to('POST', '/api/public/tickets');
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
    const invalid = http.post('/api/public/tickets', ({ response }) =>
      response(422).json(problem(422, { title: 'Invalid', errors: { documentNumber: ['Use 5 to 12 digits.'] } })),
    );
    const { user, requests } = openForm(invalid);
    await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' });

    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));
    expect(requests.to('POST', '/api/public/tickets')).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Correo electrónico' })).toHaveAccessibleDescription(expect.stringContaining('Este campo es obligatorio'));

    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Número de documento' })).toHaveAccessibleDescription(expect.stringContaining('Use 5 to 12 digits.')),
    );
  });

  it('attaches the chosen files to the new request with its tracking token', async () => {
    const { user, requests } = openForm();
    await screen.findByRole('heading', { level: 1, name: 'Radica tu solicitud' });
    await fillForm(user);
    await user.upload(screen.getByLabelText('Adjuntar archivos (opcional)'), [
      new File(['a'], 'cedula.pdf', { type: 'application/pdf' }),
      new File(['b'], 'extracto.pdf', { type: 'application/pdf' }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Enviar solicitud' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Recibimos tu solicitud' })).toBeInTheDocument();
    const uploads = requests.to('POST', '/api/public/tickets/PQRS-2026-000003/attachments');
    expect(uploads).toHaveLength(2);
    expect(uploads.map((u) => u.query.get('token'))).toEqual(['secret-3', 'secret-3']);
    expect(screen.queryByText('Algunos archivos no se adjuntaron')).not.toBeInTheDocument();
  });
});
