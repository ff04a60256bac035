-- Invitation and response counts per period (the Reporting contract GetSurveyInvitationCounts): an invitation counts
-- when it was sent, a phone survey (never sent) when it was taken. The index answers the count of a period alone.
CREATE INDEX invitations_invited_idx ON surveys.invitations ((coalesce(sent_at, responded_at)))
    INCLUDE (kind, campaign_id, template_id, responded_at)
    WHERE coalesce(sent_at, responded_at) IS NOT NULL;
