-- Surveys: templates (versioned), invitations (hot after a ticket is answered or closed, cold from campaigns, or taken
-- by phone), responses with their answers, opt-outs, campaigns and their runs. Other modules' rows are kept by id only.
CREATE SCHEMA IF NOT EXISTS surveys;

-- A template's identity. Its wording lives in versions; publishing a changed template adds a version.
CREATE TABLE surveys.templates (
    id             uuid PRIMARY KEY,
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- What it is for: hot (after a ticket) or cold (campaigns). Informative; any template may serve either.
    purpose        text NOT NULL CHECK (purpose IN ('hot', 'cold')),
    latest_version integer NOT NULL CHECK (latest_version >= 1),
    created_at     timestamptz NOT NULL,
    created_by     uuid NULL,
    updated_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX templates_name_key ON surveys.templates (lower(name));

CREATE TABLE surveys.template_versions (
    template_id  uuid NOT NULL REFERENCES surveys.templates (id),
    version      integer NOT NULL CHECK (version >= 1),
    published_at timestamptz NOT NULL,
    published_by uuid NULL,
    PRIMARY KEY (template_id, version)
);

-- The items of one version, in order. key is stable across versions ("overall", "timeliness"), so results of the same
-- question compare across versions and years.
CREATE TABLE surveys.template_items (
    template_id     uuid NOT NULL,
    version         integer NOT NULL,
    key             text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,49}$'),
    position        integer NOT NULL CHECK (position >= 1),
    kind            text NOT NULL CHECK (kind IN ('scale_1_7', 'nps_0_10', 'yes_no', 'free_text')),
    required        boolean NOT NULL,
    overall         boolean NOT NULL,
    text_es         text NOT NULL CHECK (length(text_es) BETWEEN 1 AND 500),
    text_en         text NOT NULL CHECK (length(text_en) BETWEEN 1 AND 500),
    -- The labels of both ends of a scale (1 and 7, or 0 and 10); NULL for yes/no and free text.
    low_label_es    text NULL CHECK (length(low_label_es) <= 100),
    low_label_en    text NULL CHECK (length(low_label_en) <= 100),
    high_label_es   text NULL CHECK (length(high_label_es) <= 100),
    high_label_en   text NULL CHECK (length(high_label_en) <= 100),
    PRIMARY KEY (template_id, version, key),
    UNIQUE (template_id, version, position),
    FOREIGN KEY (template_id, version) REFERENCES surveys.template_versions (template_id, version),
    CHECK (NOT overall OR kind IN ('scale_1_7', 'nps_0_10'))
);
-- One overall item per version.
CREATE UNIQUE INDEX template_items_one_overall ON surveys.template_items (template_id, version) WHERE overall;

-- The department's survey settings: one row.
CREATE TABLE surveys.settings (
    id                    boolean PRIMARY KEY DEFAULT true CHECK (id),
    hot_enabled           boolean NOT NULL DEFAULT true,
    hot_template_id       uuid NULL REFERENCES surveys.templates (id),
    hot_delay_minutes     integer NOT NULL DEFAULT 60 CHECK (hot_delay_minutes BETWEEN 0 AND 10080),
    -- No customer is surveyed more than once in this many days, hot and cold together.
    resurvey_window_days  integer NOT NULL DEFAULT 90 CHECK (resurvey_window_days BETWEEN 0 AND 730),
    -- A link is good for this many days after it is sent.
    link_valid_days       integer NOT NULL DEFAULT 15 CHECK (link_valid_days BETWEEN 1 AND 365),
    -- An overall answer at or below this (1-7 scale) opens a recovery ticket. 4 = the bottom box.
    recovery_threshold    integer NOT NULL DEFAULT 4 CHECK (recovery_threshold BETWEEN 0 AND 6),
    updated_at            timestamptz NULL,
    updated_by            uuid NULL
);
INSERT INTO surveys.settings (id) VALUES (true);

-- Who was surveyed last, hot or cold: the de-duplication window is one conditional upsert on this row.
CREATE TABLE surveys.customer_contacts (
    customer_id      uuid PRIMARY KEY,
    last_surveyed_at timestamptz NOT NULL
);

-- Customers who asked for no more surveys.
CREATE TABLE surveys.opt_outs (
    customer_id    uuid PRIMARY KEY,
    opted_out_at   timestamptz NOT NULL,
    -- email (one-click or the page), phone (an agent recorded it)
    source         text NOT NULL CHECK (source IN ('email', 'page', 'agent')),
    recorded_by    uuid NULL
);

-- Cold campaigns: a template, a customer filter, a sample and a schedule.
CREATE TABLE surveys.campaigns (
    id             uuid PRIMARY KEY,
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    template_id    uuid NOT NULL REFERENCES surveys.templates (id),
    -- The customer filter as the API takes it (kinds, segment attributes, channels, topics, closedWithinDays).
    filter         jsonb NOT NULL,
    sample_size    integer NULL CHECK (sample_size > 0),
    sample_share   numeric(5, 4) NULL CHECK (sample_share > 0 AND sample_share <= 1),
    -- The customer attribute the sample is stratified by (proportional allocation); NULL for a simple random sample.
    stratify_by    text NULL,
    -- Cron in the department's time zone (Cronos syntax).
    schedule       text NOT NULL,
    active         boolean NOT NULL DEFAULT true,
    next_run_at    timestamptz NULL,
    created_at     timestamptz NOT NULL,
    created_by     uuid NULL,
    updated_at     timestamptz NOT NULL,
    CHECK ((sample_size IS NULL) <> (sample_share IS NULL))
);
CREATE UNIQUE INDEX campaigns_name_key ON surveys.campaigns (lower(name));

