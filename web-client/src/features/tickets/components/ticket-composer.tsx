import { Tabs } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShortcuts } from '@/lib/shortcuts';

import type { VersionedTicket } from '../api/get-ticket';

import { AnswerForm } from './answer-form';
import { NoteForm } from './note-form';
import { ReplyForm } from './reply-form';

type ComposerTab = 'reply' | 'note' | 'answer';

interface TicketComposerProps {
  versioned: VersionedTicket;
  onStale: () => void;
  /** The accepted escalation answer: opens the final-answer tab with it, to edit and send. */
  draftAnswer?: string | null;
}

/**
 * Writing on the ticket: a public reply, an internal note or the final answer, one tab each.
 * Shortcuts: r opens the reply and i the internal note, with the cursor in the text.
 */
export function TicketComposer({ versioned, onStale, draftAnswer }: TicketComposerProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<ComposerTab>(draftAnswer ? 'answer' : 'reply');
  const [focusRequest, setFocusRequest] = useState<{ tab: ComposerTab; at: number } | null>(null);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // Focus after the tab's panel is shown (a hidden textarea cannot take focus).
  useEffect(() => {
    if (!focusRequest) return;
    (focusRequest.tab === 'reply' ? replyRef : noteRef).current?.focus();
  }, [focusRequest]);

  const open = (target: 'reply' | 'note') => {
    setTab(target);
    setFocusRequest({ tab: target, at: Date.now() });
  };
  useShortcuts({ r: () => open('reply'), i: () => open('note') });

  return (
    <Tabs value={tab} onChange={(value) => setTab(value === 'note' || value === 'answer' ? value : 'reply')} keepMounted>
      <Tabs.List>
        <Tabs.Tab value="reply">{t('tickets.composer.reply')}</Tabs.Tab>
        <Tabs.Tab value="note">{t('tickets.composer.note')}</Tabs.Tab>
        <Tabs.Tab value="answer">{t('tickets.composer.answer')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="reply" pt="sm">
        <ReplyForm ticket={versioned.ticket} textareaRef={replyRef} onStale={onStale} />
      </Tabs.Panel>
      <Tabs.Panel value="note" pt="sm">
        <NoteForm ticket={versioned.ticket} textareaRef={noteRef} onStale={onStale} />
      </Tabs.Panel>
      <Tabs.Panel value="answer" pt="sm">
        <AnswerForm versioned={versioned} onStale={onStale} initialBody={draftAnswer ?? ''} />
      </Tabs.Panel>
    </Tabs>
  );
}
