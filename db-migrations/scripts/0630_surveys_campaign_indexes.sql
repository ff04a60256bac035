-- Cold campaigns. The job asks every minute which active campaigns are due; a campaign's response rate counts its
-- invitations (and their responses) by campaign.
CREATE INDEX campaigns_due_idx ON surveys.campaigns (next_run_at) WHERE active;
CREATE INDEX invitations_campaign_idx ON surveys.invitations (campaign_id) WHERE campaign_id IS NOT NULL;