-- One run of a campaign: identified by the campaign and its scheduled instant, so a retried or doubled job makes one run.
CREATE TABLE surveys.campaign_runs (
    id             uuid PRIMARY KEY,
    campaign_id    uuid NOT NULL REFERENCES surveys.campaigns (id),
    scheduled_for  timestamptz NOT NULL,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz NULL,
    -- Customers matching the filter, and how many the sample drew (before the window and opt-outs removed some).
    matched        integer NULL,
    sampled        integer NULL,
    invited        integer NULL,
    UNIQUE (campaign_id, scheduled_for)
);

-- One invitation to one customer. Hot ones carry the ticket; cold ones the campaign and run. A phone survey is an
-- invitation with channel phone and no token.
CREATE TABLE surveys.invitations (
    id               uuid PRIMARY KEY,
    -- SHA-256 of the link's random token; NULL for phone surveys.
    token_hash       bytea NULL UNIQUE,
    template_id      uuid NOT NULL,
    template_version integer NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('hot', 'cold')),
    channel          text NOT NULL CHECK (channel IN ('email', 'phone')),
    customer_id      uuid NOT NULL,
    language         text NOT NULL CHECK (language IN ('es', 'en')),
    email            text NULL,
    ticket_id        uuid NULL,
    campaign_id      uuid NULL REFERENCES surveys.campaigns (id),
    run_id           uuid NULL REFERENCES surveys.campaign_runs (id),
    -- The slices results are read by, as they were when the customer was invited.
    ticket_number    text NULL,
    ticket_channel   text NULL,
    topic_id         uuid NULL,
    area_id          uuid NULL,
    agent_id         uuid NULL,
    customer_segment text NULL,
    created_at       timestamptz NOT NULL,
    -- scheduled: waits for send_at; sent: the email is in the outbox; answered; cancelled (opt-out, answered by phone).
    status           text NOT NULL CHECK (status IN ('scheduled', 'sent', 'answered', 'cancelled')),
    send_at          timestamptz NOT NULL,
    sent_at          timestamptz NULL,
    expires_at       timestamptz NULL,
    email_id         uuid NULL,
    responded_at     timestamptz NULL,
    FOREIGN KEY (template_id, template_version) REFERENCES surveys.template_versions (template_id, version),
    CHECK ((kind = 'hot') = (ticket_id IS NOT NULL) OR channel = 'phone'),
    CHECK ((kind = 'cold') = (campaign_id IS NOT NULL) OR channel = 'phone')
);
-- Once per ticket: the hot survey of a ticket (email or phone).
CREATE UNIQUE INDEX invitations_one_per_ticket ON surveys.invitations (ticket_id) WHERE kind = 'hot';
CREATE INDEX invitations_due_idx ON surveys.invitations (send_at) WHERE status = 'scheduled';
CREATE INDEX invitations_customer_idx ON surveys.invitations (customer_id, created_at DESC);
CREATE INDEX invitations_run_idx ON surveys.invitations (run_id) WHERE run_id IS NOT NULL;

-- One response per invitation.
CREATE TABLE surveys.responses (
    id                 uuid PRIMARY KEY,
    invitation_id      uuid NOT NULL UNIQUE REFERENCES surveys.invitations (id),
    template_id        uuid NOT NULL,
    template_version   integer NOT NULL,
    channel            text NOT NULL CHECK (channel IN ('email', 'phone')),
    language           text NOT NULL CHECK (language IN ('es', 'en')),
    customer_id        uuid NOT NULL,
    submitted_at       timestamptz NOT NULL,
    -- The agent who took a phone survey.
    recorded_by        uuid NULL,
    -- The recovery ticket opened by a bottom-box overall answer (its id in Tickets), at most one per response.
    recovery_ticket_id uuid NULL,
    FOREIGN KEY (template_id, template_version) REFERENCES surveys.template_versions (template_id, version)
);
CREATE INDEX responses_customer_idx ON surveys.responses (customer_id, submitted_at DESC);

-- The answers, one row per answered item, with the slices copied from the invitation so results read one table.
-- local_day is the submit day in the department's time zone (periods are local).
CREATE TABLE surveys.answers (
    response_id      uuid NOT NULL REFERENCES surveys.responses (id),
    item_key         text NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('scale_1_7', 'nps_0_10', 'yes_no', 'free_text')),
    score            smallint NULL CHECK (score BETWEEN 0 AND 10),
    choice           boolean NULL,
    comment          text NULL CHECK (length(comment) <= 4000),
    local_day        date NOT NULL,
    template_id      uuid NOT NULL,
    survey_kind      text NOT NULL CHECK (survey_kind IN ('hot', 'cold')),
    response_channel text NOT NULL,
    ticket_channel   text NULL,
    topic_id         uuid NULL,
    area_id          uuid NULL,
    agent_id         uuid NULL,
    customer_segment text NULL,
    campaign_id      uuid NULL,
    PRIMARY KEY (response_id, item_key)
);
-- Results read one item over a range of days.
CREATE INDEX answers_item_day_idx ON surveys.answers (template_id, item_key, local_day) INCLUDE (score, choice);
